// What the overview draws from the statistics: gender shares, and counts as chart rows.
import type { Count, GenderBalance } from "../ipc";

export type GenderKey = keyof GenderBalance;
export const GENDER_KEYS: GenderKey[] = ["female", "male", "other", "unknown"];

/**
 * Share of women among participants whose gender is recorded, in percent (not rounded), or
 * null when none is recorded. As the Rust side counts it: the unknown are left out.
 */
export function femaleShare(g: GenderBalance): number | null {
  const known = g.female + g.male + g.other;
  return known > 0 ? (g.female * 100) / known : null;
}

/** Participants counted in the balance, recorded or not. */
export function genderTotal(g: GenderBalance): number {
  return g.female + g.male + g.other + g.unknown;
}

/** The segments of the gender bar, the empty ones left out (unknown kept when any). */
export function genderSegments(g: GenderBalance): Array<{ key: GenderKey; value: number }> {
  return GENDER_KEYS.map((key) => ({ key, value: g[key] })).filter((s) => s.value > 0);
}

/** Counts as chart rows, the empty ones left out. */
export function rowsOf(counts: readonly Count[]): Array<{ key: string; label: string; value: number }> {
  return counts.filter((c) => c.count > 0).map((c) => ({ key: c.key, label: c.label, value: c.count }));
}

// What the statistics screen draws and tabulates, shaped from the API's counts: the longest
// lists cut to their top rows and "others", attendance as shares of the total, and the gender
// balance of each delegation category as table rows.
import type { Count, GenderBalance, GroupGender, StatsDto } from "../ipc";

export type Row = { key: string; label: string; value: number };

/** The first `top` rows (the API sends them largest first) and, if more, one row summing the
 * rest under `othersLabel`; empty counts left out. */
export function topWithOthers(counts: readonly Count[], top: number, othersLabel: string): Row[] {
  const rows = counts.filter((c) => c.count > 0).map((c) => ({ key: c.key, label: c.label, value: c.count }));
  if (rows.length <= top) return rows;
  const rest = rows.slice(top).reduce((n, r) => n + r.value, 0);
  return [...rows.slice(0, top), { key: "others", label: othersLabel, value: rest }];
}

/** `part` of `whole` in percent (not rounded), or null when there is no whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? (part * 100) / whole : null;
}

export type AttendanceKey = "registered" | "attended" | "badges_printed";
export const ATTENDANCE_KEYS: readonly AttendanceKey[] = ["registered", "attended", "badges_printed"];

/** Registered, attended and badges printed, each with its share of all representatives. */
export function attendance(stats: Pick<StatsDto, AttendanceKey | "representatives">): Array<{ key: AttendanceKey; value: number; share: number | null }> {
  return ATTENDANCE_KEYS.map((key) => ({ key, value: stats[key], share: shareOf(stats[key], stats.representatives) }));
}

export type GenderKey = keyof GenderBalance;
export const GENDER_KEYS: readonly GenderKey[] = ["female", "male", "other", "unknown"];

/** One table row per delegation category: its label, each gender's count and the total. */
export function genderTable(groups: readonly GroupGender[]): Array<{ key: string; label: string; counts: number[]; total: number }> {
  return groups.map((g) => {
    const counts = GENDER_KEYS.map((k) => g.gender[k]);
    return { key: g.key, label: g.label, counts, total: counts.reduce((a, b) => a + b, 0) };
  });
}

/** A table's rows with each row's share of their sum. */
export function withShares(rows: readonly Row[]): Array<Row & { share: number | null }> {
  const sum = rows.reduce((n, r) => n + r.value, 0);
  return rows.map((r) => ({ ...r, share: shareOf(r.value, sum) }));
}

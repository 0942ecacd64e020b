// Pillars of a meeting: a stable key made from the English name for a new pillar.

const KEY_MAX = 30;

/**
 * A short key for a new pillar ("Prevention and protection" → `prevention_and_protection`),
 * accents dropped, unique among `taken` (a number is added when needed), at most 30 characters.
 */
export function pillarKey(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, KEY_MAX)
      .replace(/_+$/g, "") || "pillar";
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const key = base.slice(0, KEY_MAX - suffix.length) + suffix;
    if (!taken.includes(key)) return key;
  }
}

// Ordered lists (co-chairs, pillars): moving an entry up or down, and the positions to save.

/** A copy of `list` with the entry at `index` moved by `delta` places (clamped to the ends). */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const copy = [...list];
  if (index < 0 || index >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, index + delta));
  if (target === index) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** The entries whose position (from 1) differs from their place in `list`, with the new one. */
export function renumbered<T extends { position: number }>(list: readonly T[]): Array<{ item: T; position: number }> {
  return list.flatMap((item, i) => (item.position === i + 1 ? [] : [{ item, position: i + 1 }]));
}

/** The next position after the last of `list`. */
export function nextPosition(list: readonly { position: number }[]): number {
  return list.reduce((max, p) => Math.max(max, p.position), 0) + 1;
}

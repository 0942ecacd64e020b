// Tabs as the ARIA pattern moves through them: arrow keys to the neighbour (wrapping round),
// Home and End to the first and last.

/** The tab a key press moves to from `current`, or null when the key does not move. */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | null {
  const i = Math.max(0, tabs.indexOf(current));
  const n = tabs.length;
  if (n === 0) return null;
  switch (key) {
    case "ArrowRight":
      return tabs[(i + 1) % n] ?? null;
    case "ArrowLeft":
      return tabs[(i - 1 + n) % n] ?? null;
    case "Home":
      return tabs[0] ?? null;
    case "End":
      return tabs[n - 1] ?? null;
    default:
      return null;
  }
}

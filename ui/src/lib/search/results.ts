// What the search box shows: hits grouped by kind in a fixed order, each group with how many
// rows of its kind match in all, and the flat order the arrow keys walk through.
import type { Hit } from "../ipc";

export type Kind = "participant" | "delegation" | "organisation" | "session" | "paragraph";

/** The order of the groups: people first, what is typed most often. */
export const KINDS: readonly Kind[] = ["participant", "delegation", "organisation", "session", "paragraph"];

export type Group = { kind: Kind; total: number; hits: Hit[] };

/** Hits grouped by kind in `KINDS` order (best first within a group, as the API ranked them). */
export function groupHits(hits: readonly Hit[]): Group[] {
  return KINDS.map((kind) => {
    const of = hits.filter((h) => h.kind === kind);
    return { kind, total: of.reduce((n, h) => Math.max(n, h.kind_total), of.length), hits: of };
  }).filter((g) => g.hits.length > 0);
}

/** The hits in the order they are shown (group by group): what ArrowUp/ArrowDown walk. */
export function shownOrder(groups: readonly Group[]): Hit[] {
  return groups.flatMap((g) => g.hits);
}

/** The option after ArrowDown/ArrowUp/Home/End from `active` (-1: none) among `count`,
 * wrapping round; null for any other key. */
export function moveActive(active: number, key: string, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case "ArrowUp":
      return active <= 0 ? count - 1 : active - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** Whether a key press asks for the search box: Ctrl+K (Cmd+K on a Mac) anywhere, "/" when
 * not typing in a field. */
export function isSearchShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, typing: boolean): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") return true;
  return e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** A stable DOM id for the option of `hit`. */
export function optionId(hit: Hit): string {
  return `search-opt-${hit.kind}-${hit.id}`;
}

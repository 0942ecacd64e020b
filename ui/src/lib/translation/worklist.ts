// The logic of the translation screen: which side a translator works on, what each text
// needs, how the progress bar adds up, and how a saved text updates the list without a
// reload. Validation and the states themselves are Rust's; this only shapes what is shown.
import type {
  GlossaryIssue,
  Lang,
  Progress,
  SideStatus,
  TranslationState,
  WorklistFilter,
  WorklistItem,
  XliffImport,
} from "../ipc";

export const FILTERS: WorklistFilter[] = ["missing", "stale", "to_review", "all"];

/** Missing → final: the order of the progress bar and its legend. */
export const STATES: TranslationState[] = ["missing", "draft", "translated", "reviewed", "final"];

/** The language translated from when translating into `target`. */
export function sourceOf(target: Lang): Lang {
  return target === "en" ? "fr" : "en";
}

/** The side of an item in `lang`. */
export function sideOf(item: WorklistItem, lang: Lang): SideStatus {
  return lang === "en" ? item.en : item.fr;
}

/** What a text asks of the translator into `target`, most urgent first. */
export type Need = "missing" | "stale" | "review" | "done";

export function needOf(item: WorklistItem, target: Lang): Need {
  const side = sideOf(item, target);
  if (!side.text) return sideOf(item, sourceOf(target)).text ? "missing" : "done";
  if (side.stale) return "stale";
  if (side.state === "draft" || side.state === "translated") return "review";
  return "done";
}

/** Whether an item belongs in the list under `filter` (as the Rust side decides). */
export function matches(item: WorklistItem, target: Lang, filter: WorklistFilter): boolean {
  const need = needOf(item, target);
  switch (filter) {
    case "all":
      return true;
    case "missing":
      return need === "missing";
    case "stale":
      return need === "stale";
    case "to_review":
      return need === "review";
  }
}

/** The buttons a reviewer may use on a side: the states it can move to from where it is. */
export function nextStates(side: SideStatus): TranslationState[] {
  if (!side.text) return [];
  const out: TranslationState[] = [];
  if (side.state !== "reviewed" || side.stale) out.push("reviewed");
  if (side.state !== "final" || side.stale) out.push("final");
  if (side.state !== "draft") out.push("draft");
  return out;
}

/** The share of sides that are reviewed or final, in whole percent (rounded down, so 100
 * means everything is done). */
export function donePercent(progress: Progress): number {
  if (progress.total === 0) return 100;
  const done = progress.by_state.filter((c) => c.state === "reviewed" || c.state === "final").reduce((s, c) => s + c.count, 0);
  return Math.floor((done * 100) / progress.total);
}

/** The progress after `before` became `after` on the side of `target`: one side leaves its
 * old state (and staleness) and joins its new one. */
export function progressAfter(progress: Progress, before: WorklistItem, after: WorklistItem, target: Lang): Progress {
  const old = sideOf(before, target);
  const now = sideOf(after, target);
  const by_state = progress.by_state.map((c) => ({
    ...c,
    count: c.count - (c.state === old.state ? 1 : 0) + (c.state === now.state ? 1 : 0),
  }));
  const stale = progress.stale - (old.stale ? 1 : 0) + (now.stale ? 1 : 0);
  return { by_state, stale, total: progress.total };
}

/** The list with `updated` in place of the item of the same text; an item that no longer
 * matches the filter stays where it is until the next reload, so that the row being worked
 * on does not jump away under the pointer. */
export function replaced(items: readonly WorklistItem[], updated: WorklistItem): WorklistItem[] {
  return items.map((i) => (i.text_id === updated.text_id ? updated : i));
}

/** The label of an item in the interface language. */
export function labelOf(item: { label_en: string; label_fr: string }, lang: Lang): string {
  return lang === "fr" ? item.label_fr || item.label_en : item.label_en || item.label_fr;
}

/** A glossary warning's parts: the term the text uses, the side that should use the
 * translation, and the forms that would do there. */
export function issueParts(issue: GlossaryIssue): { used: string; side: Lang; wanted: string[] } {
  const used = issue.missing_in === "fr" ? issue.en : issue.fr;
  const wanted = [issue.missing_in === "fr" ? issue.fr : issue.en, ...issue.alternatives];
  return { used, side: issue.missing_in, wanted };
}

/** A term quoted as `lang` quotes: “term” in English, « term » in French. */
export function quoted(term: string, lang: Lang): string {
  return lang === "fr" ? `«\u00a0${term}\u00a0»` : `“${term}”`;
}

/** Whether a key press saves the editor: Ctrl+Enter (Cmd+Enter on a Mac). */
export function isSaveShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return e.key === "Enter" && (e.ctrlKey || e.metaKey);
}

/** What the import screen says of a report. */
export type ImportOutcome =
  | { kind: "applied"; applied: number; untranslated: number; refused: number }
  | { kind: "refused"; refused: number; others: number }
  | { kind: "nothing" };

export function outcomeOf(report: XliffImport): ImportOutcome {
  if (report.refused.length > 0 && report.applied === 0) {
    return { kind: "refused", refused: report.refused.length, others: report.applicable };
  }
  if (report.applied === 0 && report.refused.length === 0) return { kind: "nothing" };
  return { kind: "applied", applied: report.applied, untranslated: report.untranslated, refused: report.refused.length };
}

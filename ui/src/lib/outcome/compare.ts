// Two revisions compared, as the revisions panel lists them: one row per paragraph that was
// added, removed, moved or changed, with its old and new reference and both languages' word
// diffs; runs of untouched paragraphs folded into one line ("4 paragraphs unchanged") unless
// the person asks to see everything; and the counts of the summary line.
import type { Comparison, DiffSpan, Label, ParagraphComparison, ParagraphState } from "../ipc";
import { hasChanges } from "../translation/diff";

/** What the row's tags say, in this order. */
export type RowTag = "added" | "removed" | "moved" | "changed";

export type ParagraphRow = {
  kind: "paragraph";
  id: string;
  tags: RowTag[];
  /** "OP3", or "OP3 → OP4" when the number changed. */
  reference: string;
  oldReference: string | null;
  newReference: string | null;
  /** The change of negotiation state, if any. */
  state: { from: ParagraphState | null; to: ParagraphState | null } | null;
  en: DiffSpan[];
  fr: DiffSpan[];
  /** Whether each language's text changed (a moved paragraph may change in neither). */
  changedEn: boolean;
  changedFr: boolean;
};

export type UnchangedRun = {
  kind: "unchanged";
  /** The paragraphs folded, in order. */
  ids: string[];
  /** The first and last references ("OP2", "OP5"). */
  first: string;
  last: string;
};

export type ComparisonRow = ParagraphRow | UnchangedRun;

/** "PP2", "OP5": the reference delegations use (as `Label::reference`). */
export function referenceOf(label: Label): string {
  return `${label.kind === "preambular" ? "PP" : "OP"}${label.number}`;
}

function rowOf(p: ParagraphComparison): ParagraphRow {
  const oldReference = p.old_label ? referenceOf(p.old_label) : null;
  const newReference = p.new_label ? referenceOf(p.new_label) : null;
  const tags: RowTag[] = [];
  if (p.change === "added") tags.push("added");
  if (p.change === "removed") tags.push("removed");
  if (p.moved) tags.push("moved");
  if (p.change === "changed") tags.push("changed");
  const reference =
    oldReference && newReference && oldReference !== newReference ? `${oldReference} → ${newReference}` : (newReference ?? oldReference ?? "");
  const state = p.old_state !== p.new_state && p.old_state && p.new_state ? { from: p.old_state, to: p.new_state } : null;
  return {
    kind: "paragraph",
    id: p.paragraph_id,
    tags,
    reference,
    oldReference,
    newReference,
    state,
    en: p.en,
    fr: p.fr,
    changedEn: hasChanges(p.en),
    changedFr: hasChanges(p.fr),
  };
}

/** The rows of a comparison. Unchanged paragraphs that did not move are folded into runs,
 * unless `all` is set; a paragraph that only moved keeps a row of its own. */
export function comparisonRows(cmp: Comparison, all = false): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  for (const p of cmp.paragraphs) {
    const quiet = p.change === "unchanged" && !p.moved;
    if (!quiet || all) {
      out.push(rowOf(p));
      continue;
    }
    const ref = p.new_label ? referenceOf(p.new_label) : "";
    const last = out[out.length - 1];
    if (last?.kind === "unchanged") {
      last.ids.push(p.paragraph_id);
      last.last = ref;
    } else {
      out.push({ kind: "unchanged", ids: [p.paragraph_id], first: ref, last: ref });
    }
  }
  return out;
}

/** How many paragraphs were added, removed, changed and moved, and how many stayed as they were. */
export function comparisonCounts(cmp: Comparison): Record<RowTag | "unchanged", number> {
  const counts = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const p of cmp.paragraphs) {
    if (p.change === "added") counts.added += 1;
    else if (p.change === "removed") counts.removed += 1;
    else if (p.change === "changed") counts.changed += 1;
    else counts.unchanged += 1;
    if (p.moved) counts.moved += 1;
  }
  return counts;
}

/** Whether the title changed between the two. */
export function titleChanged(cmp: Comparison): boolean {
  return hasChanges(cmp.title_en) || hasChanges(cmp.title_fr);
}

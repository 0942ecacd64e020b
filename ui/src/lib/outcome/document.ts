// The drafting screen's view of a document: paragraphs in reading order with their
// references, where "move up" and "move down" take a paragraph, which statuses a document may
// move to, and the per-paragraph counts the rows show. The rules themselves are the core's;
// this only shapes what is shown and what a button sends.
import type {
  AmendmentView,
  BilingualText,
  DocumentStatus,
  Lang,
  OutcomeDocument,
  OutcomeDraft,
  Paragraph,
  ParagraphLabel,
} from "../ipc";

/** The preamble (`sectionId` null) or one operative section, with its paragraphs in order. */
export type Container = { sectionId: string | null; paragraphs: Paragraph[] };

/** The preamble, then each section. */
export function containers(doc: OutcomeDocument): Container[] {
  return [{ sectionId: null, paragraphs: doc.preamble }, ...doc.sections.map((s) => ({ sectionId: s.id, paragraphs: s.paragraphs }))];
}

/** Every paragraph in reading order. */
export function paragraphsOf(doc: OutcomeDocument): Paragraph[] {
  return containers(doc).flatMap((c) => c.paragraphs);
}

/** Where a paragraph is: its container and index. */
export function placeOf(doc: OutcomeDocument, paragraphId: string): { container: number; index: number } | null {
  const all = containers(doc);
  for (let c = 0; c < all.length; c++) {
    const index = all[c]?.paragraphs.findIndex((p) => p.id === paragraphId) ?? -1;
    if (index >= 0) return { container: c, index };
  }
  return null;
}

/** Where "move up" (-1) or "move down" (+1) takes a paragraph: one place within its part of
 * the document, or, from the first (last) place, to the end of the part before (the start of
 * the part after), so that a paragraph can travel from the preamble through every section.
 * `position` is the index among the destination's paragraphs once the paragraph has left its
 * own place. Null at the very top or bottom of the document. */
export function moveTarget(doc: OutcomeDocument, paragraphId: string, direction: -1 | 1): { section_id: string | null; position: number } | null {
  const all = containers(doc);
  const at = placeOf(doc, paragraphId);
  if (!at) return null;
  const here = all[at.container];
  if (!here) return null;
  const next = at.index + direction;
  if (next >= 0 && next < here.paragraphs.length) return { section_id: here.sectionId, position: next };
  const other = all[at.container + direction];
  if (!other) return null;
  return { section_id: other.sectionId, position: direction < 0 ? other.paragraphs.length : 0 };
}

/** The labels of a draft by paragraph id. */
export function labelsById(draft: OutcomeDraft): Map<string, ParagraphLabel> {
  return new Map(draft.labels.map((l) => [l.paragraph_id, l]));
}

/** The reference of a paragraph ("OP3"), or "?" while the draft is being read again. */
export function referenceOf(draft: OutcomeDraft, paragraphId: string): string {
  return lookupOf(draft).references.get(paragraphId) ?? "?";
}

// The lists of a draft are never changed in place (a change makes new ones: the draft is raw
// state), so each list's index is made once: every row of a 500-paragraph document asks for
// its reference and counts, which as searches through the lists would cost rows × paragraphs.
const indexes = new WeakMap<object, Map<string, unknown>>();

function indexed<T, V>(list: readonly T[], build: (list: readonly T[]) => Map<string, V>): Map<string, V> {
  let found = indexes.get(list) as Map<string, V> | undefined;
  if (!found) {
    found = build(list);
    indexes.set(list, found);
  }
  return found;
}

function lookupOf(draft: OutcomeDraft) {
  return {
    references: indexed(draft.labels, (labels) => new Map(labels.map((l) => [l.paragraph_id, l.reference]))),
    pending: indexed(draft.amendments, (amendments) => {
      const out = new Map<string, number>();
      for (const { amendment: a } of amendments) if (a.status === "proposed") out.set(a.paragraph_id, (out.get(a.paragraph_id) ?? 0) + 1);
      return out;
    }),
    comments: indexed(draft.comment_counts, (counts) => new Map(counts.map((c) => [c.paragraph_id, { open: c.open, total: c.total }]))),
  };
}

/** The statuses a document can be moved to from `status`: freely between draft, under review
 * and agreed; adopted only from agreed; nothing once adopted (as `check_transition`). */
export function nextStatuses(status: DocumentStatus): DocumentStatus[] {
  const open: DocumentStatus[] = ["draft", "under_review", "agreed"];
  if (status === "adopted") return [];
  const out = open.filter((s) => s !== status);
  if (status === "agreed") out.push("adopted");
  return out;
}

/** The amendments of one paragraph, pending ones first, newest first within each group. */
export function amendmentsOf(draft: OutcomeDraft, paragraphId: string): AmendmentView[] {
  const mine = draft.amendments.filter((a) => a.amendment.paragraph_id === paragraphId);
  const pending = (a: AmendmentView) => (a.amendment.status === "proposed" ? 0 : 1);
  return mine.sort((a, b) => pending(a) - pending(b) || b.amendment.proposed_at.localeCompare(a.amendment.proposed_at));
}

/** How many amendments to a paragraph wait for a decision. */
export function pendingCount(draft: OutcomeDraft, paragraphId: string): number {
  return lookupOf(draft).pending.get(paragraphId) ?? 0;
}

/** The open and total comments on a paragraph. */
export function commentsOf(draft: OutcomeDraft, paragraphId: string): { open: number; total: number } {
  return lookupOf(draft).comments.get(paragraphId) ?? { open: 0, total: 0 };
}

/** A side of a bilingual text in `lang`, or the other side when it is empty. */
export function either(text: BilingualText, lang: Lang): string {
  const own = text[lang].text;
  return own || text[lang === "en" ? "fr" : "en"].text;
}

/** A name pair in `lang`, or the other language when it is empty. */
export function named(pair: { en: string; fr: string }, lang: Lang): string {
  return (lang === "fr" ? pair.fr || pair.en : pair.en || pair.fr) ?? "";
}

/** A paragraph's text shortened to `max` characters for a list or a select. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** Whether a side is stale, as the core decides: both sides written, and this one not
 * aligned with the other side as it is now. */
export function isStale(text: BilingualText, lang: Lang): boolean {
  const own = text[lang];
  const other = text[lang === "en" ? "fr" : "en"];
  if (own.text === "" || other.text === "") return false;
  return own.source_text === null || own.source_text !== other.text;
}

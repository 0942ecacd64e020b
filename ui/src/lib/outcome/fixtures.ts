// Small documents for the tests of the drafting screen's logic, shaped as the Rust side sends them.
import type { BilingualText, Comparison, DiffSpan, OutcomeDocument, OutcomeDraft, Paragraph, ParagraphComparison, TranslationState } from "../ipc";

export function text(en: string, fr: string, state: TranslationState = "translated"): BilingualText {
  const side = (own: string, other: string) => ({
    text: own,
    state: own ? state : ("missing" as TranslationState),
    source_hash: own && other ? "h" : null,
    source_text: own && other ? other : null,
  });
  return { en: side(en, fr), fr: side(fr, en) };
}

export function paragraph(id: string, en = `${id} en`, fr = `${id} fr`): Paragraph {
  return { id, state: "draft", text: text(en, fr), sessions: [], facts: [], generated: null };
}

/** A document with preambular paragraphs `pre` and one section per list of `sections`. */
export function documentOf(pre: string[], sections: string[][]): OutcomeDocument {
  return {
    id: "doc",
    meeting_id: "m",
    kind: "outcome_document",
    status: "draft",
    title: text("Outcome document", "Document final"),
    meeting: { title: { en: "", fr: "" }, dates_and_place: { en: "", fr: "" }, co_chairs: { en: "", fr: "" } },
    preamble: pre.map((id) => paragraph(id)),
    sections: sections.map((ids, i) => ({ id: `s${i + 1}`, heading: text("", ""), pillar_id: null, paragraphs: ids.map((id) => paragraph(id)) })),
    facts: [],
    revision: null,
  };
}

export function draftOf(doc: OutcomeDocument): OutcomeDraft {
  let pp = 0;
  let op = 0;
  const labels = [
    ...doc.preamble.map((p) => ({ paragraph_id: p.id, reference: `PP${++pp}`, printed: null })),
    ...doc.sections.flatMap((s) => s.paragraphs.map((p) => ({ paragraph_id: p.id, reference: `OP${++op}`, printed: `${op}.` }))),
  ];
  return { document: doc, labels, amendments: [], comment_counts: [], unbalanced: [] };
}

export const keep = (t: string): DiffSpan => ({ kind: "equal", text: t });
export const ins = (t: string): DiffSpan => ({ kind: "insert", text: t });
export const del = (t: string): DiffSpan => ({ kind: "delete", text: t });

export function compared(id: string, change: ParagraphComparison["change"], old: number | null, now: number | null, extra: Partial<ParagraphComparison> = {}): ParagraphComparison {
  const label = (n: number | null) => (n === null ? null : { kind: "operative" as const, number: n });
  return {
    paragraph_id: id,
    change,
    old_label: label(old),
    new_label: label(now),
    moved: false,
    old_state: old === null ? null : "draft",
    new_state: now === null ? null : "draft",
    en: [keep("Same.")],
    fr: [keep("Pareil.")],
    ...extra,
  };
}

export function comparisonOf(paragraphs: ParagraphComparison[]): Comparison {
  return { title_en: [keep("Outcome")], title_fr: [keep("Document")], paragraphs };
}

// A draft changed in place after a write whose result the Rust side returned (a saved side of a
// text, a new state, a link): the rest of the document is shared, so that only the rows that
// changed are drawn again, and nothing is read back over what the person is typing.
import type { BilingualText, OutcomeDraft, Paragraph } from "../ipc";

/** The draft with `change` applied to paragraph `id` (wherever it is). */
export function withParagraph(draft: OutcomeDraft, id: string, change: (p: Paragraph) => Paragraph): OutcomeDraft {
  const doc = draft.document;
  const apply = (list: Paragraph[]) => (list.some((p) => p.id === id) ? list.map((p) => (p.id === id ? change(p) : p)) : list);
  const preamble = apply(doc.preamble);
  const sections = doc.sections.map((s) => {
    const paragraphs = apply(s.paragraphs);
    return paragraphs === s.paragraphs ? s : { ...s, paragraphs };
  });
  return { ...draft, document: { ...doc, preamble, sections } };
}

/** The draft with a paragraph's new text; its unpaired brackets are those of the new text. */
export function withParagraphText(draft: OutcomeDraft, id: string, text: BilingualText): OutcomeDraft {
  return withParagraph(draft, id, (p) => ({ ...p, text }));
}

/** The draft with a section's new heading. */
export function withSectionHeading(draft: OutcomeDraft, sectionId: string, heading: BilingualText): OutcomeDraft {
  const doc = draft.document;
  return { ...draft, document: { ...doc, sections: doc.sections.map((s) => (s.id === sectionId ? { ...s, heading } : s)) } };
}

/** The draft with the document's new title. */
export function withTitle(draft: OutcomeDraft, title: BilingualText): OutcomeDraft {
  return { ...draft, document: { ...draft.document, title } };
}

//! Outcome documents through the API: drafting and numbering, brackets and states, the lock
//! of an adopted document, amendments and their conflicts, revisions compared and restored,
//! notes, facts and comments, and their texts in the translation workflow.

mod amendments;
mod drafting;
mod export;
mod locking;
mod notes_facts;
mod revisions;
mod translation;

use crate::fixture::{Fx, lagos};
use plenary_api::core::outcome::DocumentKind;
use plenary_api::{AddParagraphArgs, AddSectionArgs, Api, CreateOutcomeArgs, DocumentArgs, Id, Lang, OutcomeDraft, SaveTextArgs};

/// A document of the Lagos fixture with two sections: `s1` "Prevention" (the fixture's
/// pillar) and `s2` "Looking ahead".
pub struct Draft {
    /// The fixture.
    pub fx: Fx,
    /// The document.
    pub doc: Id,
    /// The first section.
    pub s1: Id,
    /// The second section.
    pub s2: Id,
}

/// Creates [`Draft`].
pub fn draft(api: &Api) -> Draft {
    let fx = lagos(api);
    let doc = api
        .create_outcome_document(CreateOutcomeArgs {
            meeting_id: fx.meeting.clone(),
            kind: DocumentKind::OutcomeDocument,
            title_en: "Outcome document".into(),
            title_fr: "Document final".into(),
        })
        .expect("a document is created")
        .id;
    let section = |en: &str, fr: &str, pillar: Option<Id>| {
        api.add_outcome_section(AddSectionArgs {
            document_id: doc.clone(),
            heading_en: en.into(),
            heading_fr: fr.into(),
            pillar_id: pillar,
            after: None,
        })
        .expect("a section is added")
        .id
    };
    let s1 = section("Prevention", "Prévention", Some(fx.pillar.clone()));
    let s2 = section("Looking ahead", "Perspectives", None);
    Draft { fx, doc, s1, s2 }
}

/// Adds a paragraph written in English at the end of `section` (none: the preamble).
pub fn add(api: &Api, d: &Draft, section: Option<&Id>, en: &str) -> Id {
    api.add_paragraph(AddParagraphArgs {
        document_id: d.doc.clone(),
        section_id: section.cloned(),
        after: None,
        lang: Lang::En,
        text: en.into(),
        generated: None,
    })
    .expect("a paragraph is added")
    .id
}

/// Adds a paragraph written in English, then its French.
pub fn add_both(api: &Api, d: &Draft, section: Option<&Id>, en: &str, fr: &str) -> Id {
    let id = add(api, d, section, en);
    write(api, &id, Lang::Fr, fr);
    id
}

/// An author's edit of one side of a paragraph.
pub fn write(api: &Api, paragraph: &Id, lang: Lang, text: &str) {
    api.save_paragraph_text(SaveTextArgs { translation: None, id: paragraph.clone(), lang, text: text.into() }).expect("the paragraph's text is saved");
}

/// The document as the drafting screen reads it.
pub fn read(api: &Api, d: &Draft) -> OutcomeDraft {
    api.outcome_document(DocumentArgs { document_id: d.doc.clone() }).expect("the document reads")
}

/// The references of the paragraphs in reading order, with their ids.
pub fn references(api: &Api, d: &Draft) -> Vec<(String, Id)> {
    read(api, d).labels.into_iter().map(|l| (l.reference, l.paragraph_id)).collect()
}

/// `[("OP1", id)…]` from references and ids.
pub fn expect_refs(list: &[(&str, &Id)]) -> Vec<(String, Id)> {
    list.iter().map(|(r, id)| ((*r).to_owned(), (*id).clone())).collect()
}

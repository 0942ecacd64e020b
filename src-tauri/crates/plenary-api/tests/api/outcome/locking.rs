//! An adopted document refuses every write, whatever the way in, and nothing changes.

use super::{add_both, draft};
use crate::host::{host, refused, row_counts};
use plenary_api::core::outcome::amendment::AmendmentStatus;
use plenary_api::core::outcome::facts::FactKind;
use plenary_api::core::outcome::{DocumentStatus, ParagraphState};
use plenary_api::{
    AddCommentArgs, AddParagraphArgs, AddSectionArgs, ApiResult, CommentArgs, DecideAmendmentArgs, DocumentArgs, ErrorCode, FactArgs, Lang,
    LinkArgs, MoveArgs, MoveParagraphArgs, NoteToParagraphArgs, ParagraphArgs, ProposeAmendmentArgs, ResolveCommentArgs, RevisionArgs,
    SaveFactArgs, SaveNoteArgs, SaveRevisionArgs, SaveTextArgs, SectionArgs, SetParagraphStateArgs, SetStatusArgs, TranslateTextArgs,
};

type Write = Box<dyn Fn(&plenary_api::Api) -> ApiResult<String>>;

fn op<T: std::fmt::Debug>(f: impl Fn(&plenary_api::Api) -> ApiResult<T> + 'static) -> Write {
    Box::new(move |api| f(api).map(|v| format!("{v:?}")))
}

#[test]
fn every_write_to_an_adopted_document_is_refused_and_changes_nothing() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let fact = api
        .save_fact(SaveFactArgs {
            fact_id: None,
            document_id: d.doc.clone(),
            kind: FactKind::Figure,
            text_en: "84% of migrants surveyed experienced abuse".into(),
            text_fr: "84 % des migrants interrogés ont subi des abus".into(),
            source_en: "Mixed Migration Centre".into(),
            source_fr: "Centre pour les migrations mixtes".into(),
            participant_id: None,
            speaker_name: None,
            function_en: None,
            function_fr: None,
        })
        .expect("a figure")
        .id;
    let comment = api
        .add_comment(AddCommentArgs { paragraph_id: p.clone(), author: "Rapporteur".into(), delegation_id: None, body: "Check.".into() })
        .expect("a comment")
        .id;
    let amendment = api
        .propose_amendment(ProposeAmendmentArgs {
            paragraph_id: p.clone(),
            delegation_id: d.fx.france.clone(),
            proposed_en: Some("We firmly condemn trafficking.".into()),
            proposed_fr: None,
            rationale: String::new(),
        })
        .expect("an amendment")
        .amendment
        .id;
    let note = api
        .save_note(SaveNoteArgs { note_id: None, session_id: d.fx.session.clone(), lang: Lang::En, body: "Delegates asked for data.".into() })
        .expect("a note")
        .id;
    let revision = api.save_revision(SaveRevisionArgs { document_id: d.doc.clone(), name: "Rev.1".into() }).expect("a revision").id;
    for status in [DocumentStatus::Agreed, DocumentStatus::Adopted] {
        api.set_outcome_status(SetStatusArgs { document_id: d.doc.clone(), status }).expect("adopted");
    }
    let before = row_counts(&dir);

    let (doc, s1, s2, session, meeting) = (d.doc.clone(), d.s1.clone(), d.s2.clone(), d.fx.session.clone(), d.fx.meeting.clone());
    let text = |id: &plenary_api::Id, lang: Lang| SaveTextArgs { translation: None, id: id.clone(), lang, text: "Changed".into() };
    let writes: Vec<(&str, Write)> = vec![
        ("the title", op({ let a = text(&doc, Lang::En); move |api| api.save_outcome_title(a.clone()) })),
        ("a heading", op({ let a = text(&s1, Lang::Fr); move |api| api.save_section_heading(a.clone()) })),
        ("a paragraph's text", op({ let a = text(&p, Lang::En); move |api| api.save_paragraph_text(a.clone()) })),
        ("the same text again", op({
            let a = SaveTextArgs { translation: None, id: p.clone(), lang: Lang::En, text: "We condemn trafficking.".into() };
            move |api| api.save_paragraph_text(a.clone())
        })),
        ("a new section", op({
            let a = AddSectionArgs { document_id: doc.clone(), heading_en: "New".into(), heading_fr: String::new(), pillar_id: None, after: None };
            move |api| api.add_outcome_section(a.clone())
        })),
        ("moving a section", op({ let a = MoveArgs { id: s2.clone(), position: 0 }; move |api| api.move_outcome_section(a.clone()) })),
        ("deleting a section", op({ let a = SectionArgs { section_id: s2.clone() }; move |api| api.delete_outcome_section(a.clone()) })),
        ("a new paragraph", op({
            let a = AddParagraphArgs { document_id: doc.clone(), section_id: None, after: None, lang: Lang::En, text: "New".into(), generated: None };
            move |api| api.add_paragraph(a.clone())
        })),
        ("a paragraph's state", op({
            let a = SetParagraphStateArgs { paragraph_id: p.clone(), state: ParagraphState::Agreed };
            move |api| api.set_paragraph_state(a.clone())
        })),
        ("moving a paragraph", op({
            let a = MoveParagraphArgs { paragraph_id: p.clone(), section_id: None, position: 0 };
            move |api| api.move_paragraph(a.clone())
        })),
        ("deleting a paragraph", op({ let a = ParagraphArgs { paragraph_id: p.clone() }; move |api| api.delete_paragraph(a.clone()) })),
        ("linking a session", op({
            let a = LinkArgs { paragraph_id: p.clone(), other_id: session.clone(), linked: true };
            move |api| api.link_paragraph_session(a.clone())
        })),
        ("placing a fact", op({ let a = LinkArgs { paragraph_id: p.clone(), other_id: fact.clone(), linked: true }; move |api| api.place_fact(a.clone()) })),
        ("a paragraph from a note", op({
            let a = NoteToParagraphArgs { note_id: note.clone(), document_id: doc.clone(), section_id: None, excerpt: None };
            move |api| api.note_to_paragraph(a.clone())
        })),
        ("a comment", op({
            let a = AddCommentArgs { paragraph_id: p.clone(), author: "X".into(), delegation_id: None, body: "Late".into() };
            move |api| api.add_comment(a.clone())
        })),
        ("resolving a comment", op({ let a = ResolveCommentArgs { comment_id: comment.clone(), resolved: true }; move |api| api.resolve_comment(a.clone()) })),
        ("deleting a comment", op({ let a = CommentArgs { comment_id: comment.clone() }; move |api| api.delete_comment(a.clone()) })),
        ("an amendment", op({
            let a = ProposeAmendmentArgs {
                paragraph_id: p.clone(),
                delegation_id: d.fx.nigeria.clone(),
                proposed_en: Some("We also condemn smuggling.".into()),
                proposed_fr: None,
                rationale: String::new(),
            };
            move |api| api.propose_amendment(a.clone())
        })),
        ("accepting an amendment", op({
            let a = DecideAmendmentArgs { amendment_id: amendment.clone(), status: AmendmentStatus::Accepted };
            move |api| api.decide_amendment(a.clone())
        })),
        ("withdrawing an amendment", op({
            let a = DecideAmendmentArgs { amendment_id: amendment.clone(), status: AmendmentStatus::Withdrawn };
            move |api| api.decide_amendment(a.clone())
        })),
        ("a fact", op({
            let a = SaveFactArgs {
                fact_id: Some(fact.clone()),
                document_id: doc.clone(),
                kind: FactKind::Figure,
                text_en: "85%".into(),
                text_fr: "85 %".into(),
                source_en: String::new(),
                source_fr: String::new(),
                participant_id: None,
                speaker_name: None,
                function_en: None,
                function_fr: None,
            };
            move |api| api.save_fact(a.clone())
        })),
        ("deleting a fact", op({ let a = FactArgs { fact_id: fact.clone() }; move |api| api.delete_fact(a.clone()) })),
        ("a revision", op({ let a = SaveRevisionArgs { document_id: doc.clone(), name: "Rev.2".into() }; move |api| api.save_revision(a.clone()) })),
        ("restoring a revision", op({ let a = RevisionArgs { revision_id: revision.clone() }; move |api| api.restore_revision(a.clone()) })),
        ("reopening the document", op({
            let a = SetStatusArgs { document_id: doc.clone(), status: DocumentStatus::Draft };
            move |api| api.set_outcome_status(a.clone())
        })),
        ("deleting the document", op({ let a = DocumentArgs { document_id: doc.clone() }; move |api| api.delete_outcome_document(a.clone()) })),
        ("translating a paragraph", op({
            let a = TranslateTextArgs { meeting_id: meeting.clone(), text_id: format!("{p}/text"), lang: Lang::Fr, value: "Traduit".into() };
            move |api| api.translate_text(a.clone())
        })),
    ];
    for (what, write) in &writes {
        refused(&dir, &api, ErrorCode::Locked, "document", &format!("{what} of an adopted document"), |api| write(api));
    }
    assert_eq!(row_counts(&dir), before, "no row was added or removed by any of the {} refused writes", writes.len());
    // The rapporteurs' notes belong to the sessions, not to the document: they stay open.
    api.save_note(SaveNoteArgs { note_id: Some(note), session_id: d.fx.session.clone(), lang: Lang::En, body: "Delegates asked for more data.".into() })
        .expect("notes are not locked by a document");
}

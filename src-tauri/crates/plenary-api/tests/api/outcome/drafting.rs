//! Drafting: numbering through moves, brackets and states, long and markup-like texts,
//! sections, and the statuses of a document.

use super::{add, add_both, draft, expect_refs, read, references, write};
use crate::host::{dump, host, refused};
use plenary_api::core::outcome::{DocumentStatus, ParagraphState};
use plenary_api::{
    AddParagraphArgs, AddSectionArgs, DocumentArgs, ErrorCode, Id, Lang, MeetingArgs, MoveArgs, MoveParagraphArgs, ParagraphArgs,
    SaveTextArgs, SectionArgs, SetParagraphStateArgs, SetStatusArgs,
};

fn state_of(api: &plenary_api::Api, d: &super::Draft, id: &Id) -> ParagraphState {
    let draft = read(api, d);
    draft.document.paragraph(id).map(|n| n.paragraph.state).expect("the paragraph is in the document")
}

#[test]
fn paragraphs_are_numbered_in_reading_order_and_renumbered_after_every_move() {
    let (_dir, api) = host();
    let d = draft(&api);
    let pp1 = add(&api, &d, None, "Recalling the Rabat Process,");
    let pp2 = add(&api, &d, None, "Noting the figures of the Mixed Migration Centre,");
    let a = add(&api, &d, Some(&d.s1), "We condemn trafficking in persons.");
    let b = add(&api, &d, Some(&d.s1), "We will share data.");
    let c = add(&api, &d, Some(&d.s1), "We will train border officials.");
    let e = add(&api, &d, Some(&d.s2), "We will meet again in 2026.");
    assert_eq!(
        references(&api, &d),
        expect_refs(&[("PP1", &pp1), ("PP2", &pp2), ("OP1", &a), ("OP2", &b), ("OP3", &c), ("OP4", &e)]),
        "operative numbers run on across sections; preambular ones apart"
    );
    let labels = read(&api, &d).labels;
    assert_eq!((labels[0].printed.as_deref(), labels[2].printed.as_deref()), (None, Some("1.")), "only operative paragraphs print a number");

    let inserted = api
        .add_paragraph(AddParagraphArgs {
            document_id: d.doc.clone(),
            section_id: Some(d.s1.clone()),
            after: Some(a.clone()),
            lang: Lang::Fr,
            text: "Nous protégerons les victimes.".into(),
            generated: None,
        })
        .expect("inserted after OP1")
        .id;
    api.move_paragraph(MoveParagraphArgs { paragraph_id: c.clone(), section_id: Some(d.s2.clone()), position: 0 }).expect("moved to the next section");
    api.move_paragraph(MoveParagraphArgs { paragraph_id: a.clone(), section_id: None, position: 99 }).expect("moved into the preamble");
    api.delete_paragraph(ParagraphArgs { paragraph_id: b.clone() }).expect("deleted");
    assert_eq!(
        references(&api, &d),
        expect_refs(&[("PP1", &pp1), ("PP2", &pp2), ("PP3", &a), ("OP1", &inserted), ("OP2", &c), ("OP3", &e)]),
        "every paragraph after a move or a delete takes its new number"
    );
    api.move_outcome_section(MoveArgs { id: d.s2.clone(), position: 0 }).expect("the section moves first");
    assert_eq!(
        references(&api, &d)[3..],
        expect_refs(&[("OP1", &c), ("OP2", &e), ("OP3", &inserted)]),
        "moving a section renumbers the operative paragraphs"
    );
    let summary = &api.outcome_documents(MeetingArgs { meeting_id: d.fx.meeting.clone() }).expect("listed")[0];
    assert_eq!(summary.paragraphs, 6, "the list counts what the document holds");
}

#[test]
fn brackets_make_a_draft_bracketed_and_a_bracketed_paragraph_cannot_be_agreed() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    assert_eq!(state_of(&api, &d, &p), ParagraphState::Draft);
    write(&api, &p, Lang::En, "We [strongly] condemn trafficking.");
    assert_eq!(state_of(&api, &d, &p), ParagraphState::Bracketed, "a contested passage makes the draft bracketed");
    let agree = SetParagraphStateArgs { paragraph_id: p.clone(), state: ParagraphState::Agreed };
    refused(&dir, &api, ErrorCode::Bracketed, "paragraph_state", "agreeing a paragraph with a bracketed passage", |api| {
        api.set_paragraph_state(agree.clone())
    });
    write(&api, &p, Lang::En, "We strongly condemn trafficking.");
    assert_eq!(state_of(&api, &d, &p), ParagraphState::Bracketed, "lifting brackets is noted, not decided, by an edit");
    api.set_paragraph_state(agree).expect("without brackets it can be agreed");
    assert_eq!(state_of(&api, &d, &p), ParagraphState::Agreed);

    write(&api, &p, Lang::Fr, "Nous ] condamnons [ la traite.");
    let unbalanced = read(&api, &d).unbalanced;
    assert_eq!(unbalanced.len(), 1, "{unbalanced:?}");
    assert_eq!((unbalanced[0].lang, unbalanced[0].offsets.clone()), (Lang::Fr, vec![5, 18]), "stray brackets are pointed at");
}

#[test]
fn long_and_markup_like_texts_are_stored_as_typed_and_one_character_too_many_is_refused() {
    let (dir, api) = host();
    let d = draft(&api);
    let markup = "<script>alert('x')</script> {{ meeting.title }} # Heading & \"quotes\" — [bracket]";
    let p = add(&api, &d, Some(&d.s1), markup);
    let stored = read(&api, &d).document.paragraph(&p).map(|n| n.paragraph.text.en.text.clone());
    assert_eq!(stored.as_deref(), Some(markup), "markup is text: stored and read back literally");

    let long = format!("{}.", "é".repeat(49_999));
    write(&api, &p, Lang::Fr, &long);
    let stored = read(&api, &d).document.paragraph(&p).map(|n| n.paragraph.text.fr.text.chars().count());
    assert_eq!(stored, Some(50_000), "a 50,000-character side is kept whole");

    let too_long = "a".repeat(50_001);
    let err = refused(&dir, &api, ErrorCode::TooLong, "text_en", "a side one character over the limit", |api| {
        api.save_paragraph_text(SaveTextArgs { translation: None, id: p.clone(), lang: Lang::En, text: too_long.clone() })
    });
    assert!(err.message.contains("50001") || err.message.contains("50,001") || err.message.contains("50 001"), "{}", err.message);
    refused(&dir, &api, ErrorCode::TooLong, "text_fr", "a new paragraph one character over the limit", |api| {
        api.add_paragraph(AddParagraphArgs {
            document_id: d.doc.clone(),
            section_id: None,
            after: None,
            lang: Lang::Fr,
            text: too_long.clone(),
            generated: None,
        })
    });
}

#[test]
fn saving_an_unchanged_text_writes_nothing() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let before = dump(&dir);
    let text = api.save_paragraph_text(SaveTextArgs { translation: None, id: p.clone(), lang: Lang::En, text: " We condemn trafficking. ".into() }).expect("saved");
    assert_eq!(text.en.text, "We condemn trafficking.");
    api.save_outcome_title(SaveTextArgs { translation: None, id: d.doc.clone(), lang: Lang::Fr, text: "Document final".into() }).expect("saved");
    api.save_section_heading(SaveTextArgs { translation: None, id: d.s1.clone(), lang: Lang::En, text: "Prevention".into() }).expect("saved");
    assert_eq!(crate::host::changed_tables(&before, &dump(&dir)), Vec::<String>::new(), "autosaving what is already there changes no row");
    let title = api.save_outcome_title(SaveTextArgs { translation: None, id: d.doc.clone(), lang: Lang::En, text: "Lagos outcome document".into() }).expect("saved");
    assert!(title.is_stale(Lang::Fr), "an author's edit of the English title puts the French in doubt");
}

#[test]
fn a_translation_typed_over_several_autosaves_never_puts_the_original_in_doubt() {
    let (_dir, api) = host();
    let d = draft(&api);
    let p = add(&api, &d, Some(&d.s1), "We condemn trafficking in persons.");
    let save = |text: &str, translation| {
        api.save_paragraph_text(SaveTextArgs { translation, id: p.clone(), lang: Lang::Fr, text: text.into() }).expect("saved")
    };
    save("Nous condamnons", Some(true));
    let text = save("Nous condamnons la traite des personnes.", Some(true));
    assert!(!text.is_stale(Lang::En), "the English is the source of the French being typed, not in doubt");
    assert!(!text.is_stale(Lang::Fr), "the French was written from the English as it is");
    let text = save("Nous condamnons fermement la traite des personnes.", None);
    assert!(text.is_stale(Lang::En), "once the French is edited as an author's text, the English is in doubt again");
}

#[test]
fn sections_refuse_to_go_with_their_paragraphs_and_take_only_their_meetings_pillars() {
    let (dir, api) = host();
    let d = draft(&api);
    add(&api, &d, Some(&d.s2), "We will meet again.");
    refused(&dir, &api, ErrorCode::InUse, "section", "deleting a section that holds a paragraph", |api| {
        api.delete_outcome_section(SectionArgs { section_id: d.s2.clone() })
    });
    refused(&dir, &api, ErrorCode::WrongMeeting, "pillar", "a pillar of the Rabat meeting", |api| {
        api.add_outcome_section(AddSectionArgs {
            document_id: d.doc.clone(),
            heading_en: "Protection".into(),
            heading_fr: "Protection".into(),
            pillar_id: Some(d.fx.other_pillar.clone()),
            after: None,
        })
    });
    refused(&dir, &api, ErrorCode::NotFound, "section", "inserting after a section that does not exist", |api| {
        api.add_outcome_section(AddSectionArgs {
            document_id: d.doc.clone(),
            heading_en: String::new(),
            heading_fr: String::new(),
            pillar_id: None,
            after: Some(Id::from("nope")),
        })
    });
    let middle = api
        .add_outcome_section(AddSectionArgs {
            document_id: d.doc.clone(),
            heading_en: String::new(),
            heading_fr: String::new(),
            pillar_id: None,
            after: Some(d.s1.clone()),
        })
        .expect("an untitled section after the first");
    let order: Vec<Id> = read(&api, &d).document.sections.iter().map(|s| s.id.clone()).collect();
    assert_eq!(order, [d.s1.clone(), middle.id.clone(), d.s2.clone()]);
    api.delete_outcome_section(SectionArgs { section_id: middle.id }).expect("an empty section goes");
}

#[test]
fn a_document_is_adopted_only_once_agreed() {
    let (dir, api) = host();
    let d = draft(&api);
    refused(&dir, &api, ErrorCode::Invalid, "status", "adopting a draft", |api| {
        api.set_outcome_status(SetStatusArgs { document_id: d.doc.clone(), status: DocumentStatus::Adopted })
    });
    for status in [DocumentStatus::UnderReview, DocumentStatus::Agreed, DocumentStatus::Adopted] {
        let summary = api.set_outcome_status(SetStatusArgs { document_id: d.doc.clone(), status }).expect("the next status");
        assert_eq!(summary.status, status);
    }
    let revisions = api.outcome_revisions(DocumentArgs { document_id: d.doc.clone() }).expect("listed");
    assert_eq!(revisions.iter().map(|r| (r.name.as_str(), r.automatic)).collect::<Vec<_>>(), [("Adopted", true)], "adoption is saved as a revision");
    assert_eq!(revisions[0].saved_on.to_string(), "2025-11-04", "dated in the venue's zone by the injected clock");
}

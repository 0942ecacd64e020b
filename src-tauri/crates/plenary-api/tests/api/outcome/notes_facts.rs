//! Rapporteurs' notes turned into paragraphs, key figures and quotes placed in the text,
//! and the meeting's facts paragraph written from the data.

use super::{add, draft, read};
use crate::fixture::{person_form, register};
use crate::host::{host, refused};
use plenary_api::core::outcome::facts::{FactKind, Generated};
use plenary_api::{
    AddParagraphArgs, ErrorCode, Id, Lang, LinkArgs, MeetingArgs, NoteToParagraphArgs, SaveFactArgs, SaveNoteArgs, SaveTextArgs,
    WorklistArgs, WorklistFilter,
};

fn quote(d: &super::Draft, participant: Option<&Id>, name: Option<&str>) -> SaveFactArgs {
    SaveFactArgs {
        fact_id: None,
        document_id: d.doc.clone(),
        kind: FactKind::Quote,
        text_en: "Migration is a shared responsibility.".into(),
        text_fr: "La migration est une responsabilité partagée.".into(),
        source_en: "at the closing session".into(),
        source_fr: "lors de la séance de clôture".into(),
        participant_id: participant.cloned(),
        speaker_name: name.map(str::to_owned),
        function_en: None,
        function_fr: None,
    }
}

/// The meeting's facts paragraph, at the end of the preamble.
fn facts_paragraph(d: &super::Draft) -> AddParagraphArgs {
    AddParagraphArgs {
        document_id: d.doc.clone(),
        section_id: None,
        after: None,
        lang: Lang::En,
        text: String::new(),
        generated: Some(Generated::MeetingFacts),
    }
}

#[test]
fn a_note_or_part_of_it_becomes_a_paragraph_that_keeps_its_session() {
    let (dir, api) = host();
    let d = draft(&api);
    let body = "Les délégations ont souligné la protection des victimes. Plusieurs ont demandé des fonds.";
    let note = api
        .save_note(SaveNoteArgs { note_id: None, session_id: d.fx.session.clone(), lang: Lang::Fr, body: body.into() })
        .expect("a note");
    let paragraph = api
        .note_to_paragraph(NoteToParagraphArgs {
            note_id: note.id.clone(),
            document_id: d.doc.clone(),
            section_id: Some(d.s1.clone()),
            excerpt: Some("Les délégations ont souligné la protection des victimes.".into()),
        })
        .expect("a paragraph from part of the note");
    assert_eq!(paragraph.sessions, std::slice::from_ref(&d.fx.session), "the paragraph keeps the session the note was taken in");
    assert_eq!(paragraph.text.fr.text, "Les délégations ont souligné la protection des victimes.");
    assert!(paragraph.text.en.text.is_empty(), "written in the note's language; the English is to translate");
    let sessions = api.session_notes(MeetingArgs { meeting_id: d.fx.meeting.clone() }).expect("notes");
    assert_eq!(sessions.len(), 1, "every session of the meeting, here one");
    assert_eq!(sessions[0].notes[0].paragraphs, std::slice::from_ref(&paragraph.id), "the note knows the paragraph made from it");

    refused(&dir, &api, ErrorCode::Invalid, "excerpt", "an excerpt that is not in the note", |api| {
        api.note_to_paragraph(NoteToParagraphArgs {
            note_id: note.id.clone(),
            document_id: d.doc.clone(),
            section_id: None,
            excerpt: Some("Toutes ont demandé des fonds.".into()),
        })
    });
    refused(&dir, &api, ErrorCode::TooLong, "body", "a note over 50,000 characters", |api| {
        api.save_note(SaveNoteArgs { note_id: None, session_id: d.fx.session.clone(), lang: Lang::En, body: "n".repeat(50_001) })
    });
    refused(&dir, &api, ErrorCode::Invalid, "session", "moving a note to another session", |api| {
        api.save_note(SaveNoteArgs { note_id: Some(note.id.clone()), session_id: d.fx.other_session.clone(), lang: Lang::Fr, body: body.into() })
    });
    let history = api.paragraph_history(plenary_api::ParagraphArgs { paragraph_id: paragraph.id.clone() }).expect("history");
    assert_eq!(history.first().map(|h| (h.kind, h.summary.as_str())), Some((plenary_api::HistoryKind::FromNote, "Opening session")));
}

#[test]
fn the_facts_paragraph_follows_the_data_and_is_not_written_by_hand() {
    let (dir, api) = host();
    let d = draft(&api);
    let generated = api.add_paragraph(facts_paragraph(&d)).expect("the facts paragraph");
    assert!(generated.text.en.text.contains("gathered 3 representatives from 2 countries and 1 organisation"), "{}", generated.text.en.text);
    assert!(generated.text.fr.text.contains("a rassemblé 3 représentants"), "{}", generated.text.fr.text);

    register(&api, person_form(&d.fx.france, "Marie", "Dupont"));
    let now = read(&api, &d).document.paragraph(&generated.id).map(|n| n.paragraph.text.en.text.clone()).expect("there");
    assert!(now.contains("gathered 4 representatives"), "read again, the count follows the list of participants: {now}");

    refused(&dir, &api, ErrorCode::Invalid, "paragraph", "typing over a generated paragraph", |api| {
        api.save_paragraph_text(SaveTextArgs { translation: None, id: generated.id.clone(), lang: Lang::En, text: "Typed.".into() })
    });
    let worklist = api
        .translation_worklist(WorklistArgs { meeting_id: d.fx.meeting.clone(), filter: WorklistFilter::All, lang: None })
        .expect("worklist");
    assert!(
        !worklist.items.iter().any(|i| i.owner_id == generated.id),
        "a paragraph written from the data in both languages is nobody's translation"
    );
}

#[test]
fn quotes_take_their_speaker_from_the_participant_and_are_placed_after_a_paragraph() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add(&api, &d, Some(&d.s2), "We will meet again.");
    let fact = api.save_fact(quote(&d, Some(&d.fx.baumgartner), None)).expect("a quote");
    let speaker = fact.speaker.clone().expect("attributed");
    assert_eq!(speaker.name, "HE Cyrille Baumgartner", "the participant's name as printed");
    assert_eq!((speaker.function.en.as_str(), speaker.function.fr.as_str()), ("Director", "Directeur"), "and function");
    assert_eq!(fact.attribution(Lang::En), "HE Cyrille Baumgartner, Director, at the closing session");

    let named = api.save_fact(SaveFactArgs { speaker_name: Some("A delegate".into()), function_en: Some("Observer".into()), ..quote(&d, None, None) });
    assert_eq!(named.expect("a quote by name").speaker.map(|s| s.name), Some("A delegate".into()));
    refused(&dir, &api, ErrorCode::Required, "speaker", "a quote attributed to nobody", |api| api.save_fact(quote(&d, None, None)));
    refused(&dir, &api, ErrorCode::WrongMeeting, "participant", "a speaker of another meeting", |api| {
        api.save_fact(quote(&d, Some(&d.fx.rabat_person), None))
    });

    api.place_fact(LinkArgs { paragraph_id: p.clone(), other_id: fact.id.clone(), linked: true }).expect("placed");
    api.place_fact(LinkArgs { paragraph_id: p.clone(), other_id: fact.id.clone(), linked: true }).expect("placing twice is harmless");
    let placed = read(&api, &d).document.paragraph(&p).map(|n| n.paragraph.facts.clone());
    assert_eq!(placed, Some(vec![fact.id.clone()]), "placed once after the paragraph");
    api.delete_fact(plenary_api::FactArgs { fact_id: fact.id.clone() }).expect("deleted");
    let placed = read(&api, &d).document.paragraph(&p).map(|n| n.paragraph.facts.clone());
    assert_eq!(placed, Some(vec![]), "a deleted fact is no longer placed");
}

#[test]
fn comments_name_a_delegation_of_the_meeting_only() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add(&api, &d, Some(&d.s1), "We condemn trafficking.");
    refused(&dir, &api, ErrorCode::WrongMeeting, "delegation", "a delegation of another meeting", |api| {
        api.add_comment(plenary_api::AddCommentArgs { paragraph_id: p.clone(), author: "X".into(), delegation_id: Some(d.fx.morocco.clone()), body: "No.".into() })
    });
    refused(&dir, &api, ErrorCode::Required, "author", "a comment by nobody", |api| {
        api.add_comment(plenary_api::AddCommentArgs { paragraph_id: p.clone(), author: " ".into(), delegation_id: None, body: "No.".into() })
    });
    let listed = api.paragraph_comments(plenary_api::ParagraphArgs { paragraph_id: p.clone() }).expect("listed");
    assert!(listed.is_empty(), "nothing was added by the refused comments");
}

#[test]
fn adoption_freezes_the_facts_paragraph_as_it_read_that_day() {
    let (_dir, api) = host();
    let d = draft(&api);
    api.save_revision(plenary_api::SaveRevisionArgs { document_id: d.doc.clone(), name: "Before the facts".into() }).expect("an older revision");
    let generated = api.add_paragraph(facts_paragraph(&d)).expect("the facts paragraph");
    register(&api, person_form(&d.fx.france, "Marie", "Dupont"));
    for status in [plenary_api::core::outcome::DocumentStatus::Agreed, plenary_api::core::outcome::DocumentStatus::Adopted] {
        api.set_outcome_status(plenary_api::SetStatusArgs { document_id: d.doc.clone(), status }).expect("adopted");
    }
    let text = |api: &plenary_api::Api| read(api, &d).document.paragraph(&generated.id).map(|n| n.paragraph.text.en.text.clone()).expect("there");
    assert!(text(&api).contains("gathered 4 representatives"), "adopted as the data read that day: {}", text(&api));
    register(&api, person_form(&d.fx.nigeria, "Chidi", "Okafor"));
    assert!(text(&api).contains("gathered 4 representatives"), "an adopted text does not move with later data: {}", text(&api));
}

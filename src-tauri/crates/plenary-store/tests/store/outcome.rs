//! Outcome documents in the store: order kept dense through moves and deletes, the whole
//! document read back, revisions, a snapshot restored under the same ids, and their texts
//! joining the meeting's texts.

use crate::harness::{TempDb, codes, count};
use crate::seed::{self, pair};
use chrono::NaiveDate;
use plenary_core::agenda::NamePair;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus, Change};
use plenary_core::outcome::facts::{Fact, FactKind, Generated, Speaker};
use plenary_core::outcome::{DocumentKind, OutcomeDocument, Paragraph, ParagraphState, Section};
use plenary_core::{BilingualText, DomainError, ErrorCode, Id, Lang};
use plenary_store::{Db, NewRevision, Store};
use rusqlite::Connection;

fn paragraph(id: &str, en: &str) -> Paragraph {
    Paragraph {
        id: Id::from(id),
        state: ParagraphState::Draft,
        text: BilingualText::original(Lang::En, en),
        sessions: vec![],
        facts: vec![],
        generated: None,
    }
}

fn section(id: &str, heading: &str) -> Section {
    Section { id: Id::from(id), heading: pair(heading, heading), pillar_id: None, paragraphs: vec![] }
}

/// Document `doc` of meeting `m1`: preamble `pp1`, `pp2`; section `s1` with `a`, `b`, `c`;
/// section `s2` with `d`; a figure `f1` placed in `a`; `a` linked to the opening session.
fn document(d: &Db<'_>) -> plenary_store::Result<()> {
    let doc = Id::from("doc");
    d.insert_outcome_document(&doc, &Id::from("m1"), DocumentKind::OutcomeDocument, &pair("Outcome document", "Document final"))?;
    d.insert_outcome_section(&doc, &section("s1", "Prevention"), None)?;
    d.insert_outcome_section(&doc, &section("s2", "Looking ahead"), None)?;
    let figure = Fact {
        id: Id::from("f1"),
        kind: FactKind::Figure,
        text: pair("84% of migrants surveyed experienced abuse", "84 % des migrants interrogés ont subi des abus"),
        source: pair("Mixed Migration Centre", "Centre pour les migrations mixtes"),
        speaker: None,
    };
    d.save_outcome_fact(&doc, &figure, &BilingualText::default())?;
    for id in ["pp1", "pp2"] {
        d.insert_outcome_paragraph(&doc, None, None, &paragraph(id, &format!("Recalling {id}")), None)?;
    }
    let mut a = paragraph("a", "We condemn trafficking.");
    a.sessions = vec![Id::from("s-open")];
    a.facts = vec![Id::from("f1")];
    d.insert_outcome_paragraph(&doc, Some(&Id::from("s1")), None, &a, None)?;
    for id in ["b", "c"] {
        d.insert_outcome_paragraph(&doc, Some(&Id::from("s1")), None, &paragraph(id, &format!("Operative {id}")), None)?;
    }
    d.insert_outcome_paragraph(&doc, Some(&Id::from("s2")), None, &paragraph("d", "Operative d"), None)
}

fn store_with_document(db: &TempDb) -> Store {
    let mut store = db.store();
    store.write(|d| {
        seed::lagos(d)?;
        document(d)
    })
    .expect("a meeting with an outcome document");
    store
}

fn references(store: &Store) -> Vec<(String, String)> {
    let doc = store.read(|d| d.outcome_document(&Id::from("doc"))).expect("the document reads");
    doc.numbered().iter().map(|n| (n.label().reference(), n.paragraph.id.to_string())).collect()
}

/// Each list's positions, as `section:0,1,2`, so that a gap or a repeat shows.
fn positions(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare(
            "SELECT coalesce(section_id, 'preamble') || ':' || group_concat(position, ',') FROM
             (SELECT section_id, position FROM outcome_paragraphs WHERE document_id = 'doc' ORDER BY section_id, position)
             GROUP BY section_id ORDER BY section_id",
        )
        .expect("query");
    stmt.query_map([], |r| r.get(0)).and_then(|rows| rows.collect()).expect("positions")
}

fn refs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(r, id)| ((*r).to_owned(), (*id).to_owned())).collect()
}

#[test]
fn paragraphs_keep_dense_positions_and_numbers_through_moves_and_deletes() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    assert_eq!(
        references(&store),
        refs(&[("PP1", "pp1"), ("PP2", "pp2"), ("OP1", "a"), ("OP2", "b"), ("OP3", "c"), ("OP4", "d")]),
        "paragraphs read back in the order they were added, operative numbers running on across sections"
    );
    let conn = db.raw();
    assert_eq!(positions(&conn), ["preamble:0,1", "s1:0,1,2", "s2:0"]);

    store.write(|d| d.move_outcome_paragraph(&Id::from("c"), Some(&Id::from("s2")), 0)).expect("moved to the other section");
    assert_eq!(positions(&conn), ["preamble:0,1", "s1:0,1", "s2:0,1"], "both the list left and the list joined stay dense");
    assert_eq!(references(&store)[4..], refs(&[("OP3", "c"), ("OP4", "d")]), "c now opens the second section");

    store.write(|d| d.move_outcome_paragraph(&Id::from("a"), Some(&Id::from("s1")), 99)).expect("moved to the end of its section");
    store.write(|d| d.move_outcome_paragraph(&Id::from("d"), None, 0)).expect("moved into the preamble");
    assert_eq!(
        references(&store),
        refs(&[("PP1", "d"), ("PP2", "pp1"), ("PP3", "pp2"), ("OP1", "b"), ("OP2", "a"), ("OP3", "c")]),
        "a paragraph moved into the preamble becomes preambular; one moved past the end goes last"
    );
    store.write(|d| d.delete_outcome_paragraph(&Id::from("pp1"))).expect("deleted");
    assert_eq!(positions(&conn), ["preamble:0,1", "s1:0,1", "s2:0"], "a delete closes the gap");
    assert_eq!(count(&conn, "SELECT count(*) FROM texts WHERE owner_id = 'pp1'", []), 0, "its text went with it");

    store.write(|d| d.move_outcome_section(&Id::from("s2"), 0)).expect("section moved first");
    assert_eq!(
        references(&store)[2..],
        refs(&[("OP1", "c"), ("OP2", "b"), ("OP3", "a")]),
        "moving a section renumbers the operative paragraphs in reading order"
    );
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "{:?}", codes(&problems));
}

#[test]
fn inserting_after_a_paragraph_puts_it_there_and_after_a_stranger_is_refused() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    let (doc, s1) = (Id::from("doc"), Id::from("s1"));
    store.write(|d| d.insert_outcome_paragraph(&doc, Some(&s1), Some(&Id::from("a")), &paragraph("a2", "Also"), None)).expect("inserted");
    assert_eq!(references(&store)[2..5], refs(&[("OP1", "a"), ("OP2", "a2"), ("OP3", "b")]));
    let before = crate::harness::row_counts(&db.raw());
    let err = store
        .write(|d| d.insert_outcome_paragraph(&doc, Some(&s1), Some(&Id::from("d")), &paragraph("x", "x"), None))
        .expect_err("d is in another section");
    let err = DomainError::from(err);
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::NotFound, Some("paragraph")), "{err:?}");
    assert_eq!(crate::harness::row_counts(&db.raw()), before, "nothing was written");
}

#[test]
fn a_section_with_paragraphs_is_not_deleted() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    let err = DomainError::from(store.write(|d| d.delete_outcome_section(&Id::from("s2"))).expect_err("it holds d"));
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InUse, Some("section")));
    store.write(|d| d.delete_outcome_paragraph(&Id::from("d"))).expect("emptied");
    store.write(|d| d.delete_outcome_section(&Id::from("s2"))).expect("an empty section goes");
    assert_eq!(count(&db.raw(), "SELECT count(*) FROM texts WHERE owner_id = 's2'", []), 0, "its heading went with it");
}

#[test]
fn outcome_texts_join_the_meeting_texts_except_generated_paragraphs() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    let mut facts = paragraph("g", "");
    facts.generated = Some(Generated::MeetingFacts);
    store.write(|d| d.insert_outcome_paragraph(&Id::from("doc"), None, None, &facts, None)).expect("a generated paragraph");
    let texts = store.read(|d| d.meeting_texts(&Id::from("m1"))).expect("texts");
    let kinds = |kind: &str| texts.iter().filter(|t| t.owner_kind == kind).map(|t| format!("{}/{}", t.owner_id, t.field)).collect::<Vec<_>>();
    assert_eq!(kinds("outcome_document"), ["doc/title"]);
    assert_eq!(kinds("outcome_section"), ["s1/heading", "s2/heading"]);
    assert_eq!(kinds("outcome_paragraph"), ["a/text", "b/text", "c/text", "d/text", "pp1/text", "pp2/text"], "no text of the generated paragraph");
    assert_eq!(kinds("outcome_fact"), ["f1/function", "f1/source", "f1/text"]);
    let other = store.read(|d| d.meeting_texts(&Id::from("m2"))).expect("texts of a meeting that does not exist");
    assert!(other.is_empty());
}

#[test]
fn a_document_is_read_whole_with_links_and_facts() {
    let db = TempDb::new();
    let store = store_with_document(&db);
    let doc = store.read(|d| d.outcome_document(&Id::from("doc"))).expect("reads");
    assert_eq!(doc.title.fr.text, "Document final");
    assert_eq!(doc.sections.iter().map(|s| s.heading.get(Lang::En)).collect::<Vec<_>>(), ["Prevention", "Looking ahead"]);
    let a = &doc.sections[0].paragraphs[0];
    assert_eq!((a.sessions.clone(), a.facts.clone()), (vec![Id::from("s-open")], vec![Id::from("f1")]), "links read back");
    assert_eq!(doc.facts.len(), 1);
    assert_eq!(doc.facts[0].source.get(Lang::En), "Mixed Migration Centre");
    let summaries = store.read(|d| d.outcome_summaries(&Id::from("m1"))).expect("summaries");
    assert_eq!((summaries.len(), summaries[0].paragraphs, summaries[0].revisions), (1, 6, 0));
}

#[test]
fn a_quote_keeps_its_speaker_when_the_participant_goes() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    let quote = Fact {
        id: Id::from("q1"),
        kind: FactKind::Quote,
        text: pair("Migration is a shared responsibility.", "La migration est une responsabilité partagée."),
        source: BilingualText::default(),
        speaker: Some(Speaker {
            participant_id: Some(Id::from("p-cyrille")),
            name: "HE Cyrille Baumgartner".into(),
            function: NamePair { en: "Director General".into(), fr: "Directeur général".into() },
        }),
    };
    let function = pair("Director General", "Directeur général");
    store.write(|d| d.save_outcome_fact(&Id::from("doc"), &quote, &function)).expect("a quote");
    assert_eq!(store.read(|d| d.outcome_fact(&Id::from("q1"))).expect("reads"), quote, "the quote reads back as saved");
    store.write(|d| d.delete_participant(&Id::from("p-cyrille"))).expect("the participant leaves the list");
    let kept = store.read(|d| d.outcome_fact(&Id::from("q1"))).expect("reads");
    let speaker = kept.speaker.expect("still attributed");
    assert_eq!((speaker.participant_id, speaker.name.as_str()), (None, "HE Cyrille Baumgartner"), "the name stays, the link goes");
}

fn amendment(id: &str, delegation: &str) -> Amendment {
    Amendment {
        id: Id::from(id),
        paragraph_id: Id::from("a"),
        delegation_id: Id::from(delegation),
        delegation: NamePair::default(),
        changes: vec![Change { lang: Lang::En, original: "We condemn trafficking.".into(), proposed: "We strongly condemn trafficking.".into() }],
        rationale: "Stronger".into(),
        status: AmendmentStatus::Proposed,
        proposed_at: String::new(),
        decided_at: None,
    }
}

#[test]
fn amendments_read_back_with_their_delegation_and_hold_it() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    store.write(|d| d.insert_outcome_amendment(&amendment("am1", "d-sn"))).expect("proposed");
    let read = store.read(|d| d.outcome_amendment(&Id::from("am1"))).expect("reads");
    assert_eq!(read.delegation, NamePair { en: "Senegal".into(), fr: "Sénégal".into() }, "named after its delegation");
    assert_eq!((read.changes.len(), read.status, read.decided_at.as_deref()), (1, AmendmentStatus::Proposed, None));
    assert_eq!(read.proposed_at, "2025-11-04T07:30:00.000Z", "dated by the clock");

    let before = crate::harness::row_counts(&db.raw());
    let err = DomainError::from(store.write(|d| d.delete_delegation(&Id::from("d-sn"))).expect_err("it proposed an amendment"));
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InUse, Some("delegation")));
    assert_eq!(crate::harness::row_counts(&db.raw()), before, "nothing was deleted");

    let err = DomainError::from(store.write(|d| d.insert_outcome_amendment(&amendment("am2", "nope"))).expect_err("no such delegation"));
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::NotFound, Some("delegation")));

    store.write(|d| d.decide_outcome_amendment(&Id::from("am1"), AmendmentStatus::Rejected)).expect("decided");
    let decided = store.read(|d| d.outcome_amendment(&Id::from("am1"))).expect("reads");
    assert_eq!((decided.status, decided.decided_at.as_deref()), (AmendmentStatus::Rejected, Some("2025-11-04T07:30:00.000Z")));
}

#[test]
fn deleting_the_meeting_takes_its_documents_amendments_and_texts() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    store.write(|d| d.insert_outcome_amendment(&amendment("am1", "d-sn"))).expect("proposed");
    store.write(|d| d.insert_outcome_comment(&Id::from("c1"), &Id::from("a"), "Rapporteur", Some(&Id::from("d-ng")), "Why?")).expect("commented");
    store.write(|d| d.delete_meeting(&Id::from("m1"))).expect("the meeting goes, amendments and all");
    let conn = db.raw();
    for table in ["outcome_documents", "outcome_sections", "outcome_paragraphs", "outcome_facts", "outcome_amendments", "outcome_comments", "outcome_placements", "outcome_paragraph_sessions", "texts"] {
        assert_eq!(count(&conn, &format!("SELECT count(*) FROM {table}"), []), 0, "no row of {table} is left");
    }
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "{:?}", codes(&problems));
}

fn revision<'a>(id: &'a Id, document_id: &'a Id, name: &'a str, automatic: bool) -> NewRevision<'a> {
    NewRevision {
        id,
        document_id,
        name,
        automatic,
        saved_on: NaiveDate::from_ymd_opt(2025, 11, 5).expect("a day"),
        paragraphs: 6,
    }
}

#[test]
fn revisions_are_numbered_and_a_name_is_given_once() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    let doc = store.read(|d| d.outcome_document(&Id::from("doc"))).expect("reads");
    let json = serde_json::to_string(&doc).expect("json");
    let (r1, r2, r3, r4, d) = (Id::from("r1"), Id::from("r2"), Id::from("r3"), Id::from("r4"), Id::from("doc"));
    let doc_id = &d;
    store.write(|d| d.insert_outcome_revision(&revision(&r1, doc_id, "Rev.1", false), |_| Ok(json.clone()))).expect("first");
    let err = DomainError::from(
        store.write(|d| d.insert_outcome_revision(&revision(&r2, doc_id, "rev.1", false), |_| Ok(json.clone()))).expect_err("same name, other case"),
    );
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::Duplicate, Some("revision_name")));
    store.write(|d| d.insert_outcome_revision(&revision(&r3, doc_id, "Adopted", true), |_| Ok(json.clone()))).expect("automatic");
    let third = store.write(|d| d.insert_outcome_revision(&revision(&r4, doc_id, "Adopted", true), |_| Ok(json.clone()))).expect("an automatic name repeats");
    assert_eq!(third.number, 3, "a refused revision does not take a number");
    let listed = store.read(|d| d.outcome_revisions(&Id::from("doc"))).expect("list");
    assert_eq!(listed.iter().map(|r| r.number).collect::<Vec<_>>(), [3, 2, 1], "newest first");
    let holding = store.read(|d| d.revisions_holding(&Id::from("doc"), &Id::from("a"))).expect("found");
    assert_eq!(holding.len(), 3, "every revision holds paragraph a");
    assert!(store.read(|d| d.revisions_holding(&Id::from("doc"), &Id::from("zz"))).expect("found").is_empty());
}

#[test]
fn restoring_a_snapshot_brings_back_the_same_ids_and_removes_what_was_added() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    let snapshot: OutcomeDocument = store.read(|d| d.outcome_document(&Id::from("doc"))).expect("reads");
    let doc = Id::from("doc");
    store
        .write(|d| {
            let (_, mut b) = d.outcome_paragraph(&Id::from("b"))?;
            b.text.edit(Lang::En, "Operative b, changed");
            d.save_paragraph_text(&b.id, &b.text)?;
            d.set_paragraph_state(&Id::from("c"), ParagraphState::Agreed)?;
            d.delete_outcome_paragraph(&Id::from("d"))?;
            d.delete_outcome_section(&Id::from("s2"))?;
            d.move_outcome_paragraph(&Id::from("pp1"), Some(&Id::from("s1")), 0)?;
            d.delete_outcome_fact(&Id::from("f1"))?;
            d.insert_outcome_section(&doc, &section("s3", "New"), None)?;
            d.insert_outcome_paragraph(&doc, Some(&Id::from("s3")), None, &paragraph("e", "Added since"), None)?;
            d.link_paragraph_session(&Id::from("a"), &Id::from("s-open"), false)
        })
        .expect("edits");
    assert_ne!(store.read(|d| d.outcome_document(&doc)).expect("reads"), snapshot);

    store.write(|d| d.restore_outcome_document(&snapshot)).expect("restored");
    assert_eq!(store.read(|d| d.outcome_document(&doc)).expect("reads"), snapshot, "the document is the snapshot again, ids and all");
    let conn = db.raw();
    assert_eq!(positions(&conn), ["preamble:0,1", "s1:0,1,2", "s2:0"]);
    assert_eq!(count(&conn, "SELECT count(*) FROM texts WHERE owner_id IN ('e', 's3')", []), 0, "what was added since is gone with its texts");
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "{:?}", codes(&problems));
}

#[test]
fn notes_are_listed_by_session_with_the_paragraphs_made_from_them() {
    let db = TempDb::new();
    let mut store = store_with_document(&db);
    let note = Id::from("n1");
    store.write(|d| d.save_outcome_note(&note, &Id::from("s-open"), Lang::Fr, "La traite doit cesser.")).expect("a note");
    store
        .write(|d| d.insert_outcome_paragraph(&Id::from("doc"), None, None, &paragraph("from-note", "La traite doit cesser."), Some(&note)))
        .expect("a paragraph from it");
    let sessions = store.read(|d| d.session_notes(&Id::from("m1"))).expect("notes");
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].start, "09:00");
    assert_eq!(sessions[0].notes[0].paragraphs, [Id::from("from-note")]);
    let too_long = "a".repeat(50_001);
    assert!(
        store.write(|d| d.save_outcome_note(&Id::from("n2"), &Id::from("s-open"), Lang::En, &too_long)).is_err(),
        "the table refuses a note over 50,000 characters even if a caller forgot to check"
    );
    store.write(|d| d.delete_outcome_note(&note)).expect("deleted");
    let (place, _) = store.read(|d| d.outcome_paragraph(&Id::from("from-note"))).expect("the paragraph stays");
    assert_eq!(place.note_id, None, "without its note");
}

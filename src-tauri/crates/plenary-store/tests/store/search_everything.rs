//! The one search over everything: delegations and outcome paragraphs join participants,
//! organisations and sessions; every write that changes what finds them re-indexes them in
//! the same transaction; names outrank passing mentions; hits carry their titles.

use crate::harness::{TempDb, codes};
use crate::seed::{self, pair};
use plenary_core::outcome::facts::Generated;
use plenary_core::outcome::{DocumentKind, OutcomeDocument, Paragraph, ParagraphState};
use plenary_core::{BilingualText, Id, Lang};
use plenary_store::{Hit, MeetingText, Store};

fn lagos_with_document() -> (TempDb, Store) {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    store
        .write(|d| {
            let doc = Id::from("doc");
            d.insert_outcome_document(&doc, &Id::from("m1"), DocumentKind::OutcomeDocument, &pair("Lagos Declaration", "Déclaration de Lagos"))?;
            d.insert_outcome_section(&doc, &plenary_core::outcome::Section {
                id: Id::from("s1"),
                heading: pair("Prevention", "Prévention"),
                pillar_id: None,
                paragraphs: vec![],
            }, None)?;
            d.insert_outcome_paragraph(&doc, None, None, &paragraph("pp1", "Recalling the history of l'Afrique de l'Ouest", "Rappelant l'histoire de l'Afrique de l'Ouest"), None)?;
            d.insert_outcome_paragraph(&doc, Some(&Id::from("s1")), None, &paragraph("op1", "We strengthen the training of prosecutors.", "Nous renforçons la formation des procureurs."), None)?;
            d.insert_outcome_paragraph(&doc, Some(&Id::from("s1")), None, &paragraph("op2", "We welcome [the support of] Nigeria.", "Nous saluons [l'appui du] Nigéria."), None)
        })
        .expect("document");
    (db, store)
}

fn paragraph(id: &str, en: &str, fr: &str) -> Paragraph {
    Paragraph { id: Id::from(id), state: ParagraphState::Draft, text: pair(en, fr), sessions: vec![], facts: vec![], generated: None }
}

/// What the search finds for `text` in meeting `m1`, best first, with titles in `lang`.
fn ranked(store: &Store, text: &str, lang: Lang) -> Vec<Hit> {
    store.read(|d| d.search_ranked(Some(&Id::from("m1")), text, lang, 10, 50)).unwrap_or_else(|e| panic!("searching {text:?}: {e}"))
}

/// The (kind, id) of those hits, best first.
fn found(store: &Store, text: &str) -> Vec<(String, String)> {
    ranked(store, text, Lang::En).into_iter().map(|h| (h.kind, h.id.to_string())).collect()
}

fn of(kind: &str, id: &str) -> (String, String) {
    (kind.into(), id.into())
}

fn paragraphs(store: &Store, text: &str) -> Vec<String> {
    let mut ids: Vec<String> = found(store, text).into_iter().filter(|(k, _)| k == "paragraph").map(|(_, id)| id).collect();
    ids.sort();
    ids
}

fn consistent(store: &Store) {
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "the index is in step with the data: {:?} {problems:?}", codes(&problems));
}

#[test]
fn delegations_are_found_by_country_in_either_language_and_by_code() {
    let (_db, store) = lagos_with_document();
    for typed in ["Sénégal", "senegal", "SN", "SEN"] {
        assert!(found(&store, typed).contains(&of("delegation", "d-sn")), "{typed:?} finds Senegal's delegation");
    }
    assert!(found(&store, "migrations internationale").contains(&of("delegation", "d-iom")), "an organisation's delegation by its French name");
    assert!(found(&store, "oim").contains(&of("delegation", "d-iom")), "and by its French acronym");
    consistent(&store);
}

#[test]
fn a_name_outranks_a_passing_mention() {
    let (_db, store) = lagos_with_document();
    let hits = found(&store, "nigeria");
    assert_eq!(hits.first(), Some(&of("delegation", "d-ng")), "the delegation is called Nigeria: it comes first: {hits:?}");
    let para = hits.iter().position(|h| h == &of("paragraph", "op2")).expect("the paragraph mentioning Nigeria is found");
    let person = hits.iter().position(|h| h == &of("participant", "p-amina")).expect("Nigeria's participants are found");
    assert!(person < para, "a member of the delegation ranks before a paragraph that names it in passing: {hits:?}");
    let bello = found(&store, "bello");
    assert_eq!(bello.first(), Some(&of("participant", "p-amina")), "a family name finds the person first");
}

#[test]
fn paragraphs_are_found_in_both_languages_accents_and_elisions_ignored() {
    let (_db, store) = lagos_with_document();
    assert_eq!(paragraphs(&store, "prosecutors"), ["op1"], "the English text");
    assert_eq!(paragraphs(&store, "procureurs"), ["op1"], "the French text");
    assert_eq!(paragraphs(&store, "renforcons"), ["op1"], "accents ignored");
    assert_eq!(paragraphs(&store, "PROCUR"), ["op1"], "case ignored, prefix matched as you type");
    assert_eq!(paragraphs(&store, "afrique"), ["pp1"], "“l'Afrique” is found by “afrique”: the elided article is a word of its own");
    assert_eq!(paragraphs(&store, "l’afrique"), ["pp1"], "and by the phrase typed with a typographic apostrophe");
}

#[test]
fn a_paragraph_hit_says_where_it_is_and_its_number_follows_moves() {
    let (_db, mut store) = lagos_with_document();
    let hit = ranked(&store, "saluons", Lang::En).into_iter().find(|h| h.kind == "paragraph").expect("op2");
    assert_eq!(hit.title, "OP2 — Lagos Declaration");
    assert_eq!(hit.context, "Outcome document");
    assert_eq!(hit.document_id, Some(Id::from("doc")), "the document to open it in");
    let matched: Vec<&str> = hit.segments.iter().filter(|s| s.matched).map(|s| s.text.as_str()).collect();
    assert_eq!(matched, ["saluons"], "only the word typed is a match: {:?}", hit.segments);
    assert!(hit.segments.iter().any(|s| !s.matched && s.text.contains("[l'appui du]")), "the contested passage's brackets stay text: {:?}", hit.segments);
    store.write(|d| d.move_outcome_paragraph(&Id::from("op2"), Some(&Id::from("s1")), 0)).expect("moved");
    let fr = ranked(&store, "saluons", Lang::Fr).into_iter().find(|h| h.kind == "paragraph").expect("op2");
    assert_eq!((fr.title.as_str(), fr.context.as_str()), ("OP1 — Déclaration de Lagos", "Document final"), "renumbered, in French");
}

#[test]
fn participant_and_session_hits_carry_their_titles_and_targets() {
    let (_db, store) = lagos_with_document();
    let cyrille = ranked(&store, "baumgartner", Lang::Fr).into_iter().next().expect("found");
    assert_eq!((cyrille.title.as_str(), cyrille.context.as_str()), ("HE Cyrille Baumgartner", "Organisation internationale pour les migrations"));
    assert_eq!(cyrille.delegation_id, Some(Id::from("d-iom")));
    let opening = ranked(&store, "ouverture", Lang::Fr).into_iter().next().expect("found");
    assert_eq!(opening.title, "Séance d’ouverture");
    assert_eq!(opening.context, "4\u{a0}novembre 2025 · 9\u{a0}h\u{a0}00\u{a0}–\u{a0}10\u{a0}h\u{a0}30");
    let senegal = ranked(&store, "senegal", Lang::En).into_iter().find(|h| h.kind == "delegation").expect("found");
    assert_eq!((senegal.title.as_str(), senegal.context.as_str()), ("Senegal", "1 participant"));
    let iom = ranked(&store, "iom", Lang::En).into_iter().find(|h| h.kind == "organisation").expect("found");
    assert_eq!(iom.delegation_id, Some(Id::from("d-iom")), "an organisation opens as its delegation to the meeting searched");
}

#[test]
fn each_kind_is_capped_and_counted_apart() {
    let (_db, store) = lagos_with_document();
    let hits = store.read(|d| d.search_ranked(Some(&Id::from("m1")), "nigeria", Lang::En, 1, 50)).expect("search");
    let participants: Vec<&Hit> = hits.iter().filter(|h| h.kind == "participant").collect();
    assert_eq!(participants.len(), 1, "one participant returned at most");
    assert_eq!(participants[0].kind_total, 2, "but both of Nigeria's participants are counted");
}

#[test]
fn editing_translating_and_deleting_a_paragraph_keep_its_entry_in_step() {
    let (_db, mut store) = lagos_with_document();
    store
        .write(|d| d.save_paragraph_text(&Id::from("op1"), &pair("We train judges.", "Nous formons les juges.")))
        .expect("edited");
    assert!(paragraphs(&store, "prosecutors").is_empty(), "the old English text no longer finds it");
    assert!(paragraphs(&store, "procureurs").is_empty(), "nor the old French");
    assert_eq!(paragraphs(&store, "judges"), ["op1"]);
    consistent(&store);

    let mut text = store.read(|d| d.meeting_text(&Id::from("m1"), "op1/text")).expect("read").expect("a meeting text");
    text.text.translate(Lang::Fr, "Nous formons les magistrats.");
    store.write(|d| d.save_meeting_text(&text)).expect("translated");
    assert_eq!(paragraphs(&store, "magistrats"), ["op1"], "a translation (as by the worklist or XLIFF) is searchable at once");
    assert!(paragraphs(&store, "juges").is_empty());
    consistent(&store);

    store.write(|d| d.delete_outcome_paragraph(&Id::from("op1"))).expect("deleted");
    assert!(paragraphs(&store, "judges").is_empty(), "a deleted paragraph is not found");
    consistent(&store);
    store.write(|d| d.delete_outcome_document(&Id::from("doc"))).expect("document deleted");
    assert!(paragraphs(&store, "nigeria").is_empty(), "its document's other paragraphs went by cascade, and so did their entries");
    consistent(&store);
}

#[test]
fn restoring_a_revision_brings_back_the_paragraphs_text_in_the_index() {
    let (_db, mut store) = lagos_with_document();
    let snapshot: OutcomeDocument = store.read(|d| d.outcome_document(&Id::from("doc"))).expect("reads");
    store
        .write(|d| {
            d.save_paragraph_text(&Id::from("op1"), &BilingualText::original(Lang::En, "Nothing about lawyers"))?;
            d.delete_outcome_paragraph(&Id::from("op2"))
        })
        .expect("edited");
    assert!(paragraphs(&store, "prosecutors").is_empty());
    store.write(|d| d.restore_outcome_document(&snapshot)).expect("restored");
    assert_eq!(paragraphs(&store, "prosecutors"), ["op1"], "the restored text is found again");
    assert_eq!(paragraphs(&store, "saluons"), ["op2"], "and the paragraph re-created by the restore");
    assert!(paragraphs(&store, "lawyers").is_empty(), "the text replaced by the restore is gone");
    consistent(&store);

    let mut generated = snapshot.clone();
    generated.sections[0].paragraphs[0].generated = Some(Generated::MeetingFacts);
    store.write(|d| d.restore_outcome_document(&generated)).expect("restored as generated");
    assert!(paragraphs(&store, "prosecutors").is_empty(), "a paragraph turned generated has no stored text to find");
    consistent(&store);
}

#[test]
fn renaming_and_deleting_a_delegation_keep_its_entry_in_step() {
    let (_db, mut store) = lagos_with_document();
    let mut sn = store.read(|d| d.delegation(&Id::from("d-sn"))).expect("delegation");
    sn.display_name_fr = Some("République du Sénégal".into());
    store.write(|d| d.save_delegation(&sn)).expect("renamed");
    assert!(found(&store, "republique").contains(&of("delegation", "d-sn")), "the new display name finds it");
    consistent(&store);
    let mut iom = seed::iom("o-iom");
    iom.acronym_en = Some("UNMIG".into());
    store.write(|d| d.save_organisation(&iom)).expect("organisation renamed");
    assert!(found(&store, "unmig").contains(&of("delegation", "d-iom")), "an organisation's new acronym finds its delegation");
    consistent(&store);
    store.write(|d| d.delete_delegation(&Id::from("d-sn"))).expect("deleted");
    assert!(!found(&store, "senegal").contains(&of("delegation", "d-sn")), "a deleted delegation is not found");
    consistent(&store);
}

#[test]
fn a_rebuilt_index_equals_the_one_kept_in_step() {
    let (db, mut store) = lagos_with_document();
    let before = crate::harness::count(&db.raw(), "SELECT count(*) FROM search_keys", []);
    store.write(|d| d.rebuild_search_index()).expect("rebuilt");
    assert_eq!(crate::harness::count(&db.raw(), "SELECT count(*) FROM search_keys", []), before, "nothing missing or extra");
    assert_eq!(crate::harness::count(&db.raw(), "SELECT count(*) FROM search_keys WHERE kind = 'paragraph'", []), 3);
    assert_eq!(crate::harness::count(&db.raw(), "SELECT count(*) FROM search_keys WHERE kind = 'delegation'", []), 3);
    consistent(&store);
}

#[test]
fn a_meeting_text_of_another_kind_changes_no_paragraph_entry() {
    let (_db, mut store) = lagos_with_document();
    let text = MeetingText {
        id: "doc/title".into(),
        owner_kind: "outcome_document".into(),
        owner_id: Id::from("doc"),
        field: "title".into(),
        text: pair("Abuja Declaration", "Déclaration d'Abuja"),
    };
    store.write(|d| d.save_meeting_text(&text)).expect("retitled");
    let hit = ranked(&store, "prosecutors", Lang::En).into_iter().next().expect("op1");
    assert_eq!(hit.title, "OP1 — Abuja Declaration", "the title is read when shown, so a renamed document is never stale");
    consistent(&store);
}

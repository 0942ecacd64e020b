//! Full-text search: accent-insensitive, both languages, kept in step with every write.

use crate::harness::{TempDb, codes};
use crate::seed;
use plenary_core::meeting::Room;
use plenary_core::{Id, Lang};
use plenary_store::{Hit, ParticipantFilter, Store};

/// The ids of meeting `m1`'s participants found by `text`, sorted.
fn people(store: &Store, text: &str) -> Vec<String> {
    let filter = ParticipantFilter { meeting_id: Id::from("m1"), search: Some(text.into()), ..Default::default() };
    let mut ids: Vec<String> = store
        .read(|d| d.participants(&filter))
        .unwrap_or_else(|e| panic!("searching {text:?} failed: {e}"))
        .into_iter()
        .map(|r| r.participant.id.to_string())
        .collect();
    ids.sort();
    ids
}

/// What `search()` finds for `text` in meeting `m1`, as (kind, id), sorted.
fn hits(store: &Store, text: &str) -> Vec<(String, String)> {
    let found: Vec<Hit> =
        store.read(|d| d.search(Some(&Id::from("m1")), text, 50)).unwrap_or_else(|e| panic!("searching {text:?} failed: {e}"));
    let mut out: Vec<(String, String)> = found.into_iter().map(|h| (h.kind, h.id.to_string())).collect();
    out.sort();
    out
}

fn hit(kind: &str, id: &str) -> (String, String) {
    (kind.into(), id.into())
}

fn lagos() -> (TempDb, Store) {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    (db, store)
}

#[test]
fn participants_are_found_by_a_name_prefix_typed_without_accents() {
    let (_db, store) = lagos();
    assert_eq!(people(&store, "aissa"), ["p-aissatou"], "“aissa” finds Aïssatou: accents are ignored");
    assert_eq!(people(&store, "AÏSSA"), ["p-aissatou"], "case is ignored, and accents typed are ignored too");
    assert_eq!(people(&store, "ndia"), ["p-aissatou"], "a family-name prefix");
    assert_eq!(people(&store, "baum cyr"), ["p-cyrille"], "every word must match, in any order");
    assert!(people(&store, "baum amina").is_empty(), "words of two different people do not add up");
}

#[test]
fn participants_are_found_by_their_delegations_country_in_french_or_english() {
    let (_db, store) = lagos();
    for typed in ["Sénégal", "senegal", "Senegal", "SEN"] {
        assert_eq!(people(&store, typed), ["p-aissatou"], "{typed:?} names Senegal's delegation");
    }
    assert_eq!(people(&store, "nigeria"), ["p-amina", "p-tunde"], "both members of Nigeria's delegation");
    assert_eq!(people(&store, "OIM"), ["p-cyrille"], "an organisation's delegation by its French acronym");
    assert_eq!(people(&store, "migrations internationale"), ["p-cyrille"], "and by its French name");
}

#[test]
fn participants_are_found_by_their_function_in_either_language() {
    let (_db, store) = lagos();
    assert_eq!(people(&store, "directrice"), ["p-aissatou"], "the French function (feminine)");
    assert_eq!(people(&store, "controleuse"), ["p-amina"], "the French function without its accent");
    assert_eq!(people(&store, "comptroller"), ["p-amina"], "the English function");
    assert_eq!(people(&store, "directeur"), ["p-cyrille", "p-tunde"]);
}

#[test]
fn sessions_are_found_by_french_title_words_and_by_their_agenda_items() {
    let (_db, store) = lagos();
    assert_eq!(hits(&store, "séance ouverture"), [hit("session", "s-open")], "the French title");
    assert_eq!(hits(&store, "seance"), [hit("session", "s-open")], "accents ignored");
    assert_eq!(hits(&store, "ordre du jour"), [hit("session", "s-open")], "an agenda item's French title finds its session");
    assert_eq!(hits(&store, "adoption agenda"), [hit("session", "s-open")], "and its English title");
}

#[test]
fn organisations_are_found_by_acronym_in_every_meeting() {
    let (_db, mut store) = lagos();
    assert!(hits(&store, "oim").contains(&hit("organisation", "o-iom")), "the French acronym");
    assert!(hits(&store, "IOM").contains(&hit("organisation", "o-iom")), "the English acronym");
    let everywhere = store.read(|d| d.search(None, "IOM", 10)).expect("search everywhere");
    let org = everywhere.iter().find(|h| h.kind == "organisation").expect("the organisation is found without a meeting");
    assert_eq!((org.id.as_str(), org.meeting_id.as_ref()), ("o-iom", None), "organisations belong to no meeting");
    assert!(org.snippet.contains("[IOM]"), "the snippet marks the match: {}", org.snippet);
    store.write(|d| d.insert_meeting(&seed::meeting("m2"))).expect("another meeting");
    let in_m2 = store.read(|d| d.search(Some(&Id::from("m2")), "IOM", 10)).expect("search m2");
    assert_eq!(in_m2.iter().map(|h| h.kind.as_str()).collect::<Vec<_>>(), ["organisation"], "shared by all meetings; m1's people stay in m1");
}

#[test]
fn renaming_a_delegation_replaces_its_words_in_its_participants_entries() {
    let (_db, mut store) = lagos();
    let mut ng = store.read(|d| d.delegation(&Id::from("d-ng"))).expect("delegation");
    ng.display_name_en = Some("Federal Delegation".into());
    store.write(|d| d.save_delegation(&ng)).expect("display name");
    assert_eq!(people(&store, "federal"), ["p-amina", "p-tunde"], "the new display name is searchable");
    ng.display_name_en = Some("Host Country Team".into());
    ng.display_name_fr = Some("Équipe du pays hôte".into());
    store.write(|d| d.save_delegation(&ng)).expect("renamed");
    assert!(people(&store, "federal").is_empty(), "the old display name no longer matches");
    assert_eq!(people(&store, "equipe hote"), ["p-amina", "p-tunde"], "the new French name matches without accents");
}

#[test]
fn renaming_an_organisation_replaces_its_words_in_its_participants_entries() {
    let (_db, mut store) = lagos();
    let mut org = seed::iom("o-iom");
    org.acronym_en = Some("UNMIG".into());
    org.acronym_fr = Some("ONUMIG".into());
    store.write(|d| d.save_organisation(&org)).expect("renamed");
    assert!(people(&store, "oim").is_empty(), "the old acronym no longer matches its people");
    assert_eq!(people(&store, "onumig"), ["p-cyrille"]);
    assert_eq!(hits(&store, "unmig"), [hit("delegation", "d-iom"), hit("organisation", "o-iom"), hit("participant", "p-cyrille")]);
}

#[test]
fn editing_a_participant_replaces_their_words() {
    let (_db, mut store) = lagos();
    let mut amina = store.read(|d| d.participant(&Id::from("p-amina"))).expect("Amina").participant;
    amina.family_name = "Okafor".into();
    amina.function.edit(Lang::Fr, "Inspectrice des frontières");
    store.write(|d| d.save_participant(&amina)).expect("edited");
    assert!(people(&store, "bello").is_empty(), "the old family name no longer matches");
    assert!(people(&store, "controleuse").is_empty(), "nor the old French function");
    assert_eq!(people(&store, "okafor"), ["p-amina"]);
    assert_eq!(people(&store, "frontieres"), ["p-amina"], "the new French function, accent-less");
}

#[test]
fn a_deleted_participant_is_no_longer_found() {
    let (db, mut store) = lagos();
    store.write(|d| d.delete_participant(&Id::from("p-aissatou"))).expect("deleted");
    assert!(people(&store, "aissa").is_empty(), "no participant row");
    assert!(hits(&store, "aissatou").is_empty(), "and no search entry left pointing at nothing");
    let keys = crate::harness::count(&db.raw(), "SELECT count(*) FROM search_keys WHERE ref_id = 'p-aissatou'", []);
    assert_eq!(keys, 0, "the index row is removed, not just unmatched");
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "{:?}", codes(&problems));
}

#[test]
fn deleting_a_room_drops_its_name_from_its_sessions_entries() {
    let (_db, mut store) = lagos();
    let room = Room { id: Id::from("r-tapa"), meeting_id: Id::from("m1"), name: "Tapa Hall".into(), capacity: Some(400) };
    store.write(|d| d.save_room(&room)).expect("room");
    let mut opening = store.read(|d| d.session(&Id::from("s-open"))).expect("session").session;
    opening.room_id = Some(room.id.clone());
    store.write(|d| d.save_session(&opening, "Africa/Lagos")).expect("session in the room");
    assert_eq!(hits(&store, "tapa"), [hit("session", "s-open")], "a session is found by its room");
    store.write(|d| d.delete_room(&room.id)).expect("room deleted");
    assert!(store.read(|d| d.session(&Id::from("s-open"))).expect("session").session.room_id.is_none(), "the session lost its room");
    assert!(hits(&store, "tapa").is_empty(), "the deleted room's name no longer finds the session");
}

#[test]
fn a_meetings_search_does_not_return_another_meetings_people() {
    let (_db, mut store) = lagos();
    store
        .write(|d| {
            d.insert_meeting(&seed::meeting("m2"))?;
            d.save_delegation(&seed::country_delegation("d2-sn", "m2", "SN"))?;
            d.save_participant(&seed::person("p2-awa", "m2", "d2-sn", "Awa", "Ndiaye"))
        })
        .expect("m2");
    assert_eq!(people(&store, "ndiaye"), ["p-aissatou"], "m1's list holds m1's people only");
    assert_eq!(hits(&store, "ndiaye"), [hit("participant", "p-aissatou")]);
    let all = store.read(|d| d.search(None, "ndiaye", 10)).expect("everywhere");
    assert_eq!(all.len(), 2, "without a meeting, both are found");
}

#[test]
fn text_with_fts_syntax_never_errors() {
    let (_db, store) = lagos();
    let typed = [
        "\"", "\"\"", "\"aissa", "aissa\"", "*", "aissa*", "**", "NEAR(", "NEAR(aissa bello", "NEAR(a b, 2)", "-", "-aissa",
        "aissa -bello", "AND", "OR", "NOT", "aissa OR bello", "NOT aissa", "(", ")", "(aissa", "body:aissa", "{body}: x",
        "^aissa", "+", "a:b:c", "'", "d'", "l’ordre", "'; DROP TABLE participants; --", "\\", "%", "_", "\u{0}", "…",
        "²", "ⅷ", "\u{301}", "a\u{301}", "🙂", "   ",
    ];
    for text in typed {
        people(&store, text);
        hits(&store, text);
    }
    assert_eq!(people(&store, "\"aissa"), ["p-aissatou"], "a stray quote is ignored, the word still searched");
    assert!(people(&store, "NEAR(aissa").is_empty(), "NEAR is a word to find like any other, not an operator");
    assert!(people(&store, "aissa OR bello").is_empty(), "OR is a word too: every word must match");
    assert_eq!(people(&store, "aissa -"), ["p-aissatou"], "a dash is not NOT");
    assert_eq!(people(&store, "aissa*"), ["p-aissatou"], "a typed star is redundant, not an error");
    assert_eq!(people(&store, "l’ordre").len(), 0, "typographic apostrophes split words without error");
    assert_eq!(hits(&store, "l’ordre"), [hit("session", "s-open")]);
    assert_eq!(people(&store, "  ").len(), 4, "blank text does not filter");
}

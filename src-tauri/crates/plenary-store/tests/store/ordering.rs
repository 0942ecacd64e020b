//! Lists of participants sorted and cut into pages by SQLite, on the collation keys the
//! store keeps: by name in each language, and by precedence within delegations in a given
//! order. Keys are written with each save and filled or recomputed on open.

use crate::harness::{TempDb, count};
use crate::seed;
use plenary_core::participant::{Participant, Rank};
use plenary_core::protocol::{PrecedenceKey, by_precedence, collation_version, compare, name_sort_key};
use plenary_core::{Id, Lang};
use plenary_store::{ParticipantFilter, ParticipantOrder, ParticipantRow, Store};
use rusqlite::Connection;
use std::cmp::Ordering;

/// Senegal, Nigeria and France at meeting m1, with names that only a collation sorts right
/// (accents, dots below, lower case) and heads who are neither first by rank nor by name.
fn names_meeting() -> (TempDb, Store) {
    let db = TempDb::new();
    let mut store = db.store();
    store
        .write(|d| {
            d.insert_meeting(&seed::meeting("m1"))?;
            for (id, code) in [("d-sn", "SN"), ("d-ng", "NG"), ("d-fr", "FR")] {
                d.save_delegation(&seed::country_delegation(id, "m1", code))?;
            }
            for (id, delegation, given, family, rank, head) in [
                ("p01", "d-sn", "Aïssatou", "Ndiaye", Rank::Official, false),
                ("p02", "d-sn", "Moussa", "Sow", Rank::Official, true),
                ("p03", "d-sn", "Fatou", "Diop", Rank::Ambassador, false),
                ("p04", "d-sn", "Omar", "Diop", Rank::Other, false),
                ("p05", "d-ng", "Ọlá", "Ábíọ́dún", Rank::Minister, false),
                ("p06", "d-ng", "Ade", "Abiodun", Rank::Minister, false),
                ("p07", "d-ng", "Zainab", "Abiodun", Rank::Official, false),
                ("p08", "d-ng", "Tunde", "zubairu", Rank::HeadOfState, true),
                ("p09", "d-fr", "Élodie", "Égalité", Rank::SeniorOfficial, false),
                ("p10", "d-fr", "Marc", "Eze", Rank::SeniorOfficial, false),
                ("p11", "d-fr", "Hélène", "Lefèvre", Rank::Ambassador, true),
                ("p12", "d-fr", "Ana", "Espinosa", Rank::Official, false),
                ("p13", "d-fr", "Zoé", "Abiodun", Rank::Other, false),
            ] {
                let mut p = seed::person(id, "m1", delegation, given, family);
                p.rank = rank;
                p.is_head = head;
                d.save_participant(&p)?;
            }
            Ok(())
        })
        .expect("the meeting");
    (db, store)
}

fn all() -> ParticipantFilter {
    ParticipantFilter { meeting_id: Id::from("m1"), ..Default::default() }
}

fn list(store: &Store, filter: &ParticipantFilter, order: ParticipantOrder<'_>) -> Vec<ParticipantRow> {
    store.read(|d| d.participants_page(filter, order)).expect("a page")
}

fn ids(rows: &[ParticipantRow]) -> Vec<String> {
    rows.iter().map(|r| r.participant.id.to_string()).collect()
}

fn family(rows: &[ParticipantRow]) -> Vec<String> {
    rows.iter().map(|r| format!("{} {}", r.participant.family_name, r.participant.given_name)).collect()
}

/// The order lists had when they were sorted in Rust: by family then given name with the
/// collator, the id last.
fn by_name_in_rust(lang: Lang, a: &Participant, b: &Participant) -> Ordering {
    compare(lang, &a.family_name, &b.family_name).then_with(|| compare(lang, &a.given_name, &b.given_name)).then_with(|| a.id.cmp(&b.id))
}

fn precedence(p: &Participant) -> PrecedenceKey<'_> {
    PrecedenceKey { is_head: p.is_head, rank: p.rank, family_name: &p.family_name, given_name: &p.given_name }
}

const DELEGATIONS: [&str; 3] = ["d-fr", "d-ng", "d-sn"];

fn delegation_order() -> Vec<Id> {
    DELEGATIONS.iter().map(|d| Id::from(*d)).collect()
}

#[test]
fn by_name_sql_follows_the_collation_of_each_language() {
    let (_db, store) = names_meeting();
    for lang in Lang::ALL {
        let rows = list(&store, &all(), ParticipantOrder::Name(lang));
        let mut expected: Vec<Participant> = rows.iter().map(|r| r.participant.clone()).collect();
        expected.sort_by(|a, b| by_name_in_rust(lang, a, b));
        assert_eq!(ids(&rows), expected.iter().map(|p| p.id.to_string()).collect::<Vec<_>>(), "{lang}: SQL sorts as the collator does");
    }
    let fr = family(&list(&store, &all(), ParticipantOrder::Name(Lang::Fr)));
    assert_eq!(
        fr,
        [
            "Abiodun Ade", "Abiodun Zainab", "Abiodun Zoé", "Ábíọ́dún Ọlá", "Diop Fatou", "Diop Omar", "Égalité Élodie",
            "Espinosa Ana", "Eze Marc", "Lefèvre Hélène", "Ndiaye Aïssatou", "Sow Moussa", "zubairu Tunde"
        ],
        "accents and case are secondary: Ábíọ́dún after the Abioduns, Égalité among the E's, zubairu last; family name first, then given name"
    );
}

#[test]
fn in_precedence_delegations_keep_the_given_order_and_each_head_leads() {
    let (_db, store) = names_meeting();
    let order = delegation_order();
    for lang in Lang::ALL {
        let rows = list(&store, &all(), ParticipantOrder::Precedence { delegations: &order, lang });
        let mut expected: Vec<Participant> = rows.iter().map(|r| r.participant.clone()).collect();
        let rank = |p: &Participant| DELEGATIONS.iter().position(|d| *d == p.delegation_id.as_str());
        expected.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| by_precedence(lang, precedence(a), precedence(b))));
        assert_eq!(ids(&rows), expected.iter().map(|p| p.id.to_string()).collect::<Vec<_>>(), "{lang}: SQL orders as by_precedence");
    }
    let rows = list(&store, &all(), ParticipantOrder::Precedence { delegations: &order, lang: Lang::Fr });
    assert_eq!(
        family(&rows),
        [
            "Lefèvre Hélène", "Égalité Élodie", "Eze Marc", "Espinosa Ana", "Abiodun Zoé",
            "zubairu Tunde", "Abiodun Ade", "Ábíọ́dún Ọlá", "Abiodun Zainab",
            "Sow Moussa", "Diop Fatou", "Ndiaye Aïssatou", "Diop Omar"
        ],
        "France, Nigeria, Senegal as given; in each the head, then head of state … other, then by name"
    );
    let reversed: Vec<Id> = order.iter().rev().cloned().collect();
    let rows = list(&store, &all(), ParticipantOrder::Precedence { delegations: &reversed, lang: Lang::Fr });
    assert_eq!(family(&rows)[..4], ["Sow Moussa", "Diop Fatou", "Ndiaye Aïssatou", "Diop Omar"], "the delegation order is the caller's");
}

#[test]
fn filters_apply_in_every_order() {
    let (_db, store) = names_meeting();
    let order = delegation_order();
    let heads = ParticipantFilter { heads_only: true, ..all() };
    let precedence = ParticipantOrder::Precedence { delegations: &order, lang: Lang::En };
    assert_eq!(ids(&list(&store, &heads, precedence)), ["p11", "p08", "p02"], "heads, in the delegations' order");
    assert_eq!(ids(&list(&store, &heads, ParticipantOrder::Name(Lang::En))), ["p11", "p02", "p08"], "heads, by name");
    let search = ParticipantFilter { search: Some("abiodun".into()), ..all() };
    assert_eq!(ids(&list(&store, &search, precedence)), ["p13", "p06", "p05", "p07"], "found without accents, France first");
    assert_eq!(ids(&list(&store, &search, ParticipantOrder::Name(Lang::Fr))), ["p06", "p07", "p13", "p05"]);
    let senegal = ParticipantFilter { delegation_id: Some(Id::from("d-sn")), limit: Some(2), offset: 1, ..all() };
    assert_eq!(ids(&list(&store, &senegal, precedence)), ["p03", "p01"], "a page of one delegation");
    assert_eq!(store.read(|d| d.count_participants(&search)).expect("count"), 4, "the count uses the same filter");
}

#[test]
fn pages_cut_in_sql_are_consecutive_and_make_up_the_whole_list() {
    let (_db, store) = names_meeting();
    let order = delegation_order();
    let orders = [
        ParticipantOrder::Name(Lang::En),
        ParticipantOrder::Name(Lang::Fr),
        ParticipantOrder::Precedence { delegations: &order, lang: Lang::En },
        ParticipantOrder::Precedence { delegations: &order, lang: Lang::Fr },
    ];
    for order in orders {
        let whole = ids(&list(&store, &all(), order));
        assert_eq!(whole.len(), 13);
        for size in [1, 3, 5, 13] {
            let mut joined = Vec::new();
            for offset in (0..16).step_by(size) {
                let page = ids(&list(&store, &ParticipantFilter { limit: Some(size as u32), offset: offset as u32, ..all() }, order));
                assert!(page.len() <= size, "{order:?}: a page holds at most its limit");
                assert!(page.iter().all(|id| !joined.contains(id)), "{order:?}: pages of {size} do not overlap at offset {offset}");
                joined.extend(page);
            }
            assert_eq!(joined, whole, "{order:?}: pages of {size} put together are the whole list, in order");
        }
        let offset_only = ids(&list(&store, &ParticipantFilter { offset: 10, ..all() }, order));
        assert_eq!(offset_only, whole[10..], "{order:?}: an offset without a limit lists the rest");
    }
}

/// The stored keys of every participant: (id, family, given, sort_en, sort_fr).
type StoredKeys = Vec<(String, String, String, Option<Vec<u8>>, Option<Vec<u8>>)>;

fn stored_keys(conn: &Connection) -> StoredKeys {
    conn.prepare("SELECT id, family_name, given_name, sort_en, sort_fr FROM participants ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?.collect())
        .expect("keys")
}

/// Asserts that every participant's keys (read through `conn`) are those of its name in this
/// build's collation, and that this collation's version is recorded.
pub fn assert_keys_current(conn: &Connection) {
    let keys = stored_keys(conn);
    assert!(!keys.is_empty(), "there are participants to check");
    for (id, family, given, en, fr) in keys {
        assert_eq!(en, Some(name_sort_key(Lang::En, &family, &given)), "{id}'s English key is that of “{family}, {given}”");
        assert_eq!(fr, Some(name_sort_key(Lang::Fr, &family, &given)), "{id}'s French key is that of “{family}, {given}”");
    }
    let version: String = conn.query_row("SELECT value FROM meta WHERE key = 'collation'", [], |r| r.get(0)).expect("version");
    assert_eq!(version, collation_version(), "the keys' collation version is recorded");
}

#[test]
fn a_save_writes_the_keys_of_the_new_name() {
    let (db, mut store) = names_meeting();
    assert_keys_current(&db.raw());
    store
        .write(|d| {
            let mut eze = d.participant(&Id::from("p10"))?.participant;
            eze.family_name = "Aaron".into();
            d.save_participant(&eze)
        })
        .expect("renamed");
    assert_keys_current(&db.raw());
    assert_eq!(ids(&list(&store, &all(), ParticipantOrder::Name(Lang::En)))[0], "p10", "Marc Aaron now comes first");
}

#[test]
fn missing_keys_are_filled_on_open() {
    let (db, store) = names_meeting();
    drop(store);
    let conn = db.raw();
    conn.execute_batch(
        "UPDATE participants SET sort_en = NULL WHERE id = 'p05';
         UPDATE participants SET sort_fr = NULL WHERE id = 'p09';
         INSERT INTO participants (id, meeting_id, delegation_id, given_name, family_name, rank, created_at, updated_at)
         VALUES ('p14', 'm1', 'd-sn', 'Awa', 'Ba', 'official', '2025-11-04T07:30:00.000Z', '2025-11-04T07:30:00.000Z');",
    )
    .expect("keys lost behind the store's back");
    assert_eq!(count(&conn, "SELECT count(*) FROM participants WHERE sort_en IS NULL OR sort_fr IS NULL", []), 3);
    let store = db.store();
    assert_keys_current(&db.raw());
    let rows = list(&store, &all(), ParticipantOrder::Name(Lang::Fr));
    assert_eq!(family(&rows)[4], "Ba Awa", "the row written without keys is listed in its place");
    let updated: String = conn.query_row("SELECT updated_at FROM participants WHERE id = 'p14'", [], |r| r.get(0)).expect("row");
    assert_eq!(updated, "2025-11-04T07:30:00.000Z", "keys are derived data: the row is not marked as changed");
}

#[test]
fn every_key_is_recomputed_when_the_collation_version_differs() {
    let (db, store) = names_meeting();
    drop(store);
    let conn = db.raw();
    conn.execute_batch("UPDATE participants SET sort_en = x'ff', sort_fr = x'ff' WHERE id IN ('p01', 'p02')").expect("stale keys");
    drop(db.store());
    assert_eq!(
        count(&conn, "SELECT count(*) FROM participants WHERE sort_en = x'ff'", []),
        2,
        "with the same collation version, keys are trusted: opening does not recompute them all"
    );
    conn.execute_batch("UPDATE meta SET value = '0-older-icu' WHERE key = 'collation'").expect("an older version");
    let store = db.store();
    assert_keys_current(&db.raw());
    let fr = family(&list(&store, &all(), ParticipantOrder::Name(Lang::Fr)));
    assert_eq!(fr.last().map(String::as_str), Some("zubairu Tunde"), "the list is in order again");
}

//! Deleting meetings and organisations.

use crate::harness::{TempDb, codes, count};
use crate::seed;
use plenary_core::meeting::{Pillar, Room};
use plenary_core::session::SessionRole;
use plenary_core::{DomainError, ErrorCode, Id};
use plenary_store::ParticipantFilter;
use rusqlite::Connection;

/// How many rows of each kind meeting `m` owns, directly or through its children.
fn owned(conn: &Connection, m: &str) -> Vec<(&'static str, i64)> {
    let queries: [(&'static str, &str); 10] = [
        ("meetings", "SELECT count(*) FROM meetings WHERE id = ?1"),
        ("delegations", "SELECT count(*) FROM delegations WHERE meeting_id = ?1"),
        ("participants", "SELECT count(*) FROM participants WHERE meeting_id = ?1"),
        ("participant_roles", "SELECT count(*) FROM participant_roles r JOIN participants p ON p.id = r.participant_id WHERE p.meeting_id = ?1"),
        ("sessions", "SELECT count(*) FROM sessions WHERE meeting_id = ?1"),
        ("agenda_items", "SELECT count(*) FROM agenda_items WHERE id LIKE ?1 || '-%'"),
        ("rooms", "SELECT count(*) FROM rooms WHERE meeting_id = ?1"),
        ("pillars", "SELECT count(*) FROM pillars WHERE meeting_id = ?1"),
        ("texts", "SELECT count(*) FROM texts WHERE owner_id = ?1 OR owner_id LIKE ?1 || '-%'"),
        ("search_keys", "SELECT count(*) FROM search_keys WHERE meeting_id = ?1"),
    ];
    queries.into_iter().map(|(what, sql)| (what, count(conn, sql, [m]))).collect()
}

/// A meeting whose every row id starts with `m-`, with delegations, people, roles, a room,
/// a pillar, two sessions with people and an agenda item, and a co-chair.
fn full_meeting(d: &plenary_store::Db<'_>, m: &str) -> plenary_store::Result<()> {
    let id = |s: &str| format!("{m}-{s}");
    d.insert_meeting(&seed::meeting(m))?;
    d.save_delegation(&seed::country_delegation(&id("sn"), m, "SN"))?;
    d.save_delegation(&seed::org_delegation(&id("iom"), m, "o-iom"))?;
    let mut head = seed::person(&id("p1"), m, &id("sn"), "Aïssatou", "Ndiaye");
    head.is_head = true;
    head.function = seed::pair("Director", "Directrice");
    head.roles = vec![plenary_core::participant::Role::CoChair];
    d.save_participant(&head)?;
    d.save_participant(&seed::person(&id("p2"), m, &id("iom"), "Cyrille", "Baumgartner"))?;
    d.set_co_chairs(&Id::from(m), &[Id::from(id("sn"))])?;
    d.save_room(&Room { id: Id::from(id("room")), meeting_id: Id::from(m), name: "Tapa Hall".into(), capacity: None })?;
    d.save_pillar(&Pillar { id: Id::from(id("pillar")), meeting_id: Id::from(m), key: "protection".into(), name: seed::pair("Protection", "Protection"), position: 1 })?;
    let mut s1 = seed::session(&id("s1"), m, "2025-11-04", "09:00", "10:00", seed::pair("Opening", "Ouverture"));
    s1.room_id = Some(Id::from(id("room")));
    s1.pillar_id = Some(Id::from(id("pillar")));
    d.save_session(&s1, "Africa/Lagos")?;
    d.save_session(&seed::session(&id("s2"), m, "2025-11-05", "09:00", "10:00", seed::pair("Closing", "Clôture")), "Africa/Lagos")?;
    d.set_session_people(&s1.id, &[(Id::from(id("p1")), SessionRole::Chair), (Id::from(id("p2")), SessionRole::Speaker)])?;
    d.save_agenda_item(&seed::item(&id("a1"), &id("s1"), 1, seed::pair("Welcome", "Bienvenue")))
}

#[test]
fn deleting_a_meeting_removes_everything_in_it_and_nothing_else() {
    let db = TempDb::new();
    let mut store = db.store();
    store
        .write(|d| {
            d.save_organisation(&seed::iom("o-iom"))?;
            full_meeting(d, "ma")?;
            full_meeting(d, "mb")
        })
        .expect("two meetings");
    let conn = db.raw();
    let kept = owned(&conn, "mb");
    assert!(owned(&conn, "ma").iter().all(|(_, n)| *n > 0), "the meeting to delete owns rows of every kind: {:?}", owned(&conn, "ma"));

    store.write(|d| d.delete_meeting(&Id::from("ma"))).expect("deleted");

    for (what, n) in owned(&conn, "ma") {
        assert_eq!(n, 0, "no {what} of the deleted meeting is left");
    }
    assert_eq!(owned(&conn, "mb"), kept, "the other meeting is untouched");
    assert_eq!(count(&conn, "SELECT count(*) FROM session_people WHERE session_id LIKE 'ma-%'", []), 0, "its sessions' people went");
    assert_eq!(count(&conn, "SELECT count(*) FROM meeting_co_chairs WHERE meeting_id = 'ma'", []), 0, "its co-chairs went");
    assert_eq!(count(&conn, "SELECT count(*) FROM organisations", []), 1, "organisations are shared, not the meeting's");
    let hits = store.read(|d| d.search(None, "aissatou", 10)).expect("search");
    assert_eq!(hits.iter().map(|h| h.id.to_string()).collect::<Vec<_>>(), ["mb-p1"], "only the other meeting's person is found");
    let err = DomainError::from(store.read(|d| d.meeting(&Id::from("ma"))).expect_err("gone"));
    assert_eq!(err.code, ErrorCode::NotFound);
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "no orphan text, index row or reference is left: {:?}", codes(&problems));
}

#[test]
fn deleting_a_meeting_that_does_not_exist_is_not_found() {
    let db = TempDb::new();
    let mut store = db.store();
    let err = DomainError::from(store.write(|d| d.delete_meeting(&Id::from("nope"))).expect_err("no such meeting"));
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::NotFound, Some("meeting")));
}

#[test]
fn deleting_an_organisation_still_represented_is_refused_as_in_use() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    let before = crate::harness::row_counts(&db.raw());
    let err = DomainError::from(store.write(|d| d.delete_organisation(&Id::from("o-iom"))).expect_err("IOM sends a delegation"));
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InUse, Some("organisation")), "{err:?}");
    assert_eq!(crate::harness::row_counts(&db.raw()), before, "nothing was deleted");

    store.write(|d| d.delete_delegation(&Id::from("d-iom"))).expect("the delegation goes first");
    store.write(|d| d.delete_organisation(&Id::from("o-iom"))).expect("then the organisation");
    assert!(store.read(|d| d.search(None, "IOM", 10)).expect("search").is_empty(), "its search entry went with it");
    let people = store
        .read(|d| d.participants(&ParticipantFilter { meeting_id: Id::from("m1"), ..Default::default() }))
        .expect("participants");
    assert_eq!(people.len(), 3, "the delegation's participant went with the delegation");
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "{:?}", codes(&problems));
}

#[test]
fn a_co_chairing_delegation_cannot_be_deleted() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    store.write(|d| d.set_co_chairs(&Id::from("m1"), &[Id::from("d-sn")])).expect("co-chair");
    let err = DomainError::from(store.write(|d| d.delete_delegation(&Id::from("d-sn"))).expect_err("co-chair"));
    assert_eq!(err.code, ErrorCode::InUse);
    assert_eq!(store.read(|d| d.participant(&Id::from("p-aissatou"))).expect("still there").participant.given_name, "Aïssatou");
}

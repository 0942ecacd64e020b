//! `check()`: a clean database has no problem; damage done behind the store's back is
//! reported with the right code.

use crate::harness::{TempDb, codes};
use crate::seed;
use plenary_core::meeting::Room;
use plenary_core::session::SessionRole;
use plenary_core::Id;
use plenary_store::{Problem, Store};

fn lagos() -> (TempDb, Store) {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    (db, store)
}

fn check(store: &Store) -> Vec<Problem> {
    store.read(|d| d.check()).expect("check runs")
}

/// Runs `sql` on a second connection with foreign keys off, as another tool could.
fn behind_the_back(db: &TempDb, sql: &str) {
    let conn = db.raw();
    conn.execute_batch("PRAGMA foreign_keys = OFF").expect("foreign keys off");
    conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
}

#[test]
fn a_clean_database_has_no_problem() {
    let (_db, store) = lagos();
    let problems = check(&store);
    assert!(problems.is_empty(), "a database written only through the store is consistent: {problems:?}");
    let empty = TempDb::new();
    assert!(check(&empty.store()).is_empty(), "a new database is consistent too");
}

#[test]
fn a_participant_whose_delegation_does_not_exist_is_a_foreign_key_error() {
    let (db, store) = lagos();
    behind_the_back(
        &db,
        "INSERT INTO participants (id, meeting_id, delegation_id, given_name, family_name, rank, created_at, updated_at)
         VALUES ('p-ghost', 'm1', 'd-missing', 'Ghost', 'Writer', 'official', '2025-11-04T07:30:00.000Z', '2025-11-04T07:30:00.000Z')",
    );
    let problems = check(&store);
    assert_eq!(codes(&problems), ["foreign_key"], "{problems:?}");
    assert_eq!(problems[0].severity, "error");
    assert!(problems[0].detail.contains("participants") && problems[0].detail.contains("delegations"), "{}", problems[0].detail);
}

#[test]
fn a_session_outside_the_meetings_days_is_a_session_time_error() {
    let (db, store) = lagos();
    behind_the_back(&db, "UPDATE sessions SET day = '2025-11-07' WHERE id = 's-open'");
    let problems = check(&store);
    assert_eq!(codes(&problems), ["session_time"], "{problems:?}");
    assert!(problems[0].detail.contains("s-open") && problems[0].detail.contains("Opening session"), "names the session: {}", problems[0].detail);
}

#[test]
fn a_session_that_ends_before_it_starts_is_refused_by_the_schema_itself() {
    let (db, _store) = lagos();
    let conn = db.raw();
    let err = conn.execute("UPDATE sessions SET end_time = '08:00' WHERE id = 's-open'", []).expect_err("CHECK constraint");
    assert!(err.to_string().contains("CHECK"), "{err}");
}

#[test]
fn a_participant_outside_their_delegations_meeting_is_reported() {
    let (db, mut store) = lagos();
    store.write(|d| d.insert_meeting(&seed::meeting("m2"))).expect("m2");
    behind_the_back(&db, "UPDATE participants SET meeting_id = 'm2' WHERE id = 'p-tunde'");
    let problems = check(&store);
    assert_eq!(codes(&problems), ["participant_meeting"], "{problems:?}");
    assert!(problems[0].detail.contains("p-tunde"), "names the participant: {}", problems[0].detail);
}

#[test]
fn a_text_whose_owner_is_gone_is_an_orphan() {
    let (db, store) = lagos();
    behind_the_back(
        &db,
        "INSERT INTO texts (id, owner_kind, owner_id, field, en_text, en_state, created_at, updated_at)
         VALUES ('s-gone/title', 'session', 's-gone', 'title', 'Lost', 'draft', '2025-11-04T07:30:00.000Z', '2025-11-04T07:30:00.000Z')",
    );
    let problems = check(&store);
    assert_eq!(codes(&problems), ["orphan_text"], "{problems:?}");
    assert!(problems[0].detail.contains("s-gone"));
}

#[test]
fn a_search_index_out_of_step_is_reported_and_rebuilt() {
    let (db, mut store) = lagos();
    behind_the_back(&db, "DELETE FROM search_keys WHERE ref_id = 'p-amina'");
    assert_eq!(codes(&check(&store)), ["search_index"]);
    store.write(|d| d.rebuild_search_index()).expect("rebuild");
    assert!(check(&store).is_empty(), "a rebuild puts the index back in step");
}

#[test]
fn a_schema_older_than_this_binary_is_reported() {
    let (db, store) = lagos();
    behind_the_back(&db, "PRAGMA user_version = 1");
    assert_eq!(codes(&check(&store)), ["schema"]);
}

#[test]
fn two_sessions_in_one_room_or_with_one_person_at_once_are_conflict_warnings() {
    let (_db, mut store) = lagos();
    store
        .write(|d| {
            d.save_room(&Room { id: Id::from("r1"), meeting_id: Id::from("m1"), name: "Tapa Hall".into(), capacity: None })?;
            let mut a = seed::session("s-a", "m1", "2025-11-05", "09:00", "10:00", seed::pair("Panel A", "Panel A"));
            a.room_id = Some(Id::from("r1"));
            let mut b = seed::session("s-b", "m1", "2025-11-05", "09:30", "10:30", seed::pair("Panel B", "Panel B"));
            b.room_id = Some(Id::from("r1"));
            d.save_session(&a, "Africa/Lagos")?;
            d.save_session(&b, "Africa/Lagos")?;
            let c = seed::session("s-c", "m1", "2025-11-05", "10:00", "11:00", seed::pair("Panel C", "Panel C"));
            d.save_session(&c, "Africa/Lagos")?;
            d.set_session_people(&Id::from("s-b"), &[(Id::from("p-amina"), SessionRole::Speaker)])?;
            d.set_session_people(&Id::from("s-c"), &[(Id::from("p-amina"), SessionRole::Chair)])
        })
        .expect("sessions");
    let problems = check(&store);
    assert_eq!(codes(&problems), ["conflict", "conflict"], "{problems:?}");
    assert!(problems.iter().all(|p| p.severity == "warning"), "a clash is worth a look, not broken data");
    assert!(problems.iter().any(|p| p.detail.contains("room r1") && p.detail.contains("Panel A") && p.detail.contains("Panel B")));
    assert!(problems.iter().any(|p| p.detail.contains("p-amina") && p.detail.contains("Panel C")));
}

//! Every write is one transaction: a refused or failed write leaves the database as it was.

use crate::harness::{TempDb, row_counts};
use crate::seed;
use plenary_core::participant::Participant;
use plenary_core::{DomainError, ErrorCode, Id};
use plenary_store::Store;

/// Saves `candidate`, which must be refused with `code`, and checks that no table changed.
fn refused_unchanged(db: &TempDb, store: &mut Store, candidate: &Participant, code: ErrorCode, why: &str) -> DomainError {
    let before = row_counts(&db.raw());
    let err = DomainError::from(store.write(|d| d.save_participant(candidate)).expect_err(why));
    assert_eq!(err.code, code, "{why}: {err:?}");
    assert_eq!(row_counts(&db.raw()), before, "{why}: a refused participant leaves every table as it was");
    err
}

#[test]
fn a_write_that_fails_after_inserting_a_meeting_leaves_nothing_behind() {
    let db = TempDb::new();
    let mut store = db.store();
    let before = row_counts(&db.raw());
    let result: plenary_store::Result<()> = store.write(|d| {
        d.insert_meeting(&seed::meeting("m1"))?;
        assert_eq!(d.meetings()?.len(), 1, "inside the transaction the meeting exists");
        Err(DomainError::invalid("title", "refused after the insert").into())
    });
    let err = DomainError::from(result.expect_err("the closure failed"));
    assert_eq!(err.code, ErrorCode::Invalid, "the closure's own error comes out");
    assert_eq!(row_counts(&db.raw()), before, "the meeting and its texts were rolled back");
    assert!(store.read(|d| d.meetings()).expect("meetings").is_empty());
    store.write(|d| d.insert_meeting(&seed::meeting("m1"))).expect("the store is usable after a rollback");
    assert_eq!(store.read(|d| d.meetings()).expect("meetings").len(), 1);
}

#[test]
fn a_refusal_late_in_a_write_rolls_back_its_earlier_rows_too() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    let before = row_counts(&db.raw());
    let result = store.write(|d| {
        d.save_participant(&seed::person("p-new", "m1", "d-sn", "Fatou", "Sarr"))?;
        // Same folded name as Aïssatou Ndiaye in the same delegation: refused.
        d.save_participant(&seed::person("p-twin", "m1", "d-sn", "AISSATOU", " ndiaye"))
    });
    assert_eq!(DomainError::from(result.expect_err("duplicate")).code, ErrorCode::Duplicate);
    assert_eq!(row_counts(&db.raw()), before, "Fatou Sarr, saved earlier in the same write, is gone too");
    let err = DomainError::from(store.read(|d| d.participant(&Id::from("p-new"))).expect_err("rolled back"));
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[test]
fn the_same_email_in_another_delegation_is_refused_and_nothing_changes() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    let mut again = seed::person("p-again", "m1", "d-ng", "Aïssatou", "Ndiaye-Bello");
    again.email = Some("a.ndiaye@example.sn".into());
    let err = refused_unchanged(&db, &mut store, &again, ErrorCode::OtherDelegation, "a person belongs to one delegation per meeting");
    assert_eq!(err.field.as_deref(), Some("email"));
}

#[test]
fn the_same_email_in_the_same_delegation_is_refused_as_a_duplicate() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    let mut again = seed::person("p-again", "m1", "d-sn", "Awa", "Ndiaye");
    again.email = Some("a.ndiaye@example.sn".into());
    refused_unchanged(&db, &mut store, &again, ErrorCode::Duplicate, "the same address twice in a delegation is one person");
}

#[test]
fn the_same_folded_name_in_the_same_delegation_is_refused_as_a_duplicate() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    let twin = seed::person("p-twin", "m1", "d-sn", "aissatou", "NDIAYE ");
    let err = refused_unchanged(&db, &mut store, &twin, ErrorCode::Duplicate, "case, accents and spacing do not make two people");
    assert_eq!(err.field.as_deref(), Some("family_name"));
    // A namesake in another delegation is another person.
    store.write(|d| d.save_participant(&seed::person("p-namesake", "m1", "d-ng", "Aïssatou", "Ndiaye"))).expect("namesake");
}

#[test]
fn a_second_head_is_refused_and_nothing_changes() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    let mut second = seed::person("p-second", "m1", "d-ng", "Chidi", "Eze");
    second.is_head = true;
    let err = refused_unchanged(&db, &mut store, &second, ErrorCode::SecondHead, "Amina Bello already heads Nigeria's delegation");
    assert!(err.detail.as_deref().is_some_and(|d| d.contains("Amina Bello")), "the message names the current head: {err:?}");
    // The current head may be saved again, and a non-head joins freely.
    let mut amina = store.read(|d| d.participant(&Id::from("p-amina"))).expect("Amina").participant;
    amina.phone = Some("+234 1 000 0000".into());
    store.write(|d| d.save_participant(&amina)).expect("the head is not her own second head");
    second.is_head = false;
    store.write(|d| d.save_participant(&second)).expect("a member who is not head");
}

#[test]
fn a_participant_of_another_meetings_delegation_is_refused() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    store.write(|d| d.insert_meeting(&seed::meeting("m2"))).expect("second meeting");
    let stray = seed::person("p-stray", "m2", "d-ng", "Chidi", "Eze");
    refused_unchanged(&db, &mut store, &stray, ErrorCode::WrongMeeting, "a delegation of m1 cannot hold a participant of m2");
}

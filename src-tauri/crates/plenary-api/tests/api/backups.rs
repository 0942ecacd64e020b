//! Backups through the API: "back up now" and the list with contents, snapshots before an
//! import and a bulk delete, a snapshot only when the data changed, a restore round trip that
//! snapshots the current state first, a newer-schema snapshot refused, and a damaged database
//! replaced by its newest snapshot.

use crate::fixture::{lagos, meeting, state};
use crate::host::{db_path, dump, host};
use plenary_api::{
    Api, ByIdArgs, ErrorCode, ImportFileArgs, ImportOptions, Lang, MeetingArgs, RestoreArgs, SnapshotReason, list_snapshots,
    restore_damaged,
};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/import").join(name)
}

fn reasons(api: &Api) -> Vec<SnapshotReason> {
    api.list_backups().expect("the list").into_iter().map(|s| s.reason).collect()
}

#[test]
fn back_up_now_lists_the_snapshot_with_its_meetings_and_counts() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let info = api.backup_now().expect("a snapshot");
    assert_eq!(info.reason, SnapshotReason::Manual);
    let listed = api.list_backups().expect("the list");
    assert_eq!(listed, vec![info.clone()], "the new snapshot is listed as made");
    let lagos = info.contents.meetings.iter().find(|m| m.id == fx.meeting.as_str()).expect("Lagos is in the snapshot");
    assert_eq!(lagos.title_en, "Lagos meeting");
    assert_eq!((lagos.delegations, lagos.participants), (3, 3), "France, Nigeria and IOM; three people");
    assert_eq!(info.contents.meetings.len(), 2, "Lagos and Rabat");
    assert!(info.size > 0 && Path::new(&info.path).is_file(), "the file is there: {info:?}");
}

#[test]
fn an_import_and_a_bulk_delete_are_preceded_by_a_snapshot_of_the_data_before() {
    let (_dir, api) = host();
    let m = meeting(&api, "Lagos", "2025-11-04", "2025-11-05", "Africa/Lagos");
    let args = ImportFileArgs { meeting_id: m.clone(), path: fixture("utf8-bom.csv"), options: ImportOptions::default() };
    api.import_participants(args).expect("the import");
    let before_import = &api.list_backups().expect("list")[0];
    assert_eq!(before_import.reason, SnapshotReason::Import);
    assert_eq!(before_import.contents.participants, 0, "the snapshot holds the meeting as it was before the import");
    let d = state(&api, &m, "FR");
    api.delete_delegation(ByIdArgs { id: d }).expect("delete a delegation");
    assert_eq!(reasons(&api)[0], SnapshotReason::BulkDelete, "a delete of a delegation is preceded by a snapshot");
    api.delete_meeting(MeetingArgs { meeting_id: m }).expect("delete the meeting");
    let snaps = api.list_backups().expect("list");
    assert_eq!(snaps[0].reason, SnapshotReason::BulkDelete);
    assert_eq!(snaps[0].contents.meetings.len(), 1, "the meeting is in the snapshot taken before its delete");
    assert_eq!(snaps[0].contents.participants, 4, "with the four imported participants");
}

#[test]
fn a_snapshot_is_owed_only_when_the_data_changed() {
    let (_dir, api) = host();
    assert!(api.snapshot_if_changed(SnapshotReason::Auto).expect("auto").is_none(), "nothing changed since the store opened");
    lagos(&api);
    let first = api.snapshot_if_changed(SnapshotReason::Auto).expect("auto");
    assert_eq!(first.map(|s| s.reason), Some(SnapshotReason::Auto), "the writes are snapshotted");
    assert!(api.snapshot_if_changed(SnapshotReason::Close).expect("close").is_none(), "nothing changed since that snapshot");
}

#[test]
fn a_restore_snapshots_the_current_state_then_brings_back_the_old_one() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let saved = api.backup_now().expect("a snapshot");
    let rows_then = dump(&dir);
    let mut input = crate::fixture::meeting_form("Renamed meeting", "2025-11-04", "2025-11-05", "Africa/Lagos");
    input.city = "Abuja".into();
    api.update_meeting(plenary_api::UpdateMeetingArgs { meeting_id: fx.meeting.clone(), input }).expect("a change");
    api.delete_delegation(ByIdArgs { id: fx.france.clone() }).expect("a delete");
    let report = api.restore_backup(RestoreArgs { name: saved.name.clone() }).expect("the restore");
    assert_eq!(report.restored.name, saved.name);
    let before = report.before.expect("the state before was snapshotted");
    assert_eq!(before.reason, SnapshotReason::Restore);
    let lagos = before.contents.meetings.iter().find(|m| m.id == fx.meeting.as_str()).expect("Lagos");
    assert_eq!((lagos.title_en.as_str(), lagos.delegations), ("Renamed meeting", 2), "the snapshot before holds the changes");
    let detail = api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("the meeting");
    assert_eq!(detail.meeting.city, "Lagos", "the old value is back");
    assert_eq!(dump(&dir), rows_then, "every row is as it was when the snapshot was taken");
    // The restored state can be restored away again: the pre-restore snapshot brings the change back.
    api.restore_backup(RestoreArgs { name: before.name }).expect("restore the state before");
    assert_eq!(api.get_meeting(MeetingArgs { meeting_id: fx.meeting }).expect("the meeting").meeting.city, "Abuja");
}

#[test]
fn a_snapshot_of_a_newer_schema_is_refused_and_nothing_changes() {
    let (dir, api) = host();
    lagos(&api);
    let saved = api.backup_now().expect("a snapshot");
    rusqlite::Connection::open(&saved.path).and_then(|c| c.execute_batch("PRAGMA user_version = 99")).expect("a future snapshot");
    let rows = dump(&dir);
    let count = api.list_backups().expect("list").len();
    let err = api.restore_backup(RestoreArgs { name: saved.name }).expect_err("refused");
    assert_eq!(err.code, ErrorCode::SchemaTooNew, "{err:?}");
    assert_eq!(dump(&dir), rows, "nothing changed");
    assert_eq!(api.list_backups().expect("list").len(), count, "no snapshot was taken for a refused restore");
    let err = api.restore_backup(RestoreArgs { name: "plenary-nope.db".into() }).expect_err("unknown");
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::NotFound, Some("snapshot")), "{err:?}");
}

#[test]
fn a_damaged_database_names_its_newest_snapshot_and_is_replaced_by_it() {
    let (dir, api) = host();
    lagos(&api);
    api.backup_now().expect("a snapshot");
    drop(api);
    let path = db_path(&dir);
    let mut bytes = std::fs::read(&path).expect("read");
    let (from, to) = (4096 * 2, bytes.len() - 4096);
    for b in &mut bytes[from..to] {
        *b = !*b;
    }
    std::fs::write(&path, &bytes).expect("damage the file");
    for lang in [Lang::En, Lang::Fr] {
        let err = Api::open(&path, lang).err().expect("a damaged database does not open");
        assert_eq!(err.code, ErrorCode::StorageDamaged, "{err:?}");
        assert!(err.message.contains("2025-11-04 07:30 UTC"), "the message offers the snapshot by its date: {}", err.message);
        assert!(err.message.contains(".damaged"), "the message says a copy was kept: {}", err.message);
    }
    let snaps = list_snapshots(&path, Lang::En).expect("the list, without opening the database");
    assert_eq!(snaps.len(), 1);
    let api = restore_damaged(&path, &snaps[0].name, Lang::En).expect("the snapshot replaces the damaged file");
    assert_eq!(api.list_meetings().expect("meetings").len(), 2, "Lagos and Rabat are back");
    assert!(std::fs::read(path.with_extension("db.damaged")).expect("the .damaged copy") == bytes, "the damaged file is kept as found");
}

#[test]
fn a_database_in_memory_has_no_snapshots() {
    let clock = std::sync::Arc::new(plenary_api::core::clock::SystemClock);
    let store = plenary_store::Store::open_in_memory(clock).expect("in memory");
    let api = Api::with_store(store, Lang::En, Box::new(plenary_api::ids::Sequential::default()));
    assert!(api.list_backups().expect("list").is_empty());
    let err = api.backup_now().expect_err("no folder for snapshots");
    assert_eq!(err.code, ErrorCode::Storage, "{err:?}");
}

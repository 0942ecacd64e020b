//! Snapshots: verified and atomic copies, their contents, retention, restore (round trip,
//! newer schema refused), the `.damaged` copy of a file that fails its check (never written),
//! and the snapshot taken before a migration.

use crate::harness::{TempDb, clock, open_at};
use crate::seed;
use chrono::{TimeZone, Utc};
use plenary_core::clock::Clock;
use plenary_core::{DomainError, ErrorCode, Id};
use plenary_store::backup::{self, SnapshotReason};
use plenary_store::{Store, migrations};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

fn seeded(db: &TempDb, people: usize) -> Store {
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    store
        .write(|d| {
            for i in 0..people {
                d.save_participant(&seed::person(&format!("p{i:03}"), "m1", "d-sn", &format!("Given{i}"), &format!("Family{i}")))?;
            }
            Ok(())
        })
        .expect("people");
    store
}

fn participants(path: &Path) -> u32 {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("read the file");
    conn.query_row("SELECT count(*) FROM participants", [], |r| r.get(0)).expect("count")
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|e| e.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_snapshot_is_a_verified_single_file_with_its_contents_listed() {
    let db = TempDb::new();
    let _store = seeded(&db, 40);
    let people = participants(&db.path);
    let info = backup::snapshot_file(&db.path, SnapshotReason::Manual, clock().now()).expect("a snapshot");
    let dir = backup::snapshots_dir(&db.path);
    assert_eq!(dir, db.path.parent().expect("folder").join("backups"), "snapshots live in backups/ beside the database");
    assert_eq!(info.name, "plenary-2025-11-04T07-30-00Z-manual.db", "the name carries the UTC time and the reason");
    assert_eq!(files(&dir), vec![info.name.clone(), info.name.replace(".db", ".json")], "the copy and its manifest, no temporary or side file");
    let path = PathBuf::from(&info.path);
    let header = std::fs::read(&path).expect("read the copy");
    assert_eq!((header[18], header[19]), (1, 1), "the copy is a rollback-journal file, readable on its own (not WAL)");
    assert_eq!(participants(&path), people, "the copy holds every participant");
    let c = &info.contents;
    assert_eq!((c.participants, c.delegations, c.meetings.len()), (people, 3, 1), "counts of the copy: {c:?}");
    assert_eq!(c.meetings[0].title_en, seed::meeting("m1").title.en.text, "the meeting is named in English");
    assert_eq!(c.schema_version, migrations::latest_version());
    assert_eq!(info.size, std::fs::metadata(&path).expect("size").len());
    let listed = backup::list_snapshots(&db.path).expect("list");
    assert_eq!(listed, vec![info.clone()], "the list reads the manifest back as it was written");
    // The list does not depend on the manifest: without it, the copy itself is read.
    std::fs::remove_file(path.with_extension("json")).expect("drop the manifest");
    assert_eq!(backup::list_snapshots(&db.path).expect("list")[0].contents, info.contents, "counts read from the copy");
}

#[test]
fn what_an_interrupted_snapshot_left_is_removed_once_old() {
    let db = TempDb::new();
    let _store = seeded(&db, 3);
    let dir = backup::snapshots_dir(&db.path);
    std::fs::create_dir_all(&dir).expect("folder");
    let old = ["plenary-2025-11-01T00-00-00Z-auto.db.tmp", "plenary-2025-11-01T00-00-00Z-auto.db.tmp-journal", "plenary-2025-11-01T00-00-00Z-auto.json"];
    let fresh = "plenary-2025-11-04T07-29-59Z-auto.db.tmp";
    for name in old.iter().chain([&fresh]) {
        std::fs::write(dir.join(name), b"interrupted").expect("a leftover");
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    for name in old {
        std::fs::File::options().write(true).open(dir.join(name)).and_then(|f| f.set_modified(two_hours_ago)).expect("age it");
    }
    let made = backup::snapshot_file(&db.path, SnapshotReason::Auto, clock().now()).expect("a snapshot");
    let left = files(&dir);
    assert!(old.iter().all(|n| !left.contains(&n.to_string())), "old temporary files and orphan manifests go: {left:?}");
    assert!(left.contains(&fresh.to_owned()), "a recent temporary file may be another process's snapshot in progress: {left:?}");
    assert!(left.contains(&made.name), "{left:?}");
}

#[test]
fn two_snapshots_in_the_same_second_get_two_names() {
    let db = TempDb::new();
    let _store = seeded(&db, 3);
    let a = backup::snapshot_file(&db.path, SnapshotReason::Import, clock().now()).expect("first");
    let b = backup::snapshot_file(&db.path, SnapshotReason::Import, clock().now()).expect("second");
    assert_ne!(a.name, b.name, "a second snapshot must not replace the first");
    assert_eq!(b.name, "plenary-2025-11-04T07-30-00Z-import-2.db");
    assert_eq!(backup::list_snapshots(&db.path).expect("list").len(), 2, "both are listed");
}

#[test]
fn a_copy_that_fails_its_check_leaves_no_file_behind() {
    let db = TempDb::new();
    let _store = seeded(&db, 300);
    let src = Connection::open_with_flags(&db.path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("source");
    let dir = backup::snapshots_dir(&db.path);
    std::fs::create_dir_all(&dir).expect("folder");
    let (tmp, out) = (dir.join("plenary-x.db.tmp"), dir.join("plenary-2025-11-04T07-30-00Z-manual.db"));
    let err = backup::copy_verified(&src, &tmp, &out, SnapshotReason::Manual, clock().now(), &mut |copy| {
        // Damage the middle pages of the copy, as a failing disk would, before it is checked.
        let mut bytes = std::fs::read(copy)?;
        let len = bytes.len();
        assert!(len > 12 * 4096, "the copy spans many pages");
        for b in &mut bytes[len / 3..2 * len / 3] {
            *b = b.wrapping_mul(31).wrapping_add(7);
        }
        std::fs::write(copy, bytes)
    })
    .expect_err("a damaged copy must be refused");
    let err = DomainError::from(err);
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::Storage, Some("snapshot")), "{err:?}");
    assert!(files(&dir).is_empty(), "no final file, no temporary file, no manifest: {:?}", files(&dir));
    assert!(backup::list_snapshots(&db.path).expect("list").is_empty(), "nothing is listed");
}

#[test]
fn a_restore_brings_back_the_data_of_the_snapshot_in_the_open_store() {
    let db = TempDb::new();
    let mut store = seeded(&db, 20);
    let at_snapshot = participants(&db.path);
    let snap = backup::snapshot_file(&db.path, SnapshotReason::Manual, clock().now()).expect("a snapshot");
    store
        .write(|d| {
            d.delete_delegation(&Id::from("d-sn"))?;
            d.save_participant(&seed::person("late", "m1", "d-ng", "Late", "Comer"))
        })
        .expect("changes after the snapshot");
    assert!(participants(&db.path) < at_snapshot - 19, "the 20 went with their delegation, one came");
    assert!(store.changed_since_snapshot(), "the writes are counted");
    store.restore_from(Path::new(&snap.path)).expect("restore");
    assert_eq!(participants(&db.path), at_snapshot, "the snapshot's participants are back");
    let people = store.read(|d| d.participant(&Id::from("late")).map(|_| ())).expect_err("the later one is gone");
    assert_eq!(DomainError::from(people).code, ErrorCode::NotFound);
    store.write(|d| d.save_participant(&seed::person("after", "m1", "d-ng", "After", "Restore"))).expect("the store writes on after a restore");
    assert_eq!(store.quick_check().expect("check"), "ok");
    assert_eq!(store.pragma("journal_mode").expect("mode"), "wal", "the live file stays in WAL mode");
}

#[test]
fn a_snapshot_of_a_newer_schema_is_refused_and_nothing_changes() {
    let db = TempDb::new();
    let mut store = seeded(&db, 5);
    let snap = backup::snapshot_file(&db.path, SnapshotReason::Manual, clock().now()).expect("a snapshot");
    Connection::open(&snap.path).and_then(|c| c.execute_batch("PRAGMA user_version = 99")).expect("a future snapshot");
    store.write(|d| d.save_participant(&seed::person("kept", "m1", "d-ng", "Kept", "Here"))).expect("a write");
    let live = participants(&db.path);
    let err = DomainError::from(store.restore_from(Path::new(&snap.path)).expect_err("refused"));
    assert_eq!(err.code, ErrorCode::SchemaTooNew, "{err:?}");
    assert_eq!(participants(&db.path), live, "the live data is as it was");
}

#[test]
fn retention_prunes_older_snapshots_after_a_new_one() {
    let db = TempDb::new();
    let _store = seeded(&db, 2);
    let dir = backup::snapshots_dir(&db.path);
    let first = backup::snapshot_file(&db.path, SnapshotReason::Manual, clock().now()).expect("one");
    // Three snapshots of one day a month earlier: only the newest of that day stays.
    let old = ["2025-10-01T01-00-00Z", "2025-10-01T02-00-00Z", "2025-10-01T03-00-00Z"];
    for time in old {
        std::fs::copy(&first.path, dir.join(format!("plenary-{time}-auto.db"))).expect("an older snapshot");
    }
    let now = Utc.with_ymd_and_hms(2025, 11, 4, 8, 0, 0).single().expect("a date");
    let new = backup::snapshot_file(&db.path, SnapshotReason::Auto, now).expect("a new one");
    let names: Vec<String> = backup::list_snapshots(&db.path).expect("list").into_iter().map(|s| s.name).collect();
    assert_eq!(names, vec![new.name, first.name, "plenary-2025-10-01T03-00-00Z-auto.db".to_owned()], "the newest of the old day stays");
}

#[test]
fn a_damaged_database_is_kept_as_damaged_and_never_written() {
    let db = TempDb::new();
    let store = seeded(&db, 300);
    let people = participants(&db.path);
    let snap = backup::snapshot_file(&db.path, SnapshotReason::Manual, clock().now()).expect("a good snapshot first");
    drop(store);
    let mut content = std::fs::read(&db.path).expect("read");
    let (from, to) = (content.len() / 3 / 4096 * 4096, 2 * content.len() / 3 / 4096 * 4096);
    for b in &mut content[from..to] {
        *b ^= 0x5a;
    }
    std::fs::write(&db.path, &content).expect("corrupt the file");
    for attempt in 0..2 {
        let err = DomainError::from(open_at(&db.path).err().expect("a damaged file is refused"));
        assert_eq!(err.code, ErrorCode::StorageDamaged, "{err:?}");
        assert_eq!(err.detail.as_deref(), Some("2025-11-04 07:30 UTC"), "the newest good snapshot is named by its time");
        assert!(std::fs::read(&db.path).expect("read") == content, "the damaged file is byte for byte as found (attempt {attempt})");
    }
    let copy = std::fs::read(db.path.with_extension("db.damaged")).expect("the .damaged copy");
    assert!(copy == content, "the .damaged copy is the file as found");
    assert!(!db.path.with_extension("db.damaged-2").exists(), "opening the same damaged file twice keeps one copy");

    backup::restore_damaged(&db.path, Path::new(&snap.path)).expect("the snapshot replaces the damaged file");
    let store = open_at(&db.path).expect("the restored file opens");
    assert_eq!(store.quick_check().expect("check"), "ok");
    assert_eq!(participants(&db.path), people, "the snapshot's data");
    assert!(std::fs::read(db.path.with_extension("db.damaged")).expect("still there") == content, "the damaged copy stays");
}

#[test]
fn refused_writes_after_a_failed_check_name_the_reason() {
    let db = TempDb::new();
    let mut store = seeded(&db, 2);
    let people = participants(&db.path);
    let refusal = DomainError::new(ErrorCode::StorageDamaged).field("database").detail("2025-11-04 07:30 UTC");
    store.refuse_writes(refusal.clone()).expect("refuse");
    assert!(db.path.with_extension("db.damaged").exists(), "the file was kept as .damaged");
    let err = DomainError::from(store.write(|d| d.save_participant(&seed::person("x", "m1", "d-ng", "X", "Y"))).expect_err("refused"));
    assert_eq!(err, refusal, "the write is refused with the reason");
    assert_eq!(participants(&db.path), people, "nothing was written");
}

#[test]
fn an_older_database_is_snapshotted_before_its_migration() {
    let db = TempDb::new();
    {
        let conn = Connection::open(&db.path).expect("create");
        for (version, (_, sql)) in migrations::MIGRATIONS.iter().take(5).enumerate() {
            conn.execute_batch(sql).expect("an old migration");
            conn.execute_batch(&format!("PRAGMA user_version = {}", version + 1)).expect("version");
        }
        conn.execute_batch(
            "INSERT INTO meetings (id, kind, start_date, end_date, city, country, time_zone, languages, status, created_at, updated_at)
             VALUES ('m5', 'joint_thematic_meeting', '2024-05-02', '2024-05-03', 'Dakar', NULL, 'Africa/Dakar', 'en,fr', 'confirmed', 'x', 'x')",
        )
        .expect("a meeting of schema 5");
    }
    let store = open_at(&db.path).expect("the old database opens and is upgraded");
    assert_eq!(store.schema_version().expect("version"), migrations::latest_version());
    let snaps = backup::list_snapshots(&db.path).expect("list");
    assert_eq!(snaps.len(), 1, "one snapshot, before migrating: {snaps:?}");
    assert_eq!(snaps[0].reason, SnapshotReason::Migration);
    assert_eq!(snaps[0].contents.schema_version, 5, "the snapshot is the database as it was, at schema 5");
    assert_eq!(snaps[0].contents.meetings[0].id, "m5");
    drop(store);
    let mut again = open_at(&db.path).expect("opens again");
    assert_eq!(backup::list_snapshots(&db.path).expect("list").len(), 1, "an up-to-date database is not snapshotted on open");
    // Restoring the schema-5 snapshot brings it up to this binary's schema.
    again.write(|d| d.delete_meeting(&Id::from("m5"))).expect("a change after the upgrade");
    again.restore_from(Path::new(&snaps[0].path)).expect("an older snapshot is restored");
    assert_eq!(again.schema_version().expect("version"), migrations::latest_version(), "and migrated after the restore");
    assert_eq!(again.read(|d| d.meeting(&Id::from("m5"))).expect("the meeting is back").city, "Dakar");
    let fresh = TempDb::new();
    let _new = fresh.store();
    assert!(backup::list_snapshots(&fresh.path).expect("list").is_empty(), "a new database has nothing to keep");
}

//! Files the store must refuse without writing a byte to them.

use crate::harness::{TempDb, bytes, garbage};
use crate::seed;
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use rusqlite::Connection;
use std::path::Path;

/// Opens `path`, which must be refused, and returns the error as the UI gets it; the file
/// must be byte for byte what it was.
fn refused(path: &Path) -> DomainError {
    let before = bytes(path);
    let err = match crate::harness::open_at(path) {
        Ok(_) => panic!("{} was opened but must be refused", path.display()),
        Err(e) => DomainError::from(e),
    };
    assert!(bytes(path) == before, "a refused file must be left untouched ({})", path.display());
    err
}

#[test]
fn a_schema_newer_than_this_binary_is_refused_untouched() {
    let db = TempDb::new();
    {
        let conn = Connection::open(&db.path).expect("plain database");
        conn.execute_batch("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from Plenary 9'); PRAGMA user_version = 99;")
            .expect("a database of a future schema");
    }
    let err = refused(&db.path);
    assert_eq!(err.code, ErrorCode::SchemaTooNew, "the UI tells the user to update Plenary: {err:?}");
    assert_eq!(err.field.as_deref(), Some("database"));
    let message = err.message(Lang::En);
    assert!(message.contains("newer version of Plenary"), "the message says why: {message}");
    assert!(message.contains("99"), "the message names the schema found: {message}");
    let version: u32 = Connection::open(&db.path).and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get(0))).expect("version");
    assert_eq!(version, 99, "the schema was not migrated down or up");
}

#[test]
fn a_file_of_random_bytes_is_refused_as_storage_untouched() {
    let db = TempDb::new();
    std::fs::write(&db.path, garbage(64 * 1024, 0x5eed_0001)).expect("random file");
    let err = refused(&db.path);
    assert_eq!(err.code, ErrorCode::StorageDamaged, "a file that is not a database is a storage error (kept as .damaged), not a panic: {err:?}");
    assert_eq!(err.field.as_deref(), Some("database"));
}

#[test]
fn a_file_with_a_database_header_and_random_pages_is_refused_as_storage_untouched() {
    let db = TempDb::new();
    let mut content = b"SQLite format 3\0".to_vec();
    content.extend(garbage(32 * 1024 - content.len(), 0x5eed_0002));
    std::fs::write(&db.path, content).expect("fake database");
    let err = refused(&db.path);
    assert_eq!(err.code, ErrorCode::StorageDamaged, "{err:?}");
}

#[test]
fn a_database_with_corrupted_pages_is_refused_as_storage_untouched() {
    let db = TempDb::new();
    {
        let mut store = db.store();
        store.write(seed::lagos).expect("seed");
        store
            .write(|d| {
                for i in 0..300 {
                    d.save_participant(&seed::person(&format!("p{i:03}"), "m1", "d-sn", &format!("Given{i}"), &format!("Family{i}")))?;
                }
                Ok(())
            })
            .expect("enough people for a multi-page file");
    }
    let wal = db.path.with_extension("db-wal");
    assert!(std::fs::metadata(&wal).map_or(true, |m| m.len() == 0), "closing the store checkpointed the WAL into the file");
    let mut content = bytes(&db.path);
    let page = 4096;
    let pages = content.len() / page;
    assert!(pages >= 30, "the database spans many pages ({pages}), so that its middle holds table and index pages");
    // Overwrite the middle third with garbage, page 1 (the header and schema) left intact.
    let (from, to) = (pages / 3 * page, 2 * pages / 3 * page);
    content[from..to].copy_from_slice(&garbage(to - from, 0x5eed_0003));
    std::fs::write(&db.path, &content).expect("corrupt the file");

    let err = refused(&db.path);
    assert_eq!(err.code, ErrorCode::StorageDamaged, "damaged pages are a storage error (kept as .damaged), never a panic: {err:?}");
    assert_eq!(err.field.as_deref(), Some("database"));
    assert!(!err.message(Lang::En).is_empty(), "the message says what SQLite found");
}

#[test]
fn a_refused_file_can_be_opened_once_repaired_elsewhere() {
    // The refusal holds no lock and leaves no state behind: the same path, replaced by a
    // good database, opens.
    let db = TempDb::new();
    std::fs::write(&db.path, garbage(8 * 1024, 0x5eed_0004)).expect("random file");
    assert_eq!(refused(&db.path).code, ErrorCode::StorageDamaged);
    std::fs::remove_file(&db.path).expect("remove");
    let mut store = db.store();
    store.write(seed::lagos).expect("a new database at the same path works");
    assert_eq!(store.read(|d| d.meeting(&Id::from("m1"))).expect("meeting").city, "Lagos");
}

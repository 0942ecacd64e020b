//! A temp-file store, a second plain connection to the same file, and row counts.

use chrono::{TimeZone, Utc};
use plenary_core::clock::FixedClock;
use plenary_store::Store;
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tempfile::TempDir;

/// A database file in its own temp folder, removed when dropped.
pub struct TempDb {
    /// Kept for its lifetime: the folder goes when the test ends.
    _dir: TempDir,
    /// The database file.
    pub path: PathBuf,
}

impl TempDb {
    /// A fresh folder with no database in it yet.
    pub fn new() -> TempDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("plenary.db");
        TempDb { _dir: dir, path }
    }

    /// Opens (or creates) the database with the fixed clock.
    pub fn open(&self) -> plenary_store::Result<Store> {
        open_at(&self.path)
    }

    /// Opens the database, which must succeed.
    pub fn store(&self) -> Store {
        self.open().expect("the store opens")
    }

    /// A second, plain connection to the same file (foreign keys off, as SQLite defaults).
    pub fn raw(&self) -> Connection {
        raw(&self.path)
    }
}

/// The instant every row of these tests is dated with.
pub fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock(Utc.with_ymd_and_hms(2025, 11, 4, 7, 30, 0).single().expect("valid instant")))
}

/// Opens the store at `path` with the fixed clock.
pub fn open_at(path: &Path) -> plenary_store::Result<Store> {
    Store::open_with_clock(path, clock())
}

/// A plain read-write connection to `path`, without creating it.
pub fn raw(path: &Path) -> Connection {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).expect("plain connection");
    conn.busy_timeout(std::time::Duration::from_secs(5)).expect("busy timeout");
    conn
}

/// One number from SQL.
pub fn count(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> i64 {
    conn.query_row(sql, params, |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The row count of every table of the database (FTS shadow tables included), by name.
pub fn row_counts(conn: &Connection) -> BTreeMap<String, i64> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("table names");
    tables.into_iter().map(|t| {
        let n = count(conn, &format!("SELECT count(*) FROM \"{t}\""), []);
        (t, n)
    }).collect()
}

/// The bytes of a file.
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Deterministic pseudo-random bytes (xorshift), so that a failure can be replayed.
pub fn garbage(len: usize, mut seed: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        out.extend_from_slice(&seed.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// The codes of a `check()` report, sorted, duplicates kept.
pub fn codes(problems: &[plenary_store::Problem]) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = problems.iter().map(|p| p.code).collect();
    codes.sort_unstable();
    codes
}

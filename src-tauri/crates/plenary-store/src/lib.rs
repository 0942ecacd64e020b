//! Plenary's SQLite store.
//!
//! One [`Store`] owns the one writer connection to a database file. Every write runs in a
//! single `IMMEDIATE` transaction through [`Store::write`]: either all of it lands or none.
//! Opening checks the file (`quick_check`), refuses a schema newer than this binary, applies
//! pending migrations and refreshes the reference data. All SQL of Plenary lives in this
//! crate and takes its values as parameters, never as built strings.

mod agenda_versions;
pub mod backup;
mod check;
mod delegations;
mod dialogues;
pub mod error;
mod glossary;
mod import;
mod meetings;
pub mod migrations;
mod organisations;
mod outcome_amendments;
mod outcome_comments;
mod outcome_documents;
mod outcome_facts;
mod outcome_notes;
mod outcome_paragraphs;
mod outcome_positions;
mod outcome_restore;
mod outcome_revisions;
mod outcome_sections;
mod outcome_tree;
mod participants;
mod purge;
mod reference;
mod rows;
mod search;
mod search_hits;
mod sessions;
mod sort_keys;
mod stats;
mod texts;
mod translation;
mod undo;

pub use agenda_versions::AgendaVersionRow;
pub use backup::{SnapshotContents, SnapshotInfo, SnapshotMeeting, SnapshotReason};
pub use check::Problem;
pub use delegations::DelegationRow;
pub use error::{Result, StoreError};
pub use import::{ImportRow, MeetingPerson};
pub use outcome_comments::{Comment, CommentCount};
pub use outcome_documents::{OutcomeRef, OutcomeRow, OutcomeSummary};
pub use outcome_notes::{Note, SessionNotes};
pub use outcome_paragraphs::ParagraphPlace;
pub use outcome_revisions::{NewRevision, RevisionSummary};
pub use participants::{ParticipantFilter, ParticipantOrder, ParticipantRow};
pub use purge::ContactCounts;
pub use search::{Hit, Segment};
pub use sessions::{SessionPerson, SessionRow};
pub use texts::MeetingText;
pub use undo::{Changes, RowChange};

use chrono::SecondsFormat;
use plenary_core::clock::{Clock, SystemClock};
use plenary_core::{DomainError, ErrorCode};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// How long a write waits for another process's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open database: the single writer connection and the clock that dates rows.
pub struct Store {
    conn: Connection,
    clock: Arc<dyn Clock>,
    path: Option<PathBuf>,
    backup: backup::Tracker,
}

/// A view of the database inside a transaction; every query and write of Plenary is a
/// method of `Db`, spread over this crate's modules by area.
pub struct Db<'a> {
    conn: &'a Connection,
    now: String,
}

impl Store {
    /// Opens (or creates) the database at `path` with the system clock.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with_clock(path, Arc::new(SystemClock))
    }

    /// Opens (or creates) the database at `path`: checks it, migrates it and refreshes the
    /// reference data. A damaged database or one of a newer schema is refused untouched.
    pub fn open_with_clock(path: &Path, clock: Arc<dyn Clock>) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        let store = Store { conn, clock, path: Some(path.to_path_buf()), backup: Default::default() };
        store.prepare()
    }

    /// Opens a fresh in-memory database (for tests and dry runs).
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Store> {
        let store = Store { conn: Connection::open_in_memory()?, clock, path: None, backup: Default::default() };
        store.prepare()
    }

    fn prepare(mut self) -> Result<Store> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // Read-only checks first: a damaged or too-new file must not be written to at all,
        // not even by the checkpoint SQLite makes when its last connection closes.
        self.conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        let verdict = match self.quick_check() {
            Ok(v) => v,
            Err(StoreError::Sqlite(e)) => format!("{e}"),
            Err(e) => return Err(e),
        };
        if verdict != "ok" {
            return Err(self.damaged(&verdict));
        }
        let version = migrations::current_version(&self.conn)?;
        if version > migrations::latest_version() {
            return Err(DomainError::new(ErrorCode::SchemaTooNew)
                .field("database")
                .detail(format!("{version} > {}", migrations::latest_version()))
                .into());
        }
        // WAL: readers never block the writer; FULL: a committed write survives power loss.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "trusted_schema", "OFF")?;
        self.conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        // An existing database about to be upgraded is kept as it was first.
        if let Some(path) = &self.path
            && version > 0
            && version < migrations::latest_version()
        {
            backup::snapshot_connection(&self.conn, path, SnapshotReason::Migration, self.clock.now())?;
        }
        self.bring_up_to_date()?;
        // Opening is no change of the user's data: no snapshot is owed for it.
        self.backup.at_snapshot = self.write_count();
        Ok(self)
    }

    /// Migrates to this binary's schema and refreshes what is derived (reference data, sort
    /// keys, this connection's temporary tables): on open and after a restore.
    fn bring_up_to_date(&mut self) -> Result<()> {
        migrations::migrate(&mut self.conn)?;
        self.write(|db| {
            db.refresh_reference_data()?;
            db.refresh_sort_keys()
        })?;
        // Per connection, outside any transaction, so that it outlives the read that fills it.
        participants::create_delegation_rank(&self.conn)?;
        Ok(())
    }

    /// The error of a file that failed `quick_check`: it is kept as a `.damaged` copy, and the
    /// newest good snapshot is named.
    fn damaged(&self, verdict: &str) -> StoreError {
        let Some(path) = &self.path else {
            return DomainError::new(ErrorCode::Storage).field("database").detail(format!("quick_check: {verdict}")).into();
        };
        if let Err(e) = backup::keep_damaged(path) {
            return DomainError::new(ErrorCode::Storage).field("database").detail(format!("quick_check: {verdict}; {e}")).into();
        }
        let newest = backup::list_snapshots(path).ok().and_then(|s| s.into_iter().next());
        let detail = newest.map(|s| format!("{} UTC", s.time.get(..16).unwrap_or(&s.time).replace('T', " "))).unwrap_or_default();
        DomainError::new(ErrorCode::StorageDamaged).field("database").detail(detail).into()
    }

    /// The file this store writes, if not in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// SQLite's `quick_check` verdict: `ok`, or the first problems found.
    pub fn quick_check(&self) -> Result<String> {
        pragma_check(&self.conn, "quick_check")
    }

    /// SQLite's full `integrity_check` verdict: `ok`, or the first problems found.
    pub fn integrity_check(&self) -> Result<String> {
        pragma_check(&self.conn, "integrity_check")
    }

    /// The current value of one of this connection's settings (`journal_mode`, `synchronous`,
    /// `foreign_keys`, `busy_timeout`, `trusted_schema`), as SQLite reports it; a read-only
    /// view for `plenary check` and tests, since most of these are per connection and only
    /// the store's own connection can tell. Any other name is refused.
    pub fn pragma(&self, name: &str) -> Result<String> {
        const READABLE: &[&str] = &["journal_mode", "synchronous", "foreign_keys", "busy_timeout", "trusted_schema"];
        if !READABLE.contains(&name) {
            return Err(DomainError::invalid("pragma", name).into());
        }
        let value: rusqlite::types::Value = self.conn.pragma_query_value(None, name, |r| r.get(0))?;
        Ok(match value {
            rusqlite::types::Value::Integer(n) => n.to_string(),
            rusqlite::types::Value::Text(text) => text,
            other => format!("{other:?}"),
        })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        migrations::current_version(&self.conn)
    }

    /// Runs `f` in a read transaction, so that it sees one consistent state.
    pub fn read<T>(&self, f: impl FnOnce(&Db<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        let db = Db { conn: &tx, now: self.now() };
        let out = f(&db)?;
        drop(db);
        tx.finish()?;
        Ok(out)
    }

    /// Runs `f` in one write transaction: committed if `f` succeeds, rolled back otherwise,
    /// so a refused input leaves the database as it was.
    pub fn write<T>(&mut self, f: impl FnOnce(&Db<'_>) -> Result<T>) -> Result<T> {
        self.writable()?;
        let now = self.now();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&Db { conn: &tx, now })?;
        tx.commit()?;
        Ok(out)
    }

    /// Refuses every write path (plain, recorded for undo, undo itself) with the clear reason
    /// once the file failed a check, instead of SQLite's generic read-only error.
    pub(crate) fn writable(&self) -> Result<()> {
        match &self.backup.refusal {
            Some(refusal) => Err(refusal.clone().into()),
            None => Ok(()),
        }
    }

    fn now(&self) -> String {
        self.clock.now().to_rfc3339_opts(SecondsFormat::Millis, true)
    }
}

fn pragma_check(conn: &Connection, pragma: &str) -> Result<String> {
    let mut stmt = conn.prepare(&format!("PRAGMA {pragma}"))?;
    let lines: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(lines.join("; "))
}

impl Db<'_> {
    /// The time of this transaction, RFC 3339 UTC, used for created_at/updated_at.
    pub fn now(&self) -> &str {
        &self.now
    }
}

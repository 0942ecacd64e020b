//! Snapshots of the database: verified copies in a `backups` folder beside it.
//!
//! A snapshot is made with SQLite's online backup API from a read transaction (in WAL mode
//! the writer goes on meanwhile), into a temporary file; the copy is then opened on its own
//! and passes `integrity_check` before it is renamed to its final name, so a file with a
//! snapshot's name is always whole and sound. Its contents (meetings and counts) are written
//! beside it as a small JSON manifest, so that listing snapshots never opens the database.

mod contents;
mod files;
mod names;

use crate::error::Result;
use crate::{Store, migrations};
use chrono::{DateTime, SecondsFormat, Utc};
use plenary_core::retention::Retention;
use plenary_core::{DomainError, ErrorCode};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use files::keep_damaged;

/// Pages copied per step of the backup (4 KiB each), with a short pause between steps.
const PAGES_PER_STEP: i32 = 4096;
const PAUSE: Duration = Duration::from_millis(1);

/// Why a snapshot was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotReason {
    /// Asked for ("Back up now", `plenary backup`).
    Manual,
    /// Every 30 minutes while the data changes.
    Auto,
    /// When the app closes after changes.
    Close,
    /// Before an import of participants or translations.
    Import,
    /// Before deleting a meeting, a delegation or an outcome document.
    BulkDelete,
    /// Before the schema of the database is upgraded.
    Migration,
    /// Before another snapshot replaces the data.
    Restore,
}

impl SnapshotReason {
    /// Every reason.
    pub const ALL: [SnapshotReason; 7] = [
        SnapshotReason::Manual,
        SnapshotReason::Auto,
        SnapshotReason::Close,
        SnapshotReason::Import,
        SnapshotReason::BulkDelete,
        SnapshotReason::Migration,
        SnapshotReason::Restore,
    ];

    /// The reason as it appears in file names and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SnapshotReason::Manual => "manual",
            SnapshotReason::Auto => "auto",
            SnapshotReason::Close => "close",
            SnapshotReason::Import => "import",
            SnapshotReason::BulkDelete => "bulk_delete",
            SnapshotReason::Migration => "migration",
            SnapshotReason::Restore => "restore",
        }
    }

    /// The reason named `value`, if any.
    pub fn parse(value: &str) -> Option<SnapshotReason> {
        Self::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// One meeting of a snapshot, with its counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SnapshotMeeting {
    /// The meeting's id.
    pub id: String,
    /// Its English title.
    pub title_en: String,
    /// Its French title.
    pub title_fr: String,
    /// Its first day (YYYY-MM-DD).
    pub start_date: String,
    /// Its participants.
    pub participants: u32,
    /// Its delegations.
    pub delegations: u32,
    /// Its sessions.
    pub sessions: u32,
    /// The paragraphs of its outcome documents.
    pub paragraphs: u32,
}

/// What a snapshot holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SnapshotContents {
    /// The schema version of the copy.
    pub schema_version: u32,
    /// Its meetings, the latest first.
    pub meetings: Vec<SnapshotMeeting>,
    /// Participants of all meetings.
    pub participants: u32,
    /// Delegations of all meetings.
    pub delegations: u32,
    /// Sessions of all meetings.
    pub sessions: u32,
    /// Outcome paragraphs of all meetings.
    pub paragraphs: u32,
}

/// A verified snapshot on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SnapshotInfo {
    /// Its file name, by which `plenary restore` and the app name it.
    pub name: String,
    /// Its full path.
    pub path: String,
    /// When it was taken, RFC 3339 UTC.
    pub time: String,
    /// Why it was taken.
    pub reason: SnapshotReason,
    /// Its size in bytes.
    pub size: u64,
    /// What it holds.
    pub contents: SnapshotContents,
}

/// What the store knows of its snapshots: the count of changes the last one holds, for
/// "changed since the last snapshot", and the refusal of further writes once the file failed
/// a check.
#[derive(Debug, Default)]
pub(crate) struct Tracker {
    /// Changes not counted by SQLite's `total_changes` (a restore replaces pages, not rows).
    pub(crate) restores: u64,
    pub(crate) at_snapshot: u64,
    pub(crate) refusal: Option<DomainError>,
}

/// The folder of the snapshots of the database at `db`: `backups` beside it.
pub fn snapshots_dir(db: &Path) -> PathBuf {
    db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).join("backups")
}

/// The verified snapshots of the database at `db`, newest first. Reads the manifests (or,
/// for a snapshot without one, the copy itself); never opens the database.
pub fn list_snapshots(db: &Path) -> Result<Vec<SnapshotInfo>> {
    let dir = snapshots_dir(db);
    let stem = names::stem(db);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((time, reason)) = names::parse(&stem, &name) else { continue };
        let path = entry.path();
        let meta = entry.metadata()?;
        let (size, written) = (meta.len(), meta.modified().ok());
        let manifest = std::fs::read(path.with_extension("json")).ok().and_then(|b| serde_json::from_slice::<SnapshotInfo>(&b).ok());
        let contents = match manifest {
            Some(m) => m.contents,
            // A snapshot copied in by hand, or whose manifest was lost: read the copy.
            None => match read_contents(&path) {
                Ok(c) => c,
                Err(_) => continue,
            },
        };
        out.push((SnapshotInfo { name, path: path.display().to_string(), time: rfc3339(time), reason, size, contents }, written));
    }
    // Names tell the second; within one second the file written last is the newest.
    out.sort_by(|(a, wa), (b, wb)| b.time.cmp(&a.time).then(wb.cmp(wa)).then(b.name.cmp(&a.name)));
    Ok(out.into_iter().map(|(info, _)| info).collect())
}

/// The snapshot at `path` as the list shows it; a copy from elsewhere (not named as a
/// snapshot) is dated by its file and counted as a manual one.
pub fn describe_snapshot(db: &Path, path: &Path) -> Result<SnapshotInfo> {
    if let Some(info) = list_snapshots(db)?.into_iter().find(|s| Path::new(&s.path) == path) {
        return Ok(info);
    }
    let meta = std::fs::metadata(path)?;
    let time: DateTime<Utc> = meta.modified().map(DateTime::from).unwrap_or_else(|_| Utc::now());
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let contents = read_contents(path)?;
    Ok(SnapshotInfo { name, path: path.display().to_string(), time: rfc3339(time), reason: SnapshotReason::Manual, size: meta.len(), contents })
}

/// The snapshot of the database at `db` named `name` (a file name from the list) or at the
/// path `name`.
pub fn find_snapshot(db: &Path, name: &str) -> Result<PathBuf> {
    let by_path = PathBuf::from(name);
    if by_path.components().count() > 1 || by_path.is_absolute() {
        return if by_path.is_file() { Ok(by_path) } else { Err(DomainError::not_found("snapshot", name).into()) };
    }
    let path = snapshots_dir(db).join(name);
    if path.is_file() { Ok(path) } else { Err(DomainError::not_found("snapshot", name).into()) }
}

/// Takes a verified snapshot of the database file at `db` (opened read-only on its own
/// connection, so the writer is not held up) into its snapshots folder, then prunes older
/// snapshots by the retention rules (never the new one).
pub fn snapshot_file(db: &Path, reason: SnapshotReason, now: DateTime<Utc>) -> Result<SnapshotInfo> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let src = Connection::open_with_flags(db, flags)?;
    src.busy_timeout(crate::BUSY_TIMEOUT)?;
    snapshot_connection(&src, db, reason, now)
}

/// Takes a snapshot of `src` (the database at `db`) into the snapshots folder and prunes.
pub(crate) fn snapshot_connection(src: &Connection, db: &Path, reason: SnapshotReason, now: DateTime<Utc>) -> Result<SnapshotInfo> {
    let dir = snapshots_dir(db);
    std::fs::create_dir_all(&dir)?;
    let stem = names::stem(db);
    let (tmp, out) = files::reserve(&dir, |n| names::name(&stem, now, reason, n))?;
    let info = copy_verified(src, &tmp, &out, reason, now, &mut |_| Ok(()))?;
    prune(db, now, &info.name)?;
    Ok(info)
}

/// Copies `src` to `out` through the temporary file `tmp`: backup, `before_check(tmp)` (a
/// test's chance to damage the copy), `integrity_check` of the copy on its own connection,
/// manifest, then rename. On any failure neither `tmp` nor `out` is left behind.
#[doc(hidden)]
pub fn copy_verified(
    src: &Connection,
    tmp: &Path,
    out: &Path,
    reason: SnapshotReason,
    now: DateTime<Utc>,
    before_check: &mut dyn FnMut(&Path) -> std::io::Result<()>,
) -> Result<SnapshotInfo> {
    let manifest = out.with_extension("json");
    let result = (|| {
        copy(src, tmp)?;
        before_check(tmp)?;
        let contents = verify(tmp)?;
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let size = std::fs::metadata(tmp)?.len();
        let info = SnapshotInfo { name, path: out.display().to_string(), time: rfc3339(now), reason, size, contents };
        let json = serde_json::to_vec_pretty(&info).map_err(|e| DomainError::new(ErrorCode::Storage).field("snapshot").detail(e.to_string()))?;
        files::write_synced(&manifest, &json)?;
        std::fs::rename(tmp, out)?;
        files::sync_dir(out)?;
        Ok(info)
    })();
    if result.is_err() {
        // Best effort: the error that matters is the one returned.
        let _ = std::fs::remove_file(tmp);
        let _ = std::fs::remove_file(&manifest);
        for suffix in ["-journal", "-wal", "-shm"] {
            let _ = std::fs::remove_file(files::with_suffix(tmp, suffix));
        }
    }
    result
}

/// Copies the main database of `src` into the (new, empty) file `tmp` as one consistent
/// state, and leaves it a single self-contained file (rollback journal, not WAL), synced.
fn copy(src: &Connection, tmp: &Path) -> Result<()> {
    let mut dst = Connection::open(tmp)?;
    {
        // A read transaction held across the steps pins one state of the source: writes by
        // other connections (WAL) go on without restarting the copy.
        let read = src.unchecked_transaction()?;
        read.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
        let backup = Backup::new(src, &mut dst)?;
        backup.run_to_completion(PAGES_PER_STEP, PAUSE, None)?;
        drop(backup);
        read.finish()?;
    }
    // The copied header says WAL when the source is; a snapshot is one file, read-only.
    dst.pragma_update(None, "journal_mode", "WAL")?;
    dst.pragma_update(None, "journal_mode", "DELETE")?;
    dst.close().map_err(|(_, e)| e)?;
    std::fs::File::open(tmp)?.sync_all()?;
    Ok(())
}

/// Opens the copy at `path` on its own, read-only, and checks it fully.
fn verify(path: &Path) -> Result<SnapshotContents> {
    let conn = open_read_only(path)?;
    let verdict = crate::pragma_check(&conn, "integrity_check").unwrap_or_else(|e| e.to_string());
    if verdict != "ok" {
        return Err(DomainError::new(ErrorCode::Storage).field("snapshot").detail(format!("integrity_check: {verdict}")).into());
    }
    contents::read(&conn)
}

fn read_contents(path: &Path) -> Result<SnapshotContents> {
    contents::read(&open_read_only(path)?)
}

fn open_read_only(path: &Path) -> Result<Connection> {
    Ok(Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?)
}

/// Deletes the snapshots of `db` that the retention rules no longer keep, never `keep`.
fn prune(db: &Path, now: DateTime<Utc>, keep: &str) -> Result<()> {
    let stem = names::stem(db);
    let snapshots: Vec<(String, DateTime<Utc>)> = std::fs::read_dir(snapshots_dir(db))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            names::parse(&stem, &name).map(|(time, _)| (name, time))
        })
        .collect();
    let times: Vec<DateTime<Utc>> = snapshots.iter().map(|(_, t)| *t).collect();
    let protected: Vec<usize> = snapshots.iter().position(|(n, _)| n == keep).into_iter().collect();
    let dir = snapshots_dir(db);
    files::remove_leftovers(&dir, &stem);
    for index in Retention::default().prune(now, &times, &protected) {
        let path = dir.join(&snapshots[index].0);
        std::fs::remove_file(&path)?;
        let _ = std::fs::remove_file(path.with_extension("json"));
    }
    Ok(())
}

/// Replaces the damaged file at `db` by the snapshot at `snapshot`, after keeping the damaged
/// file (and its WAL) as `.damaged` copies: the snapshot is copied beside the database, synced
/// and renamed over it. The database must not be open.
pub fn restore_damaged(db: &Path, snapshot: &Path) -> Result<()> {
    check_restorable(snapshot)?;
    keep_damaged(db)?;
    let tmp = files::with_suffix(db, ".restoring");
    std::fs::copy(snapshot, &tmp)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    // The WAL and index belong to the damaged file (a copy of the WAL was kept): replayed
    // over the snapshot they would damage it again.
    for suffix in ["-wal", "-shm", "-journal"] {
        match std::fs::remove_file(files::with_suffix(db, suffix)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    std::fs::rename(&tmp, db)?;
    files::sync_dir(db)?;
    Ok(())
}

/// Refuses a snapshot that is not sound or of a schema newer than this binary; returns its
/// schema version.
pub fn check_restorable(snapshot: &Path) -> Result<u32> {
    let conn = open_read_only(snapshot)?;
    let version = migrations::current_version(&conn)?;
    if version > migrations::latest_version() {
        return Err(DomainError::new(ErrorCode::SchemaTooNew)
            .field("snapshot")
            .detail(format!("{version} > {}", migrations::latest_version()))
            .into());
    }
    let verdict = crate::pragma_check(&conn, "quick_check").unwrap_or_else(|e| e.to_string());
    if verdict != "ok" {
        return Err(DomainError::new(ErrorCode::Storage).field("snapshot").detail(format!("quick_check: {verdict}")).into());
    }
    Ok(version)
}

fn rfc3339(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Store {
    /// The database file and the count of writes so far, for a snapshot taken outside the
    /// store's lock ([`snapshot_file`]) and then marked with [`Store::mark_snapshot`].
    pub fn snapshot_source(&self) -> Option<(PathBuf, u64)> {
        self.path.clone().map(|p| (p, self.write_count()))
    }

    /// A count that grows with every change to the data through this store: rows changed
    /// (SQLite's `total_changes`, whatever the write path) and restores.
    pub(crate) fn write_count(&self) -> u64 {
        self.conn.total_changes() + self.backup.restores
    }

    /// Records that a snapshot holds every write up to the `writes`th.
    pub fn mark_snapshot(&mut self, writes: u64) {
        self.backup.at_snapshot = self.backup.at_snapshot.max(writes);
    }

    /// Whether something was written since the store opened or since the last snapshot.
    pub fn changed_since_snapshot(&self) -> bool {
        self.write_count() > self.backup.at_snapshot
    }

    /// The present, by the store's clock.
    pub fn clock_now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Writes a verified copy of the database to `out` (through a temporary file beside it);
    /// into a folder `out`, under a snapshot's name.
    pub fn backup_to(&self, out: &Path, reason: SnapshotReason) -> Result<SnapshotInfo> {
        let named;
        let out = if out.is_dir() {
            let stem = self.path.as_deref().map_or_else(|| "plenary".to_owned(), names::stem);
            named = out.join(names::name(&stem, self.clock.now(), reason, 1));
            named.as_path()
        } else {
            out
        };
        let tmp = files::with_suffix(out, ".tmp");
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let _ = std::fs::remove_file(&tmp);
        copy_verified(&self.conn, &tmp, out, reason, self.clock.now(), &mut |_| Ok(()))
    }

    /// Keeps the open database (and its WAL) as `.damaged` copies and refuses every write
    /// from now on with `refusal`, until a snapshot is restored.
    pub fn refuse_writes(&mut self, refusal: DomainError) -> Result<()> {
        if let Some(path) = &self.path {
            keep_damaged(path)?;
        }
        // Whatever path a write takes, SQLite itself now refuses it.
        self.conn.pragma_update(None, "query_only", "ON")?;
        self.backup.refusal = Some(refusal);
        Ok(())
    }

    /// Copies the WAL into the database file and empties it (on closing the app), so that the
    /// file alone holds everything: a copy of it taken by hand is whole.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Why writes are refused, if they are.
    pub fn refusal(&self) -> Option<&DomainError> {
        self.backup.refusal.as_ref()
    }

    /// Replaces the contents of the open database by the snapshot at `snapshot` (the backup
    /// API, into this connection: no reopening), checks the result, and brings an older
    /// snapshot up to this binary's schema. A snapshot of a newer schema is refused untouched.
    pub fn restore_from(&mut self, snapshot: &Path) -> Result<()> {
        check_restorable(snapshot)?;
        let src = open_read_only(snapshot)?;
        // The snapshot replaces whatever made the live file refuse writes.
        self.conn.pragma_update(None, "query_only", "OFF")?;
        self.backup.refusal = None;
        {
            let backup = Backup::new(&src, &mut self.conn)?;
            backup.run_to_completion(PAGES_PER_STEP, PAUSE, None)?;
        }
        drop(src);
        let verdict = self.quick_check()?;
        if verdict != "ok" {
            return Err(DomainError::new(ErrorCode::Storage).field("database").detail(format!("quick_check: {verdict}")).into());
        }
        self.bring_up_to_date()?;
        self.backup.restores += 1;
        Ok(())
    }
}

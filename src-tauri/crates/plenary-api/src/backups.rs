//! Snapshots of the open database: taken before risky operations, every 30 minutes and on
//! close when the data changed, on demand; listed with their contents; restored.

use crate::{Api, ApiError, ApiResult};
use plenary_core::{DomainError, ErrorCode, Lang};
use plenary_store::backup;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::PoisonError;

pub use plenary_store::{SnapshotContents, SnapshotInfo, SnapshotMeeting, SnapshotReason};

/// Arguments of `restore_backup`: which snapshot.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct RestoreArgs {
    /// A snapshot's name from the list, or the path of a snapshot file (only the CLI may give
    /// a path: from JSON, a name is all that is read).
    #[serde(deserialize_with = "crate::snapshot_name::bare_snapshot_name")]
    pub name: String,
}

/// What a restore did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct RestoreReport {
    /// The snapshot of the data as it was just before (none for a database held in memory or
    /// one that was refusing writes because it is damaged).
    pub before: Option<SnapshotInfo>,
    /// The snapshot now in place.
    pub restored: SnapshotInfo,
}

impl Api {
    /// A verified snapshot of the open database into its snapshots folder, before an
    /// operation that changes much at once (none for a database held in memory). An error
    /// refuses the operation that asked for it.
    pub(crate) fn snapshot_before(&self, reason: SnapshotReason) -> ApiResult<Option<SnapshotInfo>> {
        let lang = self.language();
        let (path, writes) = {
            let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(refusal) = store.refusal() {
                return Err(ApiError::from_domain(refusal.clone(), lang));
            }
            match store.snapshot_source() {
                Some(source) => source,
                None => return Ok(None),
            }
        };
        // Copied on a connection of its own, outside the store's lock: the app goes on.
        let now = self.store.lock().unwrap_or_else(PoisonError::into_inner).clock_now();
        let info = backup::snapshot_file(&path, reason, now).map_err(|e| ApiError::from_store(e, lang))?;
        self.store.lock().unwrap_or_else(PoisonError::into_inner).mark_snapshot(writes);
        Ok(Some(info))
    }

    /// A snapshot for `reason` (every 30 minutes, on close) if the data changed since the
    /// store opened or since the last snapshot; `None` otherwise.
    pub fn snapshot_if_changed(&self, reason: SnapshotReason) -> ApiResult<Option<SnapshotInfo>> {
        let changed = {
            let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
            store.changed_since_snapshot() && store.refusal().is_none()
        };
        if changed { self.snapshot_before(reason) } else { Ok(None) }
    }

    /// "Back up now": a verified snapshot into the snapshots folder.
    pub fn backup_now(&self) -> ApiResult<SnapshotInfo> {
        self.snapshot_before(SnapshotReason::Manual)?.ok_or_else(|| self.in_memory())
    }

    /// A verified copy of the open database at `out`, written under a temporary name beside
    /// it and then renamed.
    pub fn backup_to(&self, out: &Path) -> ApiResult<SnapshotInfo> {
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        store.backup_to(out, SnapshotReason::Manual).map_err(|e| ApiError::from_store(e, self.language()))
    }

    /// The snapshots of the open database, newest first.
    pub fn list_backups(&self) -> ApiResult<Vec<SnapshotInfo>> {
        match self.database_path() {
            Some(path) => list_snapshots(&path, self.language()),
            None => Ok(Vec::new()),
        }
    }

    /// Replaces the data by a snapshot: the current state is snapshotted first (reason
    /// `restore`), then the snapshot is copied into the open database, checked, and brought
    /// to this version's schema. A snapshot of a newer schema is refused and nothing changes.
    /// Undo history is forgotten: it no longer fits the data.
    pub fn restore_backup(&self, args: RestoreArgs) -> ApiResult<RestoreReport> {
        let lang = self.language();
        let store_err = |e| ApiError::from_store(e, lang);
        let db = self.database_path();
        let snapshot = match &db {
            Some(db) => backup::find_snapshot(db, &args.name).map_err(store_err)?,
            None => Some(PathBuf::from(&args.name)).filter(|p| p.is_file()).ok_or_else(|| self.not_found(&args.name))?,
        };
        backup::check_restorable(&snapshot).map_err(store_err)?;
        let restored = match &db {
            Some(db) => backup::describe_snapshot(db, &snapshot).map_err(store_err)?,
            None => backup::describe_snapshot(&snapshot, &snapshot).map_err(store_err)?,
        };
        let refused = self.store.lock().unwrap_or_else(PoisonError::into_inner).refusal().is_some();
        // A damaged database was kept as `.damaged` already; its snapshot would fail its check.
        let before = if refused { None } else { self.snapshot_before(SnapshotReason::Restore)? };
        {
            let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
            store.restore_from(&snapshot).map_err(store_err)?;
            let writes = store.snapshot_source().map_or(0, |(_, w)| w);
            store.mark_snapshot(writes);
        }
        self.forget_undo();
        Ok(RestoreReport { before, restored })
    }

    /// `integrity_check` after an import: a database that fails is kept as a `.damaged` copy
    /// and refuses every further write, naming the newest good snapshot to restore.
    pub(crate) fn check_after_import(&self) -> ApiResult<()> {
        let lang = self.language();
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        let verdict = store.integrity_check().unwrap_or_else(|e| e.to_string());
        if verdict == "ok" {
            return Ok(());
        }
        let newest = store.path().and_then(|p| backup::list_snapshots(p).ok()).and_then(|s| s.into_iter().next());
        let refusal = DomainError::new(ErrorCode::StorageDamaged).field("database").detail(newest.map(|s| snapshot_time(&s)).unwrap_or_default());
        store.refuse_writes(refusal.clone()).map_err(|e| ApiError::from_store(e, lang))?;
        Err(ApiError::from_domain(refusal, lang))
    }

    /// Moves every committed write from the WAL into the database file (on closing the app).
    pub fn checkpoint(&self) -> ApiResult<()> {
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        store.checkpoint().map_err(|e| ApiError::from_store(e, self.language()))
    }

    fn database_path(&self) -> Option<PathBuf> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner).path().map(Path::to_path_buf)
    }

    fn in_memory(&self) -> ApiError {
        ApiError::from_domain(DomainError::new(ErrorCode::Storage).field("database").detail("in memory: no snapshots folder"), self.language())
    }

    fn not_found(&self, name: &str) -> ApiError {
        ApiError::from_domain(DomainError::not_found("snapshot", name), self.language())
    }
}

/// The snapshots of the database at `db`, newest first, read without opening it (for a
/// database that could not be opened).
pub fn list_snapshots(db: &Path, lang: Lang) -> ApiResult<Vec<SnapshotInfo>> {
    backup::list_snapshots(db).map_err(|e| ApiError::from_store(e, lang))
}

/// Replaces the damaged database at `db` (closed: it could not be opened) by the snapshot
/// `name` (a name from [`list_snapshots`] or a path), keeping the damaged file as `.damaged`,
/// and opens it.
pub fn restore_damaged(db: &Path, name: &str, lang: Lang) -> ApiResult<Api> {
    let snapshot = backup::find_snapshot(db, name).map_err(|e| ApiError::from_store(e, lang))?;
    backup::restore_damaged(db, &snapshot).map_err(|e| ApiError::from_store(e, lang))?;
    Api::open(db, lang)
}

/// A snapshot's time (RFC 3339) in the user's language, in UTC as its name:
/// "4 November 2025, 07:30 UTC", "4 novembre 2025, 7 h 30 UTC".
pub fn snapshot_time_in(time: &str, lang: Lang) -> String {
    match chrono::DateTime::parse_from_rfc3339(time) {
        Ok(t) => {
            let t = t.with_timezone(&chrono::Utc);
            let (date, clock) = (plenary_core::calendar::date(t.date_naive(), lang), plenary_core::calendar::time(t.time(), lang));
            format!("{date}, {clock} UTC")
        }
        Err(_) => time.to_owned(),
    }
}

/// The time of a snapshot as messages show it: `2026-12-01 02:30 UTC`.
fn snapshot_time(snapshot: &SnapshotInfo) -> String {
    let time = snapshot.time.get(..16).unwrap_or(&snapshot.time);
    format!("{} UTC", time.replace('T', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_check_after_an_import_keeps_a_damaged_copy_and_refuses_writes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("plenary.db");
        let api = Api::open(&path, Lang::En).expect("open");
        api.demo().expect("the demo meeting");
        let good = api.backup_now().expect("a good snapshot");
        drop(api);
        // An index whose definition no longer fits its entries: quick_check (which opening
        // runs) does not look at index contents, integrity_check does.
        let conn = rusqlite::Connection::open(&path).expect("a plain connection");
        conn.execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_schema SET sql = 'CREATE INDEX delegations_organisation ON delegations (country)'
              WHERE name = 'delegations_organisation';
             PRAGMA writable_schema = OFF;",
        )
        .expect("bend the schema");
        drop(conn);
        let api = Api::open(&path, Lang::Fr).expect("quick_check passes");
        let err = api.check_after_import().expect_err("integrity_check fails");
        assert_eq!(err.code, ErrorCode::StorageDamaged, "{err:?}");
        assert!(err.message.contains(&snapshot_time(&good)), "the newest good snapshot is offered by its time: {}", err.message);
        assert!(path.with_extension("db.damaged").is_file(), "the database was kept as .damaged");
        let refused = api.delete_meeting(crate::MeetingArgs { meeting_id: api.list_meetings().expect("meetings")[0].meeting.id.clone() });
        assert_eq!(refused.expect_err("writes are refused").code, ErrorCode::StorageDamaged, "a bulk delete is refused with the reason");
        let meeting_id = api.list_meetings().expect("meetings")[0].meeting.id.clone();
        let filter = crate::ParticipantFilter { meeting_id, limit: Some(1), ..crate::ParticipantFilter::default() };
        let page = api.list_participants(crate::ListParticipantsArgs { filter, order: None, lang: None }).expect("participants");
        let edit = api.delete_participant(crate::ByIdArgs { id: page.rows[0].participant.id.clone() });
        assert_eq!(edit.expect_err("writes are refused").code, ErrorCode::StorageDamaged, "an edit recorded for undo is refused with the reason too");
        assert!(api.undo().is_err(), "and nothing can be undone into the damaged file");
        let report = api.restore_backup(RestoreArgs { name: good.name }).expect("the good snapshot is restored");
        assert!(report.before.is_none(), "a damaged state is not snapshotted: it was kept as .damaged");
        assert_eq!(api.integrity_check().expect("check"), "ok");
        let meeting_id = api.list_meetings().expect("meetings")[0].meeting.id.clone();
        api.delete_meeting(crate::MeetingArgs { meeting_id }).expect("writes are accepted again");
    }

    #[test]
    fn snapshot_times_read_in_both_languages() {
        assert_eq!(snapshot_time_in("2025-11-04T07:30:00Z", Lang::En), format!("4 November 2025, {} UTC", plenary_core::calendar::time(chrono::NaiveTime::from_hms_opt(7, 30, 0).expect("a time"), Lang::En)));
        assert!(snapshot_time_in("2025-11-04T07:30:00Z", Lang::Fr).starts_with("4\u{a0}novembre 2025"), "{}", snapshot_time_in("2025-11-04T07:30:00Z", Lang::Fr));
        assert_eq!(snapshot_time_in("garbage", Lang::En), "garbage", "an unreadable time is shown as stored");
    }
}

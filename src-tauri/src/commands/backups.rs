//! Commands of the Backups screen, and the restore offered when the database is damaged.

use super::delegate;
use crate::error::AppState;
use plenary_api::{ApiError, AppStatus, Lang, RestoreArgs, RestoreReport, SnapshotInfo};

delegate! {
    list_backups() -> Vec<SnapshotInfo>;
    backup_now() -> SnapshotInfo;
}

delegate! {
    restore_backup(RestoreArgs) -> RestoreReport;
}

/// Arguments of `restore_damaged_database`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct RestoreDamagedArgs {
    /// The snapshot's name, as the list gives it (never a path).
    #[serde(deserialize_with = "plenary_api::bare_snapshot_name")]
    pub name: String,
    /// The language of messages (the app could not learn it from a database it could not open).
    pub lang: Lang,
}

/// Replaces a database that could not be opened by a snapshot and opens it in place; the
/// app's status afterwards.
#[tauri::command(async)]
pub fn restore_damaged_database(state: tauri::State<'_, AppState>, args: RestoreDamagedArgs) -> Result<AppStatus, ApiError> {
    state.restore_damaged_database(RestoreArgs { name: args.name }, args.lang)
}

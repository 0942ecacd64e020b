//! Commands about the app itself.

use super::delegate;
use crate::error::AppState;
use plenary_api::{AppStatus, CheckReport, LanguageArgs};

delegate! {
    change_language(LanguageArgs) -> ();
}

delegate! {
    check() -> CheckReport;
}

/// Which database is open, or why it could not be. Off the main thread: it waits for the
/// database to open, and the window keeps painting meanwhile.
#[tauri::command(async)]
pub fn app_status(state: tauri::State<'_, AppState>) -> AppStatus {
    state.status()
}

/// The UI calls this once its first screen is rendered; the time since start goes to the log,
/// where the startup measurement reads it.
#[tauri::command]
pub fn mark_first_paint(state: tauri::State<'_, AppState>) {
    eprintln!("plenary: first paint after {} ms", state.uptime_ms());
}

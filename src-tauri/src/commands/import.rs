//! Importing participants from a registration list. The file comes from a dialog opened here
//! and is remembered per meeting on this side: the webview sends only the person's choices
//! (mapping, answers about unknown values and duplicates), never a path.

use crate::dialogs::{FileKind, open_path};
use crate::error::AppState;
use plenary_api::core::DomainError;
use plenary_api::{Api, ApiError, ApiResult, Id, ImportFileArgs, ImportOptions, ImportPreview, ImportProgress, ImportReport, MeetingArgs};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

/// The file each meeting's import reads: chosen in `open_participants_import`, read again by
/// every preview and by the import.
#[derive(Default)]
pub struct ImportFiles(Mutex<HashMap<Id, PathBuf>>);

impl ImportFiles {
    fn remember(&self, meeting_id: &Id, path: PathBuf) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).insert(meeting_id.clone(), path);
    }

    /// The meeting's file, or an error naming the file as required (no dialog answered yet).
    fn path(&self, api: &Api, meeting_id: &Id) -> ApiResult<PathBuf> {
        let files = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        files.get(meeting_id).cloned().ok_or_else(|| ApiError::from_domain(DomainError::required("file"), api.language()))
    }
}

/// The person's choices for the file of a meeting.
#[derive(Debug, Clone, Deserialize)]
pub struct ImportChoicesArgs {
    /// The meeting the participants join.
    pub meeting_id: Id,
    /// The choices so far.
    #[serde(default)]
    pub options: ImportOptions,
}

/// The most progress messages a second: enough for a smooth bar, few enough that 70,000 rows
/// do not flood the webview.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(50);

fn spreadsheet_kind() -> FileKind<'static> {
    FileKind { name: "CSV, TSV, TXT, XLSX, ODS", extensions: &["csv", "tsv", "txt", "xlsx", "ods"] }
}

/// Asks which file to import, remembers it for the meeting, and previews it with the
/// suggested (or remembered) mapping. `None` when the person cancels.
#[tauri::command(async)]
pub fn open_participants_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    files: State<'_, ImportFiles>,
    args: MeetingArgs,
) -> Result<Option<ImportPreview>, ApiError> {
    let api = state.api()?;
    let title = api.language().pick("Import participants", "Importer des participants");
    let Some(path) = open_path(&app, title, spreadsheet_kind()) else { return Ok(None) };
    files.remember(&args.meeting_id, path.clone());
    api.preview_import(ImportFileArgs { meeting_id: args.meeting_id, path, options: ImportOptions::default() }).map(Some)
}

/// Reads the meeting's file again with the person's choices (`Api::preview_import`).
#[tauri::command(async)]
pub fn preview_participants_import(
    state: State<'_, AppState>,
    files: State<'_, ImportFiles>,
    args: ImportChoicesArgs,
) -> Result<ImportPreview, ApiError> {
    let api = state.api()?;
    let path = files.path(api, &args.meeting_id)?;
    api.preview_import(ImportFileArgs { meeting_id: args.meeting_id, path, options: args.options })
}

/// Imports the meeting's file with the person's choices, all rows or none
/// (`Api::import_participants_with_progress`), telling `on_progress` how far it has come.
#[tauri::command(async)]
pub fn import_participants(
    state: State<'_, AppState>,
    files: State<'_, ImportFiles>,
    args: ImportChoicesArgs,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportReport, ApiError> {
    let api = state.api()?;
    let path = files.path(api, &args.meeting_id)?;
    let mut throttle = Throttle::new(PROGRESS_INTERVAL);
    let mut report = |p: ImportProgress| {
        if throttle.ready(Instant::now(), p.done >= p.total) {
            // A closed window no longer listens; the import itself goes on and answers.
            let _ = on_progress.send(p);
        }
    };
    api.import_participants_with_progress(ImportFileArgs { meeting_id: args.meeting_id, path, options: args.options }, &mut report)
}

/// Lets a message through at most once per `interval`, and always the last one.
struct Throttle {
    interval: Duration,
    last: Option<Instant>,
}

impl Throttle {
    fn new(interval: Duration) -> Self {
        Throttle { interval, last: None }
    }

    fn ready(&mut self, now: Instant, last_message: bool) -> bool {
        let due = self.last.is_none_or(|at| now.duration_since(at) >= self.interval);
        if due || last_message {
            self.last = Some(now);
        }
        due || last_message
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_sent_at_most_twenty_times_a_second_and_always_at_the_end() {
        let start = Instant::now();
        let mut throttle = Throttle::new(PROGRESS_INTERVAL);
        // 70,000 rows over one second, a message per row.
        let sent = (1..=70_000u32)
            .filter(|&i| throttle.ready(start + Duration::from_micros(u64::from(i) * 1_000_000 / 70_000), i == 70_000))
            .count();
        assert!(sent <= 21, "one second of progress must give about 20 messages, not {sent}");
        assert!(sent >= 19, "the bar must still move every 50 ms: {sent} messages");
        let mut throttle = Throttle::new(PROGRESS_INTERVAL);
        assert!(throttle.ready(start, false), "the first message goes through");
        assert!(!throttle.ready(start, false), "a second one at once does not");
        assert!(throttle.ready(start, true), "the last one always does, so the bar reaches its end");
    }

    #[test]
    fn a_preview_before_any_file_is_chosen_names_the_file_as_required() {
        let db = std::env::temp_dir().join(format!("plenary-import-command-{}.db", std::process::id()));
        let api = Api::open(&db, plenary_api::Lang::En).expect("a new database in the temporary folder");
        let err = ImportFiles::default().path(&api, &Id::from("m1")).expect_err("no file was chosen");
        drop(api);
        let _ = std::fs::remove_file(&db);
        assert_eq!(err.field.as_deref(), Some("file"), "the error names the file: {err:?}");
    }
}

//! The agenda: the draft and released versions, releasing, changelogs, and exports whose
//! file is chosen in a save dialog opened here.

use super::delegate;
use crate::dialogs::{FileKind, save_path};
use crate::error::AppState;
use plenary_api::core::agenda::Agenda;
use plenary_api::{
    AgendaArgs, AgendaChangelog, AgendaChangelogArgs, AgendaVersion, ApiError, ExportResult, MeetingArgs, ReleaseAgendaArgs,
    ReleaseCheck, ReleasedAgenda, SaveAgendaArgs,
};
use tauri::{AppHandle, Runtime, State};

delegate! {
    agenda(AgendaArgs) -> Agenda;
    agenda_release_check(MeetingArgs) -> ReleaseCheck;
    release_agenda(ReleaseAgendaArgs) -> ReleasedAgenda;
    list_agenda_versions(MeetingArgs) -> Vec<AgendaVersion>;
    agenda_changelog(AgendaChangelogArgs) -> AgendaChangelog;
}

/// Asks where to save the agenda, offering a name that says what the file holds
/// (`Lagos-2025-agenda-Rev2-EN-FR.pdf`) and the format's filter, then writes it
/// (`Api::export_agenda`). `None` when the person cancels.
#[tauri::command(async)]
pub fn save_agenda<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: SaveAgendaArgs) -> Result<Option<ExportResult>, ApiError> {
    let api = state.api()?;
    let dialog = api.agenda_save_dialog(&args)?;
    let kind = FileKind { name: &dialog.filter_name, extensions: &[dialog.extension.as_str()] };
    let Some(path) = save_path(&app, &dialog.title, &dialog.file_name, kind) else { return Ok(None) };
    api.export_agenda(args.to_path(path)).map(Some)
}

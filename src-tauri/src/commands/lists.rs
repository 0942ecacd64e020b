//! Lists of participants, badges, tent cards and statistics tables: each asks where to save
//! in a dialog opened here (a path never comes from the webview), offering a name that says
//! what the file holds, then writes it. `None` when the person cancels.

use crate::dialogs::{FileKind, save_path};
use crate::error::AppState;
use plenary_api::{ApiError, ExportResult, SaveBadgesArgs, SaveDialog, SaveParticipantsArgs, SaveStatsArgs, SaveTentCardsArgs};
use std::path::PathBuf;
use tauri::{AppHandle, Runtime, State};

/// The file the person chose in the dialog `dialog` describes.
fn chosen<R: Runtime>(app: &AppHandle<R>, dialog: &SaveDialog) -> Option<PathBuf> {
    let kind = FileKind { name: &dialog.filter_name, extensions: &[dialog.extension.as_str()] };
    save_path(app, &dialog.title, &dialog.file_name, kind)
}

/// Saves the list of participants (`Api::export_participants`).
#[tauri::command(async)]
pub fn save_participants<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: SaveParticipantsArgs) -> Result<Option<ExportResult>, ApiError> {
    let api = state.api()?;
    let Some(path) = chosen(&app, &api.participants_save_dialog(&args)?) else { return Ok(None) };
    api.export_participants(args.to_path(path)).map(Some)
}

/// Saves the badges (`Api::export_badges`).
#[tauri::command(async)]
pub fn save_badges<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: SaveBadgesArgs) -> Result<Option<ExportResult>, ApiError> {
    let api = state.api()?;
    let Some(path) = chosen(&app, &api.badges_save_dialog(&args)?) else { return Ok(None) };
    api.export_badges(args.to_path(path)).map(Some)
}

/// Saves the tent cards (`Api::export_tent_cards`).
#[tauri::command(async)]
pub fn save_tent_cards<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: SaveTentCardsArgs) -> Result<Option<ExportResult>, ApiError> {
    let api = state.api()?;
    let Some(path) = chosen(&app, &api.tent_cards_save_dialog(&args)?) else { return Ok(None) };
    api.export_tent_cards(args.to_path(path)).map(Some)
}

/// Saves the statistics tables (`Api::export_stats`).
#[tauri::command(async)]
pub fn save_stats<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: SaveStatsArgs) -> Result<Option<ExportResult>, ApiError> {
    let api = state.api()?;
    let Some(path) = chosen(&app, &api.stats_save_dialog(&args)?) else { return Ok(None) };
    api.export_stats(args.to_path(path)).map(Some)
}

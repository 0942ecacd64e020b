//! The translation workflow: the worklist, translators' and reviewers' writes, the glossary,
//! and XLIFF files, whose paths come from dialogs opened here.

use super::delegate;
use crate::dialogs::{FileKind, open_path, save_path};
use crate::error::AppState;
use plenary_api::core::glossary::Term;
use plenary_api::{
    ApiError, ByIdArgs, ExportXliffArgs, GlossaryFinding, GlossaryTermInput, ImportXliffArgs, MeetingArgs, OpenXliffArgs,
    SaveXliffArgs, SetTextStateArgs, TranslateTextArgs, Worklist, WorklistArgs, WorklistItem, XliffExport, XliffImport,
};
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};
use tauri::{AppHandle, Runtime, State};

delegate! {
    translation_worklist(WorklistArgs) -> Worklist;
    translate_text(TranslateTextArgs) -> WorklistItem;
    set_text_state(SetTextStateArgs) -> WorklistItem;
    list_glossary(MeetingArgs) -> Vec<Term>;
    save_glossary_term(GlossaryTermInput) -> Term;
    delete_glossary_term(ByIdArgs) -> ();
    check_glossary(MeetingArgs) -> Vec<GlossaryFinding>;
}

fn xliff_kind() -> FileKind<'static> {
    FileKind { name: "XLIFF 2.0", extensions: &["xlf", "xliff"] }
}

/// The file the last `open_xliff` dialog chose. After a refusal the person may import "the
/// others" from the same file: the path stays on this side, the webview only says "again".
static LAST_OPENED: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Asks where to save the texts of a meeting to translate, then writes them as XLIFF 2.0
/// (`Api::export_xliff`). `None` when the person cancels.
#[tauri::command(async)]
pub fn save_xliff<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: SaveXliffArgs) -> Result<Option<XliffExport>, ApiError> {
    let api = state.api()?;
    let title = api.language().pick("Save the texts to translate", "Enregistrer les textes à traduire");
    let name = format!("plenary-{}-{}.xlf", args.source, args.source.other());
    let Some(path) = save_path(&app, title, &name, xliff_kind()) else { return Ok(None) };
    api.export_xliff(ExportXliffArgs { meeting_id: args.meeting_id, source: args.source, path }).map(Some)
}

/// Asks for a translated XLIFF file (or takes the one chosen last, with `same_file`), then
/// reads it back (`Api::import_xliff`). `None` when the person cancels.
#[tauri::command(async)]
pub fn open_xliff<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: OpenXliffArgs) -> Result<Option<XliffImport>, ApiError> {
    let api = state.api()?;
    let last = LAST_OPENED.lock().unwrap_or_else(PoisonError::into_inner).clone();
    let path = match last.filter(|_| args.same_file) {
        Some(path) => path,
        None => {
            let title = api.language().pick("Open a translated file", "Ouvrir un fichier traduit");
            let Some(path) = open_path(&app, title, xliff_kind()) else { return Ok(None) };
            *LAST_OPENED.lock().unwrap_or_else(PoisonError::into_inner) = Some(path.clone());
            path
        }
    };
    api.import_xliff(ImportXliffArgs { meeting_id: args.meeting_id, path, apply_partial: args.apply_partial }).map(Some)
}

//! The file dialogs, opened by the app's Rust side: a path reaches plenary-api only from a
//! dialog the person answered, never from the webview, so a script that got into the page
//! could not read or write a file of its choosing.
//!
//! For automated runs (the e2e suite drives the real app, and a native dialog cannot be
//! clicked through WebDriver), `PLENARY_SAVE_PATH` / `PLENARY_OPEN_PATH` in the app's
//! environment answer the dialog instead; the webview cannot set a process's environment.

use std::path::PathBuf;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// What a dialog offers to save or open.
pub struct FileKind<'a> {
    /// The filter's name ("PDF document").
    pub name: &'a str,
    /// Its extensions, without dots.
    pub extensions: &'a [&'a str],
}

/// Asks where to save a file, suggesting `file_name`; `None` when the person cancels.
/// Blocks until answered: call it from an async command, never the main thread.
pub fn save_path<R: Runtime>(app: &AppHandle<R>, title: &str, file_name: &str, kind: FileKind<'_>) -> Option<PathBuf> {
    if let Some(answer) = std::env::var_os("PLENARY_SAVE_PATH") {
        return Some(PathBuf::from(answer));
    }
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(kind.name, kind.extensions)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// Asks which file to open; `None` when the person cancels. Blocks like [`save_path`].
pub fn open_path<R: Runtime>(app: &AppHandle<R>, title: &str, kind: FileKind<'_>) -> Option<PathBuf> {
    if let Some(answer) = std::env::var_os("PLENARY_OPEN_PATH") {
        return Some(PathBuf::from(answer));
    }
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(kind.name, kind.extensions)
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

//! Plenary's desktop app: Tauri glue only. The window shows the UI in `ui/`; everything it
//! does goes through the commands in [`commands`], each a one-line delegation to plenary-api.

mod command_names;
pub mod commands;
pub mod dialogs;
pub mod error;

pub use command_names::COMMANDS;

use error::AppState;
use std::time::Instant;

/// The handlers of every command, with their names, so that a test can check them against
/// [`COMMANDS`] (from which build.rs makes the permissions).
macro_rules! handlers {
    ($($area:ident::$name:ident),* $(,)?) => {
        /// The names of the registered handlers.
        pub const HANDLERS: &[&str] = &[$(stringify!($name)),*];

        fn invoke_handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(commands::$area::$name),*]
        }
    };
}

handlers![
    app::change_language,
    app::check,
    app::app_status,
    app::mark_first_paint,
    backups::list_backups,
    backups::backup_now,
    backups::restore_backup,
    backups::restore_damaged_database,
    meetings::list_meetings,
    meetings::get_meeting,
    meetings::create_meeting,
    meetings::update_meeting,
    meetings::delete_meeting,
    meetings::set_meeting_dialogues,
    meetings::set_co_chairs,
    meetings::save_pillar,
    meetings::delete_pillar,
    meetings::save_room,
    meetings::delete_room,
    meetings::list_dialogues,
    meetings::create_dialogue,
    meetings::update_dialogue,
    meetings::delete_dialogue,
    meetings::meeting_stats,
    reference::list_organisations,
    reference::create_organisation,
    reference::update_organisation,
    reference::delete_organisation,
    reference::list_countries,
    delegations::list_delegations,
    delegations::get_delegation,
    delegations::create_delegation,
    delegations::update_delegation,
    delegations::delete_delegation,
    participants::list_participants,
    participants::get_participant,
    participants::create_participant,
    participants::update_participant,
    participants::delete_participant,
    participants::search,
    undo::undo,
    undo::redo,
    undo::undo_state,
    personal_data::personal_data_counts,
    personal_data::purge_personal_data,
    import::open_participants_import,
    import::preview_participants_import,
    import::import_participants,
    sessions::list_sessions,
    sessions::get_session,
    sessions::create_session,
    sessions::update_session,
    sessions::delete_session,
    sessions::set_session_people,
    sessions::save_agenda_item,
    sessions::delete_agenda_item,
    sessions::list_conflicts,
    agenda::agenda,
    agenda::agenda_release_check,
    agenda::release_agenda,
    agenda::list_agenda_versions,
    agenda::agenda_changelog,
    agenda::save_agenda,
    translation::translation_worklist,
    translation::translate_text,
    translation::set_text_state,
    translation::list_glossary,
    translation::save_glossary_term,
    translation::delete_glossary_term,
    translation::check_glossary,
    translation::save_xliff,
    translation::open_xliff,
    outcome::outcome_documents,
    outcome::outcome_document,
    outcome::create_outcome_document,
    outcome::delete_outcome_document,
    outcome::set_outcome_status,
    outcome::save_outcome_title,
    outcome::add_outcome_section,
    outcome::save_section_heading,
    outcome::delete_outcome_section,
    outcome::move_outcome_section,
    outcome::add_paragraph,
    outcome::save_paragraph_text,
    outcome::set_paragraph_state,
    outcome::move_paragraph,
    outcome::delete_paragraph,
    outcome::link_paragraph_session,
    outcome::place_fact,
    outcome::paragraph_history,
    outcome::session_notes,
    outcome::save_note,
    outcome::delete_note,
    outcome::note_to_paragraph,
    outcome::paragraph_comments,
    outcome::add_comment,
    outcome::resolve_comment,
    outcome::delete_comment,
    outcome::propose_amendment,
    outcome::decide_amendment,
    outcome::save_fact,
    outcome::delete_fact,
    outcome::outcome_revisions,
    outcome::save_revision,
    outcome::restore_revision,
    outcome::compare_revisions,
    outcome::save_outcome,
    lists::save_participants,
    lists::save_badges,
    lists::save_tent_cards,
    lists::save_stats,
];

/// Opens the database (the platform data directory, or `PLENARY_DB`) and runs the window.
pub fn run() {
    let started = Instant::now();
    let database = plenary_api::default_database_path().unwrap_or_else(|| "plenary.db".into());
    tauri::Builder::default()
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(database, started))
        .manage(commands::import::ImportFiles::default())
        .invoke_handler(invoke_handler())
        .setup(|app| {
            use tauri::Manager as _;
            // While WebKit starts: the commands wait for it (AppState::api).
            let opening = app.handle().clone();
            std::thread::spawn(move || opening.state::<AppState>().open());
            if let Some(window) = app.get_webview_window("main") {
                window.with_webview(lean_webview)?;
            }
            let handle = app.handle().clone();
            std::thread::spawn(move || snapshot_every(AUTO_SNAPSHOT, &handle));
            Ok(())
        })
        .build(tauri::generate_context!())
        .expect("the Plenary window could not start")
        .run(|app, event| {
            // The app is going away: the work of this session is snapshotted if it changed.
            if let tauri::RunEvent::Exit = event {
                snapshot(app, plenary_api::SnapshotReason::Close);
                checkpoint(app);
            }
        });
}

/// One page, loaded once, from the binary: WebKit's caches for browsing (recently visited
/// pages kept whole, a memory cache sized for many sites) hold nothing the app will use again.
/// GPU compositing stays on: turned off (HardwareAccelerationPolicy::Never) it halved the web
/// process's memory under Xvfb, but WebKitWebDriver's screenshots then hung after a restore.
#[cfg(target_os = "linux")]
fn lean_webview(webview: tauri::webview::PlatformWebview) {
    use webkit2gtk::{CacheModel, SettingsExt as _, WebContextExt as _, WebViewExt};
    let view = webview.inner();
    if let Some(context) = view.context() {
        context.set_cache_model(CacheModel::DocumentViewer);
    }
    if let Some(settings) = WebViewExt::settings(&view) {
        settings.set_enable_page_cache(false);
    }
}

#[cfg(not(target_os = "linux"))]
fn lean_webview(_webview: tauri::webview::PlatformWebview) {}

/// How often the data is snapshotted while it changes.
const AUTO_SNAPSHOT: std::time::Duration = std::time::Duration::from_secs(30 * 60);

/// Every `period`, a snapshot if the data changed since the last one.
fn snapshot_every<R: tauri::Runtime>(period: std::time::Duration, app: &tauri::AppHandle<R>) {
    loop {
        std::thread::sleep(period);
        snapshot(app, plenary_api::SnapshotReason::Auto);
    }
}

/// Leaves the database file whole on exit (the WAL moved into it).
fn checkpoint<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    use tauri::Manager as _;
    // A database that never opened has nothing to checkpoint. (No let-chain: Rust 1.85.)
    let state = app.state::<AppState>();
    let Ok(api) = state.api() else { return };
    if let Err(e) = api.checkpoint() {
        eprintln!("plenary: the checkpoint on exit failed: {}", e.message);
    }
}

/// A snapshot for `reason` if the data changed; a failure goes to the log (the next one
/// tries again), never to the person mid-work.
fn snapshot<R: tauri::Runtime>(app: &tauri::AppHandle<R>, reason: plenary_api::SnapshotReason) {
    use tauri::Manager as _;
    let state = app.state::<AppState>();
    let Ok(api) = state.api() else { return };
    match api.snapshot_if_changed(reason) {
        Ok(Some(info)) => eprintln!("plenary: snapshot {}", info.name),
        Ok(None) => {}
        Err(e) => eprintln!("plenary: the {} snapshot failed: {}", reason.as_str(), e.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_handler_has_a_permission_and_every_permission_a_handler() {
        let handlers: BTreeSet<&str> = HANDLERS.iter().copied().collect();
        let commands: BTreeSet<&str> = COMMANDS.iter().copied().collect();
        assert_eq!(handlers, commands, "src/command_names.rs and the handlers in lib.rs must list the same commands");
        assert_eq!(HANDLERS.len(), handlers.len(), "a handler is registered twice");
    }

    #[test]
    fn the_main_capability_grants_exactly_the_app_commands_and_core() {
        let text = include_str!("../capabilities/main.json");
        let json: serde_json::Value = serde_json::from_str(text).expect("capabilities/main.json is JSON");
        let granted: BTreeSet<String> = json["permissions"]
            .as_array()
            .expect("a permissions list")
            .iter()
            .map(|p| p.as_str().expect("permissions are plain identifiers, no scopes").to_owned())
            .collect();
        let mut expected: BTreeSet<String> = COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
        expected.insert("core:default".to_owned());
        // Dialogs are opened on the Rust side (src/dialogs.rs): the webview may not open one.
        assert_eq!(granted, expected, "the capability must grant the app's commands and core:default, nothing else");
        assert_eq!(json["windows"], serde_json::json!(["main"]), "the capability applies to the main window only");
    }

    #[test]
    fn the_csp_forbids_remote_origins_inline_scripts_and_eval() {
        let conf: serde_json::Value = serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json is JSON");
        let csp = &conf["app"]["security"]["csp"];
        assert_eq!(csp["default-src"], "'self'");
        assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost");
        let all = csp.to_string();
        for forbidden in ["unsafe-eval", "unsafe-inline", "http:", "https:", "*"] {
            let stripped = all.replace("http://ipc.localhost", "");
            assert!(!stripped.contains(forbidden), "the CSP must not allow {forbidden}: {all}");
        }
    }
}

//! Build step of the desktop app: Tauri's code generation, and one permission per command.

include!("src/command_names.rs");

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("Tauri build step failed");
}

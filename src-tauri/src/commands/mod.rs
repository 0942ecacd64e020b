//! The Tauri commands: each a one-line delegation to the plenary-api function of the same
//! name, with one typed `args` struct.

pub mod agenda;
pub mod app;
pub mod backups;
pub mod delegations;
pub mod lists;
pub mod import;
pub mod meetings;
pub mod outcome;
pub mod participants;
pub mod personal_data;
pub mod reference;
pub mod sessions;
pub mod translation;
pub mod undo;

/// Declares commands that delegate to the `Api` method of the same name. They run off the
/// main thread (`async`), so a long query never freezes the window.
macro_rules! delegate {
    ($( $name:ident($args:ty) -> $ret:ty; )*) => {
        $(
            #[doc = concat!("Delegates to `Api::", stringify!($name), "`.")]
            #[tauri::command(async)]
            pub fn $name(state: tauri::State<'_, crate::error::AppState>, args: $args) -> Result<$ret, plenary_api::ApiError> {
                state.api()?.$name(args)
            }
        )*
    };
    ($( $name:ident() -> $ret:ty; )*) => {
        $(
            #[doc = concat!("Delegates to `Api::", stringify!($name), "`.")]
            #[tauri::command(async)]
            pub fn $name(state: tauri::State<'_, crate::error::AppState>) -> Result<$ret, plenary_api::ApiError> {
                state.api()?.$name()
            }
        )*
    };
}
pub(crate) use delegate;

//! What the app knows of its own start: which database, and why it could not be opened.

use plenary_api::{Api, ApiResult, AppStatus, Lang};
use std::path::PathBuf;
use std::time::Instant;

/// The app's state: the API over the open database, or the reason it could not be opened
/// (a damaged file, a newer schema), which every command then reports to the UI.
pub struct AppState {
    api: ApiResult<Api>,
    database: PathBuf,
    started: Instant,
}

impl AppState {
    /// Opens the database at `database`; a new, empty one gets the Lagos demo meeting so that
    /// the app is never empty on first start.
    pub fn open(database: PathBuf, started: Instant) -> Self {
        let api = Api::open(&database, Lang::En).and_then(|api| {
            if api.list_meetings()?.is_empty() {
                api.demo()?;
            }
            Ok(api)
        });
        AppState { api, database, started }
    }

    /// The API, or the error that kept the database closed.
    pub fn api(&self) -> ApiResult<&Api> {
        self.api.as_ref().map_err(Clone::clone)
    }

    /// The app's start, for the UI.
    pub fn status(&self) -> AppStatus {
        AppStatus {
            database: self.database.display().to_string(),
            error: self.api.as_ref().err().cloned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }

    /// Milliseconds since the process started.
    pub fn uptime_ms(&self) -> u128 {
        self.started.elapsed().as_millis()
    }
}

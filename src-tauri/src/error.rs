//! What the app knows of its own start: which database, and why it could not be opened.

use plenary_api::{Api, ApiError, ApiResult, AppStatus, ErrorCode, Lang, RestoreArgs, core::DomainError};
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, OnceLock, PoisonError, RwLock};
use std::time::Instant;

/// The app's state: the API over the open database, or the reason it could not be opened
/// (a damaged file, a newer schema), which every command then reports to the UI. A damaged
/// database replaced by a snapshot is opened in place, without restarting the app: the API
/// is set once it opens, and every command sees it from then on.
///
/// The database is opened on a thread of its own while WebKit starts its processes and
/// loads the UI: on a large file its check takes as long as that start, and neither needs
/// the other. Every use of the API waits for the opening to end.
pub struct AppState {
    api: OnceLock<Api>,
    error: RwLock<Option<ApiError>>,
    /// Whether the first opening has ended (with the API or an error).
    opened: Mutex<bool>,
    opened_signal: Condvar,
    /// Held while a damaged database is being replaced, so that two restores cannot race.
    replacing: Mutex<()>,
    database: PathBuf,
    started: Instant,
}

impl AppState {
    /// The state of the database at `database`, not yet opened: [`AppState::open`] opens it,
    /// and every use of the API waits until then.
    pub fn new(database: PathBuf, started: Instant) -> Self {
        AppState {
            api: OnceLock::new(),
            error: RwLock::new(None),
            opened: Mutex::new(false),
            opened_signal: Condvar::new(),
            replacing: Mutex::new(()),
            database,
            started,
        }
    }

    /// Opens the database; a new, empty one gets the Lagos demo meeting so that the app is
    /// never empty on first start. Those waiting for the API go on once it ends.
    pub fn open(&self) {
        let begun = Instant::now();
        match Self::open_api(&self.database, Lang::En) {
            Ok(api) => {
                let _ = self.api.set(api);
            }
            Err(e) => *self.error.write().unwrap_or_else(PoisonError::into_inner) = Some(e),
        }
        eprintln!("plenary: database opened in {} ms", begun.elapsed().as_millis());
        *self.opened.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.opened_signal.notify_all();
    }

    /// Returns once the first opening has ended.
    fn wait_opened(&self) {
        let mut opened = self.opened.lock().unwrap_or_else(PoisonError::into_inner);
        while !*opened {
            opened = self.opened_signal.wait(opened).unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn open_api(database: &std::path::Path, lang: Lang) -> ApiResult<Api> {
        Api::open(database, lang).and_then(|api| {
            if api.list_meetings()?.is_empty() {
                api.demo()?;
            }
            Ok(api)
        })
    }

    /// The API, or the error that kept the database closed.
    pub fn api(&self) -> ApiResult<&Api> {
        self.wait_opened();
        self.api.get().ok_or_else(|| self.error().unwrap_or_else(|| ApiError::from_domain(DomainError::new(ErrorCode::Storage).field("database"), Lang::En)))
    }

    fn error(&self) -> Option<ApiError> {
        self.error.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// The app's start, for the UI: with the snapshots that can replace a database that could
    /// not be opened.
    pub fn status(&self) -> AppStatus {
        self.wait_opened();
        let error = if self.api.get().is_some() { None } else { self.error() };
        let snapshots = match &error {
            Some(_) => plenary_api::list_snapshots(&self.database, Lang::En).unwrap_or_default(),
            None => Vec::new(),
        };
        AppStatus { database: self.database.display().to_string(), error, version: env!("CARGO_PKG_VERSION").to_owned(), snapshots }
    }

    /// Replaces the database that could not be opened by the snapshot `args.name` (the
    /// damaged file is kept as `.damaged`) and opens it; with a database already open, this
    /// is an ordinary restore.
    pub fn restore_damaged_database(&self, args: RestoreArgs, lang: Lang) -> ApiResult<AppStatus> {
        self.wait_opened();
        let _one_at_a_time = self.replacing.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(api) = self.api.get() {
            api.restore_backup(args)?;
            return Ok(self.status());
        }
        let api = plenary_api::restore_damaged(&self.database, &args.name, lang)?;
        // Held under `replacing`, so the API cannot have been set meanwhile.
        let _ = self.api.set(api);
        *self.error.write().unwrap_or_else(PoisonError::into_inner) = None;
        Ok(self.status())
    }

    /// Milliseconds since the process started.
    pub fn uptime_ms(&self) -> u128 {
        self.started.elapsed().as_millis()
    }
}

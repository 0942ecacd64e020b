//! Plenary's use cases: the one command surface shared by the desktop app and the CLI.
//!
//! Every function takes one typed `args` struct and returns a DTO or an [`ApiError`]
//! (`{code, message, field?, row?}`, the message in the user's language). Each write runs in
//! one transaction: a refused input changes nothing. This crate knows no Tauri; the desktop
//! crate's commands are one-line delegations to the functions of the same name here.

mod agenda;
mod backups;
pub mod bindings;
mod check;
mod countries;
mod delegations;
mod demo;
mod dialogues;
pub mod error;
mod files;
pub mod ids;
mod import;
mod meetings;
mod organisations;
mod outcome;
mod participants;
mod participants_export;
mod purge;
mod search;
mod snapshot_name;
mod sessions;
mod stats;
mod text_input;
mod translation;
mod undo;

pub use agenda::{
    AgendaArgs, AgendaChangelog, AgendaChangelogArgs, AgendaVersion, ChangeEntry, ExportAgendaArgs, ExportFormat, ExportResult,
    ReleaseAgendaArgs, ReleaseCheck, ReleasedAgenda, SaveAgendaArgs, SaveDialog,
};
pub use backups::{RestoreArgs, RestoreReport, SnapshotContents, SnapshotInfo, SnapshotMeeting, SnapshotReason, list_snapshots, restore_damaged, snapshot_time_in};
pub use check::CheckReport;
pub use countries::{CountryDto, ListCountriesArgs};
pub use delegations::{DelegationInput, ListDelegationsArgs, UpdateDelegationArgs};
pub use demo::{DEFAULT_SEED, DemoResult, ScaleSpec};
pub use dialogues::{DialogueInput, UpdateDialogueArgs};
pub use error::{ApiError, ApiResult};
pub use import::{
    CountryChoice, DuplicateAction, DuplicateChoice, Field, ImportDuplicate, ImportFileArgs, ImportIssue, ImportOptions, ImportPreview,
    ImportProgress, ImportReport, NewDelegation, OrganisationChoice, PreviewColumn, PreviewRow, UnknownValue,
};
pub use meetings::{
    MeetingDetail, MeetingInput, MeetingSummary, PillarInput, RoomInput, SetCoChairsArgs, SetMeetingDialoguesArgs,
    UpdateMeetingArgs,
};
pub use organisations::{OrganisationInput, UpdateOrganisationArgs};
pub use outcome::{
    AddCommentArgs, AddParagraphArgs, AddSectionArgs, AmendmentView, CommentArgs, CompareArgs, CreateOutcomeArgs, DecideAmendmentArgs,
    DocumentArgs, ExportOutcomeArgs, FactArgs, HistoryEntry, HistoryKind, LangDiff, LinkArgs, MoveArgs, MoveParagraphArgs, NoteArgs, NoteToParagraphArgs,
    OutcomeDraft, ParagraphArgs, ParagraphLabel, ProposeAmendmentArgs, ResolveCommentArgs, RevisionArgs, SaveFactArgs, SaveNoteArgs,
    SaveOutcomeArgs, SaveRevisionArgs, SaveTextArgs, SectionArgs, SetParagraphStateArgs, SetStatusArgs, UnbalancedBrackets,
};
pub use participants_export::{
    BadgeLayout, ExportBadgesArgs, ExportParticipantsArgs, ExportStatsArgs, ExportTentCardsArgs, ListFormat, SaveBadgesArgs,
    SaveParticipantsArgs, SaveStatsArgs, SaveTentCardsArgs, StatsFormat,
};
pub use purge::PersonalDataCounts;
pub use participants::{ListParticipantsArgs, ParticipantInput, ParticipantPage, UpdateParticipantArgs};
pub use search::SearchArgs;
pub use snapshot_name::bare_snapshot_name;
pub use sessions::{AgendaItemInput, SessionInput, SessionPersonInput, SetSessionPeopleArgs, UpdateSessionArgs};
pub use stats::{StatsArgs, StatsDto};
pub use translation::{
    ExportXliffArgs, GlossaryFinding, GlossaryTermInput, ImportXliffArgs, OpenXliffArgs, Progress, RefusedUnit, SaveXliffArgs,
    SetTextStateArgs, SideStatus, StateCount, TranslateTextArgs, Worklist, WorklistArgs, WorklistFilter, WorklistItem,
    XliffExport, XliffImport,
};

pub use undo::{UndoOutcome, UndoState};

pub use plenary_core::{self as core, ErrorCode, Id, Lang};
pub use plenary_export::{Languages, Layout, OutcomeFormat};
pub use plenary_store::{
    Comment, CommentCount, DelegationRow, Hit, Note, OutcomeSummary, ParticipantFilter, ParticipantRow, Problem, RevisionSummary,
    SessionNotes, SessionPerson, SessionRow,
};

use ids::IdGen;
use plenary_core::clock::{Clock, SystemClock};
use plenary_store::{Db, Store, StoreError};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

/// The API over one open database.
pub struct Api {
    store: Mutex<Store>,
    ids: Box<dyn IdGen>,
    lang: RwLock<Lang>,
    /// What this run's writes changed, for undo and redo.
    history: Mutex<undo::History>,
}

/// A reference to one row by id.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ByIdArgs {
    /// The row's id.
    pub id: Id,
}

/// Arguments of `change_language`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct LanguageArgs {
    /// The language of messages and labels from now on.
    pub lang: Lang,
}

/// The database Plenary opens when none is named: `PLENARY_DB` if set, else `plenary.db` in
/// a `plenary` folder of the platform's data directory (`~/.local/share` on Linux). The app
/// and the command line share it.
pub fn default_database_path() -> Option<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("PLENARY_DB").filter(|p| !p.is_empty()) {
        return Some(path.into());
    }
    dirs::data_dir().map(|d| d.join("plenary").join("plenary.db"))
}

/// What the app shows of its start: which database is open, or why it could not be.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AppStatus {
    /// The database file in use.
    pub database: String,
    /// Why it could not be opened, if it could not.
    pub error: Option<ApiError>,
    /// When it could not be opened: the snapshots that can replace it, newest first.
    pub snapshots: Vec<SnapshotInfo>,
    /// Plenary's version.
    pub version: String,
}

/// A reference to one meeting.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingArgs {
    /// The meeting's id.
    pub meeting_id: Id,
}

impl Api {
    /// Opens the database at `path` (creating it) with the system clock and UUID v7 ids;
    /// messages are in `lang`, including those of a refused database.
    pub fn open(path: &Path, lang: Lang) -> ApiResult<Api> {
        Self::open_with(path, lang, Arc::new(SystemClock), Box::new(ids::UuidV7))
    }

    /// Opens the database at `path` with an injected clock and id generator (for tests).
    pub fn open_with(path: &Path, lang: Lang, clock: Arc<dyn Clock>, ids: Box<dyn IdGen>) -> ApiResult<Api> {
        let store = Store::open_with_clock(path, clock).map_err(|e| ApiError::from_store(e, lang))?;
        Ok(Self::with_store(store, lang, ids))
    }

    /// Wraps an open store.
    pub fn with_store(store: Store, lang: Lang, ids: Box<dyn IdGen>) -> Api {
        Api { store: Mutex::new(store), ids, lang: RwLock::new(lang), history: Mutex::default() }
    }

    /// The language of error messages and labels.
    pub fn language(&self) -> Lang {
        *self.lang.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sets the language of error messages and labels.
    pub fn set_language(&self, lang: Lang) {
        *self.lang.write().unwrap_or_else(PoisonError::into_inner) = lang;
    }

    pub(crate) fn new_id(&self) -> Id {
        self.ids.next_id()
    }

    pub(crate) fn read<T>(&self, f: impl FnOnce(&Db<'_>) -> Result<T, StoreError>) -> ApiResult<T> {
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        store.read(f).map_err(|e| ApiError::from_store(e, self.language()))
    }

    /// Runs one write transaction and records what it changed for undo.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Db<'_>) -> Result<T, StoreError>) -> ApiResult<T> {
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        let (out, changes) = store.write_recorded(f).map_err(|e| ApiError::from_store(e, self.language()))?;
        let name = |subject: &mut undo::Subject| undo::name_from_data(&store, subject);
        self.history.lock().unwrap_or_else(PoisonError::into_inner).record(changes, &name);
        Ok(out)
    }

    /// Runs one write transaction too large to record (an import): it is not undoable, and
    /// once it has changed the data the history no longer fits it and is forgotten.
    pub(crate) fn write_unrecorded<T>(&self, f: impl FnOnce(&Db<'_>) -> Result<T, StoreError>) -> ApiResult<T> {
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        let out = store.write(f).map_err(|e| ApiError::from_store(e, self.language()))?;
        self.forget_undo();
        Ok(out)
    }

    pub(crate) fn fail<T>(&self, err: plenary_core::DomainError) -> ApiResult<T> {
        Err(ApiError::from_domain(err, self.language()))
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> ApiResult<u32> {
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        store.schema_version().map_err(|e| ApiError::from_store(e, self.language()))
    }

    /// Sets the language of messages and labels (the UI calls this when the user switches).
    pub fn change_language(&self, args: LanguageArgs) -> ApiResult<()> {
        self.set_language(args.lang);
        Ok(())
    }

    /// SQLite's full integrity check of the open file: `ok` or the problems.
    pub fn integrity_check(&self) -> ApiResult<String> {
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        store.integrity_check().map_err(|e| ApiError::from_store(e, self.language()))
    }
}

//! Undo and redo of this run's edits.
//!
//! Every write of the API records the rows it changed ([`plenary_store::Changes`]) as one
//! entry of an in-memory history; undo puts those rows back as they were, redo puts them
//! forward again, each in one transaction that first checks the rows are still as recorded.
//! The history lives as long as the app runs and is bounded; writes too large to record
//! (imports, restores, purges) forget it.

mod subject;

use crate::{Api, ApiError, ApiResult};
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use plenary_store::{Changes, Store};
use serde::Serialize;
use std::sync::PoisonError;
use std::time::{Duration, Instant};
pub(crate) use subject::Subject;
use subject::UndoAction;

/// At most this many entries are kept; the oldest go first.
const MAX_ENTRIES: usize = 200;
/// At most this many bytes of recorded rows are kept (a few large deletes of meetings).
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Saves of the same rows closer together than this are one entry: an autosaved text is
/// undone as a whole, not keystroke by keystroke.
const MERGE_WINDOW: Duration = Duration::from_secs(5);

/// What can be undone and redone now, each described in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct UndoState {
    /// What Undo would undo ("delete participant Amina Bello"), if anything.
    pub undo: Option<String>,
    /// What Redo would redo, if anything.
    pub redo: Option<String>,
}

/// What an undo or a redo did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct UndoOutcome {
    /// The entry undone or redone, described in the user's language.
    pub done: String,
    /// The kind of row it was about (`participant`, `session`, `meeting`…), if known.
    pub kind: Option<String>,
    /// That row's id, if known.
    pub id: Option<String>,
    /// Whether that row no longer exists now (its creation undone, or its deletion redone).
    pub removed: bool,
    /// What can be undone and redone after it.
    pub state: UndoState,
}

/// One entry: the rows a write changed, and what it was.
struct Entry {
    changes: Changes,
    subject: Subject,
}

/// The undo and redo stacks of one open database.
#[derive(Default)]
pub(crate) struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    /// When the top entry of `undo` was last recorded by a write (not put back by a redo).
    last_write: Option<Instant>,
}

impl History {
    /// Records what a write changed: a new entry (or, for a save of the same rows moments
    /// after the last one, part of it); whatever was undone can no longer be redone.
    pub(crate) fn record(&mut self, changes: Changes, name: &dyn Fn(&mut Subject)) {
        if changes.is_empty() {
            return;
        }
        self.redo.clear();
        let now = Instant::now();
        let recent = self.last_write.is_some_and(|t| now.duration_since(t) < MERGE_WINDOW);
        match self.undo.last_mut() {
            Some(top) if recent && changes.only_updates() && top.changes.only_updates() && same_rows(&top.changes, &changes) => {
                top.changes.append(changes);
                top.subject = Subject::of(&top.changes);
                name(&mut top.subject);
            }
            _ => {
                let mut subject = Subject::of(&changes);
                name(&mut subject);
                self.undo.push(Entry { changes, subject });
            }
        }
        self.last_write = Some(now);
        self.trim();
    }

    /// Forgets everything.
    pub(crate) fn clear(&mut self) {
        *self = History::default();
    }

    fn trim(&mut self) {
        let mut bytes: usize = self.undo.iter().chain(&self.redo).map(|e| e.changes.size()).sum();
        while self.undo.len() > 1 && (self.undo.len() > MAX_ENTRIES || bytes > MAX_BYTES) {
            let oldest = self.undo.remove(0);
            bytes -= oldest.changes.size();
        }
    }

    fn state(&self, lang: Lang) -> UndoState {
        UndoState {
            undo: self.undo.last().map(|e| e.subject.describe(lang)),
            redo: self.redo.last().map(|e| e.subject.describe(lang)),
        }
    }
}

/// Whether a save wrote a text the previous one wrote (the same text autosaved again, maybe
/// with its paragraph's state along). Other edits of one row stay apart: a name corrected,
/// then a phone number, are two things to undo.
fn same_rows(earlier: &Changes, later: &Changes) -> bool {
    let earlier = earlier.keys();
    later.keys().iter().any(|k| k.0 == "texts" && earlier.contains(k))
}

/// Names a subject whose name is not among the rows changed from the data as it now is.
pub(crate) fn name_from_data(store: &Store, subject: &mut Subject) {
    let Some((table, id)) = subject.unnamed() else { return };
    let id = Id::new(id);
    let named = store.read(|db| {
        if table == "participants" {
            let p = db.participant(&id)?.participant;
            let name = format!("{} {}", p.given_name, p.family_name);
            return Ok(Some((name.clone(), name, false)));
        }
        for field in ["title", "heading", "name", "text"] {
            let text = db.text(&id, field)?;
            if !text.en.text.is_empty() || !text.fr.text.is_empty() {
                return Ok(Some((text.en.text, text.fr.text, true)));
            }
        }
        Ok(None)
    });
    // A name that cannot be read leaves the description without one.
    if let Ok(Some((en, fr, quote))) = named {
        subject.set_name(en, fr, quote);
    }
}

/// Which way to go through the history.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    Undo,
    Redo,
}

impl Api {
    /// What can be undone and redone now.
    pub fn undo_state(&self) -> ApiResult<UndoState> {
        Ok(self.history().state(self.language()))
    }

    /// Undoes the latest edit not yet undone. Refused, with nothing changed, when there is
    /// none or when its rows changed since (outside this history).
    pub fn undo(&self) -> ApiResult<UndoOutcome> {
        self.step(Way::Undo)
    }

    /// Redoes the latest edit undone, with the same checks as [`Api::undo`].
    pub fn redo(&self) -> ApiResult<UndoOutcome> {
        self.step(Way::Redo)
    }

    /// Forgets the history: after a write that was not recorded (an import, a restore, a
    /// purge), the recorded rows no longer describe the data.
    pub(crate) fn forget_undo(&self) {
        self.history().clear();
    }

    fn step(&self, way: Way) -> ApiResult<UndoOutcome> {
        let lang = self.language();
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        let mut history = self.history();
        let entry = match way {
            Way::Undo => history.undo.pop(),
            Way::Redo => history.redo.pop(),
        };
        let Some(entry) = entry else {
            return Err(ApiError::from_domain(DomainError::new(ErrorCode::NothingToUndo).field("history"), lang));
        };
        let applied = match way {
            Way::Undo => store.undo_changes(&entry.changes),
            Way::Redo => store.redo_changes(&entry.changes),
        };
        let done = entry.subject.describe(lang);
        if let Err(err) = applied {
            let err = match plenary_core::DomainError::from(err) {
                conflict if conflict.code == ErrorCode::UndoConflict => conflict.detail(done),
                other => other,
            };
            // Nothing changed: the entry stays where it was, to be tried again or dropped
            // by the next edit.
            match way {
                Way::Undo => history.undo.push(entry),
                Way::Redo => history.redo.push(entry),
            }
            return Err(ApiError::from_domain(err, lang));
        }
        let created = entry.subject.action == UndoAction::Create;
        let deleted = entry.subject.action == UndoAction::Delete;
        let removed = match way {
            Way::Undo => created,
            Way::Redo => deleted,
        };
        let outcome_subject = (entry.subject.kind().map(str::to_owned), entry.subject.id.clone());
        match way {
            Way::Undo => history.redo.push(entry),
            Way::Redo => history.undo.push(entry),
        }
        history.last_write = None;
        let state = history.state(lang);
        Ok(UndoOutcome { done, kind: outcome_subject.0, id: outcome_subject.1, removed, state })
    }

    fn history(&self) -> std::sync::MutexGuard<'_, History> {
        self.history.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

//! Named revisions: saving, listing, comparing any two (or one with the document as it is
//! now), and restoring one as a new revision without losing any.

use super::assemble::to_snapshot;
use super::{DocumentArgs, count, current, editable, snapshot};
use crate::agenda::{assemble, today_at_venue};
use crate::{Api, ApiResult};
use plenary_core::outcome::compare::{Comparison, compare};
use plenary_core::outcome::{OutcomeDocument, RevisionInfo};
use plenary_core::{DomainError, Id, limits};
use plenary_store::{Db, NewRevision, OutcomeRow, RevisionSummary, StoreError};
use serde::{Deserialize, Serialize};

/// The most characters a revision's name may hold.
const NAME: usize = 200;

/// Arguments of `save_revision`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveRevisionArgs {
    /// The document.
    pub document_id: Id,
    /// The name ("Rev.1", "Final draft"), unique in the document.
    pub name: String,
}

/// A reference to one revision.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct RevisionArgs {
    /// The revision.
    pub revision_id: Id,
}

/// Arguments of `compare_revisions`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct CompareArgs {
    /// The document.
    pub document_id: Id,
    /// The older revision; none for the document as it is now.
    #[serde(default)]
    pub from: Option<Id>,
    /// The newer revision; none for the document as it is now.
    #[serde(default)]
    pub to: Option<Id>,
}

/// Saves `doc` as a revision named `name`, dated today at the venue.
pub(crate) fn save_as(db: &Db<'_>, id: &Id, mut doc: OutcomeDocument, name: &str, automatic: bool) -> Result<RevisionSummary, StoreError> {
    let saved_on = today_at_venue(db, &assemble::header(db, &doc.meeting_id)?)?;
    let document_id = doc.id.clone();
    let new = NewRevision { id, document_id: &document_id, name, automatic, saved_on, paragraphs: count(doc.paragraph_count()) };
    db.insert_outcome_revision(&new, |number| {
        doc.revision = Some(RevisionInfo { number, name: name.to_owned(), saved_on });
        to_snapshot(&doc)
    })
}

/// Saves the document as it is now as a revision named `name`, dated today at the venue.
fn save(db: &Db<'_>, id: &Id, document_id: &Id, name: &str, automatic: bool) -> Result<RevisionSummary, StoreError> {
    save_as(db, id, current(db, document_id)?, name, automatic)
}

/// Saves a revision a person named, inside a transaction already open (the demo's).
pub(crate) fn save_named(db: &Db<'_>, id: &Id, document_id: &Id, name: &str) -> Result<RevisionSummary, StoreError> {
    save(db, id, document_id, name, false)
}

/// Saves a revision Plenary makes on its own (around a restore).
fn save_automatic(db: &Db<'_>, id: &Id, document_id: &Id, name: &str) -> Result<RevisionSummary, StoreError> {
    save(db, id, document_id, name, true)
}

/// The revision `id` of `document_id` as it was saved; refused when it is another
/// document's.
pub(crate) fn revision_of(db: &Db<'_>, document_id: &Id, id: &Id) -> Result<(RevisionSummary, OutcomeDocument), StoreError> {
    let owner = db.outcome_ref(OutcomeRow::Revision, id)?;
    if &owner.document_id != document_id {
        return Err(DomainError::invalid("revision", id.as_str()).into());
    }
    let (summary, json) = db.outcome_revision(id)?;
    let doc = snapshot(&json, summary.number)?;
    Ok((summary, doc))
}

/// A revision of `document_id`, or the document as it is now.
fn revision_or_now(db: &Db<'_>, document_id: &Id, id: Option<&Id>) -> Result<OutcomeDocument, StoreError> {
    match id {
        Some(id) => Ok(revision_of(db, document_id, id)?.1),
        None => current(db, document_id),
    }
}

/// Whether the document as it is now is what its newest revision holds.
fn newest_is_now(db: &Db<'_>, document_id: &Id) -> Result<bool, StoreError> {
    let Some((summary, json)) = db.newest_outcome_revision(document_id)? else { return Ok(false) };
    let mut newest = snapshot(&json, summary.number)?;
    newest.revision = None;
    Ok(newest == current(db, document_id)?)
}

impl Api {
    /// The revisions of a document, newest first.
    pub fn outcome_revisions(&self, args: DocumentArgs) -> ApiResult<Vec<RevisionSummary>> {
        self.read(|db| {
            db.outcome_ref(OutcomeRow::Document, &args.document_id)?;
            db.outcome_revisions(&args.document_id)
        })
    }

    /// Saves the document as it is now as a named revision, dated today at the venue. The
    /// name is required, up to 200 characters, and unique in the document (`duplicate`).
    pub fn save_revision(&self, args: SaveRevisionArgs) -> ApiResult<RevisionSummary> {
        let id = self.new_id();
        self.write(|db| {
            editable(db, OutcomeRow::Document, &args.document_id)?;
            let name = limits::required("revision_name", &args.name, NAME)?;
            save(db, &id, &args.document_id, &name, false)
        })
    }

    /// Compares two revisions of a document paragraph by paragraph, in both languages, with
    /// word-level differences; a missing end is the document as it is now.
    pub fn compare_revisions(&self, args: CompareArgs) -> ApiResult<Comparison> {
        self.read(|db| {
            let old = revision_or_now(db, &args.document_id, args.from.as_ref())?;
            let new = revision_or_now(db, &args.document_id, args.to.as_ref())?;
            Ok(compare(&old, &new))
        })
    }

    /// Restores a revision: the document as it is now is first saved as the automatic
    /// revision "Before restoring Rev.N" (unless the newest revision already holds it), the
    /// revision is written back (the same paragraphs under the same ids; those added since
    /// are removed, those deleted since come back), and the result is saved as the new
    /// revision "Rev.N restored". No revision is ever removed. Refused on an adopted document.
    pub fn restore_revision(&self, args: RevisionArgs) -> ApiResult<RevisionSummary> {
        let (before, after) = (self.new_id(), self.new_id());
        self.write(|db| {
            let document = editable(db, OutcomeRow::Revision, &args.revision_id)?;
            let (summary, target) = revision_of(db, &document.document_id, &args.revision_id)?;
            if !newest_is_now(db, &document.document_id)? {
                save_automatic(db, &before, &document.document_id, &format!("Before restoring Rev.{}", summary.number))?;
            }
            db.restore_outcome_document(&target)?;
            save_automatic(db, &after, &document.document_id, &format!("Rev.{} restored", summary.number))
        })
    }
}

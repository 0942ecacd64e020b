//! Outcome documents: drafting a meeting's documents in English and French, with numbered
//! paragraphs, rapporteurs' notes, comments and amendments from delegations, key figures and
//! quotes, named revisions that can be compared and restored, and their exports.
//!
//! Every write is one transaction and first refuses a document that is adopted (`locked`):
//! nothing of an adopted document changes, whatever the way in.

mod amendments;
mod assemble;
mod comments;
mod documents;
mod export;
mod facts;
mod history;
mod notes;
mod paragraphs;
pub(crate) mod revisions;
mod sections;

pub use amendments::{AmendmentView, DecideAmendmentArgs, LangDiff, ProposeAmendmentArgs};
pub use comments::{AddCommentArgs, CommentArgs, ResolveCommentArgs};
pub use documents::{CreateOutcomeArgs, OutcomeDraft, ParagraphLabel, SetStatusArgs, UnbalancedBrackets};
pub use export::{ExportOutcomeArgs, SaveOutcomeArgs};
pub use facts::{FactArgs, SaveFactArgs};
pub use history::{HistoryEntry, HistoryKind};
pub use notes::{NoteArgs, NoteToParagraphArgs, SaveNoteArgs};
pub use paragraphs::{AddParagraphArgs, LinkArgs, MoveParagraphArgs, SetParagraphStateArgs};
pub use revisions::{CompareArgs, RevisionArgs, SaveRevisionArgs};
pub use sections::{AddSectionArgs, MoveArgs, SectionArgs};

pub(crate) use assemble::{current, snapshot};

use plenary_core::{BilingualText, DomainError, Id, Lang};
use plenary_store::{Db, OutcomeRef, OutcomeRow, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A reference to one outcome document.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct DocumentArgs {
    /// The document.
    pub document_id: Id,
}

/// A reference to one paragraph.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ParagraphArgs {
    /// The paragraph.
    pub paragraph_id: Id,
}

/// One side of a text as an author types it (a title, a heading, a paragraph), saved as
/// the person types: an unchanged text is a no-op.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveTextArgs {
    /// The row the text belongs to (a document, a section or a paragraph).
    pub id: Id,
    /// The side written.
    pub lang: Lang,
    /// The text.
    pub text: String,
    /// Whether the person is translating the other side into this one (the UI says so for
    /// a side that was empty when they began typing in it). A translation does not put the
    /// other side in doubt, however many autosaves the typing takes; an author's edit does.
    #[serde(default)]
    #[ts(optional)]
    pub translation: Option<bool>,
}

/// The document the row `id` of kind `row` belongs to, refused with `locked` when it is
/// adopted. For writes that may turn out to change nothing (an unchanged text).
pub(crate) fn open_for_write(db: &Db<'_>, row: OutcomeRow, id: &Id) -> Result<OutcomeRef, StoreError> {
    let document = db.outcome_ref(row, id)?;
    document.status.check_editable()?;
    Ok(document)
}

/// [`open_for_write`], and the document is marked as changed now.
pub(crate) fn editable(db: &Db<'_>, row: OutcomeRow, id: &Id) -> Result<OutcomeRef, StoreError> {
    let document = open_for_write(db, row, id)?;
    db.touch_outcome_document(&document.document_id)?;
    Ok(document)
}

/// An author's edit of the side `lang` of `text` (the other side becomes stale), or a
/// translator's (`args.translation`: the other side stays as it is), checked against
/// `check`; `None` when the text is unchanged.
pub(crate) fn edited(
    mut text: BilingualText,
    args: &SaveTextArgs,
    check: impl FnOnce(&BilingualText) -> Result<(), DomainError>,
) -> Result<Option<BilingualText>, DomainError> {
    let (lang, value) = (args.lang, args.text.as_str());
    if text.get(lang) == value.trim() {
        return Ok(None);
    }
    if args.translation == Some(true) {
        text.translate(lang, value);
    } else {
        text.edit(lang, value);
    }
    check(&text)?;
    Ok(Some(text))
}

/// The rows whose texts can no longer change because their document is adopted: the
/// documents, sections, paragraphs and facts of a meeting's adopted documents.
pub(crate) fn locked_owners(db: &Db<'_>, meeting_id: &Id) -> Result<HashSet<Id>, StoreError> {
    let mut owners = HashSet::new();
    for summary in db.outcome_summaries(meeting_id)?.into_iter().filter(|s| s.status.is_locked()) {
        let doc = db.outcome_document(&summary.id)?;
        owners.extend(doc.numbered().into_iter().map(|n| n.paragraph.id.clone()));
        owners.extend(doc.sections.iter().map(|s| s.id.clone()));
        owners.extend(doc.facts.iter().map(|f| f.id.clone()));
        owners.insert(doc.id);
    }
    Ok(owners)
}

/// A count as the UI shows it.
pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

//! A meeting's documents: listing, creating, deleting, the status and the title; and the
//! document as the drafting screen shows it.

use super::amendments::{AmendmentView, views};
use super::revisions::save_as;
use super::{DocumentArgs, SaveTextArgs, current, edited, open_for_write};
use crate::{Api, ApiResult, MeetingArgs};
use plenary_core::outcome::brackets::unbalanced;
use plenary_core::outcome::{DocumentKind, DocumentStatus, OutcomeDocument};
use plenary_core::{BilingualText, DomainError, Id, Lang, limits};
use plenary_store::{CommentCount, Db, OutcomeRow, OutcomeSummary, StoreError};
use serde::{Deserialize, Serialize};

/// Arguments of `create_outcome_document`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct CreateOutcomeArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// What the document is for.
    pub kind: DocumentKind,
    /// Its English title.
    #[serde(default)]
    pub title_en: String,
    /// Its French title.
    #[serde(default)]
    pub title_fr: String,
}

/// Arguments of `set_outcome_status`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SetStatusArgs {
    /// The document.
    pub document_id: Id,
    /// Its new status.
    pub status: DocumentStatus,
}

/// A paragraph's number, as delegations cite it and as it is printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ParagraphLabel {
    /// The paragraph.
    pub paragraph_id: Id,
    /// "PP2", "OP5".
    pub reference: String,
    /// "5." for an operative paragraph; none for a preambular one.
    pub printed: Option<String>,
}

/// Brackets of one side of a paragraph that do not pair up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct UnbalancedBrackets {
    /// The paragraph.
    pub paragraph_id: Id,
    /// The side.
    pub lang: Lang,
    /// Where the stray brackets are, in characters from 0.
    pub offsets: Vec<u32>,
}

/// An outcome document as the drafting screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OutcomeDraft {
    /// The document as it is now.
    pub document: OutcomeDocument,
    /// Every paragraph's number, in reading order.
    pub labels: Vec<ParagraphLabel>,
    /// Every amendment to its paragraphs, oldest first.
    pub amendments: Vec<AmendmentView>,
    /// How many comments each commented paragraph has.
    pub comment_counts: Vec<CommentCount>,
    /// Brackets that do not pair up.
    pub unbalanced: Vec<UnbalancedBrackets>,
}

/// The numbers of a document's paragraphs.
pub(crate) fn labels(doc: &OutcomeDocument) -> Vec<ParagraphLabel> {
    doc.numbered()
        .iter()
        .map(|n| ParagraphLabel { paragraph_id: n.paragraph.id.clone(), reference: n.label().reference(), printed: n.label().printed() })
        .collect()
}

fn draft(db: &Db<'_>, document_id: &Id) -> Result<OutcomeDraft, StoreError> {
    let document = current(db, document_id)?;
    let labels = labels(&document);
    let amendments = views(&document, &labels, db.outcome_amendments(document_id)?);
    let mut brackets = Vec::new();
    for n in document.numbered() {
        for lang in Lang::ALL {
            let offsets = unbalanced(n.paragraph.text.get(lang));
            if !offsets.is_empty() {
                let offsets = offsets.into_iter().map(super::count).collect();
                brackets.push(UnbalancedBrackets { paragraph_id: n.paragraph.id.clone(), lang, offsets });
            }
        }
    }
    Ok(OutcomeDraft { labels, amendments, comment_counts: db.comment_counts(document_id)?, unbalanced: brackets, document })
}

/// Checks a title: each side within the limit, and at least one side written.
fn check_title(title: &BilingualText) -> Result<(), DomainError> {
    title.validate("title", limits::TITLE, true)
}

impl Api {
    /// The outcome documents of a meeting, in their order.
    pub fn outcome_documents(&self, args: MeetingArgs) -> ApiResult<Vec<OutcomeSummary>> {
        self.read(|db| db.outcome_summaries(&args.meeting_id))
    }

    /// A document as it is now, with its paragraphs' numbers, its amendments (each with its
    /// word diffs and whether the paragraph changed since), its comment counts and the
    /// brackets that do not pair up.
    pub fn outcome_document(&self, args: DocumentArgs) -> ApiResult<OutcomeDraft> {
        self.read(|db| draft(db, &args.document_id))
    }

    /// Creates a document (a draft) at the end of the meeting's list. The title must be
    /// written in at least one language.
    pub fn create_outcome_document(&self, args: CreateOutcomeArgs) -> ApiResult<OutcomeSummary> {
        let id = self.new_id();
        self.write(|db| {
            let title = crate::text_input::new(Some(&args.title_en), Some(&args.title_fr));
            check_title(&title)?;
            db.insert_outcome_document(&id, &args.meeting_id, args.kind, &title)?;
            db.outcome_summary(&id)
        })
    }

    /// Deletes a document with everything in it, revisions included. Refused on an adopted
    /// document: what a meeting adopted stays on record.
    pub fn delete_outcome_document(&self, args: DocumentArgs) -> ApiResult<()> {
        self.snapshot_before(crate::SnapshotReason::BulkDelete)?;
        self.write(|db| {
            open_for_write(db, OutcomeRow::Document, &args.document_id)?;
            db.delete_outcome_document(&args.document_id)
        })
    }

    /// Moves a document to another status (draft, under review, agreed; adopted once agreed).
    /// Adopting locks the text and saves it as the automatic revision "Adopted".
    pub fn set_outcome_status(&self, args: SetStatusArgs) -> ApiResult<OutcomeSummary> {
        let revision = self.new_id();
        self.write(|db| {
            let document = db.outcome_ref(OutcomeRow::Document, &args.document_id)?;
            document.status.check_transition(args.status)?;
            if document.status != args.status {
                // Read before the status changes: the facts paragraph is written from the data
                // one last time, and the revision "Adopted" freezes it.
                let adopted = (args.status == DocumentStatus::Adopted).then(|| current(db, &args.document_id)).transpose()?;
                db.set_outcome_status(&args.document_id, args.status)?;
                if let Some(doc) = adopted {
                    save_as(db, &revision, OutcomeDocument { status: args.status, ..doc }, "Adopted", true)?;
                }
            }
            db.outcome_summary(&args.document_id)
        })
    }

    /// An author's edit of one side of a document's title (the other side becomes stale).
    pub fn save_outcome_title(&self, args: SaveTextArgs) -> ApiResult<BilingualText> {
        self.write(|db| {
            open_for_write(db, OutcomeRow::Document, &args.id)?;
            let title = db.text(&args.id, "title")?;
            let Some(title) = edited(title.clone(), &args, check_title)? else { return Ok(title) };
            db.save_text("outcome_document", &args.id, "title", &title)?;
            db.touch_outcome_document(&args.id)?;
            Ok(title)
        })
    }
}

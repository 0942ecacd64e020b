//! Outcome documents of a meeting: the document rows, their summaries, and which document
//! any row of a document belongs to.

use crate::error::found;
use crate::outcome_positions::Group;
use crate::rows::{self, text_columns};
use crate::{Db, Result};
use plenary_core::outcome::{DocumentKind, DocumentStatus};
use plenary_core::{BilingualText, Id};
use rusqlite::{Row, params};
use serde::{Deserialize, Serialize};

/// A document as the list of a meeting's documents shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OutcomeSummary {
    /// The document.
    pub id: Id,
    /// What it is for.
    pub kind: DocumentKind,
    /// Where it stands.
    pub status: DocumentStatus,
    /// Its title.
    pub title: BilingualText,
    /// How many paragraphs it has.
    pub paragraphs: u32,
    /// How many amendments wait for a decision.
    pub pending_amendments: u32,
    /// How many named revisions it has.
    pub revisions: u32,
    /// When anything in it last changed (RFC 3339, UTC).
    pub updated_at: String,
}

/// The document a row belongs to, with what a write must check first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeRef {
    /// The document.
    pub document_id: Id,
    /// Its meeting.
    pub meeting_id: Id,
    /// Its status (an adopted document refuses every change).
    pub status: DocumentStatus,
}

/// The kinds of rows that belong to an outcome document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeRow {
    /// The document itself.
    Document,
    /// A section.
    Section,
    /// A paragraph.
    Paragraph,
    /// A key figure or quote.
    Fact,
    /// A comment on a paragraph.
    Comment,
    /// An amendment to a paragraph.
    Amendment,
    /// A named revision.
    Revision,
}

impl OutcomeRow {
    /// The field a not-found error names.
    fn field(self) -> &'static str {
        match self {
            OutcomeRow::Document => "document",
            OutcomeRow::Section => "section",
            OutcomeRow::Paragraph => "paragraph",
            OutcomeRow::Fact => "fact",
            OutcomeRow::Comment => "comment",
            OutcomeRow::Amendment => "amendment",
            OutcomeRow::Revision => "revision",
        }
    }

    fn sql(self) -> &'static str {
        match self {
            OutcomeRow::Document => "SELECT d.id, d.meeting_id, d.status FROM outcome_documents d WHERE d.id = ?1",
            OutcomeRow::Section => {
                "SELECT d.id, d.meeting_id, d.status FROM outcome_sections x JOIN outcome_documents d ON d.id = x.document_id WHERE x.id = ?1"
            }
            OutcomeRow::Paragraph => {
                "SELECT d.id, d.meeting_id, d.status FROM outcome_paragraphs x JOIN outcome_documents d ON d.id = x.document_id WHERE x.id = ?1"
            }
            OutcomeRow::Fact => {
                "SELECT d.id, d.meeting_id, d.status FROM outcome_facts x JOIN outcome_documents d ON d.id = x.document_id WHERE x.id = ?1"
            }
            OutcomeRow::Comment => {
                "SELECT d.id, d.meeting_id, d.status FROM outcome_comments x JOIN outcome_paragraphs p ON p.id = x.paragraph_id
                 JOIN outcome_documents d ON d.id = p.document_id WHERE x.id = ?1"
            }
            OutcomeRow::Amendment => {
                "SELECT d.id, d.meeting_id, d.status FROM outcome_amendments x JOIN outcome_paragraphs p ON p.id = x.paragraph_id
                 JOIN outcome_documents d ON d.id = p.document_id WHERE x.id = ?1"
            }
            OutcomeRow::Revision => {
                "SELECT d.id, d.meeting_id, d.status FROM outcome_revisions x JOIN outcome_documents d ON d.id = x.document_id WHERE x.id = ?1"
            }
        }
    }
}

const SUMMARY: &str = concat!(
    "SELECT d.id, d.kind, d.status, d.updated_at,
            (SELECT count(*) FROM outcome_paragraphs p WHERE p.document_id = d.id),
            (SELECT count(*) FROM outcome_amendments a JOIN outcome_paragraphs p ON p.id = a.paragraph_id
              WHERE p.document_id = d.id AND a.status = 'proposed'),
            (SELECT count(*) FROM outcome_revisions r WHERE r.document_id = d.id), ",
    text_columns!("t"),
    " FROM outcome_documents d LEFT JOIN texts t ON t.owner_id = d.id AND t.field = 'title'"
);

fn summary(r: &Row<'_>) -> rusqlite::Result<OutcomeSummary> {
    let count = |i: usize| -> rusqlite::Result<u32> { Ok(u32::try_from(r.get::<_, i64>(i)?).unwrap_or(u32::MAX)) };
    Ok(OutcomeSummary {
        id: rows::id(r, 0)?,
        kind: rows::parsed(r, 1, DocumentKind::parse)?,
        status: rows::parsed(r, 2, DocumentStatus::parse)?,
        updated_at: r.get(3)?,
        paragraphs: count(4)?,
        pending_amendments: count(5)?,
        revisions: count(6)?,
        title: rows::text(r, 7)?,
    })
}

impl Db<'_> {
    /// Creates a document at the end of its meeting's list, with its title.
    pub fn insert_outcome_document(&self, id: &Id, meeting_id: &Id, kind: DocumentKind, title: &BilingualText) -> Result<()> {
        self.meeting(meeting_id)?;
        let position = self.group_ids(Group::Documents(meeting_id))?.len();
        self.conn.execute(
            "INSERT INTO outcome_documents (id, meeting_id, kind, status, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?5)",
            params![id.as_str(), meeting_id.as_str(), kind.as_str(), i64::try_from(position).unwrap_or(i64::MAX), self.now],
        )?;
        self.save_text("outcome_document", id, "title", title)
    }

    /// The documents of a meeting, in their order.
    pub fn outcome_summaries(&self, meeting_id: &Id) -> Result<Vec<OutcomeSummary>> {
        self.meeting(meeting_id)?;
        let mut stmt = self.conn.prepare_cached(&format!("{SUMMARY} WHERE d.meeting_id = ?1 ORDER BY d.position, d.created_at, d.id"))?;
        Ok(stmt.query_map([meeting_id.as_str()], summary)?.collect::<rusqlite::Result<_>>()?)
    }

    /// One document's summary.
    pub fn outcome_summary(&self, id: &Id) -> Result<OutcomeSummary> {
        let mut stmt = self.conn.prepare_cached(&format!("{SUMMARY} WHERE d.id = ?1"))?;
        found(stmt.query_row([id.as_str()], summary), "document", id.as_str())
    }

    /// The document the row `id` of kind `row` belongs to; not found names the row's kind.
    pub fn outcome_ref(&self, row: OutcomeRow, id: &Id) -> Result<OutcomeRef> {
        let mut stmt = self.conn.prepare_cached(row.sql())?;
        let result = stmt.query_row([id.as_str()], |r| {
            Ok(OutcomeRef { document_id: rows::id(r, 0)?, meeting_id: rows::id(r, 1)?, status: rows::parsed(r, 2, DocumentStatus::parse)? })
        });
        found(result, row.field(), id.as_str())
    }

    /// Sets a document's status.
    pub fn set_outcome_status(&self, id: &Id, status: DocumentStatus) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE outcome_documents SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.as_str(), status.as_str(), self.now],
        )?;
        if changed == 0 {
            return Err(plenary_core::DomainError::not_found("document", id.as_str()).into());
        }
        Ok(())
    }

    /// Records that something in the document changed now.
    pub fn touch_outcome_document(&self, id: &Id) -> Result<()> {
        self.conn.execute("UPDATE outcome_documents SET updated_at = ?2 WHERE id = ?1", params![id.as_str(), self.now])?;
        Ok(())
    }

    /// Deletes a document with everything in it (sections, paragraphs, facts, comments,
    /// amendments, revisions and their texts), and closes the gap in its meeting's list.
    pub fn delete_outcome_document(&self, id: &Id) -> Result<()> {
        let meeting: String = found(
            self.conn.query_row("SELECT meeting_id FROM outcome_documents WHERE id = ?1", [id.as_str()], |r| r.get(0)),
            "document",
            id.as_str(),
        )?;
        self.conn.execute("DELETE FROM outcome_documents WHERE id = ?1", [id.as_str()])?;
        self.renumber(Group::Documents(&Id::new(meeting)))
    }
}

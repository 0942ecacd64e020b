//! Comments on the paragraphs of an outcome document.

use crate::error::found;
use crate::outcome_documents::OutcomeRow;
use crate::sessions::MeetingRow;
use crate::rows::{self, delegation_joins, delegation_names};
use crate::{Db, Result};
use plenary_core::agenda::NamePair;
use plenary_core::{DomainError, Id};
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// A comment on a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Comment {
    /// The comment.
    pub id: Id,
    /// The paragraph it is on.
    pub paragraph_id: Id,
    /// Who wrote it.
    pub author: String,
    /// The name of the delegation it was made for, if any.
    pub delegation: Option<NamePair>,
    /// That delegation.
    pub delegation_id: Option<Id>,
    /// What it says.
    pub body: String,
    /// Whether it has been dealt with.
    pub resolved: bool,
    /// When it was written (RFC 3339, UTC).
    pub created_at: String,
}

/// How many comments a paragraph has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CommentCount {
    /// The paragraph.
    pub paragraph_id: Id,
    /// Comments not yet resolved.
    pub open: u32,
    /// All its comments.
    pub total: u32,
}

const COMMENT: &str = concat!(
    "SELECT x.id, x.paragraph_id, x.author, x.delegation_id, x.body, x.resolved, x.created_at, ",
    delegation_names!("g"),
    " FROM outcome_comments x",
    delegation_joins!("g", "x.delegation_id")
);

fn comment(r: &rusqlite::Row<'_>) -> rusqlite::Result<Comment> {
    Ok(Comment {
        id: rows::id(r, 0)?,
        paragraph_id: rows::id(r, 1)?,
        author: r.get(2)?,
        delegation_id: rows::id_opt(r, 3)?,
        body: r.get(4)?,
        resolved: r.get(5)?,
        created_at: r.get(6)?,
        delegation: rows::delegation_name(r, 7)?,
    })
}

impl Db<'_> {
    /// Adds a comment (unresolved). The delegation must be of the meeting of the paragraph's
    /// document.
    pub fn insert_outcome_comment(&self, id: &Id, paragraph_id: &Id, author: &str, delegation_id: Option<&Id>, body: &str) -> Result<()> {
        let document = self.outcome_ref(OutcomeRow::Paragraph, paragraph_id)?;
        if let Some(delegation) = delegation_id {
            self.check_of_meeting(MeetingRow::Delegation, delegation, &document.meeting_id)?;
        }
        self.conn.execute(
            "INSERT INTO outcome_comments (id, paragraph_id, delegation_id, author, body, resolved, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6)",
            params![id.as_str(), paragraph_id.as_str(), delegation_id.map(Id::as_str), author, body, self.now],
        )?;
        Ok(())
    }

    /// One comment.
    pub fn outcome_comment(&self, id: &Id) -> Result<Comment> {
        let mut stmt = self.conn.prepare_cached(&format!("{COMMENT} WHERE x.id = ?1"))?;
        found(stmt.query_row([id.as_str()], comment), "comment", id.as_str())
    }

    /// The comments on a paragraph, oldest first.
    pub fn paragraph_comments(&self, paragraph_id: &Id) -> Result<Vec<Comment>> {
        let mut stmt = self.conn.prepare_cached(&format!("{COMMENT} WHERE x.paragraph_id = ?1 ORDER BY x.created_at, x.id"))?;
        Ok(stmt.query_map([paragraph_id.as_str()], comment)?.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a comment resolved or open again.
    pub fn set_comment_resolved(&self, id: &Id, resolved: bool) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE outcome_comments SET resolved = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.as_str(), resolved, self.now],
        )?;
        if changed == 0 {
            return Err(DomainError::not_found("comment", id.as_str()).into());
        }
        Ok(())
    }

    /// Deletes a comment.
    pub fn delete_outcome_comment(&self, id: &Id) -> Result<()> {
        if self.conn.execute("DELETE FROM outcome_comments WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("comment", id.as_str()).into());
        }
        Ok(())
    }

    /// How many comments (open, all) each commented paragraph of a document has.
    pub fn comment_counts(&self, document_id: &Id) -> Result<Vec<CommentCount>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.paragraph_id, sum(c.resolved = 0), count(*) FROM outcome_comments c
             JOIN outcome_paragraphs p ON p.id = c.paragraph_id WHERE p.document_id = ?1
             GROUP BY c.paragraph_id ORDER BY c.paragraph_id",
        )?;
        let counts = stmt.query_map([document_id.as_str()], |r| {
            let n = |i: usize| -> rusqlite::Result<u32> { Ok(u32::try_from(r.get::<_, i64>(i)?).unwrap_or(u32::MAX)) };
            Ok(CommentCount { paragraph_id: rows::id(r, 0)?, open: n(1)?, total: n(2)? })
        })?;
        Ok(counts.collect::<rusqlite::Result<_>>()?)
    }
}

//! The glossary of a meeting: its EN↔FR terms, in `glossary_terms`.

use crate::error::found;
use crate::meetings::duplicate_or;
use crate::{Db, Result, rows};
use plenary_core::glossary::{Term, words};
use plenary_core::{DomainError, ErrorCode, Id};
use rusqlite::params;

impl Db<'_> {
    /// The terms of a meeting's glossary, by English term (case ignored).
    pub fn glossary(&self, meeting_id: &Id) -> Result<Vec<Term>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, meeting_id, en, fr, note FROM glossary_terms WHERE meeting_id = ?1 ORDER BY lower(en), en, id",
        )?;
        let terms = stmt.query_map([meeting_id.as_str()], term)?;
        Ok(terms.collect::<rusqlite::Result<_>>()?)
    }

    /// One term.
    pub fn glossary_term(&self, id: &Id) -> Result<Term> {
        found(
            self.conn.query_row("SELECT id, meeting_id, en, fr, note FROM glossary_terms WHERE id = ?1", [id.as_str()], term),
            "glossary_term",
            id.as_str(),
        )
    }

    /// Creates or changes a term. Its English form is unique in the meeting, with case and
    /// accents ignored ("Victims" and "victims" are one term): a second one is refused as a
    /// duplicate naming the term already there. A term never moves to another meeting.
    pub fn save_glossary_term(&self, t: &Term) -> Result<()> {
        let folded = words(&t.en);
        if let Some(twin) = self.glossary(&t.meeting_id)?.into_iter().find(|o| o.id != t.id && words(&o.en) == folded) {
            return Err(DomainError::new(ErrorCode::Duplicate).field("term_en").detail(format!("{} ↔ {}", twin.en, twin.fr)).into());
        }
        let moved: Option<String> = self
            .conn
            .query_row("SELECT meeting_id FROM glossary_terms WHERE id = ?1", [t.id.as_str()], |r| r.get(0))
            .ok()
            .filter(|m: &String| m != t.meeting_id.as_str());
        if let Some(other) = moved {
            return Err(DomainError::new(ErrorCode::WrongMeeting).field("glossary_term").detail(other).into());
        }
        self.conn
            .execute(
                "INSERT INTO glossary_terms (id, meeting_id, en, fr, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                 ON CONFLICT (id) DO UPDATE SET en = excluded.en, fr = excluded.fr, note = excluded.note,
                    updated_at = excluded.updated_at
                 WHERE en IS NOT excluded.en OR fr IS NOT excluded.fr OR note IS NOT excluded.note",
                params![t.id.as_str(), t.meeting_id.as_str(), t.en, t.fr, t.note, self.now],
            )
            .map_err(|e| duplicate_or(e, "term_en", &t.en))?;
        Ok(())
    }

    /// Deletes a term.
    pub fn delete_glossary_term(&self, id: &Id) -> Result<()> {
        if self.conn.execute("DELETE FROM glossary_terms WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("glossary_term", id.as_str()).into());
        }
        Ok(())
    }
}

fn term(r: &rusqlite::Row<'_>) -> rusqlite::Result<Term> {
    Ok(Term { id: rows::id(r, 0)?, meeting_id: rows::id(r, 1)?, en: r.get(2)?, fr: r.get(3)?, note: r.get(4)? })
}

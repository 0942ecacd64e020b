//! Paragraphs of an outcome document: their rows, texts, states, order, the sessions they
//! come from and the facts they place.

use crate::error::found;
use crate::outcome_documents::OutcomeRow;
use crate::outcome_positions::Group;
use crate::outcome_tree::{generated_str, paragraph, paragraph_columns};
use crate::rows;
use crate::sessions::MeetingRow;
use crate::{Db, Result};
use plenary_core::outcome::{Paragraph, ParagraphState};
use plenary_core::{BilingualText, DomainError, Id};
use rusqlite::{OptionalExtension, params};

/// Where a paragraph is and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphPlace {
    /// Its document.
    pub document_id: Id,
    /// Its section; `None` in the preamble.
    pub section_id: Option<Id>,
    /// The rapporteur's note it was made from, if any.
    pub note_id: Option<Id>,
    /// When it was created (RFC 3339, UTC).
    pub created_at: String,
}

impl Db<'_> {
    /// Inserts `paragraph` into `document_id`, in `section_id` (`None`: the preamble) after
    /// the paragraph `after` of that list (at its end when `None`), with its text (none for
    /// a generated paragraph), its sessions, its placed facts and the note it was made from.
    pub fn insert_outcome_paragraph(
        &self,
        document_id: &Id,
        section_id: Option<&Id>,
        after: Option<&Id>,
        paragraph: &Paragraph,
        note_id: Option<&Id>,
    ) -> Result<()> {
        if let Some(section) = section_id {
            self.check_section_of(document_id, section)?;
        }
        self.conn.execute(
            "INSERT INTO outcome_paragraphs (id, document_id, section_id, position, state, generated, note_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?7)",
            params![
                paragraph.id.as_str(), document_id.as_str(), section_id.map(Id::as_str), paragraph.state.as_str(),
                paragraph.generated.map(generated_str), note_id.map(Id::as_str), self.now
            ],
        )?;
        if paragraph.generated.is_none() {
            self.save_text("outcome_paragraph", &paragraph.id, "text", &paragraph.text)?;
        }
        for session in &paragraph.sessions {
            self.link_paragraph_session(&paragraph.id, session, true)?;
        }
        for fact in &paragraph.facts {
            self.place_outcome_fact(&paragraph.id, fact, true)?;
        }
        self.place_after(Group::Paragraphs(document_id, section_id), &paragraph.id, after, "paragraph")
    }

    /// The paragraph `id` with its text, sessions and placed facts, and where it is.
    pub fn outcome_paragraph(&self, id: &Id) -> Result<(ParagraphPlace, Paragraph)> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT p.document_id, p.section_id, p.note_id, p.created_at, ", paragraph_columns!(),
            " FROM outcome_paragraphs p LEFT JOIN texts t ON t.owner_id = p.id AND t.field = 'text' WHERE p.id = ?1"
        ))?;
        let row = stmt.query_row([id.as_str()], |r| {
            let place = ParagraphPlace { document_id: rows::id(r, 0)?, section_id: rows::id_opt(r, 1)?, note_id: rows::id_opt(r, 2)?, created_at: r.get(3)? };
            Ok((place, paragraph(r, 4)?))
        });
        let (place, mut paragraph) = found(row, "paragraph", id.as_str())?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT ps.session_id FROM outcome_paragraph_sessions ps JOIN sessions s ON s.id = ps.session_id
             WHERE ps.paragraph_id = ?1 ORDER BY s.day, s.start_time, s.id",
        )?;
        paragraph.sessions = stmt.query_map([id.as_str()], |r| rows::id(r, 0))?.collect::<rusqlite::Result<_>>()?;
        paragraph.facts = self.group_ids(Group::Placements(id))?;
        Ok((place, paragraph))
    }

    /// Saves a paragraph's text.
    pub fn save_paragraph_text(&self, id: &Id, text: &BilingualText) -> Result<()> {
        self.save_text("outcome_paragraph", id, "text", text)?;
        self.conn.execute("UPDATE outcome_paragraphs SET updated_at = ?2 WHERE id = ?1", params![id.as_str(), self.now])?;
        Ok(())
    }

    /// Sets a paragraph's state.
    pub fn set_paragraph_state(&self, id: &Id, state: ParagraphState) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE outcome_paragraphs SET state = ?2, updated_at = ?3 WHERE id = ?1 AND state IS NOT ?2",
            params![id.as_str(), state.as_str(), self.now],
        )?;
        if changed == 0 {
            self.outcome_ref(OutcomeRow::Paragraph, id)?;
        }
        Ok(())
    }

    /// Moves a paragraph to `index` of `section_id` (`None`: the preamble) of its document;
    /// both the list it leaves and the one it joins are renumbered.
    pub fn move_outcome_paragraph(&self, id: &Id, section_id: Option<&Id>, index: usize) -> Result<()> {
        let (place, _) = self.outcome_paragraph(id)?;
        if let Some(section) = section_id {
            self.check_section_of(&place.document_id, section)?;
        }
        self.place_in_group(Group::Paragraphs(&place.document_id, section_id), id, index)?;
        if place.section_id.as_ref() != section_id {
            self.renumber(Group::Paragraphs(&place.document_id, place.section_id.as_ref()))?;
        }
        Ok(())
    }

    /// Deletes a paragraph with its text, links, comments and amendments, and renumbers the
    /// paragraphs after it.
    pub fn delete_outcome_paragraph(&self, id: &Id) -> Result<()> {
        let (place, _) = self.outcome_paragraph(id)?;
        self.conn.execute("DELETE FROM outcome_paragraphs WHERE id = ?1", [id.as_str()])?;
        self.renumber(Group::Paragraphs(&place.document_id, place.section_id.as_ref()))
    }

    /// Links a paragraph to a session of its meeting (the discussion it reports), or unlinks
    /// it. Linking twice or unlinking what is not linked changes nothing.
    pub fn link_paragraph_session(&self, paragraph_id: &Id, session_id: &Id, linked: bool) -> Result<()> {
        let document = self.outcome_ref(OutcomeRow::Paragraph, paragraph_id)?;
        if linked {
            self.check_of_meeting(MeetingRow::Session, session_id, &document.meeting_id)?;
            self.conn.execute(
                "INSERT INTO outcome_paragraph_sessions (paragraph_id, session_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![paragraph_id.as_str(), session_id.as_str()],
            )?;
        } else {
            self.conn.execute(
                "DELETE FROM outcome_paragraph_sessions WHERE paragraph_id = ?1 AND session_id = ?2",
                params![paragraph_id.as_str(), session_id.as_str()],
            )?;
        }
        Ok(())
    }

    /// Places a fact of the paragraph's document after the paragraph's text (after the
    /// facts it already places), or takes it away. Placing twice changes nothing.
    pub fn place_outcome_fact(&self, paragraph_id: &Id, fact_id: &Id, linked: bool) -> Result<()> {
        let paragraph = self.outcome_ref(OutcomeRow::Paragraph, paragraph_id)?;
        if linked {
            let fact = self.outcome_ref(OutcomeRow::Fact, fact_id)?;
            if fact.document_id != paragraph.document_id {
                return Err(DomainError::invalid("fact", fact_id.as_str()).into());
            }
            let placed: Option<i64> = self
                .conn
                .prepare_cached("SELECT position FROM outcome_placements WHERE paragraph_id = ?1 AND fact_id = ?2")?
                .query_row(params![paragraph_id.as_str(), fact_id.as_str()], |r| r.get(0))
                .optional()?;
            if placed.is_none() {
                let next = self.group_ids(Group::Placements(paragraph_id))?.len();
                self.conn.execute(
                    "INSERT INTO outcome_placements (paragraph_id, fact_id, position) VALUES (?1, ?2, ?3)",
                    params![paragraph_id.as_str(), fact_id.as_str(), i64::try_from(next).unwrap_or(i64::MAX)],
                )?;
            }
        } else {
            self.conn.execute(
                "DELETE FROM outcome_placements WHERE paragraph_id = ?1 AND fact_id = ?2",
                params![paragraph_id.as_str(), fact_id.as_str()],
            )?;
            self.renumber(Group::Placements(paragraph_id))?;
        }
        Ok(())
    }

    /// Checks that `section` is a section of `document_id`.
    fn check_section_of(&self, document_id: &Id, section: &Id) -> Result<()> {
        let (of, _) = self.outcome_section(section)?;
        if &of != document_id {
            return Err(DomainError::invalid("section", section.as_str()).into());
        }
        Ok(())
    }
}

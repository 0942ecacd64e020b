//! Sections of an outcome document: their rows, headings and order.

use crate::error::found;
use crate::outcome_documents::OutcomeRow;
use crate::outcome_positions::Group;
use crate::sessions::MeetingRow;
use crate::{Db, Result};
use plenary_core::outcome::Section;
use plenary_core::{DomainError, ErrorCode, Id};
use rusqlite::params;

impl Db<'_> {
    /// Inserts a section (without its paragraphs) into `document_id` after the section
    /// `after` (at the end when `None`), with its heading. The pillar must be of the
    /// document's meeting.
    pub fn insert_outcome_section(&self, document_id: &Id, section: &Section, after: Option<&Id>) -> Result<()> {
        if let Some(pillar) = &section.pillar_id {
            let meeting = self.outcome_ref(OutcomeRow::Document, document_id)?.meeting_id;
            self.check_of_meeting(MeetingRow::Pillar, pillar, &meeting)?;
        }
        self.conn.execute(
            "INSERT INTO outcome_sections (id, document_id, position, pillar_id, created_at, updated_at)
             VALUES (?1, ?2, 0, ?3, ?4, ?4)",
            params![section.id.as_str(), document_id.as_str(), section.pillar_id.as_ref().map(Id::as_str), self.now],
        )?;
        self.save_text("outcome_section", &section.id, "heading", &section.heading)?;
        self.place_after(Group::Sections(document_id), &section.id, after, "section")
    }

    /// The section `id` with its heading and no paragraphs, and its document.
    pub fn outcome_section(&self, id: &Id) -> Result<(Id, Section)> {
        let (document, pillar): (String, Option<String>) = found(
            self.conn.query_row("SELECT document_id, pillar_id FROM outcome_sections WHERE id = ?1", [id.as_str()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            }),
            "section",
            id.as_str(),
        )?;
        let heading = self.text(id, "heading")?;
        Ok((Id::new(document), Section { id: id.clone(), heading, pillar_id: pillar.map(Id::new), paragraphs: Vec::new() }))
    }

    /// Moves a section to `index` among its document's sections.
    pub fn move_outcome_section(&self, id: &Id, index: usize) -> Result<()> {
        let (document, _) = self.outcome_section(id)?;
        self.place_in_group(Group::Sections(&document), id, index)
    }

    /// Deletes an empty section. Refused with `in_use` while it holds paragraphs: they would
    /// go with it, and deleting a paragraph is a decision of its own.
    pub fn delete_outcome_section(&self, id: &Id) -> Result<()> {
        let (document, _) = self.outcome_section(id)?;
        let paragraphs: i64 =
            self.conn.query_row("SELECT count(*) FROM outcome_paragraphs WHERE section_id = ?1", [id.as_str()], |r| r.get(0))?;
        if paragraphs > 0 {
            return Err(DomainError::new(ErrorCode::InUse).field("section").detail(paragraphs.to_string()).into());
        }
        self.conn.execute("DELETE FROM outcome_sections WHERE id = ?1", [id.as_str()])?;
        self.renumber(Group::Sections(&document))
    }
}

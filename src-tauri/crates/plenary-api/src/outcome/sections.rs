//! Sections of a document: adding, heading, moving, deleting.

use super::{SaveTextArgs, editable, edited, open_for_write};
use crate::{Api, ApiResult};
use plenary_core::outcome::Section;
use plenary_core::{BilingualText, DomainError, Id, limits};
use plenary_store::OutcomeRow;
use serde::{Deserialize, Serialize};

/// Arguments of `add_outcome_section`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct AddSectionArgs {
    /// The document.
    pub document_id: Id,
    /// The English heading (may be empty).
    #[serde(default)]
    pub heading_en: String,
    /// The French heading (may be empty).
    #[serde(default)]
    pub heading_fr: String,
    /// The pillar the section covers, if any.
    #[serde(default)]
    pub pillar_id: Option<Id>,
    /// The section it goes after; none for the end.
    #[serde(default)]
    pub after: Option<Id>,
}

/// A reference to one section.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SectionArgs {
    /// The section.
    pub section_id: Id,
}

/// Arguments of `move_outcome_section`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct MoveArgs {
    /// The section.
    pub id: Id,
    /// Its new place among the document's sections, from 0 (past the end: last).
    pub position: u32,
}

fn check_heading(heading: &BilingualText) -> Result<(), DomainError> {
    heading.validate("heading", limits::TITLE, false)
}

impl Api {
    /// Adds a section after the section `after` (at the end when none), with its heading.
    pub fn add_outcome_section(&self, args: AddSectionArgs) -> ApiResult<Section> {
        let id = self.new_id();
        self.write(|db| {
            editable(db, OutcomeRow::Document, &args.document_id)?;
            let heading = crate::text_input::new(Some(&args.heading_en), Some(&args.heading_fr));
            check_heading(&heading)?;
            let section = Section { id: id.clone(), heading, pillar_id: args.pillar_id.clone(), paragraphs: Vec::new() };
            db.insert_outcome_section(&args.document_id, &section, args.after.as_ref())?;
            Ok(section)
        })
    }

    /// An author's edit of one side of a section's heading (the other side becomes stale).
    pub fn save_section_heading(&self, args: SaveTextArgs) -> ApiResult<BilingualText> {
        self.write(|db| {
            let document = open_for_write(db, OutcomeRow::Section, &args.id)?;
            let heading = db.text(&args.id, "heading")?;
            let Some(heading) = edited(heading.clone(), &args, check_heading)? else { return Ok(heading) };
            db.save_text("outcome_section", &args.id, "heading", &heading)?;
            db.touch_outcome_document(&document.document_id)?;
            Ok(heading)
        })
    }

    /// Moves a section; the operative paragraphs are renumbered in their new reading order.
    pub fn move_outcome_section(&self, args: MoveArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Section, &args.id)?;
            db.move_outcome_section(&args.id, args.position as usize)
        })
    }

    /// Deletes an empty section; refused (`in_use`) while it holds paragraphs.
    pub fn delete_outcome_section(&self, args: SectionArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Section, &args.section_id)?;
            db.delete_outcome_section(&args.section_id)
        })
    }
}

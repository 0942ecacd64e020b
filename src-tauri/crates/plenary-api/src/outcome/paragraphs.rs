//! Paragraphs: adding, writing, their state, moving, deleting, and their links to sessions
//! and facts.

use super::{ParagraphArgs, SaveTextArgs, current, editable, edited, open_for_write};
use crate::{Api, ApiResult};
use plenary_core::outcome::facts::Generated;
use plenary_core::outcome::{Paragraph, ParagraphState, check_paragraph_text};
use plenary_core::{BilingualText, DomainError, Id, Lang};
use plenary_store::{Db, OutcomeRow, StoreError};
use serde::{Deserialize, Serialize};

/// Arguments of `add_paragraph`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct AddParagraphArgs {
    /// The document.
    pub document_id: Id,
    /// The section; none for the preamble.
    #[serde(default)]
    pub section_id: Option<Id>,
    /// The paragraph it goes after, in the same section; none for the end.
    #[serde(default)]
    pub after: Option<Id>,
    /// The language the text is written in.
    pub lang: Lang,
    /// The text (may be empty, to be written next).
    #[serde(default)]
    pub text: String,
    /// What generates the text from the meeting's data, if anything (the text is then
    /// ignored).
    #[serde(default)]
    pub generated: Option<Generated>,
}

/// Arguments of `set_paragraph_state`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SetParagraphStateArgs {
    /// The paragraph.
    pub paragraph_id: Id,
    /// Its new state.
    pub state: ParagraphState,
}

/// Arguments of `move_paragraph`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct MoveParagraphArgs {
    /// The paragraph.
    pub paragraph_id: Id,
    /// The section it goes to; none for the preamble.
    #[serde(default)]
    pub section_id: Option<Id>,
    /// Its place there, from 0 (past the end: last).
    pub position: u32,
}

/// Links a paragraph to another row, or unlinks it.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct LinkArgs {
    /// The paragraph.
    pub paragraph_id: Id,
    /// The session (`link_paragraph_session`) or the fact (`place_fact`).
    pub other_id: Id,
    /// Whether they are linked from now on.
    pub linked: bool,
}

/// The paragraph `id` as the document holds it now (a generated one with its text).
pub(crate) fn paragraph_now(db: &Db<'_>, document_id: &Id, id: &Id) -> Result<Paragraph, StoreError> {
    let doc = current(db, document_id)?;
    let found = doc.paragraph(id).map(|n| n.paragraph.clone());
    found.ok_or_else(|| DomainError::not_found("paragraph", id.as_str()).into())
}

/// Stores a paragraph's new text, with the state it takes from it.
pub(crate) fn write_text(db: &Db<'_>, paragraph: &mut Paragraph, text: BilingualText) -> Result<(), StoreError> {
    paragraph.text = text;
    db.save_paragraph_text(&paragraph.id, &paragraph.text)?;
    let state = paragraph.state_after_edit();
    if state != paragraph.state {
        paragraph.state = state;
        db.set_paragraph_state(&paragraph.id, state)?;
    }
    Ok(())
}

/// Refuses to write the text of a generated paragraph: it is written from the data.
fn check_written(paragraph: &Paragraph) -> Result<(), DomainError> {
    match paragraph.generated {
        Some(_) => Err(DomainError::invalid("paragraph", "meeting_facts")),
        None => Ok(()),
    }
}

impl Api {
    /// Adds a paragraph to the preamble or a section, after the paragraph `after` (at the end
    /// when none), written in `lang` (a draft; bracketed when it has a passage in brackets),
    /// or generated from the meeting's data.
    pub fn add_paragraph(&self, args: AddParagraphArgs) -> ApiResult<Paragraph> {
        let id = self.new_id();
        self.write(|db| {
            editable(db, OutcomeRow::Document, &args.document_id)?;
            let text = match args.generated {
                Some(_) => BilingualText::default(),
                None => {
                    check_paragraph_text(args.lang, args.text.trim())?;
                    BilingualText::original(args.lang, &args.text)
                }
            };
            let mut paragraph =
                Paragraph { id: id.clone(), state: ParagraphState::Draft, text, sessions: Vec::new(), facts: Vec::new(), generated: args.generated };
            paragraph.state = paragraph.state_after_edit();
            db.insert_outcome_paragraph(&args.document_id, args.section_id.as_ref(), args.after.as_ref(), &paragraph, None)?;
            paragraph_now(db, &args.document_id, &id)
        })
    }

    /// An author's edit of one side of a paragraph (the other side becomes stale); a draft
    /// given a passage in brackets becomes bracketed. Up to 50,000 characters a side, stored
    /// as typed: markup is text. An unchanged text changes nothing.
    pub fn save_paragraph_text(&self, args: SaveTextArgs) -> ApiResult<BilingualText> {
        self.write(|db| {
            let document = open_for_write(db, OutcomeRow::Paragraph, &args.id)?;
            let (_, mut paragraph) = db.outcome_paragraph(&args.id)?;
            check_written(&paragraph)?;
            let check = |text: &BilingualText| check_paragraph_text(args.lang, text.get(args.lang));
            let Some(text) = edited(paragraph.text.clone(), &args, check)? else { return Ok(paragraph.text) };
            write_text(db, &mut paragraph, text)?;
            db.touch_outcome_document(&document.document_id)?;
            Ok(paragraph.text)
        })
    }

    /// Sets a paragraph's state; `agreed` is refused (`bracketed`) while a passage of either
    /// side is in brackets.
    pub fn set_paragraph_state(&self, args: SetParagraphStateArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Paragraph, &args.paragraph_id)?;
            let (_, paragraph) = db.outcome_paragraph(&args.paragraph_id)?;
            paragraph.check_state(args.state)?;
            db.set_paragraph_state(&args.paragraph_id, args.state)
        })
    }

    /// Moves a paragraph within its document: to another place of its section, to another
    /// section or to the preamble. Every paragraph is renumbered in reading order.
    pub fn move_paragraph(&self, args: MoveParagraphArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Paragraph, &args.paragraph_id)?;
            db.move_outcome_paragraph(&args.paragraph_id, args.section_id.as_ref(), args.position as usize)
        })
    }

    /// Deletes a paragraph with its comments and amendments; the rest are renumbered. Named
    /// revisions that hold it keep it.
    pub fn delete_paragraph(&self, args: ParagraphArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Paragraph, &args.paragraph_id)?;
            db.delete_outcome_paragraph(&args.paragraph_id)
        })
    }

    /// Links a paragraph to a session of the meeting (the discussion it reports), or unlinks it.
    pub fn link_paragraph_session(&self, args: LinkArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Paragraph, &args.paragraph_id)?;
            db.link_paragraph_session(&args.paragraph_id, &args.other_id, args.linked)
        })
    }

    /// Places a fact of the document after a paragraph's text, or takes it away.
    pub fn place_fact(&self, args: LinkArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Paragraph, &args.paragraph_id)?;
            db.place_outcome_fact(&args.paragraph_id, &args.other_id, args.linked)
        })
    }
}

//! Rapporteurs' notes, per session, and paragraphs made from them.

use super::editable;
use super::paragraphs::paragraph_now;
use crate::{Api, ApiResult, MeetingArgs};
use plenary_core::outcome::{PARAGRAPH, Paragraph, ParagraphState, check_paragraph_text};
use plenary_core::{BilingualText, DomainError, Id, Lang, limits};
use plenary_store::{Note, OutcomeRow, SessionNotes};
use serde::{Deserialize, Serialize};

/// Arguments of `save_note`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveNoteArgs {
    /// The note to change; none for a new one.
    #[serde(default)]
    pub note_id: Option<Id>,
    /// The session it is taken in.
    pub session_id: Id,
    /// The language it is written in.
    pub lang: Lang,
    /// What the rapporteur writes (up to 50,000 characters).
    pub body: String,
}

/// A reference to one note.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct NoteArgs {
    /// The note.
    pub note_id: Id,
}

/// Arguments of `note_to_paragraph`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct NoteToParagraphArgs {
    /// The note.
    pub note_id: Id,
    /// The document the paragraph goes into.
    pub document_id: Id,
    /// The section; none for the preamble.
    #[serde(default)]
    pub section_id: Option<Id>,
    /// The part of the note to take, which must occur in it; none for the whole note.
    #[serde(default)]
    pub excerpt: Option<String>,
}

/// The part of `body` a paragraph is made of: `excerpt`, which must occur in it, or all of it.
fn taken(body: &str, excerpt: Option<&str>) -> Result<String, DomainError> {
    match excerpt.map(str::trim).filter(|e| !e.is_empty()) {
        None => Ok(body.trim().to_owned()),
        Some(part) if body.contains(part) => Ok(part.to_owned()),
        Some(part) => Err(DomainError::invalid("excerpt", &part.chars().take(60).collect::<String>())),
    }
}

impl Api {
    /// Every session of a meeting in timetable order, with its notes and the paragraphs made
    /// from each.
    pub fn session_notes(&self, args: MeetingArgs) -> ApiResult<Vec<SessionNotes>> {
        self.read(|db| db.session_notes(&args.meeting_id))
    }

    /// Saves a note (new, or changed); a note stays in the session it was taken in.
    pub fn save_note(&self, args: SaveNoteArgs) -> ApiResult<Note> {
        let new_id = self.new_id();
        self.write(|db| {
            let body = limits::required("body", &args.body, PARAGRAPH)?;
            let id = match &args.note_id {
                Some(id) => {
                    let note = db.outcome_note(id)?;
                    if note.session_id != args.session_id {
                        return Err(DomainError::invalid("session", args.session_id.as_str()).into());
                    }
                    id.clone()
                }
                None => new_id.clone(),
            };
            db.save_outcome_note(&id, &args.session_id, args.lang, &body)?;
            db.outcome_note(&id)
        })
    }

    /// Deletes a note; the paragraphs made from it stay.
    pub fn delete_note(&self, args: NoteArgs) -> ApiResult<()> {
        self.write(|db| db.delete_outcome_note(&args.note_id))
    }

    /// Makes a paragraph (a draft, in the note's language) of a note or of a part of it, at
    /// the end of the preamble or of a section. The paragraph keeps its link to the note's
    /// session and to the note.
    pub fn note_to_paragraph(&self, args: NoteToParagraphArgs) -> ApiResult<Paragraph> {
        let id = self.new_id();
        self.write(|db| {
            editable(db, OutcomeRow::Document, &args.document_id)?;
            let note = db.outcome_note(&args.note_id)?;
            let text = taken(&note.body, args.excerpt.as_deref())?;
            check_paragraph_text(note.lang, &text)?;
            let mut paragraph = Paragraph {
                id: id.clone(),
                state: ParagraphState::Draft,
                text: BilingualText::original(note.lang, &text),
                sessions: vec![note.session_id.clone()],
                facts: Vec::new(),
                generated: None,
            };
            paragraph.state = paragraph.state_after_edit();
            db.insert_outcome_paragraph(&args.document_id, args.section_id.as_ref(), None, &paragraph, Some(&note.id))?;
            paragraph_now(db, &args.document_id, &id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_must_be_part_of_the_note() {
        let body = "Delegates stressed the protection of victims. Several asked for more funding.";
        assert_eq!(taken(body, Some(" Several asked for more funding. ")).ok().as_deref(), Some("Several asked for more funding."));
        assert_eq!(taken(body, None).ok().as_deref(), Some(body));
        assert_eq!(taken(body, Some("  ")).ok().as_deref(), Some(body), "a blank excerpt is the whole note");
        let err = taken(body, Some("funding for all")).expect_err("not in the note");
        assert_eq!((err.code, err.field.as_deref()), (plenary_core::ErrorCode::Invalid, Some("excerpt")));
    }
}

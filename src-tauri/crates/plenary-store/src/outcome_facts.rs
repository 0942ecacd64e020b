//! Key figures and quotes of an outcome document.

use crate::outcome_documents::OutcomeRow;
use crate::outcome_positions::Group;
use crate::sessions::MeetingRow;
use crate::{Db, Result};
use plenary_core::outcome::facts::Fact;
use plenary_core::{BilingualText, DomainError, Id};
use rusqlite::{OptionalExtension, params};

impl Db<'_> {
    /// Inserts or updates a fact of `document_id` with its texts: statement, source and the
    /// speaker's function (`function`, kept as a bilingual text so that it is translated like
    /// any other). A new fact goes at the end of the document's facts. The participant must
    /// be of the document's meeting, and a fact never moves to another document.
    pub fn save_outcome_fact(&self, document_id: &Id, fact: &Fact, function: &BilingualText) -> Result<()> {
        let document = self.outcome_ref(OutcomeRow::Document, document_id)?;
        let speaker = fact.speaker.as_ref();
        if let Some(participant) = speaker.and_then(|s| s.participant_id.as_ref()) {
            self.check_of_meeting(MeetingRow::Participant, participant, &document.meeting_id)?;
        }
        let of: Option<String> = self
            .conn
            .prepare_cached("SELECT document_id FROM outcome_facts WHERE id = ?1")?
            .query_row([fact.id.as_str()], |r| r.get(0))
            .optional()?;
        if of.as_deref().is_some_and(|d| d != document_id.as_str()) {
            return Err(DomainError::invalid("fact", fact.id.as_str()).into());
        }
        let position = self.group_ids(Group::Facts(document_id))?.len();
        self.conn.execute(
            "INSERT INTO outcome_facts (id, document_id, kind, participant_id, speaker_name, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
             ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, participant_id = excluded.participant_id,
                speaker_name = excluded.speaker_name, updated_at = excluded.updated_at",
            params![
                fact.id.as_str(),
                document_id.as_str(),
                fact.kind.as_str(),
                speaker.and_then(|s| s.participant_id.as_ref()).map(Id::as_str),
                speaker.map(|s| s.name.as_str()),
                i64::try_from(position).unwrap_or(i64::MAX),
                self.now
            ],
        )?;
        self.save_text("outcome_fact", &fact.id, "text", &fact.text)?;
        self.save_text("outcome_fact", &fact.id, "source", &fact.source)?;
        self.save_text("outcome_fact", &fact.id, "function", function)
    }

    /// Deletes a fact (and its placements in paragraphs), closing the gap in the list.
    pub fn delete_outcome_fact(&self, id: &Id) -> Result<()> {
        let document = self.outcome_ref(OutcomeRow::Fact, id)?;
        let paragraphs: Vec<String> = {
            let mut stmt = self.conn.prepare_cached("SELECT paragraph_id FROM outcome_placements WHERE fact_id = ?1")?;
            stmt.query_map([id.as_str()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        self.conn.execute("DELETE FROM outcome_facts WHERE id = ?1", [id.as_str()])?;
        for paragraph in paragraphs {
            self.renumber(Group::Placements(&Id::new(paragraph)))?;
        }
        self.renumber(Group::Facts(&document.document_id))
    }
}

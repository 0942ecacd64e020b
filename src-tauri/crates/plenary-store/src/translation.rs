//! Texts changed by translation: one side written or its state set, without going through
//! the form of the row the text belongs to.

use crate::{Db, MeetingText, Result};
use plenary_core::Id;
use rusqlite::OptionalExtension;

impl Db<'_> {
    /// Saves a text of a meeting as changed by a translator or reviewer, and refreshes the
    /// search entry of what it belongs to, since sessions are found by their titles and
    /// agenda items and participants by their functions in either language.
    pub fn save_meeting_text(&self, text: &MeetingText) -> Result<()> {
        self.save_text(&text.owner_kind, &text.owner_id, &text.field, &text.text)?;
        match text.owner_kind.as_str() {
            "session" => self.reindex("session", &text.owner_id),
            "participant" => self.reindex("participant", &text.owner_id),
            "agenda_item" => {
                let session: Option<String> = self
                    .conn
                    .prepare_cached("SELECT session_id FROM agenda_items WHERE id = ?1")?
                    .query_row([text.owner_id.as_str()], |r| r.get(0))
                    .optional()?;
                match session {
                    Some(session) => self.reindex("session", &Id::new(session)),
                    None => Ok(()),
                }
            }
            // Meetings and pillars have no search entry of their own.
            _ => Ok(()),
        }
    }
}

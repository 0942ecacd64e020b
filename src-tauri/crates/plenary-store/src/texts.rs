//! Bilingual texts, stored one row per text in `texts`.

use crate::{Db, Result};
use plenary_core::{BilingualText, Id};
use rusqlite::params;

impl Db<'_> {
    /// Saves the text `field` of the row `owner_id` (of kind `owner_kind`), creating it or
    /// replacing it. The text's id is derived from its owner, which is globally unique.
    pub fn save_text(&self, owner_kind: &str, owner_id: &Id, field: &str, text: &BilingualText) -> Result<()> {
        let id = format!("{owner_id}/{field}");
        // Cached: an import saves one function per row.
        self.conn.prepare_cached(
            "INSERT INTO texts (id, owner_kind, owner_id, field,
                                en_text, en_state, en_source_hash, en_source_text,
                                fr_text, fr_state, fr_source_hash, fr_source_text, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)
             ON CONFLICT (owner_id, field) DO UPDATE SET
                en_text = excluded.en_text, en_state = excluded.en_state,
                en_source_hash = excluded.en_source_hash, en_source_text = excluded.en_source_text,
                fr_text = excluded.fr_text, fr_state = excluded.fr_state,
                fr_source_hash = excluded.fr_source_hash, fr_source_text = excluded.fr_source_text,
                updated_at = excluded.updated_at
             WHERE en_text IS NOT excluded.en_text OR en_state IS NOT excluded.en_state
                OR en_source_hash IS NOT excluded.en_source_hash OR fr_text IS NOT excluded.fr_text
                OR fr_state IS NOT excluded.fr_state OR fr_source_hash IS NOT excluded.fr_source_hash",
        )?
        .execute(params![
                id, owner_kind, owner_id.as_str(), field,
                text.en.text, text.en.state.as_str(), text.en.source_hash, text.en.source_text,
                text.fr.text, text.fr.state.as_str(), text.fr.source_hash, text.fr.source_text,
                self.now
        ])?;
        // Paragraphs are found by their text, and every way a paragraph's text is written
        // (drafting, translation, XLIFF, an amendment accepted, a revision restored) comes
        // through here.
        if owner_kind == "outcome_paragraph" && field == "text" {
            self.reindex("paragraph", owner_id)?;
        }
        Ok(())
    }

    /// The text `field` of `owner_id`; empty when it was never written.
    pub fn text(&self, owner_id: &Id, field: &str) -> Result<BilingualText> {
        let sql = concat!("SELECT ", crate::rows::text_columns!("t"), " FROM texts t WHERE t.owner_id = ?1 AND t.field = ?2");
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params![owner_id.as_str(), field])?;
        match rows.next()? {
            Some(row) => Ok(crate::rows::text(row, 0)?),
            None => Ok(BilingualText::default()),
        }
    }
}

/// A text of a meeting, with what it belongs to.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct MeetingText {
    /// The text's id (`owner_id/field`), stable for as long as its owner exists.
    pub id: String,
    /// The kind of row it belongs to: `meeting`, `pillar`, `session`, `agenda_item`, `participant`.
    pub owner_kind: String,
    /// The row it belongs to.
    pub owner_id: Id,
    /// Which of the row's texts it is (`title`, `description`, `function`…).
    pub field: String,
    /// The text.
    pub text: BilingualText,
}

impl Db<'_> {
    /// Every text the agenda of `meeting_id` publishes (see the view `meeting_texts`),
    /// by kind of owner and then id, so that lists and files come out in a stable order.
    pub fn meeting_texts(&self, meeting_id: &Id) -> Result<Vec<MeetingText>> {
        self.meeting_texts_where(meeting_id, None)
    }

    /// The text whose id is `text_id`, with what it belongs to, if it belongs to `meeting_id`.
    pub fn meeting_text(&self, meeting_id: &Id, text_id: &str) -> Result<Option<MeetingText>> {
        Ok(self.meeting_texts_where(meeting_id, Some(text_id))?.into_iter().next())
    }

    fn meeting_texts_where(&self, meeting_id: &Id, text_id: Option<&str>) -> Result<Vec<MeetingText>> {
        let sql = concat!(
            "SELECT t.id, t.owner_kind, t.owner_id, t.field, ",
            crate::rows::text_columns!("t"),
            " FROM meeting_texts t WHERE t.meeting_id = ?1 AND (?2 IS NULL OR t.id = ?2)",
            " ORDER BY t.owner_kind, t.id"
        );
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params![meeting_id.as_str(), text_id], |row| {
            Ok(MeetingText {
                id: row.get(0)?,
                owner_kind: row.get(1)?,
                owner_id: Id::from(row.get::<_, String>(2)?),
                field: row.get(3)?,
                text: crate::rows::text(row, 4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

//! Bilingual texts, stored one row per text in `texts`.

use crate::{Db, Result};
use plenary_core::{BilingualText, Id};
use rusqlite::params;

impl Db<'_> {
    /// Saves the text `field` of the row `owner_id` (of kind `owner_kind`), creating it or
    /// replacing it. The text's id is derived from its owner, which is globally unique.
    pub fn save_text(&self, owner_kind: &str, owner_id: &Id, field: &str, text: &BilingualText) -> Result<()> {
        let id = format!("{owner_id}/{field}");
        self.conn.execute(
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
            params![
                id, owner_kind, owner_id.as_str(), field,
                text.en.text, text.en.state.as_str(), text.en.source_hash, text.en.source_text,
                text.fr.text, text.fr.state.as_str(), text.fr.source_hash, text.fr.source_text,
                self.now
            ],
        )?;
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

//! Dialogues (processes) and their member states.

use crate::error::found;
use crate::rows::{self, text_columns};
use crate::{Db, Result};
use plenary_core::dialogue::Dialogue;
use plenary_core::{DomainError, ErrorCode, Id};
use rusqlite::params;

impl Db<'_> {
    /// Inserts or updates a dialogue with its members.
    pub fn save_dialogue(&self, d: &Dialogue) -> Result<()> {
        self.conn.execute(
            "INSERT INTO dialogues (id, chair, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
             ON CONFLICT (id) DO UPDATE SET chair = excluded.chair, updated_at = excluded.updated_at",
            params![d.id.as_str(), d.chair, self.now],
        )?;
        self.save_text("dialogue", &d.id, "name", &d.name)?;
        self.conn.execute("DELETE FROM dialogue_members WHERE dialogue_id = ?1", [d.id.as_str()])?;
        let mut stmt = self.conn.prepare_cached("INSERT INTO dialogue_members (dialogue_id, country) VALUES (?1, ?2)")?;
        for code in &d.members {
            stmt.execute(params![d.id.as_str(), code])?;
        }
        Ok(())
    }

    /// One dialogue.
    pub fn dialogue(&self, id: &Id) -> Result<Dialogue> {
        let mut list = self.dialogues_where(Some(id))?;
        found(list.pop().ok_or(rusqlite::Error::QueryReturnedNoRows), "dialogue", id.as_str())
    }

    /// Every dialogue, by English name.
    pub fn dialogues(&self) -> Result<Vec<Dialogue>> {
        self.dialogues_where(None)
    }

    fn dialogues_where(&self, id: Option<&Id>) -> Result<Vec<Dialogue>> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT d.id, d.chair, ", text_columns!("t"),
            ", (SELECT group_concat(country, ',') FROM (SELECT country FROM dialogue_members m WHERE m.dialogue_id = d.id ORDER BY country))
              FROM dialogues d LEFT JOIN texts t ON t.owner_id = d.id AND t.field = 'name'
              WHERE ?1 IS NULL OR d.id = ?1 ORDER BY t.en_text"
        ))?;
        let list = stmt.query_map([id.map(Id::as_str)], |r| {
            let members: Option<String> = r.get(10)?;
            Ok(Dialogue {
                id: rows::id(r, 0)?,
                chair: r.get(1)?,
                name: rows::text(r, 2)?,
                members: members.map(|m| m.split(',').map(str::to_owned).collect()).unwrap_or_default(),
            })
        })?;
        Ok(list.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes a dialogue no meeting belongs to.
    pub fn delete_dialogue(&self, id: &Id) -> Result<()> {
        let used: i64 = self.conn.query_row("SELECT count(*) FROM meeting_dialogues WHERE dialogue_id = ?1", [id.as_str()], |r| r.get(0))?;
        if used > 0 {
            return Err(DomainError::new(ErrorCode::InUse).field("dialogue").detail(format!("{used} meeting(s)")).into());
        }
        if self.conn.execute("DELETE FROM dialogues WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("dialogue", id.as_str()).into());
        }
        Ok(())
    }
}

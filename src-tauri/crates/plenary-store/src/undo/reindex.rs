//! The search entries an undo or redo must rebuild: those of exactly the rows it touched
//! (and of the rows whose entries show them: a delegation's people, a room's sessions).

use super::Changes;
use crate::{Db, Result};
use plenary_core::Id;
use std::collections::BTreeSet;

/// What to re-index for one touched row.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Entry {
    /// The entry of one row of this search kind.
    Row(&'static str, String),
    /// A delegation's entry and its people's.
    Delegation(String),
    /// An organisation's entry and its delegations'.
    Organisation(String),
    /// The entries of the sessions held in a room.
    Room(String),
    /// The entry of an agenda item's session.
    AgendaItem(String),
}

impl Db<'_> {
    /// Rebuilds the search entries of the rows `changes` touched, as they are now.
    pub(super) fn reindex_changed(&self, changes: &Changes) -> Result<()> {
        let mut entries = BTreeSet::new();
        for row in changes.rows() {
            let col = |name: &str| row.column(name);
            let entry = match row.table.as_str() {
                "participants" => col("id").map(|id| Entry::Row("participant", id)),
                "delegations" => col("id").map(Entry::Delegation),
                "organisations" => col("id").map(Entry::Organisation),
                "sessions" => col("id").map(|id| Entry::Row("session", id)),
                "rooms" => col("id").map(Entry::Room),
                "agenda_items" | "session_people" => col("session_id").map(|id| Entry::Row("session", id)),
                "outcome_paragraphs" => col("id").map(|id| Entry::Row("paragraph", id)),
                "texts" => match (col("owner_kind").as_deref(), col("owner_id")) {
                    (Some("participant"), Some(id)) => Some(Entry::Row("participant", id)),
                    (Some("session"), Some(id)) => Some(Entry::Row("session", id)),
                    (Some("agenda_item"), Some(id)) => Some(Entry::AgendaItem(id)),
                    (Some("outcome_paragraph"), Some(id)) => Some(Entry::Row("paragraph", id)),
                    _ => None,
                },
                _ => None,
            };
            entries.extend(entry);
        }
        for entry in entries {
            match entry {
                Entry::Row(kind, id) => self.reindex(kind, &Id::new(id))?,
                Entry::Delegation(id) => self.reindex_delegation(&Id::new(id))?,
                Entry::Room(id) => self.reindex_room_sessions(&Id::new(id))?,
                Entry::Organisation(id) => {
                    self.reindex("organisation", &Id::new(id.as_str()))?;
                    for delegation in self.organisation_delegation_ids(&id)? {
                        self.reindex_delegation(&Id::new(delegation))?;
                    }
                }
                Entry::AgendaItem(id) => {
                    if let Some(session) = self.agenda_item_session(&id)? {
                        self.reindex("session", &Id::new(session))?;
                    }
                }
            }
        }
        Ok(())
    }

    fn organisation_delegation_ids(&self, organisation_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM delegations WHERE organisation_id = ?1")?;
        let ids = stmt.query_map([organisation_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    fn agenda_item_session(&self, item_id: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached("SELECT session_id FROM agenda_items WHERE id = ?1")?
            .query_row([item_id], |r| r.get(0))
            .optional()?)
    }
}

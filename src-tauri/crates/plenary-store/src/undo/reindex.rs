//! The search entries an undo or redo must rebuild: those of exactly the rows it touched
//! (and of the rows whose entries show them: a delegation's people, a room's sessions).

use super::Changes;
use crate::{Db, Result};
use plenary_core::Id;
use std::collections::{BTreeMap, BTreeSet};

/// Above this many people of one meeting, its people are re-indexed in one pass (what an
/// import does) rather than one by one.
const BULK: usize = 200;

/// What to re-index for one touched row.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Entry {
    /// The entry of one row of this search kind.
    Row(&'static str, String),
    /// A delegation's entry and its people's (theirs show its name).
    Delegation(String, Option<String>),
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
        let mut people_by_meeting: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut text_people = BTreeSet::new();
        for row in changes.rows() {
            let col = |name: &str| row.column(name);
            let entry = match row.table.as_str() {
                "participants" => {
                    if let Some(meeting) = col("meeting_id") {
                        people_by_meeting.entry(meeting).or_default().insert(col("id").unwrap_or_default());
                    }
                    None
                }
                "delegations" => col("id").map(|id| Entry::Delegation(id, col("meeting_id"))),
                "organisations" => col("id").map(Entry::Organisation),
                "sessions" => col("id").map(|id| Entry::Row("session", id)),
                "rooms" => col("id").map(Entry::Room),
                "agenda_items" | "session_people" => col("session_id").map(|id| Entry::Row("session", id)),
                "outcome_paragraphs" => col("id").map(|id| Entry::Row("paragraph", id)),
                "texts" => match (col("owner_kind").as_deref(), col("owner_id")) {
                    (Some("participant"), Some(id)) => {
                        text_people.insert(id);
                        None
                    }
                    (Some("session"), Some(id)) => Some(Entry::Row("session", id)),
                    (Some("agenda_item"), Some(id)) => Some(Entry::AgendaItem(id)),
                    (Some("outcome_paragraph"), Some(id)) => Some(Entry::Row("paragraph", id)),
                    _ => None,
                },
                _ => None,
            };
            entries.extend(entry);
        }
        // A delegation's people are re-indexed with the other people of its meeting.
        for entry in &entries {
            if let Entry::Delegation(id, Some(meeting)) = entry {
                people_by_meeting.entry(meeting.clone()).or_default().extend(self.delegation_people(id)?);
            }
        }
        // A function changed alone: its person, unless already among the people above.
        text_people.retain(|id| !people_by_meeting.values().any(|people| people.contains(id)));
        for id in text_people {
            self.reindex("participant", &Id::new(id))?;
        }
        for (meeting, people) in people_by_meeting {
            if people.len() > BULK {
                self.reindex_meeting_participants(&Id::new(meeting))?;
            } else {
                for id in people {
                    self.reindex("participant", &Id::new(id))?;
                }
            }
        }
        for entry in entries {
            match entry {
                Entry::Row(kind, id) => self.reindex(kind, &Id::new(id))?,
                Entry::Delegation(id, _) => self.reindex("delegation", &Id::new(id))?,
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

    fn delegation_people(&self, delegation_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM participants WHERE delegation_id = ?1")?;
        let ids = stmt.query_map([delegation_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
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

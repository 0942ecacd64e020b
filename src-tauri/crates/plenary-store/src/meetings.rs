//! Meetings, their pillars, rooms, co-chairs and dialogues.

use crate::error::found;
use crate::rows::{self, TEXT_COLUMNS, text_columns};
use crate::{Db, Result};
use plenary_core::meeting::{Meeting, MeetingKind, MeetingStatus, Pillar, Room, parse_date, parse_time_zone};
use plenary_core::{DomainError, ErrorCode, Id};
use rusqlite::{Row, params};

const MEETING_SELECT: &str = concat!(
    "SELECT m.id, m.kind, m.start_date, m.end_date, m.city, m.country, m.time_zone, m.languages, m.status, ",
    text_columns!("t"), ", ", text_columns!("v"),
    " FROM meetings m
      LEFT JOIN texts t ON t.owner_id = m.id AND t.field = 'title'
      LEFT JOIN texts v ON v.owner_id = m.id AND v.field = 'venue'"
);

fn meeting(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: rows::id(row, 0)?,
        kind: rows::parsed(row, 1, MeetingKind::parse)?,
        start_date: rows::parsed(row, 2, |s| parse_date("start_date", s))?,
        end_date: rows::parsed(row, 3, |s| parse_date("end_date", s))?,
        city: row.get(4)?,
        country: row.get(5)?,
        time_zone: rows::parsed(row, 6, parse_time_zone)?,
        languages: rows::langs(row, 7)?,
        status: rows::parsed(row, 8, MeetingStatus::parse)?,
        title: rows::text(row, 9)?,
        venue: rows::text(row, 9 + TEXT_COLUMNS)?,
    })
}

impl Db<'_> {
    /// Inserts a meeting with its texts.
    pub fn insert_meeting(&self, m: &Meeting) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meetings (id, kind, start_date, end_date, city, country, time_zone, languages, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                m.id.as_str(), m.kind.as_str(), m.start_date.to_string(), m.end_date.to_string(), m.city, m.country,
                m.time_zone.name(), rows::langs_to_text(&m.languages), m.status.as_str(), self.now
            ],
        )?;
        self.save_meeting_texts(m)
    }

    /// Updates a meeting and its texts.
    pub fn update_meeting(&self, m: &Meeting) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE meetings SET kind = ?2, start_date = ?3, end_date = ?4, city = ?5, country = ?6, time_zone = ?7,
                    languages = ?8, status = ?9, updated_at = ?10 WHERE id = ?1",
            params![
                m.id.as_str(), m.kind.as_str(), m.start_date.to_string(), m.end_date.to_string(), m.city, m.country,
                m.time_zone.name(), rows::langs_to_text(&m.languages), m.status.as_str(), self.now
            ],
        )?;
        if changed == 0 {
            return Err(DomainError::not_found("meeting", m.id.as_str()).into());
        }
        self.save_meeting_texts(m)
    }

    fn save_meeting_texts(&self, m: &Meeting) -> Result<()> {
        self.save_text("meeting", &m.id, "title", &m.title)?;
        self.save_text("meeting", &m.id, "venue", &m.venue)
    }

    /// Deletes a meeting and everything in it.
    pub fn delete_meeting(&self, id: &Id) -> Result<()> {
        // Search rows are derived; drop them before the rows they describe disappear.
        self.conn.execute(
            "DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_keys WHERE meeting_id = ?1)",
            [id.as_str()],
        )?;
        self.conn.execute("DELETE FROM search_keys WHERE meeting_id = ?1", [id.as_str()])?;
        if self.conn.execute("DELETE FROM meetings WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("meeting", id.as_str()).into());
        }
        Ok(())
    }

    /// One meeting.
    pub fn meeting(&self, id: &Id) -> Result<Meeting> {
        let mut stmt = self.conn.prepare_cached(&format!("{MEETING_SELECT} WHERE m.id = ?1"))?;
        found(stmt.query_row([id.as_str()], meeting), "meeting", id.as_str())
    }

    /// Every meeting, the most recent first.
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        let mut stmt = self.conn.prepare_cached(&format!("{MEETING_SELECT} ORDER BY m.start_date DESC, m.id"))?;
        Ok(stmt.query_map([], meeting)?.collect::<rusqlite::Result<_>>()?)
    }

    /// The meeting whose English title is `title` and which starts on `start_date`, if any
    /// (how the demo recognises a meeting it already created).
    pub fn find_meeting(&self, title_en: &str, start_date: &str) -> Result<Option<Id>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id FROM meetings m JOIN texts t ON t.owner_id = m.id AND t.field = 'title'
             WHERE t.en_text = ?1 AND m.start_date = ?2",
        )?;
        let mut rows = stmt.query(params![title_en, start_date])?;
        Ok(rows.next()?.map(|r| rows::id(r, 0)).transpose()?)
    }

    /// Replaces the dialogues a meeting belongs to.
    pub fn set_meeting_dialogues(&self, meeting_id: &Id, dialogues: &[Id]) -> Result<()> {
        self.conn.execute("DELETE FROM meeting_dialogues WHERE meeting_id = ?1", [meeting_id.as_str()])?;
        let mut stmt = self.conn.prepare_cached("INSERT INTO meeting_dialogues (meeting_id, dialogue_id) VALUES (?1, ?2)")?;
        for d in dialogues {
            self.dialogue(d)?;
            // The same dialogue twice in the list is the user's mistake, not a storage failure.
            stmt.execute(params![meeting_id.as_str(), d.as_str()]).map_err(|e| duplicate_or(e, "dialogue", d.as_str()))?;
        }
        Ok(())
    }

    /// The dialogues a meeting belongs to.
    pub fn meeting_dialogues(&self, meeting_id: &Id) -> Result<Vec<Id>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT md.dialogue_id FROM meeting_dialogues md
             JOIN texts t ON t.owner_id = md.dialogue_id AND t.field = 'name'
             WHERE md.meeting_id = ?1 ORDER BY t.en_text",
        )?;
        Ok(stmt.query_map([meeting_id.as_str()], |r| rows::id(r, 0))?.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces the meeting's co-chairs (delegations of the meeting), in order.
    pub fn set_co_chairs(&self, meeting_id: &Id, delegations: &[Id]) -> Result<()> {
        self.conn.execute("DELETE FROM meeting_co_chairs WHERE meeting_id = ?1", [meeting_id.as_str()])?;
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO meeting_co_chairs (meeting_id, delegation_id, position) VALUES (?1, ?2, ?3)",
        )?;
        for (i, d) in delegations.iter().enumerate() {
            let delegation = self.delegation(d)?;
            if delegation.meeting_id != *meeting_id {
                return Err(DomainError::new(ErrorCode::WrongMeeting).field("co_chair").detail(d.as_str()).into());
            }
            stmt.execute(params![meeting_id.as_str(), d.as_str(), i as i64 + 1])
                .map_err(|e| duplicate_or(e, "co_chair", d.as_str()))?;
        }
        Ok(())
    }

    /// The meeting's co-chairs (delegation ids), in order.
    pub fn co_chairs(&self, meeting_id: &Id) -> Result<Vec<Id>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT delegation_id FROM meeting_co_chairs WHERE meeting_id = ?1 ORDER BY position",
        )?;
        Ok(stmt.query_map([meeting_id.as_str()], |r| rows::id(r, 0))?.collect::<rusqlite::Result<_>>()?)
    }

    /// Inserts or updates a pillar.
    pub fn save_pillar(&self, p: &Pillar) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO pillars (id, meeting_id, key, position, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (id) DO UPDATE SET key = excluded.key, position = excluded.position, updated_at = excluded.updated_at",
                params![p.id.as_str(), p.meeting_id.as_str(), p.key, p.position, self.now],
            )
            .map_err(|e| duplicate_or(e, "pillar", &p.key))?;
        self.save_text("pillar", &p.id, "name", &p.name)
    }

    /// Deletes a pillar; its sessions keep their place but lose the pillar.
    pub fn delete_pillar(&self, id: &Id) -> Result<()> {
        if self.conn.execute("DELETE FROM pillars WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("pillar", id.as_str()).into());
        }
        Ok(())
    }

    /// The meeting's pillars in order.
    pub fn pillars(&self, meeting_id: &Id) -> Result<Vec<Pillar>> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT p.id, p.meeting_id, p.key, p.position, ", text_columns!("t"),
            " FROM pillars p LEFT JOIN texts t ON t.owner_id = p.id AND t.field = 'name'
              WHERE p.meeting_id = ?1 ORDER BY p.position, p.key"
        ))?;
        let list = stmt.query_map([meeting_id.as_str()], |r| {
            Ok(Pillar { id: rows::id(r, 0)?, meeting_id: rows::id(r, 1)?, key: r.get(2)?, position: r.get(3)?, name: rows::text(r, 4)? })
        })?;
        Ok(list.collect::<rusqlite::Result<_>>()?)
    }

    /// Inserts or updates a room.
    pub fn save_room(&self, room: &Room) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO rooms (id, meeting_id, name, capacity, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, capacity = excluded.capacity, updated_at = excluded.updated_at",
                params![room.id.as_str(), room.meeting_id.as_str(), room.name, room.capacity, self.now],
            )
            .map_err(|e| duplicate_or(e, "room", &room.name))?;
        self.reindex_room_sessions(&room.id)
    }

    /// Deletes a room; its sessions lose their room.
    pub fn delete_room(&self, id: &Id) -> Result<()> {
        // The room's name is in its sessions' search entries: note them before ON DELETE SET
        // NULL forgets which they were, and re-index them after.
        let sessions: Vec<String> = {
            let mut stmt = self.conn.prepare_cached("SELECT id FROM sessions WHERE room_id = ?1")?;
            stmt.query_map([id.as_str()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        if self.conn.execute("DELETE FROM rooms WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("room", id.as_str()).into());
        }
        for s in sessions {
            self.reindex("session", &Id::new(s))?;
        }
        Ok(())
    }

    /// The meeting's rooms by name.
    pub fn rooms(&self, meeting_id: &Id) -> Result<Vec<Room>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, meeting_id, name, capacity FROM rooms WHERE meeting_id = ?1 ORDER BY name COLLATE NOCASE",
        )?;
        let list = stmt.query_map([meeting_id.as_str()], |r| {
            Ok(Room { id: rows::id(r, 0)?, meeting_id: rows::id(r, 1)?, name: r.get(2)?, capacity: r.get(3)? })
        })?;
        Ok(list.collect::<rusqlite::Result<_>>()?)
    }
}

/// Maps a UNIQUE violation to a typed duplicate error naming `field`; other errors pass.
pub(crate) fn duplicate_or(err: rusqlite::Error, field: &str, detail: &str) -> crate::StoreError {
    match &err {
        rusqlite::Error::SqliteFailure(e, _) if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
        {
            DomainError::new(ErrorCode::Duplicate).field(field).detail(detail).into()
        }
        _ => err.into(),
    }
}

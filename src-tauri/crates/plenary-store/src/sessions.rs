//! Sessions of the timetable, the people in them and their agenda items.

use crate::rows::{self, TEXT_COLUMNS, text_columns};
use crate::{Db, Result};
use plenary_core::participant::{NameParts, display_name};
use plenary_core::session::{AgendaItem, Session, SessionKind, SessionRole, parse_time};
use plenary_core::{BilingualText, DomainError, ErrorCode, Id, Lang};
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;
use std::collections::HashMap;

/// A person with a part in a session.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SessionPerson {
    /// The participant.
    pub participant_id: Id,
    /// Their part.
    pub role: SessionRole,
    /// Their place among those with the same part, from 1 (speaking order).
    pub position: i64,
    /// The name as printed.
    pub display_name: String,
    /// Their function.
    pub function: BilingualText,
    /// Their delegation's name in English.
    pub delegation_en: String,
    /// Their delegation's name in French.
    pub delegation_fr: String,
}

/// A session with what the timetable and agenda show of it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SessionRow {
    /// The session.
    #[serde(flatten)]
    pub session: Session,
    /// The room's name.
    pub room: Option<String>,
    /// The pillar's key.
    pub pillar_key: Option<String>,
    /// The pillar's name.
    pub pillar: Option<BilingualText>,
    /// The people, by part and then position.
    pub people: Vec<SessionPerson>,
    /// The agenda items in order.
    pub items: Vec<AgendaItem>,
}

impl SessionRow {
    /// What the conflict check needs of this session: its time, room and people.
    pub fn slot(&self) -> plenary_core::timetable::Slot {
        plenary_core::timetable::Slot {
            session_id: self.session.id.clone(),
            day: self.session.day,
            start: self.session.start,
            end: self.session.end,
            room_id: self.session.room_id.clone(),
            people: self.people.iter().map(|p| p.participant_id.clone()).collect(),
        }
    }

    /// The people with `role`, in order.
    pub fn with_role(&self, role: SessionRole) -> impl Iterator<Item = &SessionPerson> {
        self.people.iter().filter(move |p| p.role == role)
    }
}

const SELECT: &str = concat!(
    "SELECT s.id, s.meeting_id, s.day, s.start_time, s.end_time, s.room_id, s.kind, s.pillar_id, s.interpretation,
            r.name, pl.key, ", text_columns!("t"), ", ", text_columns!("d"), ", ", text_columns!("pn"),
    " FROM sessions s
      LEFT JOIN rooms r ON r.id = s.room_id
      LEFT JOIN pillars pl ON pl.id = s.pillar_id
      LEFT JOIN texts t ON t.owner_id = s.id AND t.field = 'title'
      LEFT JOIN texts d ON d.owner_id = s.id AND d.field = 'description'
      LEFT JOIN texts pn ON pn.owner_id = s.pillar_id AND pn.field = 'name'"
);

fn session_row(r: &Row<'_>) -> rusqlite::Result<SessionRow> {
    let interpretation: String = r.get(8)?;
    let pillar_key: Option<String> = r.get(10)?;
    Ok(SessionRow {
        session: Session {
            id: rows::id(r, 0)?,
            meeting_id: rows::id(r, 1)?,
            day: rows::parsed(r, 2, |s| plenary_core::meeting::parse_date("day", s))?,
            start: rows::parsed(r, 3, |s| parse_time("start", s))?,
            end: rows::parsed(r, 4, |s| parse_time("end", s))?,
            room_id: rows::id_opt(r, 5)?,
            kind: rows::parsed(r, 6, SessionKind::parse)?,
            pillar_id: rows::id_opt(r, 7)?,
            interpretation: interpretation
                .split(',')
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<Lang>().map_err(|e| rows::conversion(8, e)))
                .collect::<rusqlite::Result<_>>()?,
            title: rows::text(r, 11)?,
            description: rows::text(r, 11 + TEXT_COLUMNS)?,
        },
        room: r.get(9)?,
        pillar: match pillar_key {
            Some(_) => Some(rows::text(r, 11 + 2 * TEXT_COLUMNS)?),
            None => None,
        },
        pillar_key,
        people: Vec::new(),
        items: Vec::new(),
    })
}

impl Db<'_> {
    /// Inserts or updates a session with its texts. The caller has checked its times against
    /// the meeting (`Session::validate`); the room and pillar must be the meeting's own.
    pub fn save_session(&self, s: &Session, time_zone: &str) -> Result<()> {
        if let Some(room) = &s.room_id {
            let meeting: Option<String> = self.conn
                .query_row("SELECT meeting_id FROM rooms WHERE id = ?1", [room.as_str()], |r| r.get(0))
                .ok();
            check_same_meeting(meeting, &s.meeting_id, "room", room)?;
        }
        if let Some(pillar) = &s.pillar_id {
            let meeting: Option<String> = self.conn
                .query_row("SELECT meeting_id FROM pillars WHERE id = ?1", [pillar.as_str()], |r| r.get(0))
                .ok();
            check_same_meeting(meeting, &s.meeting_id, "pillar", pillar)?;
        }
        self.conn.execute(
            "INSERT INTO sessions (id, meeting_id, day, start_time, end_time, time_zone, room_id, kind, pillar_id,
                                   interpretation, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
             ON CONFLICT (id) DO UPDATE SET day = excluded.day, start_time = excluded.start_time,
                end_time = excluded.end_time, time_zone = excluded.time_zone, room_id = excluded.room_id,
                kind = excluded.kind, pillar_id = excluded.pillar_id, interpretation = excluded.interpretation,
                updated_at = excluded.updated_at",
            params![
                s.id.as_str(), s.meeting_id.as_str(), s.day.to_string(), s.start.format("%H:%M").to_string(),
                s.end.format("%H:%M").to_string(), time_zone, s.room_id.as_ref().map(Id::as_str), s.kind.as_str(),
                s.pillar_id.as_ref().map(Id::as_str), rows::langs_to_text(&s.interpretation), self.now
            ],
        )?;
        self.save_text("session", &s.id, "title", &s.title)?;
        self.save_text("session", &s.id, "description", &s.description)?;
        self.reindex("session", &s.id)
    }

    /// Deletes a session with its people and agenda items.
    pub fn delete_session(&self, id: &Id) -> Result<()> {
        if self.conn.execute("DELETE FROM sessions WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("session", id.as_str()).into());
        }
        self.unindex(id)
    }

    /// One session with its people and items.
    pub fn session(&self, id: &Id) -> Result<SessionRow> {
        let meeting_id: String = crate::error::found(
            self.conn.query_row("SELECT meeting_id FROM sessions WHERE id = ?1", [id.as_str()], |r| r.get(0)),
            "session",
            id.as_str(),
        )?;
        let mut list = self.sessions_where(&Id::new(meeting_id), Some(id))?;
        list.pop().ok_or_else(|| DomainError::not_found("session", id.as_str()).into())
    }

    /// The sessions of a meeting in time order, with their people and items.
    pub fn sessions(&self, meeting_id: &Id) -> Result<Vec<SessionRow>> {
        self.sessions_where(meeting_id, None)
    }

    fn sessions_where(&self, meeting_id: &Id, only: Option<&Id>) -> Result<Vec<SessionRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE s.meeting_id = ?1 AND (?2 IS NULL OR s.id = ?2) ORDER BY s.day, s.start_time, s.end_time, s.id"
        ))?;
        let only = only.map(Id::as_str);
        let mut list: Vec<SessionRow> =
            stmt.query_map(params![meeting_id.as_str(), only], session_row)?.collect::<rusqlite::Result<_>>()?;
        let index: HashMap<Id, usize> = list.iter().enumerate().map(|(i, s)| (s.session.id.clone(), i)).collect();

        // A person often has several parts (1,300 people hold 5,000 places in a COP's 1,000
        // sessions): each is read once, then put in every place they hold.
        let mut person = self.conn.prepare_cached(concat!(
            "SELECT p.id, p.honorific_prefix, p.given_name, p.family_name, p.honorific_suffix, p.family_name_first,
                    coalesce(d.display_name_en, c.name_en, o.name_en), coalesce(d.display_name_fr, c.name_fr, o.name_fr), ",
            text_columns!("f"),
            " FROM participants p
              JOIN delegations d ON d.id = p.delegation_id
              LEFT JOIN countries c ON c.alpha2 = d.country
              LEFT JOIN organisations o ON o.id = d.organisation_id
              LEFT JOIN texts f ON f.owner_id = p.id AND f.field = 'function'
              WHERE p.id IN (SELECT sp.participant_id FROM session_people sp JOIN sessions s ON s.id = sp.session_id
                             WHERE s.meeting_id = ?1 AND (?2 IS NULL OR s.id = ?2))"
        ))?;
        // Who each person is, as printed: name, function, delegation in English and French.
        let mut people: HashMap<Id, (String, BilingualText, String, String)> = HashMap::new();
        let mut rows = person.query(params![meeting_id.as_str(), only])?;
        while let Some(r) = rows.next()? {
            let name = display_name(NameParts {
                prefix: r.get_ref(1)?.as_str_or_null()?,
                given: r.get_ref(2)?.as_str()?,
                family: r.get_ref(3)?.as_str()?,
                suffix: r.get_ref(4)?.as_str_or_null()?,
                family_first: r.get(5)?,
            });
            people.insert(rows::id(r, 0)?, (name, rows::text(r, 8)?, r.get(6)?, r.get(7)?));
        }
        let mut places = self.conn.prepare_cached(
            "SELECT sp.session_id, sp.participant_id, sp.role, sp.position FROM session_people sp JOIN sessions s ON s.id = sp.session_id
             WHERE s.meeting_id = ?1 AND (?2 IS NULL OR s.id = ?2)",
        )?;
        let mut rows = places.query(params![meeting_id.as_str(), only])?;
        while let Some(r) = rows.next()? {
            let Some(&i) = index.get(&rows::id(r, 0)?) else { continue };
            // Someone whose delegation is missing (possible only behind the store's back, and
            // reported by `check`) cannot be printed with it, and is left out.
            let participant_id = rows::id(r, 1)?;
            let Some((name, function, delegation_en, delegation_fr)) = people.get(&participant_id) else { continue };
            list[i].people.push(SessionPerson {
                role: rows::parsed(r, 2, SessionRole::parse)?,
                position: r.get(3)?,
                display_name: name.clone(),
                function: function.clone(),
                delegation_en: delegation_en.clone(),
                delegation_fr: delegation_fr.clone(),
                participant_id,
            });
        }
        for s in &mut list {
            s.people.sort_by_key(|p| (p.role, p.position));
        }

        let mut items = self.conn.prepare_cached(concat!(
            "SELECT a.id, a.session_id, a.position, ", text_columns!("t"),
            " FROM agenda_items a JOIN sessions s ON s.id = a.session_id
              LEFT JOIN texts t ON t.owner_id = a.id AND t.field = 'title'
              WHERE s.meeting_id = ?1 AND (?2 IS NULL OR s.id = ?2) ORDER BY a.session_id, a.position"
        ))?;
        let mut rows = items.query(params![meeting_id.as_str(), only])?;
        while let Some(r) = rows.next()? {
            let item = AgendaItem { id: rows::id(r, 0)?, session_id: rows::id(r, 1)?, position: r.get(2)?, title: rows::text(r, 3)? };
            if let Some(&i) = index.get(&item.session_id) {
                list[i].items.push(item);
            }
        }
        Ok(list)
    }

    /// Replaces the people of a session. Each participant must be of the session's meeting;
    /// positions follow the order given, counted per part.
    pub fn set_session_people(&self, session_id: &Id, people: &[(Id, SessionRole)]) -> Result<()> {
        let meeting: String = crate::error::found(
            self.conn.query_row("SELECT meeting_id FROM sessions WHERE id = ?1", [session_id.as_str()], |r| r.get(0)),
            "session",
            session_id.as_str(),
        )?;
        self.conn.execute("DELETE FROM session_people WHERE session_id = ?1", [session_id.as_str()])?;
        let mut insert = self.conn.prepare_cached(
            "INSERT INTO session_people (session_id, participant_id, role, position) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut positions: HashMap<SessionRole, i64> = HashMap::new();
        for (participant, role) in people {
            let of: Option<String> = self.conn
                .query_row("SELECT meeting_id FROM participants WHERE id = ?1", [participant.as_str()], |r| r.get(0))
                .ok();
            check_same_meeting(of, &Id::new(meeting.as_str()), "participant", participant)?;
            let position = positions.entry(*role).or_insert(0);
            *position += 1;
            insert
                .execute(params![session_id.as_str(), participant.as_str(), role.as_str(), *position])
                .map_err(|e| crate::meetings::duplicate_or(e, "participant", participant.as_str()))?;
        }
        Ok(())
    }

    /// Inserts or updates an agenda item.
    pub fn save_agenda_item(&self, item: &AgendaItem) -> Result<()> {
        self.conn.execute(
            "INSERT INTO agenda_items (id, session_id, position, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (id) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at",
            params![item.id.as_str(), item.session_id.as_str(), item.position, self.now],
        )?;
        self.save_text("agenda_item", &item.id, "title", &item.title)?;
        self.reindex("session", &item.session_id)
    }

    /// Deletes an agenda item.
    pub fn delete_agenda_item(&self, id: &Id) -> Result<()> {
        let session: String = crate::error::found(
            self.conn.query_row("SELECT session_id FROM agenda_items WHERE id = ?1", [id.as_str()], |r| r.get(0)),
            "agenda_item",
            id.as_str(),
        )?;
        self.conn.execute("DELETE FROM agenda_items WHERE id = ?1", [id.as_str()])?;
        self.reindex("session", &Id::new(session))
    }

    /// Re-indexes the sessions held in a room (its name is part of their entries).
    pub(crate) fn reindex_room_sessions(&self, room_id: &Id) -> Result<()> {
        let ids: Vec<String> = {
            let mut stmt = self.conn.prepare_cached("SELECT id FROM sessions WHERE room_id = ?1")?;
            stmt.query_map([room_id.as_str()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        for id in ids {
            self.reindex("session", &Id::new(id))?;
        }
        Ok(())
    }
}

/// Rows of a meeting that rows elsewhere may point at.
#[derive(Debug, Clone, Copy)]
pub(crate) enum MeetingRow {
    /// A pillar.
    Pillar,
    /// A session.
    Session,
    /// A delegation.
    Delegation,
    /// A participant.
    Participant,
}

impl Db<'_> {
    /// Checks that the row `id` exists (not found otherwise) and belongs to `meeting_id`
    /// (`wrong_meeting` otherwise), naming it by its kind.
    pub(crate) fn check_of_meeting(&self, row: MeetingRow, id: &Id, meeting_id: &Id) -> Result<()> {
        let (sql, field) = match row {
            MeetingRow::Pillar => ("SELECT meeting_id FROM pillars WHERE id = ?1", "pillar"),
            MeetingRow::Session => ("SELECT meeting_id FROM sessions WHERE id = ?1", "session"),
            MeetingRow::Delegation => ("SELECT meeting_id FROM delegations WHERE id = ?1", "delegation"),
            MeetingRow::Participant => ("SELECT meeting_id FROM participants WHERE id = ?1", "participant"),
        };
        let found: Option<String> = self.conn.prepare_cached(sql)?.query_row([id.as_str()], |r| r.get(0)).optional()?;
        check_same_meeting(found, meeting_id, field, id)
    }
}

fn check_same_meeting(found: Option<String>, meeting_id: &Id, field: &str, id: &Id) -> Result<()> {
    match found {
        None => Err(DomainError::not_found(field, id.as_str()).into()),
        Some(m) if m != meeting_id.as_str() => Err(DomainError::new(ErrorCode::WrongMeeting).field(field).detail(id.as_str()).into()),
        Some(_) => Ok(()),
    }
}

//! Rapporteurs' notes, taken per session during the meeting, in one language.

use crate::error::found;
use crate::rows::{self, text_columns};
use crate::{Db, Result};
use chrono::NaiveDate;
use plenary_core::session::parse_time;
use plenary_core::{BilingualText, DomainError, Id, Lang};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A rapporteur's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Note {
    /// The note.
    pub id: Id,
    /// The session it was taken in.
    pub session_id: Id,
    /// The language it is written in.
    pub lang: Lang,
    /// What the rapporteur wrote.
    pub body: String,
    /// When it last changed (RFC 3339, UTC).
    pub updated_at: String,
    /// The paragraphs made from it, oldest first.
    pub paragraphs: Vec<Id>,
}

/// A session of the meeting with its notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SessionNotes {
    /// The session.
    pub session_id: Id,
    /// Its title.
    pub title: BilingualText,
    /// Its day.
    pub day: NaiveDate,
    /// Its start, venue time (`HH:MM`).
    pub start: String,
    /// Its notes, oldest first.
    pub notes: Vec<Note>,
}

const NOTE: &str = "SELECT n.id, n.session_id, n.lang, n.body, n.updated_at FROM outcome_notes n";

fn note(r: &rusqlite::Row<'_>) -> rusqlite::Result<Note> {
    Ok(Note {
        id: rows::id(r, 0)?,
        session_id: rows::id(r, 1)?,
        lang: rows::parsed(r, 2, |s| s.parse::<Lang>())?,
        body: r.get(3)?,
        updated_at: r.get(4)?,
        paragraphs: Vec::new(),
    })
}

impl Db<'_> {
    /// Inserts or updates a note (its language and body; a note stays in its session).
    pub fn save_outcome_note(&self, id: &Id, session_id: &Id, lang: Lang, body: &str) -> Result<()> {
        found(
            self.conn.query_row("SELECT id FROM sessions WHERE id = ?1", [session_id.as_str()], |r| r.get::<_, String>(0)),
            "session",
            session_id.as_str(),
        )?;
        self.conn.execute(
            "INSERT INTO outcome_notes (id, session_id, lang, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (id) DO UPDATE SET lang = excluded.lang, body = excluded.body, updated_at = excluded.updated_at
             WHERE lang IS NOT excluded.lang OR body IS NOT excluded.body",
            params![id.as_str(), session_id.as_str(), lang.code(), body, self.now],
        )?;
        Ok(())
    }

    /// One note with the paragraphs made from it.
    pub fn outcome_note(&self, id: &Id) -> Result<Note> {
        let mut stmt = self.conn.prepare_cached(&format!("{NOTE} WHERE n.id = ?1"))?;
        let mut note = found(stmt.query_row([id.as_str()], note), "note", id.as_str())?;
        let mut stmt = self.conn.prepare_cached("SELECT id FROM outcome_paragraphs WHERE note_id = ?1 ORDER BY created_at, id")?;
        note.paragraphs = stmt.query_map([id.as_str()], |r| rows::id(r, 0))?.collect::<rusqlite::Result<_>>()?;
        Ok(note)
    }

    /// Deletes a note; paragraphs made from it stay, without the link.
    pub fn delete_outcome_note(&self, id: &Id) -> Result<()> {
        if self.conn.execute("DELETE FROM outcome_notes WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("note", id.as_str()).into());
        }
        Ok(())
    }

    /// Every session of a meeting in timetable order, each with its notes (oldest first)
    /// and the paragraphs made from them, in three queries.
    pub fn session_notes(&self, meeting_id: &Id) -> Result<Vec<SessionNotes>> {
        self.meeting(meeting_id)?;
        let m = meeting_id.as_str();
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT s.id, s.day, s.start_time, ", text_columns!("t"),
            " FROM sessions s LEFT JOIN texts t ON t.owner_id = s.id AND t.field = 'title'
              WHERE s.meeting_id = ?1 ORDER BY s.day, s.start_time, s.end_time, s.id"
        ))?;
        let mut sessions: Vec<SessionNotes> = stmt
            .query_map([m], |r| {
                let start: String = r.get(2)?;
                parse_time("start", &start).map_err(|e| rows::conversion(2, e))?;
                Ok(SessionNotes {
                    session_id: rows::id(r, 0)?,
                    day: rows::parsed(r, 1, |s| plenary_core::meeting::parse_date("day", s))?,
                    start,
                    title: rows::text(r, 3)?,
                    notes: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let index: HashMap<Id, usize> = sessions.iter().enumerate().map(|(i, s)| (s.session_id.clone(), i)).collect();

        let mut stmt = self.conn.prepare_cached(
            "SELECT p.note_id, p.id FROM outcome_paragraphs p JOIN outcome_notes n ON n.id = p.note_id
             JOIN sessions s ON s.id = n.session_id WHERE s.meeting_id = ?1 ORDER BY p.created_at, p.id",
        )?;
        let mut made: HashMap<Id, Vec<Id>> = HashMap::new();
        for pair in stmt.query_map([m], |r| Ok((rows::id(r, 0)?, rows::id(r, 1)?)))? {
            let (note, paragraph) = pair?;
            made.entry(note).or_default().push(paragraph);
        }

        let mut stmt = self.conn.prepare_cached(&format!(
            "{NOTE} JOIN sessions s ON s.id = n.session_id WHERE s.meeting_id = ?1 ORDER BY n.created_at, n.id"
        ))?;
        for found in stmt.query_map([m], note)? {
            let mut note = found?;
            note.paragraphs = made.remove(&note.id).unwrap_or_default();
            if let Some(&i) = index.get(&note.session_id) {
                sessions[i].notes.push(note);
            }
        }
        Ok(sessions)
    }
}

//! What a snapshot holds, read from the copy itself: its meetings and their counts.

use super::{SnapshotContents, SnapshotMeeting};
use crate::error::Result;
use crate::migrations;
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;

/// Reads the meetings of `conn` (any schema version Plenary released) with their counts.
pub(crate) fn read(conn: &Connection) -> Result<SnapshotContents> {
    let schema_version = migrations::current_version(conn)?;
    let mut meetings = Vec::new();
    if has_table(conn, "meetings")? {
        let mut stmt = conn.prepare(
            "SELECT m.id, m.start_date, COALESCE(t.en_text, ''), COALESCE(t.fr_text, ''),
                    (SELECT count(*) FROM participants p WHERE p.meeting_id = m.id),
                    (SELECT count(*) FROM delegations d WHERE d.meeting_id = m.id),
                    (SELECT count(*) FROM sessions s WHERE s.meeting_id = m.id)
               FROM meetings m LEFT JOIN texts t ON t.owner_id = m.id AND t.field = 'title'
              ORDER BY m.start_date DESC, m.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SnapshotMeeting {
                id: r.get(0)?,
                start_date: r.get(1)?,
                title_en: r.get(2)?,
                title_fr: r.get(3)?,
                participants: r.get(4)?,
                delegations: r.get(5)?,
                sessions: r.get(6)?,
                paragraphs: 0,
            })
        })?;
        meetings = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    }
    // Outcome documents came with schema 5; an older snapshot simply has no paragraphs.
    if has_table(conn, "outcome_paragraphs")? {
        let mut stmt = conn.prepare(
            "SELECT d.meeting_id, count(*) FROM outcome_paragraphs p JOIN outcome_documents d ON d.id = p.document_id
              GROUP BY d.meeting_id",
        )?;
        let counts: HashMap<String, u32> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        for meeting in &mut meetings {
            meeting.paragraphs = counts.get(&meeting.id).copied().unwrap_or(0);
        }
    }
    let sum = |f: fn(&SnapshotMeeting) -> u32| meetings.iter().map(f).sum();
    Ok(SnapshotContents {
        schema_version,
        participants: sum(|m| m.participants),
        delegations: sum(|m| m.delegations),
        sessions: sum(|m| m.sessions),
        paragraphs: sum(|m| m.paragraphs),
        meetings,
    })
}

fn has_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", [name], |_| Ok(()))
        .optional()?
        .is_some())
}

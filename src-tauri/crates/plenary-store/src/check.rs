//! The integrity and consistency report behind `plenary check`.

use crate::{Db, Result, migrations};
use plenary_core::session::check_slot;
use plenary_core::timetable::{Conflict, Slot, conflicts};
use plenary_core::{Id, Lang};
use serde::Serialize;

/// One thing found wrong.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Problem {
    /// `error` (the data is wrong) or `warning` (worth a look, e.g. a timetable clash).
    pub severity: &'static str,
    /// A stable code (`integrity`, `foreign_key`, `session_time`, `conflict`…).
    pub code: &'static str,
    /// What and where, in English.
    pub detail: String,
}

impl Problem {
    fn error(code: &'static str, detail: impl Into<String>) -> Self {
        Problem { severity: "error", code, detail: detail.into() }
    }

    fn warning(code: &'static str, detail: impl Into<String>) -> Self {
        Problem { severity: "warning", code, detail: detail.into() }
    }
}

impl Db<'_> {
    /// Checks the file and the data: SQLite's integrity check, foreign keys, the schema
    /// version, participants in their delegation's meeting, session times against the
    /// meeting, orphaned texts, the search index, and clashes in each timetable.
    pub fn check(&self) -> Result<Vec<Problem>> {
        let mut out = Vec::new();
        let verdict: Vec<String> = {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        if verdict != ["ok"] {
            out.extend(verdict.into_iter().map(|v| Problem::error("integrity", v)));
        }
        let mut stmt = self.conn.prepare("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check")?;
        let fk = stmt.query_map([], |r| {
            Ok(format!("{} row {} refers to a missing {}", r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(0), r.get::<_, String>(2)?))
        })?;
        for f in fk {
            out.push(Problem::error("foreign_key", f?));
        }
        let version = migrations::current_version(self.conn)?;
        if version != migrations::latest_version() {
            out.push(Problem::error("schema", format!("schema {version}, expected {}", migrations::latest_version())));
        }
        let mut stmt = self.conn.prepare(
            "SELECT p.id FROM participants p JOIN delegations d ON d.id = p.delegation_id WHERE p.meeting_id <> d.meeting_id",
        )?;
        for id in stmt.query_map([], |r| r.get::<_, String>(0))? {
            out.push(Problem::error("participant_meeting", format!("participant {} is not in its delegation's meeting", id?)));
        }
        let mut stmt = self.conn.prepare(
            "SELECT owner_kind, owner_id FROM texts t WHERE NOT EXISTS (
                SELECT 1 FROM meetings WHERE id = t.owner_id UNION ALL SELECT 1 FROM dialogues WHERE id = t.owner_id
                UNION ALL SELECT 1 FROM pillars WHERE id = t.owner_id UNION ALL SELECT 1 FROM participants WHERE id = t.owner_id
                UNION ALL SELECT 1 FROM sessions WHERE id = t.owner_id UNION ALL SELECT 1 FROM agenda_items WHERE id = t.owner_id
                UNION ALL SELECT 1 FROM outcome_documents WHERE id = t.owner_id UNION ALL SELECT 1 FROM outcome_sections WHERE id = t.owner_id
                UNION ALL SELECT 1 FROM outcome_paragraphs WHERE id = t.owner_id UNION ALL SELECT 1 FROM outcome_facts WHERE id = t.owner_id)",
        )?;
        for row in stmt.query_map([], |r| Ok(format!("text of missing {} {}", r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            out.push(Problem::error("orphan_text", row?));
        }
        // Every searchable row must be indexed with its current text, and nothing else.
        let stale: i64 = self.conn.query_row(
            "SELECT count(*) FROM search_source s LEFT JOIN search_keys k ON k.ref_id = s.ref_id
             LEFT JOIN search_index i ON i.rowid = k.rowid WHERE i.name IS NOT s.name OR i.body IS NOT s.body",
            [],
            |r| r.get(0),
        )?;
        let extra: i64 = self.conn.query_row(
            "SELECT count(*) FROM search_keys k WHERE NOT EXISTS (SELECT 1 FROM search_source s WHERE s.ref_id = k.ref_id)",
            [],
            |r| r.get(0),
        )?;
        if stale + extra > 0 {
            out.push(Problem::error("search_index", format!("{stale} rows indexed with old text or not at all, {extra} entries for rows that are gone")));
        }
        for meeting in self.meetings()? {
            let sessions = self.sessions(&meeting.id)?;
            for s in &sessions {
                let title = s.session.title.get_or_other(Lang::En);
                if let Err(e) = check_slot(&meeting, s.session.day, s.session.start, s.session.end) {
                    out.push(Problem::error("session_time", format!("session “{title}” ({}): {}", s.session.id, e.message(Lang::En))));
                }
            }
            let slots: Vec<Slot> = sessions.iter().map(crate::SessionRow::slot).collect();
            let title = |id: &Id| {
                sessions.iter().find(|s| &s.session.id == id).map(|s| s.session.title.get_or_other(Lang::En).to_owned()).unwrap_or_default()
            };
            for c in conflicts(&slots) {
                let detail = match &c {
                    Conflict::RoomDoubleBooked { room_id, first, second } => {
                        format!("room {room_id} is booked by “{}” and “{}” at once", title(first), title(second))
                    }
                    Conflict::PersonDoubleBooked { participant_id, first, second } => {
                        format!("participant {participant_id} is expected in “{}” and “{}” at once", title(first), title(second))
                    }
                };
                out.push(Problem::warning("conflict", detail));
            }
        }
        Ok(out)
    }
}

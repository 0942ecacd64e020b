//! Released versions of a meeting's agenda: frozen snapshots, numbered per meeting.

use crate::rows;
use crate::{Db, Result};
use chrono::NaiveDate;
use plenary_core::{DomainError, Id};
use rusqlite::{Row, params};
use serde::Serialize;

/// A released version, without its snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct AgendaVersionRow {
    /// Its id.
    pub id: Id,
    /// The meeting.
    pub meeting_id: Id,
    /// Its number, from 1 ("Rev. 1").
    pub number: i32,
    /// The day it was released, in the venue's zone.
    pub released_on: NaiveDate,
    /// What the organiser noted about it.
    pub note: String,
    /// When it was released (RFC 3339, UTC).
    pub released_at: String,
}

fn version_row(r: &Row<'_>) -> rusqlite::Result<AgendaVersionRow> {
    Ok(AgendaVersionRow {
        id: rows::id(r, 0)?,
        meeting_id: rows::id(r, 1)?,
        number: r.get(2)?,
        released_on: rows::parsed(r, 3, |s| plenary_core::meeting::parse_date("released_on", s))?,
        note: r.get(4)?,
        released_at: r.get(5)?,
    })
}

impl Db<'_> {
    /// Stores a new released version of the agenda of `meeting_id`, numbered one more than
    /// the last (numbers are never reused, even after a delete). `snapshot` receives that
    /// number and returns the agenda as JSON, so that the snapshot can carry its own number.
    /// Runs inside the caller's write transaction: reading the last number and inserting
    /// cannot be split by another writer, and the UNIQUE (meeting, number) key backs it up.
    pub fn insert_agenda_version(
        &self,
        id: &Id,
        meeting_id: &Id,
        released_on: NaiveDate,
        note: &str,
        snapshot: impl FnOnce(i32) -> std::result::Result<String, DomainError>,
    ) -> Result<AgendaVersionRow> {
        let last: i32 = self.conn.query_row(
            "SELECT coalesce(max(number), 0) FROM agenda_versions WHERE meeting_id = ?1",
            [meeting_id.as_str()],
            |r| r.get(0),
        )?;
        let number = last + 1;
        let json = snapshot(number)?;
        self.conn.execute(
            "INSERT INTO agenda_versions (id, meeting_id, number, released_on, note, snapshot, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![id.as_str(), meeting_id.as_str(), number, released_on.to_string(), note, json, self.now],
        )?;
        Ok(AgendaVersionRow {
            id: id.clone(),
            meeting_id: meeting_id.clone(),
            number,
            released_on,
            note: note.to_owned(),
            released_at: self.now.clone(),
        })
    }

    /// The released versions of a meeting's agenda, oldest first.
    pub fn agenda_versions(&self, meeting_id: &Id) -> Result<Vec<AgendaVersionRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, meeting_id, number, released_on, note, created_at FROM agenda_versions
             WHERE meeting_id = ?1 ORDER BY number",
        )?;
        Ok(stmt.query_map([meeting_id.as_str()], version_row)?.collect::<rusqlite::Result<_>>()?)
    }

    /// The version `number` of a meeting's agenda and its snapshot (JSON, as stored).
    pub fn agenda_version(&self, meeting_id: &Id, number: i32) -> Result<(AgendaVersionRow, String)> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, meeting_id, number, released_on, note, created_at, snapshot FROM agenda_versions
             WHERE meeting_id = ?1 AND number = ?2",
        )?;
        let found = stmt.query_row(params![meeting_id.as_str(), number], |r| Ok((version_row(r)?, r.get::<_, String>(6)?)));
        crate::error::found(found, "version", &number.to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::Store;
    use chrono::{NaiveDate, TimeZone, Utc};
    use plenary_core::clock::FixedClock;
    use plenary_core::meeting::{Meeting, MeetingKind, MeetingStatus};
    use plenary_core::{BilingualText, DomainError, ErrorCode, Id, Lang, TranslationState};
    use std::sync::Arc;

    fn store_with_meeting() -> (Store, Id) {
        let clock = FixedClock(Utc.with_ymd_and_hms(2025, 10, 20, 9, 0, 0).single().expect("an instant"));
        let mut store = Store::open_in_memory(Arc::new(clock)).expect("an in-memory store");
        let id = Id::from("m-1");
        let meeting = Meeting {
            id: id.clone(),
            title: BilingualText::pair("Lagos", "Lagos", TranslationState::Final),
            kind: MeetingKind::Other,
            start_date: day(4),
            end_date: day(5),
            venue: BilingualText::default(),
            city: "Lagos".into(),
            country: None,
            time_zone: plenary_core::meeting::parse_time_zone("Africa/Lagos").expect("a zone"),
            languages: vec![Lang::En, Lang::Fr],
            status: MeetingStatus::Planning,
        };
        store.write(|db| db.insert_meeting(&meeting)).expect("the meeting is stored");
        (store, id)
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 11, d).expect("a day")
    }

    #[test]
    fn versions_are_numbered_from_one_and_keep_their_snapshot() {
        let (mut store, m) = store_with_meeting();
        let first = store
            .write(|db| db.insert_agenda_version(&Id::from("v-1"), &m, day(4), "", |n| Ok(format!("{{\"n\":{n}}}"))))
            .expect("first release");
        let second = store
            .write(|db| db.insert_agenda_version(&Id::from("v-2"), &m, day(5), "speakers confirmed", |n| Ok(format!("{{\"n\":{n}}}"))))
            .expect("second release");
        assert_eq!((first.number, second.number), (1, 2), "each release takes the next number");
        assert_eq!(second.released_at, "2025-10-20T09:00:00.000Z", "dated by the injected clock");
        let listed = store.read(|db| db.agenda_versions(&m)).expect("list");
        assert_eq!(listed, vec![first, second.clone()], "oldest first, as stored");
        let (row, snapshot) = store.read(|db| db.agenda_version(&m, 2)).expect("version 2");
        assert_eq!(row, second);
        assert_eq!(snapshot, "{\"n\":2}", "the snapshot was written with its own number");
    }

    #[test]
    fn a_refused_snapshot_writes_nothing_and_an_unknown_version_is_not_found() {
        let (mut store, m) = store_with_meeting();
        let err = store
            .write(|db| db.insert_agenda_version(&Id::from("v-1"), &m, day(4), "", |_| Err(DomainError::invalid("format", "x"))))
            .expect_err("the snapshot could not be made");
        assert!(err.to_string().contains("format"), "{err}");
        assert!(store.read(|db| db.agenda_versions(&m)).expect("list").is_empty(), "nothing was stored");
        let err = DomainError::from(store.read(|db| db.agenda_version(&m, 1)).expect_err("no version yet"));
        assert_eq!((err.code, err.field.as_deref(), err.detail.as_deref()), (ErrorCode::NotFound, Some("version"), Some("1")));
    }

    #[test]
    fn a_snapshot_must_be_json() {
        let (mut store, m) = store_with_meeting();
        let refused = store.write(|db| db.insert_agenda_version(&Id::from("v-1"), &m, day(4), "", |_| Ok("not json".into())));
        assert!(refused.is_err(), "the table's CHECK (json_valid) refuses a snapshot that is not JSON");
    }
}

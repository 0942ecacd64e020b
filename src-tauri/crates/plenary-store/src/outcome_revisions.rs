//! Named revisions of an outcome document: frozen snapshots, numbered per document.

use crate::error::found;
use crate::meetings::duplicate_or;
use crate::{Db, Result, rows};
use chrono::NaiveDate;
use plenary_core::{DomainError, Id};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

/// A revision, without its snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RevisionSummary {
    /// The revision.
    pub id: Id,
    /// Its number, from 1, in the order revisions were saved.
    pub number: i32,
    /// Its name ("Rev.1", "Final draft", "Adopted").
    pub name: String,
    /// Whether Plenary saved it (on adoption, around a restore) rather than a person.
    pub automatic: bool,
    /// The day it was saved, in the venue's zone.
    pub saved_on: NaiveDate,
    /// When it was saved (RFC 3339, UTC).
    pub saved_at: String,
    /// How many paragraphs it holds.
    pub paragraphs: u32,
}

/// What a new revision is.
#[derive(Debug, Clone)]
pub struct NewRevision<'a> {
    /// Its id.
    pub id: &'a Id,
    /// The document.
    pub document_id: &'a Id,
    /// Its name.
    pub name: &'a str,
    /// Whether Plenary saves it on its own.
    pub automatic: bool,
    /// The day, in the venue's zone.
    pub saved_on: NaiveDate,
    /// How many paragraphs the snapshot holds.
    pub paragraphs: u32,
}

const REVISION: &str = "SELECT id, number, name, automatic, saved_on, created_at, paragraphs FROM outcome_revisions";
const WITH_SNAPSHOT: &str = "SELECT id, number, name, automatic, saved_on, created_at, paragraphs, snapshot FROM outcome_revisions";

fn revision(r: &Row<'_>) -> rusqlite::Result<RevisionSummary> {
    Ok(RevisionSummary {
        id: rows::id(r, 0)?,
        number: r.get(1)?,
        name: r.get(2)?,
        automatic: r.get(3)?,
        saved_on: rows::parsed(r, 4, |s| plenary_core::meeting::parse_date("saved_on", s))?,
        saved_at: r.get(5)?,
        paragraphs: u32::try_from(r.get::<_, i64>(6)?).unwrap_or(u32::MAX),
    })
}

impl Db<'_> {
    /// Stores a revision numbered one more than the document's last (numbers are never
    /// reused). `snapshot` receives that number and returns the document as JSON, so that
    /// the snapshot carries its own number. A name a person gave that the document already
    /// has (case ignored) is refused as a duplicate of `revision_name`.
    pub fn insert_outcome_revision(
        &self,
        new: &NewRevision<'_>,
        snapshot: impl FnOnce(i32) -> std::result::Result<String, DomainError>,
    ) -> Result<RevisionSummary> {
        let last: i32 = self.conn.query_row(
            "SELECT coalesce(max(number), 0) FROM outcome_revisions WHERE document_id = ?1",
            [new.document_id.as_str()],
            |r| r.get(0),
        )?;
        let number = last + 1;
        let json = snapshot(number)?;
        self.conn
            .execute(
                "INSERT INTO outcome_revisions (id, document_id, number, name, automatic, saved_on, paragraphs, snapshot, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    new.id.as_str(), new.document_id.as_str(), number, new.name, new.automatic, new.saved_on.to_string(),
                    i64::from(new.paragraphs), json, self.now
                ],
            )
            .map_err(|e| duplicate_or(e, "revision_name", new.name))?;
        Ok(RevisionSummary {
            id: new.id.clone(),
            number,
            name: new.name.to_owned(),
            automatic: new.automatic,
            saved_on: new.saved_on,
            saved_at: self.now.clone(),
            paragraphs: new.paragraphs,
        })
    }

    /// The revisions of a document, newest first.
    pub fn outcome_revisions(&self, document_id: &Id) -> Result<Vec<RevisionSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!("{REVISION} WHERE document_id = ?1 ORDER BY number DESC"))?;
        Ok(stmt.query_map([document_id.as_str()], revision)?.collect::<rusqlite::Result<_>>()?)
    }

    /// One revision with its snapshot (JSON, as stored).
    pub fn outcome_revision(&self, id: &Id) -> Result<(RevisionSummary, String)> {
        let mut stmt = self.conn.prepare_cached(&format!("{WITH_SNAPSHOT} WHERE id = ?1"))?;
        found(stmt.query_row([id.as_str()], |r| Ok((revision(r)?, r.get(7)?))), "revision", id.as_str())
    }

    /// The newest revision of a document with its snapshot, if it has any.
    pub fn newest_outcome_revision(&self, document_id: &Id) -> Result<Option<(RevisionSummary, String)>> {
        let mut stmt = self.conn.prepare_cached(&format!("{WITH_SNAPSHOT} WHERE document_id = ?1 ORDER BY number DESC LIMIT 1"))?;
        Ok(stmt.query_row([document_id.as_str()], |r| Ok((revision(r)?, r.get(7)?))).optional()?)
    }

    /// The revisions of a document whose snapshot holds `paragraph_id`, oldest first, with
    /// their snapshots. Ids are UUIDs, so finding the id's text in a snapshot finds the
    /// paragraph without parsing the snapshots that do not hold it.
    pub fn revisions_holding(&self, document_id: &Id, paragraph_id: &Id) -> Result<Vec<(RevisionSummary, String)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{WITH_SNAPSHOT} WHERE document_id = ?1 AND instr(snapshot, '\"' || ?2 || '\"') > 0 ORDER BY number"
        ))?;
        let found = stmt.query_map(params![document_id.as_str(), paragraph_id.as_str()], |r| Ok((revision(r)?, r.get(7)?)))?;
        Ok(found.collect::<rusqlite::Result<_>>()?)
    }
}

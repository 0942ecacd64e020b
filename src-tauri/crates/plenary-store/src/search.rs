//! The full-text index over participants, organisations and sessions (FTS5, accents and
//! case ignored), kept in step with every write in the same transaction.

use crate::participants::fts_query;
use crate::rows;
use crate::{Db, Result};
use plenary_core::Id;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// A search result.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Hit {
    /// `participant`, `organisation` or `session`.
    pub kind: String,
    /// The row's id.
    pub id: Id,
    /// The meeting it belongs to (none for organisations).
    pub meeting_id: Option<Id>,
    /// The matching text with the matches in [brackets].
    pub snippet: String,
}

impl Db<'_> {
    /// Replaces the index entry of row `id` of `kind` with what `search_source` says of it.
    pub(crate) fn reindex(&self, kind: &str, id: &Id) -> Result<()> {
        self.unindex(id)?;
        let source: Option<(Option<String>, String)> = self
            .conn
            .prepare_cached("SELECT meeting_id, body FROM search_source WHERE kind = ?1 AND ref_id = ?2")?
            .query_row(params![kind, id.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((meeting_id, body)) = source else { return Ok(()) };
        self.conn
            .prepare_cached("INSERT INTO search_keys (ref_id, kind, meeting_id) VALUES (?1, ?2, ?3)")?
            .execute(params![id.as_str(), kind, meeting_id])?;
        let rowid = self.conn.last_insert_rowid();
        self.conn.prepare_cached("INSERT INTO search_index (rowid, body) VALUES (?1, ?2)")?.execute(params![rowid, body])?;
        Ok(())
    }

    /// Removes the index entry of row `id`, if any.
    pub(crate) fn unindex(&self, id: &Id) -> Result<()> {
        let rowid: Option<i64> = self
            .conn
            .prepare_cached("SELECT rowid FROM search_keys WHERE ref_id = ?1")?
            .query_row([id.as_str()], |r| r.get(0))
            .optional()?;
        if let Some(rowid) = rowid {
            self.conn.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?.execute([rowid])?;
            self.conn.prepare_cached("DELETE FROM search_keys WHERE rowid = ?1")?.execute([rowid])?;
        }
        Ok(())
    }

    /// Rebuilds the whole index from the data (after a repair, or to check it).
    pub fn rebuild_search_index(&self) -> Result<()> {
        self.conn.execute_batch(
            "DELETE FROM search_index; DELETE FROM search_keys;
             INSERT INTO search_keys (ref_id, kind, meeting_id) SELECT ref_id, kind, meeting_id FROM search_source;
             INSERT INTO search_index (rowid, body)
             SELECT k.rowid, s.body FROM search_source s JOIN search_keys k ON k.ref_id = s.ref_id;",
        )?;
        Ok(())
    }

    /// Searches participants, organisations and sessions. With `meeting_id`, only that
    /// meeting's rows (and organisations) are returned. Best matches first.
    pub fn search(&self, meeting_id: Option<&Id>, text: &str, limit: u32) -> Result<Vec<Hit>> {
        let Some(query) = fts_query(text) else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT k.kind, k.ref_id, k.meeting_id, snippet(search_index, 0, '[', ']', '…', 12)
             FROM search_index JOIN search_keys k ON k.rowid = search_index.rowid
             WHERE search_index MATCH ?1 AND (?2 IS NULL OR k.meeting_id = ?2 OR k.meeting_id IS NULL)
             ORDER BY bm25(search_index) LIMIT ?3",
        )?;
        let hits = stmt.query_map(params![query, meeting_id.map(Id::as_str), limit], |r| {
            Ok(Hit { kind: r.get(0)?, id: rows::id(r, 1)?, meeting_id: rows::id_opt(r, 2)?, snippet: r.get(3)? })
        })?;
        Ok(hits.collect::<rusqlite::Result<_>>()?)
    }
}

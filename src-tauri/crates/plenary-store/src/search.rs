//! The full-text index over participants, delegations, organisations, sessions and outcome
//! paragraphs (FTS5, accents and case ignored), kept in step with every write in the same
//! transaction, and the ranked search over it.

use crate::participants::fts_query;
use crate::rows;
use crate::{Db, Result};
use plenary_core::{Id, Lang};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// The snippet of a match, its matches between [`OPEN`] and [`CLOSE`].
const SNIPPET_SQL: &str = "snippet(search_index, -1, char(2), char(3), '…', 12)";

/// A search result, with what the app needs to show it and to open it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Hit {
    /// `participant`, `delegation`, `organisation`, `session` or `paragraph`.
    pub kind: String,
    /// The row's id.
    pub id: Id,
    /// The meeting it belongs to (none for organisations).
    pub meeting_id: Option<Id>,
    /// What the row is called, in the requested language: a participant's printed name, a
    /// delegation's or organisation's name, a session's title, "OP3 — Outcome document".
    pub title: String,
    /// Where it belongs, in the requested language: a participant's delegation, a session's
    /// day and time, a paragraph's kind of document.
    pub context: String,
    /// The matching text with the matches in [brackets], for plain-text output.
    pub snippet: String,
    /// The same text cut where the matches start and end; unlike `snippet`, unambiguous when
    /// the text itself has brackets (contested passages of a paragraph).
    pub segments: Vec<Segment>,
    /// The delegation to open a participant in (its own id for a delegation; for an
    /// organisation, its delegation to the meeting searched, if any).
    pub delegation_id: Option<Id>,
    /// The document to open a paragraph in.
    pub document_id: Option<Id>,
    /// How many rows of this kind match in all, of which at most the requested number per
    /// kind are returned.
    pub kind_total: u64,
}

/// A piece of a hit's snippet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// Whether it is a match.
    pub matched: bool,
}

/// What a match starts and ends with in FTS5 snippets: control characters, which no stored
/// text holds, so that brackets of the text itself stay text.
const OPEN: char = '\u{2}';
const CLOSE: char = '\u{3}';

/// Cuts an FTS5 snippet marked with [`OPEN`] and [`CLOSE`] into segments.
fn segments(marked: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut matched = false;
    for part in marked.split([OPEN, CLOSE]) {
        if !part.is_empty() {
            out.push(Segment { text: part.to_owned(), matched });
        }
        matched = !matched;
    }
    out
}

/// The snippet with its matches in [brackets].
fn bracketed(segments: &[Segment]) -> String {
    segments.iter().map(|s| if s.matched { format!("[{}]", s.text) } else { s.text.clone() }).collect()
}

/// A kind with at most this many matches has them all ranked (BM25, a bounded top-N sort);
/// beyond, ranking every match would cost tens of milliseconds for a short prefix that
/// matches most of a large meeting, for an order that means little at that point.
const RANK_ALL_UP_TO: i64 = 2_000;

/// The matches of `?1` of kind `?2` in meeting `?3` (or shared by all), with their score and
/// `SNIPPET`; the caller puts the snippet's expression, the order and the LIMIT (`?4`).
const HIT_SQL: &str = "SELECT k.kind, k.ref_id, k.meeting_id, k.rowid,
        bm25(search_index, 10.0, 1.0) * CASE k.kind WHEN 'paragraph' THEN 0.5 ELSE 1.0 END AS score, SNIPPET
 FROM search_index JOIN search_keys k ON k.rowid = search_index.rowid
 WHERE search_index MATCH ?1 AND k.kind = ?2 AND (?3 IS NULL OR k.meeting_id = ?3 OR k.meeting_id IS NULL)";

impl Db<'_> {
    /// Replaces the index entry of row `id` of `kind` with what `search_source` says of it.
    pub(crate) fn reindex(&self, kind: &str, id: &Id) -> Result<()> {
        self.unindex(id)?;
        let source: Option<(Option<String>, String, String)> = self
            .conn
            .prepare_cached("SELECT meeting_id, name, body FROM search_source WHERE kind = ?1 AND ref_id = ?2")?
            .query_row(params![kind, id.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((meeting_id, name, body)) = source else { return Ok(()) };
        self.conn
            .prepare_cached("INSERT INTO search_keys (ref_id, kind, meeting_id) VALUES (?1, ?2, ?3)")?
            .execute(params![id.as_str(), kind, meeting_id])?;
        let rowid = self.conn.last_insert_rowid();
        self.conn
            .prepare_cached("INSERT INTO search_index (rowid, name, body) VALUES (?1, ?2, ?3)")?
            .execute(params![rowid, name, body])?;
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
             INSERT INTO search_index (rowid, name, body)
             SELECT k.rowid, s.name, s.body FROM search_source s JOIN search_keys k ON k.ref_id = s.ref_id;",
        )?;
        Ok(())
    }

    /// Re-indexes every participant of one meeting in one pass: what a large import does
    /// instead of keeping the index in step row by row. The other meetings' entries are not
    /// touched, so the cost follows the meeting imported into, not the whole database.
    pub(crate) fn reindex_meeting_participants(&self, meeting_id: &Id) -> Result<()> {
        let m = meeting_id.as_str();
        self.conn.execute(
            "DELETE FROM search_index WHERE rowid IN
             (SELECT rowid FROM search_keys WHERE kind = 'participant' AND meeting_id = ?1)",
            [m],
        )?;
        self.conn.execute("DELETE FROM search_keys WHERE kind = 'participant' AND meeting_id = ?1", [m])?;
        self.conn.execute(
            "INSERT INTO search_keys (ref_id, kind, meeting_id)
             SELECT ref_id, kind, meeting_id FROM search_source WHERE kind = 'participant' AND meeting_id = ?1",
            [m],
        )?;
        self.conn.execute(
            "INSERT INTO search_index (rowid, name, body)
             SELECT k.rowid, s.name, s.body FROM search_source s JOIN search_keys k ON k.ref_id = s.ref_id
             WHERE s.kind = 'participant' AND s.meeting_id = ?1",
            [m],
        )?;
        Ok(())
    }

    /// Searches everything, best matches first, at most `limit` hits in all. With
    /// `meeting_id`, only that meeting's rows (and organisations, shared by all meetings).
    pub fn search(&self, meeting_id: Option<&Id>, text: &str, limit: u32) -> Result<Vec<Hit>> {
        self.search_ranked(meeting_id, text, Lang::En, limit, limit)
    }

    /// Searches everything, best matches first: at most `per_kind` hits of each kind and
    /// `limit` in all, titles and contexts in `lang`. A word in a row's name (a person's
    /// name, a delegation's country, a session's title) weighs ten times a word elsewhere in
    /// it, and paragraphs, which mention everything in passing, rank after names.
    pub fn search_ranked(&self, meeting_id: Option<&Id>, text: &str, lang: Lang, per_kind: u32, limit: u32) -> Result<Vec<Hit>> {
        let Some(query) = fts_query(text) else { return Ok(Vec::new()) };
        let meeting = meeting_id.map(Id::as_str);
        // Each kind's total is counted without ranking; each kind's best rows come from a
        // bounded top-N sort. Both are much cheaper than ranking every match at once when a
        // short prefix matches most of a large meeting.
        let mut totals = self.conn.prepare_cached(
            "SELECT k.kind, count(*) FROM search_index JOIN search_keys k ON k.rowid = search_index.rowid
             WHERE search_index MATCH ?1 AND (?2 IS NULL OR k.meeting_id = ?2 OR k.meeting_id IS NULL) GROUP BY k.kind",
        )?;
        let totals: Vec<(String, i64)> =
            totals.query_map(params![query, meeting], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut found = Vec::new();
        for (kind, total) in &totals {
            let row = |r: &rusqlite::Row<'_>| {
                Ok((r.get::<_, String>(0)?, rows::id(r, 1)?, rows::id_opt(r, 2)?, r.get::<_, i64>(3)?, *total, r.get::<_, f64>(4)?, r.get::<_, Option<String>>(5)?))
            };
            if *total <= RANK_ALL_UP_TO {
                // The snippet after the sort, for the rows kept only: in the query, it would be
                // made for every match before the sort.
                let mut best = self.conn.prepare_cached(&format!("{} ORDER BY score, k.rowid LIMIT ?4", HIT_SQL.replace("SNIPPET", "NULL")))?;
                found.extend(best.query_map(params![query, kind, meeting, per_kind], row)?.collect::<rusqlite::Result<Vec<_>>>()?);
                continue;
            }
            // Too many to rank: the first rows in the index's order whose name matches, then
            // (if too few) whose other text does, each streamed from FTS5 and cut by the LIMIT.
            // The snippet in the query: its rows are the ones kept, and a short prefix costs
            // milliseconds to match again row by row.
            let mut first =
                self.conn.prepare_cached(&format!("{} ORDER BY search_index.rowid LIMIT ?4", HIT_SQL.replace("SNIPPET", SNIPPET_SQL)))?;
            let names = format!("{{name}} : ({query})");
            let mut kind_found = first.query_map(params![names, kind, meeting, per_kind], row)?.collect::<rusqlite::Result<Vec<_>>>()?;
            if kind_found.len() < per_kind as usize {
                let more = first.query_map(params![query, kind, meeting, per_kind], row)?.collect::<rusqlite::Result<Vec<_>>>()?;
                for hit in more {
                    if kind_found.len() < per_kind as usize && !kind_found.iter().any(|h| h.3 == hit.3) {
                        kind_found.push(hit);
                    }
                }
            }
            found.extend(kind_found);
        }
        found.sort_by(|a, b| a.5.total_cmp(&b.5).then(a.3.cmp(&b.3)));
        found.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        // The snippets still to make, in one pass over the matches: matching again row by row
        // (`rowid = ?`) would expand a short prefix again for every hit. The `+` keeps the
        // rowids a filter of that pass rather than one lookup each.
        let missing: Vec<i64> = found.iter().filter(|f| f.6.is_none()).map(|f| f.3).collect();
        let mut marks = std::collections::HashMap::new();
        if !missing.is_empty() {
            let mut snippets = self.conn.prepare_cached(&format!(
                "SELECT rowid, {SNIPPET_SQL} FROM search_index
                 WHERE search_index MATCH ?1 AND +rowid IN (SELECT value FROM json_each(?2))"
            ))?;
            let wanted = format!("[{}]", missing.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
            let rows = snippets.query_map(params![query, wanted], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (rowid, marked) = row?;
                marks.insert(rowid, marked);
            }
        }
        let mut hits = Vec::with_capacity(found.len());
        for (kind, id, hit_meeting, rowid, total, _, marked) in found {
            let marked = marked.or_else(|| marks.remove(&rowid)).unwrap_or_default();
            let segments = segments(&marked);
            let about = self.describe_hit(&kind, &id, meeting_id, lang)?;
            hits.push(Hit {
                snippet: bracketed(&segments),
                segments,
                title: about.title,
                context: about.context,
                delegation_id: about.delegation_id,
                document_id: about.document_id,
                kind,
                id,
                meeting_id: hit_meeting,
                kind_total: u64::try_from(total).unwrap_or(0),
            });
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_cut_at_the_marks_and_keep_the_texts_own_brackets() {
        let cut = segments("the [dignity] of \u{2}migrants\u{3} and \u{2}refugees\u{3}");
        let texts: Vec<(&str, bool)> = cut.iter().map(|s| (s.text.as_str(), s.matched)).collect();
        assert_eq!(
            texts,
            [("the [dignity] of ", false), ("migrants", true), (" and ", false), ("refugees", true)],
            "the contested passage's brackets are text, the marks are matches"
        );
        assert_eq!(bracketed(&cut), "the [dignity] of [migrants] and [refugees]");
        assert_eq!(segments("\u{2}Ndiaye\u{3}"), [Segment { text: "Ndiaye".into(), matched: true }], "a match at the very start");
    }
}

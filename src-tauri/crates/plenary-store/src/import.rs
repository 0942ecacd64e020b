//! What an import of a list of participants reads and writes: the people already at the
//! meeting (to find duplicates), the rows themselves in bulk, and the column mapping
//! remembered for files with the same headers.
//!
//! The rules (duplicates, one head per delegation) are checked by the caller over the whole
//! file before anything is written, inside the same transaction; the unique indexes stay
//! the last guard. Writing is then one prepared statement per kind of row, and the search
//! index is rebuilt once, for the meeting's participants, for a large import instead of row
//! by row. For an import that brings most of the table's rows, the indexes that only order
//! participants are made again after the rows rather than kept in step row by row.

use crate::{Db, Result, rows};
use plenary_core::participant::{NameParts, Participant, display_name};
use plenary_core::{DomainError, Id};
use rusqlite::{OptionalExtension, params};

/// From this many rows, the meeting's participants are re-indexed at the end rather than
/// kept in step row by row.
const REBUILD_FROM: usize = 5_000;

/// An import of at least [`REBUILD_FROM`] rows that will make up at least 1 in this many of
/// the participants (of all meetings) drops the ordering indexes and makes them again after.
/// Keeping an index in step costs a search of the B-tree per row and index, at random
/// places (collation keys); making it again is one sort of the whole table, about six times
/// cheaper per row, so it pays while the table is at most a few times the import.
const REINDEX_SHARE: usize = 4;

/// The page cache during an import, in KiB as `PRAGMA cache_size` takes it (negative):
/// 256 MB at most, allocated only as pages are used.
const IMPORT_CACHE_KIB: i64 = -256 * 1024;

/// The `meta` key prefix of remembered mappings.
const MAPPING_KEY: &str = "import_mapping:";

/// What an import needs to know of someone already at the meeting.
#[derive(Debug, Clone)]
pub struct MeetingPerson {
    /// Their id.
    pub id: Id,
    /// Their delegation.
    pub delegation_id: Id,
    /// Their email, lower-cased.
    pub email: Option<String>,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Whether they head their delegation.
    pub is_head: bool,
    /// The name as printed.
    pub display: String,
}

/// A participant an import writes: new, or an existing one with the file's values.
#[derive(Debug, Clone)]
pub struct ImportRow {
    /// The line of the file it comes from, for an error.
    pub line: u32,
    /// The participant as it will be stored (validated).
    pub participant: Participant,
}

impl Db<'_> {
    /// Everyone registered at `meeting_id`.
    pub fn meeting_people(&self, meeting_id: &Id) -> Result<Vec<MeetingPerson>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, delegation_id, email, given_name, family_name, is_head, honorific_prefix, honorific_suffix, family_name_first
             FROM participants WHERE meeting_id = ?1",
        )?;
        let people = stmt.query_map([meeting_id.as_str()], |r| {
            let given: String = r.get(3)?;
            let family: String = r.get(4)?;
            let display = display_name(NameParts {
                prefix: r.get_ref(6)?.as_str_or_null()?,
                given: &given,
                family: &family,
                suffix: r.get_ref(7)?.as_str_or_null()?,
                family_first: r.get(8)?,
            });
            Ok(MeetingPerson {
                id: rows::id(r, 0)?,
                delegation_id: rows::id(r, 1)?,
                email: r.get(2)?,
                given_name: given,
                family_name: family,
                is_head: r.get(5)?,
                display,
            })
        })?;
        Ok(people.collect::<rusqlite::Result<_>>()?)
    }

    /// Writes the rows of an import, new and updated: each participant's row and function;
    /// the roles of a new participant are none and those of an updated one stay. `progress`
    /// is called with the number of rows written about every 1% of them. An error names the
    /// row's line.
    pub fn import_rows(&self, rows: &[ImportRow], progress: &mut dyn FnMut(usize)) -> Result<()> {
        // A large import touches more pages than SQLite's default cache (2 MB) holds; pages
        // evicted mid-transaction are spilled to the WAL and read back. The cache is grown
        // for the import and put back after, whatever happens.
        let cache: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn.pragma_update(None, "cache_size", IMPORT_CACHE_KIB)?;
        let written = self.write_rows(rows, progress);
        self.conn.pragma_update(None, "cache_size", cache)?;
        written
    }

    fn write_rows(&self, rows: &[ImportRow], progress: &mut dyn FnMut(usize)) -> Result<()> {
        let rebuild = rows.len() >= REBUILD_FROM;
        let existing: i64 = if rebuild { self.conn.query_row("SELECT count(*) FROM participants", [], |r| r.get(0))? } else { 0 };
        let existing = usize::try_from(existing).unwrap_or(usize::MAX);
        if rebuild && existing.saturating_add(rows.len()) <= rows.len().saturating_mul(REINDEX_SHARE) {
            // Made again in the same transaction: a failure anywhere rolls the drop back too.
            let indexes = self.ordering_indexes()?;
            for (name, _) in &indexes {
                self.conn.execute_batch(&format!("DROP INDEX main.\"{}\"", name.replace('"', "\"\"")))?;
            }
            self.insert_rows(rows, rebuild, progress)?;
            for (_, sql) in &indexes {
                self.conn.execute_batch(sql)?;
            }
        } else {
            self.insert_rows(rows, rebuild, progress)?;
        }
        if let (true, Some(first)) = (rebuild, rows.first()) {
            self.reindex_meeting_participants(&first.participant.meeting_id)?;
        }
        Ok(())
    }

    /// The indexes of participants that guard no uniqueness (names and statements as the
    /// schema holds them): a unique index stays during an import, so that a duplicate the
    /// plan missed is refused at its row.
    fn ordering_indexes(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT i.name, i.sql FROM sqlite_schema i JOIN pragma_index_list('participants') l ON l.name = i.name
             WHERE i.type = 'index' AND i.sql IS NOT NULL AND l.\"unique\" = 0 ORDER BY i.name",
        )?;
        let indexes = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(indexes)
    }

    fn insert_rows(&self, rows: &[ImportRow], rebuild: bool, progress: &mut dyn FnMut(usize)) -> Result<()> {
        let step = (rows.len() / 100).max(1);
        for (i, row) in rows.iter().enumerate() {
            let p = &row.participant;
            let at_line = |e| DomainError::from(e).row(row.line);
            self.upsert_participant(p).map_err(at_line)?;
            self.save_text("participant", &p.id, "function", &p.function).map_err(at_line)?;
            if !rebuild {
                self.reindex("participant", &p.id)?;
            }
            if (i + 1) % step == 0 || i + 1 == rows.len() {
                progress(i + 1);
            }
        }
        Ok(())
    }

    /// The column mapping remembered for files whose headers have `fingerprint`, as saved.
    pub fn import_mapping(&self, fingerprint: &str) -> Result<Option<String>> {
        let key = format!("{MAPPING_KEY}{fingerprint}");
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Remembers `mapping` for files whose headers have `fingerprint`.
    pub fn remember_import_mapping(&self, fingerprint: &str, mapping: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![format!("{MAPPING_KEY}{fingerprint}"), mapping],
        )?;
        Ok(())
    }
}

//! What a write changed, recorded so that it can be undone and redone.
//!
//! SQLite's session extension would do this, but the bundled build only offers it through
//! bindings generated with libclang at build time; the store records the same thing itself.
//! Per connection, `TEMP` triggers on every table of the data (not the search index, which is
//! rebuilt from the data) copy each row's image before and after into a temporary log while a
//! recorded write runs. Images are JSON objects of the row's columns (blobs in hex), so that
//! comparing two images tells whether a row is still as it was recorded.

mod apply;
mod reindex;

use crate::{Db, Result, Store};
use rusqlite::{Connection, TransactionBehavior};

/// Tables whose rows are not recorded: the search index and its keys (rebuilt from the
/// recorded rows after an undo), the schema's bookkeeping and the reference data, which only
/// opening the database rewrites.
const UNRECORDED: &[&str] = &["search_keys", "meta", "m49_regions", "countries"];

/// One row changed by a recorded write: its table, its primary key (a JSON array) and its
/// image before and after (JSON objects of its columns; none before an insert or after a delete).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowChange {
    /// The table.
    pub table: String,
    /// The row's primary key, as a JSON array of its key columns.
    pub key: String,
    /// The row as it was, if it existed.
    pub before: Option<String>,
    /// The row as it became, if it still exists.
    pub after: Option<String>,
}

impl RowChange {
    /// A column of the row's latest image (after, else before), as text if it is text.
    pub fn column(&self, name: &str) -> Option<String> {
        let image = self.after.as_deref().or(self.before.as_deref())?;
        let value: serde_json::Value = serde_json::from_str(image).ok()?;
        value.get(name).and_then(|v| v.as_str()).map(str::to_owned)
    }

    fn size(&self) -> usize {
        self.table.len() + self.key.len() + self.before.as_ref().map_or(0, String::len) + self.after.as_ref().map_or(0, String::len)
    }
}

/// Everything one recorded write changed, in the order it happened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    rows: Vec<RowChange>,
}

impl Changes {
    /// The changed rows, in order.
    pub fn rows(&self) -> &[RowChange] {
        &self.rows
    }

    /// Whether the write changed nothing.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Roughly how many bytes the images take (to bound the history kept in memory).
    pub fn size(&self) -> usize {
        self.rows.iter().map(RowChange::size).sum()
    }

    /// Whether every change is an update of an existing row (no insert, no delete).
    pub fn only_updates(&self) -> bool {
        self.rows.iter().all(|r| r.before.is_some() && r.after.is_some())
    }

    /// The rows touched, as (table, key) pairs, sorted and without repeats.
    pub fn keys(&self) -> Vec<(&str, &str)> {
        let mut keys: Vec<(&str, &str)> = self.rows.iter().map(|r| (r.table.as_str(), r.key.as_str())).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// Appends what a later write changed: undoing the whole undoes both, latest first.
    pub fn append(&mut self, later: Changes) {
        self.rows.extend(later.rows);
    }
}

impl Store {
    /// Runs `f` in one write transaction like [`Store::write`], and returns with its result
    /// every row it changed (cascades and triggers included), for undo.
    pub fn write_recorded<T>(&mut self, f: impl FnOnce(&Db<'_>) -> Result<T>) -> Result<(T, Changes)> {
        self.writable()?;
        install(&self.conn)?;
        let now = self.now();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        start_recording(&tx)?;
        let out = f(&Db { conn: &tx, now })?;
        let changes = stop_recording(&tx)?;
        tx.commit()?;
        Ok((out, changes))
    }
}

/// Creates the log and the recording triggers on this connection: once, and again whenever
/// the schema of the data changed since (a snapshot restored and migrated in place), so that
/// every table of the data as it now is gets recorded.
fn install(conn: &Connection) -> Result<()> {
    let schema: i64 = conn.query_row("PRAGMA main.schema_version", [], |r| r.get(0))?;
    let exists: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM temp.sqlite_schema WHERE name = 'undo_switch')", [], |r| r.get(0))?;
    if exists && conn.query_row("SELECT schema FROM temp.undo_switch", [], |r| r.get::<_, i64>(0))? == schema {
        return Ok(());
    }
    let triggers: Vec<String> = {
        let mut stmt = conn.prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'")?;
        stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    let mut sql: String = triggers.iter().map(|t| format!("DROP TRIGGER temp.{};\n", quoted(t))).collect();
    sql.push_str(
        "DROP TABLE IF EXISTS temp.undo_log;
         DROP TABLE IF EXISTS temp.undo_switch;
         CREATE TEMP TABLE undo_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, before TEXT, after TEXT);
         CREATE INDEX temp.undo_log_row ON undo_log (tbl, key);
         CREATE TEMP TABLE undo_switch (recording INTEGER NOT NULL, schema INTEGER NOT NULL);\n",
    );
    sql.push_str(&format!("INSERT INTO temp.undo_switch VALUES (0, {schema});\n"));
    for table in recorded_tables(conn)? {
        let shape = apply::Shape::of(conn, &table)?;
        let name = quoted(&table);
        let when = "WHEN (SELECT recording FROM temp.undo_switch)";
        let log = "INSERT INTO temp.undo_log (tbl, key, before, after) VALUES";
        let (key_new, key_old) = (shape.key_expr("NEW"), shape.key_expr("OLD"));
        let (img_new, img_old) = (shape.image_expr("NEW"), shape.image_expr("OLD"));
        let lit = literal(&table);
        sql.push_str(&format!(
            "CREATE TEMP TRIGGER {ins} AFTER INSERT ON main.{name} {when} BEGIN {log} ({lit}, {key_new}, NULL, {img_new}); END;
             CREATE TEMP TRIGGER {upd} AFTER UPDATE ON main.{name} {when} BEGIN {log} ({lit}, {key_new}, {img_old}, {img_new}); END;
             CREATE TEMP TRIGGER {del} AFTER DELETE ON main.{name} {when} BEGIN {log} ({lit}, {key_old}, {img_old}, NULL); END;\n",
            ins = quoted(&format!("undo_{table}_insert")),
            upd = quoted(&format!("undo_{table}_update")),
            del = quoted(&format!("undo_{table}_delete")),
        ));
    }
    conn.execute_batch(&sql)?;
    Ok(())
}

/// The tables of the data: every ordinary table of the main schema but the unrecorded ones
/// and the search index's shadow tables.
fn recorded_tables(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'search_index%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )?;
    let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(names.into_iter().filter(|n| !UNRECORDED.contains(&n.as_str())).collect())
}

fn start_recording(conn: &Connection) -> Result<()> {
    conn.execute_batch("DELETE FROM temp.undo_log; UPDATE temp.undo_switch SET recording = 1;")?;
    Ok(())
}

/// Ends recording and takes the log; an update that left a row as it was is no change.
fn stop_recording(conn: &Connection) -> Result<Changes> {
    conn.execute_batch("UPDATE temp.undo_switch SET recording = 0;")?;
    let rows = {
        let mut stmt = conn.prepare_cached("SELECT tbl, key, before, after FROM temp.undo_log ORDER BY seq")?;
        stmt.query_map([], |r| Ok(RowChange { table: r.get(0)?, key: r.get(1)?, before: r.get(2)?, after: r.get(3)? }))?
            .filter(|r| r.as_ref().map_or(true, |r| r.before != r.after))
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    conn.execute_batch("DELETE FROM temp.undo_log;")?;
    Ok(Changes { rows })
}

/// An identifier quoted for SQL (the names come from the schema, never from input).
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A string literal for SQL (a table name from the schema, stored in the log).
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

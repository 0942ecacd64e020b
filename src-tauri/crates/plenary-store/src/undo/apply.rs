//! Putting recorded rows back (undo) or forward again (redo), each row checked first against
//! what was recorded, all in one transaction.

use super::{Changes, RowChange, install, literal, quoted, start_recording, stop_recording};
use crate::{Db, Result, Store};
use plenary_core::{DomainError, ErrorCode};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params_from_iter};
use std::collections::HashMap;

/// The columns of a table as the recording sees them.
pub(super) struct Shape {
    table: String,
    /// Each column's name and whether it holds blobs (kept in hex in the images).
    columns: Vec<(String, bool)>,
    /// The primary key's columns, in key order.
    key: Vec<String>,
    /// The statements, built once per table (an undo of a meeting's delete runs them for
    /// tens of thousands of rows).
    sql: Statements,
}

/// The SQL of one table's steps.
#[derive(Default)]
struct Statements {
    current: String,
    delete: String,
    insert: String,
    update: String,
}

impl Shape {
    /// The shape of `table`, read from the schema.
    pub(super) fn of(conn: &Connection, table: &str) -> Result<Shape> {
        let mut stmt = conn.prepare("SELECT name, upper(type), pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows: Vec<(String, String, i64)> =
            stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut key: Vec<(i64, String)> = rows.iter().filter(|(_, _, pk)| *pk > 0).map(|(n, _, pk)| (*pk, n.clone())).collect();
        key.sort();
        let key = if key.is_empty() { vec!["rowid".to_owned()] } else { key.into_iter().map(|(_, n)| n).collect() };
        let columns = rows.into_iter().map(|(name, ty, _)| (name, ty == "BLOB")).collect();
        let mut shape = Shape { table: table.to_owned(), columns, key, sql: Statements::default() };
        shape.sql = shape.statements();
        Ok(shape)
    }

    fn statements(&self) -> Statements {
        let table = quoted(&self.table);
        let n = self.columns.len();
        let names: Vec<String> = self.columns.iter().map(|(name, _)| quoted(name)).collect();
        let slots: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
        let sets: Vec<String> = names.iter().zip(&slots).map(|(name, slot)| format!("{name} = {slot}")).collect();
        let after_values: Vec<String> = self.key.iter().enumerate().map(|(i, k)| format!("{} IS ?{}", quoted(k), n + i + 1)).collect();
        Statements {
            current: format!("SELECT {} FROM main.{table} AS r WHERE {}", self.image_expr("r"), self.key_where()),
            delete: format!("DELETE FROM main.{table} WHERE {}", self.key_where()),
            insert: format!("INSERT INTO main.{table} ({}) VALUES ({})", names.join(", "), slots.join(", ")),
            update: format!("UPDATE main.{table} SET {} WHERE {}", sets.join(", "), after_values.join(" AND ")),
        }
    }

    /// The SQL of a row's image: a JSON object of its columns, read through `row` (`NEW`,
    /// `OLD` or a table alias).
    pub(super) fn image_expr(&self, row: &str) -> String {
        let parts: Vec<String> = self
            .columns
            .iter()
            .map(|(name, blob)| {
                let col = format!("{row}.{}", quoted(name));
                let value = if *blob { format!("CASE WHEN {col} IS NULL THEN NULL ELSE hex({col}) END") } else { col };
                format!("{}, {value}", literal(name))
            })
            .collect();
        format!("json_object({})", parts.join(", "))
    }

    /// The SQL of a row's key: a JSON array of its key columns, read through `row`.
    pub(super) fn key_expr(&self, row: &str) -> String {
        let parts: Vec<String> = self.key.iter().map(|k| format!("{row}.{}", quoted(k))).collect();
        format!("json_array({})", parts.join(", "))
    }

    fn key_where(&self) -> String {
        let parts: Vec<String> = self.key.iter().enumerate().map(|(i, k)| format!("{} IS ?{}", quoted(k), i + 1)).collect();
        parts.join(" AND ")
    }

    /// The key's values as they are in `image`.
    fn key_values(&self, image: &serde_json::Map<String, serde_json::Value>) -> Vec<Value> {
        self.key.iter().map(|k| sql_value(image.get(k), false)).collect()
    }

    /// Every column's value as it is in `image`, in column order.
    fn values(&self, image: &serde_json::Map<String, serde_json::Value>) -> Vec<Value> {
        self.columns.iter().map(|(name, blob)| sql_value(image.get(name), *blob)).collect()
    }

    /// The row of `key` as it is now, as an image, if it exists.
    fn current(&self, conn: &Connection, key: &[Value]) -> Result<Option<String>> {
        Ok(conn.prepare_cached(&self.sql.current)?.query_row(params_from_iter(key), |r| r.get(0)).optional()?)
    }

    fn delete(&self, conn: &Connection, key: &[Value]) -> Result<()> {
        conn.prepare_cached(&self.sql.delete)?.execute(params_from_iter(key))?;
        Ok(())
    }

    fn insert(&self, conn: &Connection, values: &[Value]) -> Result<()> {
        conn.prepare_cached(&self.sql.insert)?.execute(params_from_iter(values))?;
        Ok(())
    }

    /// Sets every column of the row of `key` to `values` (the key's too: it may change).
    fn update(&self, conn: &Connection, key: &[Value], values: &[Value]) -> Result<()> {
        conn.prepare_cached(&self.sql.update)?.execute(params_from_iter(values.iter().chain(key)))?;
        Ok(())
    }
}

/// Which way the recorded changes are applied.
#[derive(Clone, Copy)]
enum Way {
    /// From each row's after-image back to its before-image, latest change first.
    Back,
    /// From each row's before-image to its after-image again, in the order recorded.
    Forward,
}

impl Store {
    /// Undoes `changes`: every row goes back to how it was before them. A row that is no
    /// longer as they left it refuses the whole undo ([`ErrorCode::UndoConflict`]) and
    /// nothing changes. The search entries of the rows touched are rebuilt.
    pub fn undo_changes(&mut self, changes: &Changes) -> Result<()> {
        self.apply_changes(changes, Way::Back)
    }

    /// Redoes `changes` after they were undone, with the same checks as [`Store::undo_changes`].
    pub fn redo_changes(&mut self, changes: &Changes) -> Result<()> {
        self.apply_changes(changes, Way::Forward)
    }

    fn apply_changes(&mut self, changes: &Changes, way: Way) -> Result<()> {
        self.writable()?;
        install(&self.conn)?;
        let now = self.now();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // A parent comes back after its children when undoing a cascade; the keys are
        // checked at commit, when all of them are back.
        tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
        start_recording(&tx)?;
        let mut shapes: HashMap<&str, Shape> = HashMap::new();
        let steps: Box<dyn Iterator<Item = &RowChange>> = match way {
            Way::Back => Box::new(changes.rows().iter().rev()),
            Way::Forward => Box::new(changes.rows().iter()),
        };
        for row in steps {
            let (expected, target) = match way {
                Way::Back => (row.after.as_deref(), row.before.as_deref()),
                Way::Forward => (row.before.as_deref(), row.after.as_deref()),
            };
            if !shapes.contains_key(row.table.as_str()) {
                shapes.insert(row.table.as_str(), Shape::of(&tx, &row.table)?);
            }
            let shape = &shapes[row.table.as_str()];
            step(&tx, shape, row, expected, target)?;
        }
        stop_recording(&tx)?;
        Db { conn: &tx, now }.reindex_changed(changes)?;
        tx.commit()?;
        Ok(())
    }
}

/// Moves one row from `expected` to `target` after checking it is as expected.
fn step(conn: &Connection, shape: &Shape, row: &RowChange, expected: Option<&str>, target: Option<&str>) -> Result<()> {
    let expected_map = expected.map(parse_image).transpose()?;
    let target_map = target.map(parse_image).transpose()?;
    let Some(key_image) = expected_map.as_ref().or(target_map.as_ref()) else { return Ok(()) };
    let key = shape.key_values(key_image);
    let current = shape.current(conn, &key)?;
    match (expected, current.as_deref()) {
        (Some(e), Some(c)) if e != c => return Err(conflict(row)),
        (Some(e), None) => {
            // A cascade of this same undo (or redo) may have removed it already: fine when
            // it was to go anyway, and it went as recorded.
            if target.is_none() && removed_here(conn, row, e)? {
                return Ok(());
            }
            return Err(conflict(row));
        }
        (None, Some(_)) => return Err(conflict(row)),
        _ => {}
    }
    match (target_map, current.is_some()) {
        (None, true) => shape.delete(conn, &key),
        (Some(t), true) => shape.update(conn, &key, &shape.values(&t)),
        (Some(t), false) => shape.insert(conn, &shape.values(&t)),
        (None, false) => Ok(()),
    }
}

/// Whether a row of `table` with this image was deleted earlier in the running apply.
fn removed_here(conn: &Connection, row: &RowChange, image: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM temp.undo_log WHERE tbl = ?1 AND key = ?2 AND before = ?3 AND after IS NULL)")?
        .query_row([row.table.as_str(), row.key.as_str(), image], |r| r.get(0))?)
}

fn conflict(row: &RowChange) -> crate::StoreError {
    DomainError::new(ErrorCode::UndoConflict).field("history").detail(format!("{} {}", row.table, row.key)).into()
}

fn parse_image(image: &str) -> Result<serde_json::Map<String, serde_json::Value>> {
    match serde_json::from_str(image) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        _ => Err(DomainError::new(ErrorCode::Storage).field("history").detail("a recorded row is not readable").into()),
    }
}

/// A value of an image as SQLite takes it; a blob column's hex turned back into bytes.
fn sql_value(value: Option<&serde_json::Value>, blob: bool) -> Value {
    match value {
        None | Some(serde_json::Value::Null) => Value::Null,
        Some(serde_json::Value::Bool(b)) => Value::Integer(i64::from(*b)),
        Some(serde_json::Value::Number(n)) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or(f64::NAN)),
        },
        Some(serde_json::Value::String(s)) if blob => from_hex(s).map_or_else(|| Value::Text(s.clone()), Value::Blob),
        Some(serde_json::Value::String(s)) => Value::Text(s.clone()),
        Some(other) => Value::Text(other.to_string()),
    }
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    let digits = hex.as_bytes();
    if digits.len() % 2 != 0 {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| {
            let text = std::str::from_utf8(pair).ok()?;
            u8::from_str_radix(text, 16).ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::from_hex;

    #[test]
    fn hex_comes_back_as_the_bytes_sqlite_wrote() {
        assert_eq!(from_hex("00FF10"), Some(vec![0, 255, 16]), "SQLite's hex() is upper case, two digits a byte");
        assert_eq!(from_hex(""), Some(vec![]), "an empty blob stays an empty blob, not NULL");
        assert_eq!(from_hex("ABC"), None, "an odd length is not hex");
    }
}

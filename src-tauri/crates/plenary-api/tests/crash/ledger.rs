//! What the database must hold after a kill, from what the workers reported.
//!
//! Every `ok` line moves the ledger: `<kind> set <key> <value>` or `<kind> del <key>`. The one
//! operation announced (`begin`) and not confirmed when the worker died may or may not have
//! been committed: for its row, either state is right, and nothing in between.

use std::collections::{BTreeMap, BTreeSet};

/// A row the harness follows: its kind (`participant`, `session`, `paragraph`, `import`,
/// `export`, `backup`) and its key.
pub type Row = (String, String);

/// One reported change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The row.
    pub row: Row,
    /// Its new value, or `None` when it was deleted.
    pub value: Option<String>,
}

impl Change {
    /// Reads `<kind> <set|del> <key> [value]`; `None` for lines that change no row (`open`).
    pub fn parse(text: &str) -> Option<Change> {
        let mut words = text.splitn(4, ' ');
        let kind = words.next()?.to_owned();
        let op = words.next()?;
        let key = words.next()?.to_owned();
        let value = match op {
            "set" => Some(words.next().unwrap_or("").to_owned()),
            "del" => None,
            _ => return None,
        };
        Some(Change { row: (kind, key), value })
    }
}

/// The committed state, as far as the workers' reports go.
#[derive(Debug, Default)]
pub struct Ledger {
    rows: BTreeMap<Row, String>,
}

/// What one worker's output says.
#[derive(Debug, Default)]
pub struct Reports {
    /// The confirmed changes, in order.
    pub done: Vec<Change>,
    /// The operation under way when the worker died (its `begin` line, without `begin `).
    pub pending: Option<String>,
    /// The snapshots the worker made and reported, by name.
    pub backups: Vec<String>,
}

impl Reports {
    /// Reads a worker's stdout, whole lines only.
    pub fn read(lines: &[String]) -> Reports {
        let mut out = Reports::default();
        for line in lines {
            if let Some(op) = line.strip_prefix("begin ") {
                out.pending = Some(op.to_owned());
            } else if let Some(op) = line.strip_prefix("ok ") {
                // One operation at a time: an `ok` closes the `begin` before it.
                out.pending = None;
                match Change::parse(op) {
                    Some(c) if c.row.0 == "backup" => out.backups.push(c.row.1),
                    Some(c) => out.done.push(c),
                    None => {}
                }
            }
        }
        out
    }
}

impl Ledger {
    /// Applies confirmed changes.
    pub fn apply(&mut self, changes: &[Change]) {
        for change in changes {
            match &change.value {
                Some(v) => self.rows.insert(change.row.clone(), v.clone()),
                None => self.rows.remove(&change.row),
            };
        }
    }

    /// The rows of `kind` and their values.
    pub fn of_kind<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.rows.iter().filter(move |((k, _), _)| k == kind).map(|((_, key), v)| (key.as_str(), v.as_str()))
    }

    /// Compares what the database holds for `kind` (`found`: key → value) with the ledger,
    /// allowing for the pending change; each difference is described.
    pub fn compare(&self, kind: &str, found: &BTreeMap<String, String>, pending: Option<&Change>) -> Vec<String> {
        let keys: BTreeSet<&str> = self.of_kind(kind).map(|(k, _)| k).chain(found.keys().map(String::as_str)).collect();
        let mut problems = Vec::new();
        for key in keys {
            let expected = self.rows.get(&(kind.to_owned(), key.to_owned()));
            let actual = found.get(key);
            if actual == expected {
                continue;
            }
            let maybe = pending.filter(|c| c.row.0 == kind && c.row.1 == key).map(|c| c.value.as_ref());
            if maybe == Some(actual) {
                continue;
            }
            problems.push(format!("{kind} {key}: expected {expected:?}, found {actual:?} (under way: {pending:?})"));
        }
        problems
    }
}


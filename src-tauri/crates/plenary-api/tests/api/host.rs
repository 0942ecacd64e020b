//! The test host: an `Api` over a temp-file database with a fixed clock and sequential ids,
//! a plain second connection to dump the file, and the check every refused input must pass.

use chrono::{TimeZone, Utc};
use plenary_api::core::clock::FixedClock;
use plenary_api::core::error::field_label;
use plenary_api::{Api, ApiError, ApiResult, ErrorCode, Lang, ids};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::path::PathBuf;
use std::sync::Arc;
use tempfile::TempDir;

/// The database file inside a host's folder.
pub fn db_path(dir: &TempDir) -> PathBuf {
    dir.path().join("plenary.db")
}

/// A fresh API over a new database file, messages in English, every row dated 4 November
/// 2025 07:30 UTC and ids `t-000001`, `t-000002`… The folder goes when the `TempDir` drops.
pub fn host() -> (TempDir, Api) {
    let dir = tempfile::tempdir().expect("a temp folder for the database");
    let instant = Utc.with_ymd_and_hms(2025, 11, 4, 7, 30, 0).single().expect("a valid instant");
    let api = Api::open_with(&db_path(&dir), Lang::En, Arc::new(FixedClock(instant)), Box::new(ids::Sequential::default()))
        .expect("the API opens a fresh temp-file database");
    (dir, api)
}

/// A plain second connection to the host's file (it must already exist).
pub fn raw(dir: &TempDir) -> Connection {
    let conn = Connection::open_with_flags(db_path(dir), OpenFlags::SQLITE_OPEN_READ_WRITE)
        .expect("a plain connection to the host's database file");
    conn.busy_timeout(std::time::Duration::from_secs(5)).expect("busy timeout");
    conn
}

/// One number from SQL on the host's file.
pub fn sql_count(dir: &TempDir, sql: &str, params: impl rusqlite::Params) -> u64 {
    let n: i64 = raw(dir).query_row(sql, params, |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"));
    u64::try_from(n).expect("a count is not negative")
}

fn tables(conn: &Connection) -> Vec<String> {
    // Virtual tables are skipped: their shadow tables hold their rows and are dumped instead.
    conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
    .expect("the table names")
}

/// The row count of every table of the file, by name.
pub fn row_counts(dir: &TempDir) -> BTreeMap<String, u64> {
    let conn = raw(dir);
    tables(&conn)
        .into_iter()
        .map(|t| {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0)).expect("a row count");
            (t, u64::try_from(n).expect("a count is not negative"))
        })
        .collect()
}

/// Every row of every table of the file (the search index's shadow tables included), each
/// table's rows sorted: equal dumps mean nothing at all was written.
pub fn dump(dir: &TempDir) -> BTreeMap<String, Vec<String>> {
    let conn = raw(dir);
    tables(&conn)
        .into_iter()
        .map(|t| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).expect("a table can be read");
            let width = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |r| (0..width).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<Vec<_>>>())
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .expect("the rows of a table")
                .into_iter()
                .map(|row| format!("{row:?}"))
                .collect();
            rows.sort();
            (t, rows)
        })
        .collect()
}

/// The tables whose rows differ between two dumps.
pub fn changed_tables(before: &BTreeMap<String, Vec<String>>, after: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut names: Vec<&String> = before.keys().chain(after.keys()).collect();
    names.sort();
    names.dedup();
    names.into_iter().filter(|t| before.get(*t) != after.get(*t)).cloned().collect()
}

/// Whether the message of `code` is built with the field's label (a few codes tell a fact
/// about the row instead, e.g. who already heads the delegation).
fn names_the_field(code: ErrorCode) -> bool {
    !matches!(
        code,
        ErrorCode::SecondHead | ErrorCode::OtherDelegation | ErrorCode::Storage | ErrorCode::SchemaTooNew | ErrorCode::Locked | ErrorCode::Bracketed
    )
}

/// How each French message opens; none of them opens an English message.
const FRENCH_OPENINGS: [&str; 12] = [
    "Le champ", "La valeur", "La date", "Aucun élément", "L’heure", "Ce doublon", "Cette délégation", "Cette personne",
    "Cet élément", "La base de données", "Ce document", "Ce paragraphe",
];

fn looks_french(message: &str) -> bool {
    FRENCH_OPENINGS.iter().any(|o| message.starts_with(o))
}

/// Runs `op`, which must be refused with `code` naming `field`, once with English messages and
/// once with French ones, and checks that neither attempt changed a single row of the file.
/// Returns the English error for further checks of its message. `why` says what is wrong
/// with the input and shows in every failed assertion.
pub fn refused<T: Debug>(
    dir: &TempDir,
    api: &Api,
    code: ErrorCode,
    field: &str,
    why: &str,
    op: impl Fn(&Api) -> ApiResult<T>,
) -> ApiError {
    let before = dump(dir);
    let mut errors = Vec::new();
    for lang in Lang::ALL {
        api.set_language(lang);
        let err = match op(api) {
            Ok(value) => panic!("{why}: must be refused ({lang}), but it was accepted and returned {value:?}"),
            Err(err) => err,
        };
        assert_eq!(err.code, code, "{why}: the UI matches on the code, so it must be {code:?} ({lang}); got {err:?}");
        assert_eq!(err.field.as_deref(), Some(field), "{why}: the error must name the field the form highlights ({lang}); got {err:?}");
        assert_eq!(err.row, None, "{why}: a row number belongs to imports only; got {err:?}");
        assert!(!err.message.trim().is_empty(), "{why}: the user must be told what is wrong ({lang})");
        if names_the_field(code) {
            let label = field_label(field, lang);
            assert!(err.message.contains(&label), "{why}: the {lang} message must name the field as “{label}”: {}", err.message);
        }
        assert_eq!(
            looks_french(&err.message),
            lang == Lang::Fr,
            "{why}: the message must be in the user's language ({lang}): {}",
            err.message
        );
        let changed = changed_tables(&before, &dump(dir));
        assert!(changed.is_empty(), "{why}: a refused input must leave the database exactly as it was ({lang}); changed: {changed:?}");
        errors.push(err);
    }
    api.set_language(Lang::En);
    let fr = errors.pop().expect("a French error");
    let en = errors.pop().expect("an English error");
    assert_ne!(en.message, fr.message, "{why}: the French message must not be the English one");
    en
}

/// The unchanged-database check is only worth something if the dump sees a write at once,
/// through the API's own WAL connection.
#[test]
fn the_dump_sees_every_committed_write() {
    let (dir, api) = host();
    let empty = dump(&dir);
    assert!(empty.contains_key("meetings") && empty.contains_key("search_index_data"), "every table is dumped, the search index's included");
    let m = crate::fixture::meeting(&api, "Lagos", "2025-11-04", "2025-11-05", "Africa/Lagos");
    let one = dump(&dir);
    assert_eq!(changed_tables(&empty, &one), ["meetings", "texts"], "a new meeting is a meeting row and its texts");
    let d = crate::fixture::state(&api, &m, "NG");
    crate::fixture::register(&api, crate::fixture::person_form(&d, "Amina", "Bello"));
    let changed = changed_tables(&one, &dump(&dir));
    assert!(changed.iter().any(|t| t == "search_index_data"), "a participant is indexed, and the dump sees it: {changed:?}");
}

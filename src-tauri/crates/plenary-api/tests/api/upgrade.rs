//! Databases made by every released Plenary (`tests/fixtures/databases/schema-N.db`, one per
//! schema version, written by that version's own command line; see the README there) opened
//! by this one: migrated to the latest schema with every row of every old table still there,
//! sound, consistent and readable through the API, and kept first as a snapshot of the old
//! schema. A database of a newer schema is refused with a message and left byte for byte as
//! it was.

use plenary_api::{AgendaArgs, Api, ErrorCode, Lang, MeetingArgs, SearchArgs, SnapshotReason, StatsArgs, list_snapshots};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The released schema versions that have a fixture.
const RELEASED: std::ops::RangeInclusive<u32> = 1..=7;

fn fixture(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../../tests/fixtures/databases/schema-{version}.db"))
}

/// A copy of the fixture of `version` in a temp folder (the committed file is never opened
/// for writing).
fn copy(version: u32) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temp folder");
    let path = dir.path().join("plenary.db");
    std::fs::copy(fixture(version), &path).unwrap_or_else(|e| panic!("the schema-{version} fixture is committed: {e}"));
    (dir, path)
}

fn plain(path: &Path) -> Connection {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).expect("a plain connection")
}

/// Whether `table` holds a search index's own storage: derived data that migrations rebuild
/// (0006 re-creates the index with more kinds of rows), checked by `plenary check` instead.
fn is_index_storage(conn: &Connection, table: &str) -> bool {
    let virtual_tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("the virtual tables");
    virtual_tables.iter().any(|v| table == v || table.starts_with(&format!("{v}_")))
}

/// Every ordinary table's columns and rows (each row's values in column order, sorted).
fn tables(conn: &Connection) -> BTreeMap<String, (Vec<String>, Vec<Vec<Value>>)> {
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("the table names");
    names
        .into_iter()
        .filter(|t| !is_index_storage(conn, t))
        .map(|t| {
            let columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{t}') ORDER BY cid"))
                .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
                .expect("a table's columns");
            let rows = rows(conn, &t, &columns);
            (t, (columns, rows))
        })
        .collect()
}

/// The rows of `table`, only `columns`, sorted.
fn rows(conn: &Connection, table: &str, columns: &[String]) -> Vec<Vec<Value>> {
    let list = columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
    let mut stmt = conn.prepare(&format!("SELECT {list} FROM \"{table}\"")).expect("a table can be read");
    let mut rows: Vec<Vec<Value>> = stmt
        .query_map([], |r| (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<Vec<_>>>())
        .and_then(|rows| rows.collect())
        .expect("the rows of a table");
    rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    rows
}

/// Tables whose old rows must still be there by key, not with the same values, and why:
/// every open refreshes countries, M49 regions and `meta` (which reference data and collation
/// were applied) from the data compiled into this version (`Store::prepare`), adding rows and
/// correcting names; and migration 0006 empties `search_keys` (the search index's map from a
/// row to its index entry) and fills it again from every searchable row, with new rowids.
const KEYED: &[(&str, &[&str])] = &[
    ("countries", &["alpha2"]),
    ("m49_regions", &["code"]),
    ("meta", &["key"]),
    ("search_keys", &["ref_id", "kind"]),
];

/// Columns that hold derived values, recomputed on open, and so not compared: the collation
/// sort keys of names (`Store::prepare` recomputes them when the collation they were made with
/// is not the one of this version; `meta` records which).
const DERIVED: &[(&str, &str)] = &[("participants", "sort_en"), ("participants", "sort_fr")];

/// The schema version a new database gets: the latest.
fn latest() -> u32 {
    let dir = tempfile::tempdir().expect("a temp folder");
    let api = Api::open(&dir.path().join("new.db"), Lang::En).expect("a new database opens");
    api.schema_version().expect("its version")
}

#[test]
fn every_released_schema_is_upgraded_with_every_row_intact_and_reads_through_the_api() {
    let latest = latest();
    assert_eq!(*RELEASED.end(), latest, "a new schema version needs its fixture (tests/fixtures/databases/make.sh)");
    for version in RELEASED {
        let (_dir, path) = copy(version);
        let before = {
            let conn = plain(&path);
            let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("the version");
            assert_eq!(found, version, "schema-{version}.db is a database of schema {version}");
            tables(&conn)
        };
        let api = Api::open(&path, Lang::En).unwrap_or_else(|e| panic!("schema {version} opens and migrates: {e:?}"));
        assert_eq!(api.schema_version().expect("the version"), latest, "schema {version} is brought to the latest");
        migration_snapshot(&path, version, latest);

        let conn = plain(&path);
        let now = tables(&conn);
        for (table, (columns, old_rows)) in &before {
            // No migration so far renames or drops an ordinary table: each is still there with
            // each of its old columns. One that does must be explained here.
            let kept = now.get(table).map(|(c, _)| c.clone()).unwrap_or_default();
            assert!(!kept.is_empty(), "schema {version}: table {table} is gone after the upgrade (renamed or dropped?)");
            let lost: Vec<&String> = columns.iter().filter(|c| !kept.contains(c)).collect();
            assert!(lost.is_empty(), "schema {version}: table {table} lost its columns {lost:?}");
            if let Some((_, key)) = KEYED.iter().find(|(t, _)| t == table) {
                let key: Vec<String> = key.iter().map(|c| c.to_string()).collect();
                let at: Vec<usize> = key.iter().map(|c| columns.iter().position(|x| x == c).expect("a key column")).collect();
                let now: std::collections::HashSet<String> = rows(&conn, table, &key).iter().map(|r| format!("{r:?}")).collect();
                for row in old_rows {
                    let id: Vec<Value> = at.iter().map(|&i| row[i].clone()).collect();
                    assert!(now.contains(&format!("{id:?}")), "schema {version}: {table} keeps its row {id:?}");
                }
                continue;
            }
            let kept: Vec<usize> = (0..columns.len()).filter(|&i| !DERIVED.contains(&(table.as_str(), columns[i].as_str()))).collect();
            let compared: Vec<String> = kept.iter().map(|&i| columns[i].clone()).collect();
            let mut old_rows: Vec<Vec<Value>> = old_rows.iter().map(|r| kept.iter().map(|&i| r[i].clone()).collect()).collect();
            old_rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            let new_rows = rows(&conn, table, &compared);
            assert_eq!(new_rows.len(), old_rows.len(), "schema {version}: table {table} keeps its {} rows", old_rows.len());
            assert!(new_rows == old_rows, "schema {version}: the rows of {table} keep their values in the old columns {compared:?}");
        }
        let quick: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).expect("quick_check");
        assert_eq!(quick, "ok", "schema {version}: SQLite finds the upgraded file sound");
        let broken: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("foreign keys");
        assert_eq!(broken, 0, "schema {version}: no row points at a missing one after the upgrade");
        let report = api.check().expect("plenary check runs");
        assert!(report.ok, "schema {version}: plenary check is clean (the search index rebuilt included): {:?}", report.problems);
        assert_eq!(report.schema_version, latest);

        let unsorted: i64 =
            conn.query_row("SELECT count(*) FROM participants WHERE sort_en IS NULL OR sort_fr IS NULL", [], |r| r.get(0)).expect("a count");
        assert_eq!(unsorted, 0, "schema {version}: every participant has its name's sort keys after the upgrade");
        let (meeting_id, family): (String, String) = conn
            .query_row("SELECT meeting_id, family_name FROM participants ORDER BY id LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("a participant");
        let hits = api
            .search(SearchArgs { text: family.clone(), meeting_id: Some(meeting_id.as_str().into()), ..Default::default() })
            .expect("a search");
        assert!(hits.iter().any(|h| h.kind == "participant"), "schema {version}: search finds {family} in the upgraded index: {hits:?}");

        let meetings = api.list_meetings().expect("the meetings");
        assert!(!meetings.is_empty(), "schema {version}: the meetings are listed");
        for summary in meetings {
            let id = summary.meeting.id.clone();
            let people: i64 = conn
                .query_row("SELECT count(*) FROM participants WHERE meeting_id = ?1", [id.as_str()], |r| r.get(0))
                .expect("a count");
            assert_eq!(summary.participants, people as u64, "schema {version}: the list counts the meeting's participants");
            let stats = api.meeting_stats(StatsArgs { meeting_id: id.clone(), lang: None }).expect("the statistics");
            assert!(stats.stats.registered <= people as u64, "schema {version}: the statistics read the same people");
            assert!(!stats.headline_en.is_empty() && !stats.headline_fr.is_empty(), "schema {version}: a headline in both languages");
            let agenda = api.agenda(AgendaArgs { meeting_id: id.clone(), version: None }).expect("the agenda");
            let sessions: i64 =
                conn.query_row("SELECT count(*) FROM sessions WHERE meeting_id = ?1", [id.as_str()], |r| r.get(0)).expect("a count");
            let in_agenda: usize = agenda.days.iter().map(|d| d.sessions.len()).sum();
            assert_eq!(in_agenda as i64, sessions, "schema {version}: the agenda shows every session of {}", summary.meeting.city);
            api.get_meeting(MeetingArgs { meeting_id: id }).expect("the meeting's page reads");
        }
    }
}

/// A database about to be upgraded is first kept as a snapshot (reason `migration`) holding
/// the old schema and rows, so that a migration gone wrong can be undone by a restore.
fn migration_snapshot(db: &Path, version: u32, latest: u32) {
    let snapshots = list_snapshots(db, Lang::En).expect("the snapshots are listed");
    let taken: Vec<_> = snapshots.iter().filter(|s| s.reason == SnapshotReason::Migration).collect();
    if version == latest {
        assert!(taken.is_empty(), "schema {version} is not migrated, so no snapshot is owed: {snapshots:?}");
        return;
    }
    assert_eq!(taken.len(), 1, "schema {version}: one snapshot is taken before migrating: {snapshots:?}");
    let conn = Connection::open_with_flags(&taken[0].path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("the snapshot opens");
    let kept: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("its version");
    assert_eq!(kept, version, "schema {version}: the snapshot holds the database as it was before the migration");
    let rows = |c: &Connection| -> i64 { c.query_row("SELECT count(*) FROM participants", [], |r| r.get(0)).expect("a count") };
    let old = Connection::open_with_flags(fixture(version), OpenFlags::SQLITE_OPEN_READ_ONLY).expect("the fixture opens");
    assert_eq!(rows(&conn), rows(&old), "schema {version}: the snapshot holds the old file's participants");
}

#[test]
fn every_fixture_is_one_small_file_of_its_own_schema() {
    for version in RELEASED {
        let path = fixture(version);
        let size = std::fs::metadata(&path).unwrap_or_else(|e| panic!("schema-{version}.db is committed: {e}")).len();
        assert!(size < 2_000_000, "schema-{version}.db stays small ({size} bytes)");
        let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("opens read-only");
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("journal mode");
        assert_eq!(mode, "delete", "schema-{version}.db needs no -wal file beside it");
        let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("the version");
        assert_eq!(found, version);
    }
}

#[test]
fn a_database_of_a_newer_schema_is_refused_and_left_untouched() {
    let (dir, path) = copy(*RELEASED.end());
    plain(&path).execute_batch("PRAGMA user_version = 99").expect("the version is raised");
    let bytes = std::fs::read(&path).expect("the file");
    for lang in Lang::ALL {
        let err = match Api::open(&path, lang) {
            Ok(_) => panic!("a database of schema 99 must be refused ({lang})"),
            Err(e) => e,
        };
        assert_eq!(err.code, ErrorCode::SchemaTooNew, "the app tells this case apart ({lang}): {err:?}");
        let expected = lang.pick("newer version of Plenary", "version plus récente de Plenary");
        assert!(err.message.contains(expected), "the message says what to do ({lang}): {}", err.message);
    }
    assert!(std::fs::read(&path).expect("the file") == bytes, "not a byte of the newer database was changed");
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).expect("the folder").map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, vec!["plenary.db".to_owned()], "no journal or WAL file was left beside it");
}

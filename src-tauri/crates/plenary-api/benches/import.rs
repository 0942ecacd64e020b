//! The import of registration lists (generated rows: realistic names, ~190 countries,
//! emails) into a fresh database at three sizes, CSV and XLSX, side by side with the floors
//! any import stands on: a bare rusqlite insert of the same rows in one transaction with a
//! prepared statement, and `sqlite3`'s own `.import` of the same CSV into a bare table. The
//! snapshot taken before an import and the integrity check after it are timed on their own
//! lines. Medians and ratios are printed after each size.
//!
//! `cargo bench -p plenary-api --bench import --locked -- --sample-size 10`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

#[path = "import/xlsx.rs"]
mod xlsx;

use criterion::{Bencher, Criterion, criterion_group, criterion_main};
use plenary_api::core::meeting::{MeetingKind, MeetingStatus};
use plenary_api::{Api, Id, ImportFileArgs, ImportOptions, Lang, ListFormat, MeetingInput, SaveParticipantsArgs};
use std::cell::RefCell;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// The sizes measured: a tenth, half and the whole of the COP meeting.
const SIZES: [usize; 3] = [7_000, 35_000, 70_000];

const GIVEN: &[&str] = &[
    "Amina", "Tijjani", "Kofi", "Aïssatou", "Cyrille", "Anaïs", "Jérôme", "Fatou", "Chidi", "Ngozi", "Olusegun", "Mariam", "Kwame",
    "Akua", "Moussa", "Awa", "Ibrahim", "Zainab", "Mohamed", "Leïla", "Jean-Baptiste", "Hélène", "Pedro", "Ana", "Hiroshi", "Mei",
    "Olga", "Dmitri", "Sofia", "Lars", "Ingrid", "Rajesh", "Priya", "Carlos", "Lucía", "Thabo", "Nomvula", "Youssef", "Salma",
];
const FAMILY: &[&str] = &[
    "Bello", "Ahmed", "Mensah", "Diallo", "Baumgartner", "Le Gall", "Ngoma", "Ndiaye", "Okafor", "Adeyemi", "Owusu", "Traoré",
    "Keïta", "Konan", "Sow", "Ba", "Mahamat", "Abdullahi", "Nakamura", "Wang", "Ivanova", "Petrov", "Rossi", "Müller", "Johansson",
    "Sharma", "García", "Fernández", "Dlamini", "Khumalo", "El Amrani", "Benali", "Haddad", "O’Brien", "Van der Berg", "Nguyen",
];
const FUNCTIONS: &[&str] = &["Minister", "Ambassador", "Director", "Senior Officer", "Adviser", "Counsellor", "First Secretary", "Expert"];

/// The generated list: a header and `n` rows, countries by English name or ISO code.
fn table(n: usize) -> Vec<Vec<String>> {
    let countries: Vec<&str> = plenary_api::core::country::countries().iter().take(190).map(|c| c.alpha2).collect();
    let header = ["Salutation", "First name", "Last name", "Country", "Title", "Email"];
    let mut rows = vec![header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>()];
    for i in 0..n {
        let code = countries[i % countries.len()];
        let country = plenary_api::core::country::country(code).map_or(code, |c| if i % 2 == 0 { c.name_en } else { c.alpha2 });
        rows.push(vec![
            if i % 3 == 0 { "Ms" } else { "Mr" }.to_owned(),
            GIVEN[i % GIVEN.len()].to_owned(),
            FAMILY[(i / GIVEN.len()) % FAMILY.len()].to_owned(),
            country.to_owned(),
            FUNCTIONS[i % FUNCTIONS.len()].to_owned(),
            format!("p{i}@example.org"),
        ]);
    }
    rows
}

/// `rows` as CSV, every field quoted (some countries' names hold a comma).
fn csv(path: &Path, rows: &[Vec<String>]) {
    let text: String = rows
        .iter()
        .map(|row| row.iter().map(|v| format!("\"{}\"", v.replace('"', "\"\""))).collect::<Vec<_>>().join(",") + "\n")
        .collect();
    std::fs::write(path, text).expect("the generated list");
}

fn meeting(api: &Api) -> Id {
    let input = MeetingInput {
        title_en: "Scale".into(),
        title_fr: "Échelle".into(),
        kind: MeetingKind::ThematicMeeting,
        start_date: "2025-11-04".into(),
        end_date: "2025-11-05".into(),
        venue_en: "Centre".into(),
        venue_fr: "Centre".into(),
        city: "Lagos".into(),
        country: Some("NG".into()),
        time_zone: "Africa/Lagos".into(),
        languages: vec![Lang::En, Lang::Fr],
        status: MeetingStatus::Planning,
    };
    api.create_meeting(input).expect("a meeting").meeting.id
}

/// A fresh database with one empty meeting.
fn fresh() -> (TempDir, PathBuf, Api, Id) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.db");
    let api = Api::open(&path, Lang::En).expect("open");
    let m = meeting(&api);
    (dir, path, api, m)
}

/// What the bare insert writes: the rows as the import stores them, read back from a
/// database the import filled (same ids, delegations, sort keys and timestamps).
type Row = (String, String, String, Option<String>, String, String, Option<String>, String, Vec<u8>, Vec<u8>, String);

/// The participants and the delegations (id, country) an import of `list` writes.
fn reference(list: &Path) -> (Vec<Row>, Vec<(String, String)>) {
    let (_dir, path, api, m) = fresh();
    api.import_participants(ImportFileArgs { meeting_id: m, path: list.to_path_buf(), options: ImportOptions::default() }).expect("imported");
    let conn = rusqlite::Connection::open(&path).expect("a plain connection");
    let mut stmt = conn
        .prepare(
            "SELECT id, meeting_id, delegation_id, honorific_prefix, given_name, family_name, email, rank, sort_en, sort_fr, created_at
             FROM participants",
        )
        .expect("a query");
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?)))
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("rows read");
    let mut stmt = conn.prepare("SELECT id, country FROM delegations").expect("a query");
    let delegations = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("rows").collect::<rusqlite::Result<_>>().expect("rows read");
    (rows, delegations)
}

/// Runs `routine` on a fresh `setup()` each iteration, timing the routine alone, and keeps
/// every time in `times` for the medians and ratios printed after the group.
fn timed<S>(b: &mut Bencher<'_>, times: &RefCell<Vec<Duration>>, setup: impl Fn() -> S, routine: impl Fn(S)) {
    b.iter_custom(|iters| {
        let mut total = Duration::ZERO;
        for _ in 0..iters {
            let input = setup();
            let start = Instant::now();
            routine(input);
            let took = start.elapsed();
            times.borrow_mut().push(took);
            total += took;
        }
        total
    });
}

fn median(times: &RefCell<Vec<Duration>>) -> Option<Duration> {
    let mut times = times.borrow().clone();
    times.sort();
    times.get(times.len() / 2).copied()
}

/// Whether the `sqlite3` command-line shell runs here.
fn sqlite3_present() -> bool {
    Command::new("sqlite3").arg("-version").output().is_ok_and(|o| o.status.success())
}

/// `sqlite3`'s own `.import` of `list` into a new table of the new database `db` (its columns
/// named by the header; no index, no constraint), in the shell's one transaction.
fn sqlite3_import(db: &Path, list: &Path) {
    let status = Command::new("sqlite3")
        .arg(db)
        .arg(".mode csv")
        .arg(format!(".import '{}' bare", list.display()))
        .status()
        .expect("sqlite3 runs");
    assert!(status.success(), "sqlite3 .import of the generated list succeeds");
}

/// The same rows inserted with rusqlite into the schema, in one transaction, one prepared
/// statement, foreign keys on, the delegations already there.
fn bare_insert(conn: &mut rusqlite::Connection, m: &Id, rows: &[Row]) {
    conn.pragma_update(None, "foreign_keys", "ON").expect("foreign keys");
    let tx = conn.transaction().expect("a transaction");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO participants (id, meeting_id, delegation_id, honorific_prefix, given_name, family_name, email,
                                           rank, sort_en, sort_fr, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            )
            .expect("a prepared insert");
        for r in rows {
            insert.execute(rusqlite::params![r.0, m.as_str(), r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10]).expect("a row");
        }
    }
    tx.commit().expect("committed");
}

fn ms(d: Option<Duration>) -> String {
    d.map_or_else(|| "—".to_owned(), |d| format!("{:.0} ms", d.as_secs_f64() * 1e3))
}

fn ratio(a: Option<Duration>, b: Option<Duration>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if !b.is_zero() => format!("{:.2}×", a.as_secs_f64() / b.as_secs_f64()),
        _ => "—".to_owned(),
    }
}

fn import(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let shell = sqlite3_present();
    if !shell {
        println!("sqlite3 is not installed: its .import is left out of the comparison");
    }
    for n in SIZES {
        let rows = table(n);
        let list = dir.path().join(format!("participants-{n}.csv"));
        csv(&list, &rows);
        let workbook = dir.path().join(format!("participants-{n}.xlsx"));
        std::fs::write(&workbook, xlsx::workbook(&rows)).expect("the generated workbook");
        let (stored, delegations) = reference(&list);
        assert_eq!(stored.len(), n, "every generated row is imported");

        let times: [RefCell<Vec<Duration>>; 6] = Default::default();
        let [csv_times, xlsx_times, bare_times, shell_times, snapshot_times, check_times] = &times;
        let mut group = c.benchmark_group(format!("import_{}k", n / 1000));
        group.sample_size(10);
        for (name, file, times) in [("import_participants_csv", &list, csv_times), ("import_participants_xlsx", &workbook, xlsx_times)] {
            group.bench_function(name, |b| {
                timed(b, times, fresh, |(_dir, _path, api, m)| {
                    let args = ImportFileArgs { meeting_id: m, path: file.clone(), options: ImportOptions::default() };
                    let report = api.import_participants(args).expect("imported");
                    assert_eq!(report.added as usize, n, "every row of the {name} file is added");
                })
            });
        }
        group.bench_function("bare_rusqlite_insert", |b| {
            timed(
                b,
                bare_times,
                || {
                    // The same delegations as the import made, so the foreign keys hold.
                    let (dir, path, api, m) = fresh();
                    let conn = rusqlite::Connection::open(&path).expect("a plain connection");
                    for (id, country) in &delegations {
                        conn.execute(
                            "INSERT INTO delegations (id, meeting_id, country, status, created_at, updated_at) VALUES (?1, ?2, ?3, 'confirmed', '', '')",
                            rusqlite::params![id, m.as_str(), country],
                        )
                        .expect("a delegation");
                    }
                    drop(api);
                    (dir, conn, m)
                },
                |(_dir, mut conn, m)| bare_insert(&mut conn, &m, &stored),
            )
        });
        if shell {
            group.bench_function("sqlite3_dot_import", |b| {
                timed(
                    b,
                    shell_times,
                    || {
                        let dir = tempfile::tempdir().expect("temp dir");
                        let db = dir.path().join("bare.db");
                        (dir, db)
                    },
                    |(_dir, db)| sqlite3_import(&db, &list),
                )
            });
        }
        // The safety around an import, on a database holding the n participants: the
        // snapshot an import of a further list would take first, and the full check after.
        let (_filled_dir, filled, filled_api, filled_meeting) = fresh();
        let args = ImportFileArgs { meeting_id: filled_meeting.clone(), path: list.clone(), options: ImportOptions::default() };
        filled_api.import_participants(args).expect("imported");
        drop(filled_api);
        group.bench_function("snapshot_before_import", |b| {
            timed(
                b,
                snapshot_times,
                || (),
                |()| {
                    let info = plenary_store::backup::snapshot_file(&filled, plenary_store::SnapshotReason::Import, chrono::Utc::now())
                        .expect("a snapshot");
                    std::fs::remove_file(&info.path).expect("the snapshot removed");
                    std::fs::remove_file(Path::new(&info.path).with_extension("json")).expect("its manifest removed");
                },
            )
        });
        let store = plenary_store::Store::open(&filled).expect("the store opens");
        group.bench_function("integrity_check_after_import", |b| {
            timed(b, check_times, || (), |()| assert_eq!(store.integrity_check().expect("checked"), "ok", "the imported database is sound"))
        });
        if n == ROWS_EXPORTED {
            xlsx_export(&mut group, &list, dir.path());
        }
        group.finish();

        let [csv_m, xlsx_m, bare_m, shell_m, snapshot_m, check_m] = times.each_ref().map(median);
        println!("import of {n} participants, medians:");
        println!("  CSV import                {:>9}  {} the bare insert, {} sqlite3 .import", ms(csv_m), ratio(csv_m, bare_m), ratio(csv_m, shell_m));
        println!("  XLSX import               {:>9}  {} the bare insert", ms(xlsx_m), ratio(xlsx_m, bare_m));
        println!("  bare rusqlite insert      {:>9}", ms(bare_m));
        println!("  sqlite3 .import           {:>9}  (bare table, no index)", ms(shell_m));
        println!("  of which: snapshot before {:>9}, integrity_check after {:>9}", ms(snapshot_m), ms(check_m));
    }
}

/// The size at which the XLSX list export is measured too.
const ROWS_EXPORTED: usize = 70_000;

/// Slot "xlsx_export_70k": the XLSX list export of the participants a database filled by
/// `import_participants` from `list` holds: the list read in protocol order, written as a
/// workbook, and the file written whole.
fn xlsx_export(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, list: &Path, dir: &Path) {
    let (_export_dir, _export_db, export_api, export_meeting) = fresh();
    let args = ImportFileArgs { meeting_id: export_meeting.clone(), path: list.to_path_buf(), options: ImportOptions::default() };
    export_api.import_participants(args).expect("imported");
    let workbook = dir.join("participants-70k-export.xlsx");
    group.bench_function("xlsx_export_70k", |b| {
        b.iter(|| {
            let what = SaveParticipantsArgs { meeting_id: export_meeting.clone(), format: ListFormat::Xlsx, lang: Lang::En, order: None, include_contacts: false };
            black_box(export_api.export_participants(what.to_path(workbook.clone())).expect("exported").bytes)
        })
    });
}

criterion_group!(benches, import);
criterion_main!(benches);

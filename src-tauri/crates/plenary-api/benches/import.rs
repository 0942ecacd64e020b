//! The import of a 70,000-row registration list (generated CSV: realistic names, ~190
//! countries, emails) into a fresh database, against a bare rusqlite insert of the same
//! rows in one transaction with a prepared statement (the floor any import stands on).
//!
//! `cargo bench -p plenary-api --bench import --locked -- --sample-size 10`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use plenary_api::core::meeting::{MeetingKind, MeetingStatus};
use plenary_api::{Api, Id, ImportFileArgs, ImportOptions, Lang, ListFormat, MeetingInput, SaveParticipantsArgs};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const ROWS: usize = 70_000;

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

/// The generated list: one header and `ROWS` rows, countries by English name or ISO code.
fn csv(path: &Path) {
    let countries: Vec<&str> = plenary_api::core::country::countries().iter().take(190).map(|c| c.alpha2).collect();
    let mut text = String::from("Salutation,First name,Last name,Country,Title,Email\n");
    for i in 0..ROWS {
        let given = GIVEN[i % GIVEN.len()];
        let family = FAMILY[(i / GIVEN.len()) % FAMILY.len()];
        let code = countries[i % countries.len()];
        let country = plenary_api::core::country::country(code).map_or(code, |c| if i % 2 == 0 { c.name_en } else { c.alpha2 });
        let salutation = if i % 3 == 0 { "Ms" } else { "Mr" };
        let function = FUNCTIONS[i % FUNCTIONS.len()];
        text.push_str(&format!("{salutation},{given},{family},\"{country}\",{function},p{i}@example.org\n"));
    }
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

fn import(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("participants-70k.csv");
    csv(&list);
    let (rows, delegations) = reference(&list);
    assert_eq!(rows.len(), ROWS, "every generated row is imported");

    let mut group = c.benchmark_group("import_70k");
    group.sample_size(10);
    group.bench_function("import_participants_csv", |b| {
        b.iter_batched(
            fresh,
            |(_dir, _path, api, m)| {
                let args = ImportFileArgs { meeting_id: m, path: list.clone(), options: ImportOptions::default() };
                black_box(api.import_participants(args).expect("imported"))
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("bare_rusqlite_insert", |b| {
        b.iter_batched(
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
            |(_dir, mut conn, m)| {
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
                    for r in &rows {
                        insert.execute(rusqlite::params![r.0, m.as_str(), r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10]).expect("a row");
                    }
                }
                tx.commit().expect("committed");
            },
            BatchSize::PerIteration,
        )
    });
    // Slot "xlsx_export_70k": the XLSX list export of the same 70,000 participants, measured
    // in this group over a database filled by `import_participants` from `list`: the list
    // read in protocol order, written as a workbook, and the file written whole.
    let (_export_dir, _export_db, export_api, export_meeting) = fresh();
    let args = ImportFileArgs { meeting_id: export_meeting.clone(), path: list.clone(), options: ImportOptions::default() };
    export_api.import_participants(args).expect("imported");
    let workbook = dir.path().join("participants-70k.xlsx");
    group.bench_function("xlsx_export_70k", |b| {
        b.iter(|| {
            let what = SaveParticipantsArgs { meeting_id: export_meeting.clone(), format: ListFormat::Xlsx, lang: Lang::En, order: None, include_contacts: false };
            black_box(export_api.export_participants(what.to_path(workbook.clone())).expect("exported").bytes)
        })
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);

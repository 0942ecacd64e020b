//! Snapshots at two sizes, 5,000 and 70,000 participants (a generated list imported into one
//! meeting): a verified snapshot (online backup, `integrity_check` of the copy, rename), the
//! `integrity_check` of the live database alone, and a restore (the current state snapshotted
//! first, the snapshot copied into the open database, `quick_check`, refresh).
//!
//! `cargo bench -p plenary-api --bench backup --locked`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use plenary_api::core::meeting::{MeetingKind, MeetingStatus};
use plenary_api::{Api, ImportFileArgs, ImportOptions, Lang, MeetingInput, RestoreArgs};
use std::path::Path;
use std::time::Duration;
use tempfile::TempDir;

const SIZES: [usize; 2] = [5_000, 70_000];

const GIVEN: &[&str] = &["Amina", "Tijjani", "Kofi", "Aïssatou", "Cyrille", "Anaïs", "Jérôme", "Fatou", "Chidi", "Ngozi", "Olusegun", "Mariam"];
const FAMILY: &[&str] = &["Bello", "Ahmed", "Mensah", "Diallo", "Baumgartner", "Le Gall", "Ngoma", "Ndiaye", "Okafor", "Keïta", "Müller", "O’Brien"];
const FUNCTIONS: &[&str] = &["Minister", "Ambassador", "Director", "Senior Officer", "Adviser", "Counsellor", "First Secretary", "Expert"];

/// A list of `rows` participants of ~190 countries, with emails.
fn csv(path: &Path, rows: usize) {
    let countries: Vec<&str> = plenary_api::core::country::countries().iter().take(190).map(|c| c.alpha2).collect();
    let mut text = String::from("Salutation,First name,Last name,Country,Title,Email\n");
    for i in 0..rows {
        let given = GIVEN[i % GIVEN.len()];
        let family = FAMILY[(i / GIVEN.len()) % FAMILY.len()];
        let country = countries[i % countries.len()];
        let function = FUNCTIONS[i % FUNCTIONS.len()];
        text.push_str(&format!("Ms,{given},{family} {i},{country},{function},p{i}@example.org\n"));
    }
    std::fs::write(path, text).expect("the generated list");
}

/// A database holding one meeting with `rows` participants.
fn filled(rows: usize) -> (TempDir, Api) {
    let dir = tempfile::tempdir().expect("temp dir");
    let api = Api::open(&dir.path().join("plenary.db"), Lang::En).expect("open");
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
    let meeting_id = api.create_meeting(input).expect("a meeting").meeting.id;
    let list = dir.path().join("list.csv");
    csv(&list, rows);
    let report = api.import_participants(ImportFileArgs { meeting_id, path: list, options: ImportOptions::default() }).expect("imported");
    assert_eq!(report.added as usize, rows, "every generated row is imported");
    (dir, api)
}

/// Removes every snapshot but `keep`, so that repeated runs do not fill the disk.
fn only(dir: &Path, keep: &str) {
    for entry in std::fs::read_dir(dir.join("backups")).expect("the snapshots folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(keep.trim_end_matches(".db")) {
            std::fs::remove_file(entry.path()).expect("remove an older snapshot");
        }
    }
}

fn backup(c: &mut Criterion) {
    for rows in SIZES {
        let (dir, api) = filled(rows);
        let mut group = c.benchmark_group(format!("{rows} participants"));
        group.sample_size(10).measurement_time(Duration::from_secs(if rows > 10_000 { 60 } else { 10 }));
        let out = dir.path().join("copy.db");
        group.bench_function("snapshot (backup, integrity_check of the copy, rename)", |b| {
            b.iter_batched(|| std::fs::remove_file(&out).ok(), |_| api.backup_to(&out).expect("a snapshot"), BatchSize::PerIteration)
        });
        group.bench_function("integrity_check of the live database", |b| b.iter(|| api.integrity_check().expect("checked")));
        let saved = api.backup_now().expect("a snapshot to restore").name;
        group.bench_function("restore (snapshot of the current state, copy in, quick_check, refresh)", |b| {
            b.iter_batched(
                || only(dir.path(), &saved),
                |_| api.restore_backup(RestoreArgs { name: saved.clone() }).expect("restored"),
                BatchSize::PerIteration,
            )
        });
        group.finish();
        let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        println!("{rows} participants: database copy of {:.1} MB", size as f64 / 1_048_576.0);
    }
}

criterion_group!(benches, backup);
criterion_main!(benches);

//! Snapshots of generated meetings of 7,000, 35,000 and 70,000 participants (sessions,
//! outcome document and all): a verified snapshot (online backup, `integrity_check` of the copy, rename), the
//! `integrity_check` of the live database alone, and a restore (the current state snapshotted
//! first, the snapshot copied into the open database, `quick_check`, refresh).
//!
//! `cargo bench -p plenary-api --bench backup --locked`

#[path = "scale/generated.rs"]
mod generated;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use plenary_api::{Api, Lang, RestoreArgs};
use std::path::Path;

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
    let mut group = c.benchmark_group("backup");
    for m in generated::all() {
        // Snapshots and restores write: they work on a copy, in its own folder.
        let (dir, path) = m.copy();
        let api = Api::open(&path, Lang::En).expect("the copy opens");
        let size = m.label();
        let out = dir.path().join("copy.db");
        group.bench_function(BenchmarkId::new("snapshot (backup, integrity_check of the copy, rename)", &size), |b| {
            b.iter_batched(|| std::fs::remove_file(&out).ok(), |_| api.backup_to(&out).expect("a snapshot"), BatchSize::PerIteration)
        });
        group.bench_function(BenchmarkId::new("integrity_check of the live database", &size), |b| {
            b.iter(|| api.integrity_check().expect("checked"))
        });
        let saved = api.backup_now().expect("a snapshot to restore").name;
        group.bench_function(BenchmarkId::new("restore (snapshot of the current state, copy in, quick_check, refresh)", &size), |b| {
            b.iter_batched(
                || only(dir.path(), &saved),
                |_| api.restore_backup(RestoreArgs { name: saved.clone() }).expect("restored"),
                BatchSize::PerIteration,
            )
        });
        let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        eprintln!("{size} participants: database copy of {:.1} MB", bytes as f64 / 1_048_576.0);
    }
    group.finish();
}

// Private, so the function the macro generates needs no documentation.
mod runner {
    use super::*;
    criterion_group! { name = benches; config = generated::criterion(); targets = backup }
}
criterion_main!(runner::benches);

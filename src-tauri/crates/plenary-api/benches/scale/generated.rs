//! Generated meetings for the benchmarks: each size is generated once per bench process into
//! a temporary folder and reused by every benchmark of the process (copied for those that
//! write). `PLENARY_BENCH_SIZES=7000` (a comma-separated list) limits the sizes for a quick run.

#![allow(dead_code)]

use plenary_api::{Api, Id, Lang, MeetingArgs, ScaleSpec};
use std::path::PathBuf;
use std::time::Instant;
use tempfile::TempDir;

/// The sizes measured, as (participants, sessions): a large meeting, half a COP, a COP.
pub const SIZES: [(u32, u32); 3] = [(7_000, 100), (35_000, 300), (70_000, 1_000)];

/// One generated meeting in its own database file.
pub struct Generated {
    /// Removes the file when dropped.
    _dir: TempDir,
    /// The database file.
    pub path: PathBuf,
    /// The meeting.
    pub meeting_id: Id,
    /// Its outcome document.
    pub document_id: Id,
    /// What it holds.
    pub spec: ScaleSpec,
}

/// The spec of a size: the COP proportions, with the sessions given.
pub fn spec(participants: u32, sessions: u32) -> ScaleSpec {
    let of = ScaleSpec::of(participants);
    ScaleSpec { sessions, ..of }
}

/// The sizes of this run: all of `SIZES`, or those `PLENARY_BENCH_SIZES` lists.
pub fn sizes() -> Vec<(u32, u32)> {
    let Ok(only) = std::env::var("PLENARY_BENCH_SIZES") else { return SIZES.to_vec() };
    let wanted: Vec<u32> = only.split(',').filter_map(|n| n.trim().replace('_', "").parse().ok()).collect();
    SIZES.iter().copied().filter(|(n, _)| wanted.contains(n)).collect()
}

/// "70,000": the size as the reports print it.
pub fn label(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Generates a meeting of `spec` in a new database file.
pub fn generate(spec: ScaleSpec) -> Generated {
    let dir = tempfile::tempdir().expect("a temp folder for the database");
    let path = dir.path().join("plenary.db");
    let api = Api::open(&path, Lang::En).expect("a new database opens");
    let start = Instant::now();
    let meeting_id = api.demo_scale(&spec).expect("the meeting is generated").meeting_id;
    eprintln!("generated {} participants, {} sessions in {:.1?}", label(spec.participants), spec.sessions, start.elapsed());
    let document_id = api.outcome_documents(MeetingArgs { meeting_id: meeting_id.clone() }).expect("its documents")[0].id.clone();
    Generated { _dir: dir, path, meeting_id, document_id, spec }
}

/// Every size of this run, generated.
pub fn all() -> Vec<Generated> {
    sizes().into_iter().map(|(n, sessions)| generate(spec(n, sessions))).collect()
}

impl Generated {
    /// The API over this meeting's file.
    pub fn api(&self) -> Api {
        Api::open(&self.path, Lang::En).expect("the generated database opens")
    }

    /// A copy of the file, for a benchmark that writes: the copy's folder and path.
    pub fn copy(&self) -> (TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("a temp folder for the copy");
        let path = dir.path().join("plenary.db");
        // A snapshot, not a file copy: the write-ahead log's pages are in it too.
        self.api().backup_to(&path).expect("the database is copied");
        (dir, path)
    }

    /// The size as the reports print it.
    pub fn label(&self) -> String {
        label(self.spec.participants)
    }
}

/// Ten samples in about three seconds after a second of warm-up: enough for medians of
/// operations from microseconds to a second, and a whole `make bench` in minutes.
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3))
}

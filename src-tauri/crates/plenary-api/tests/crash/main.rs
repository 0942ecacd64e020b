//! The crash harness: a worker edits, imports, exports (and backs up) through the API until
//! it is killed with SIGKILL at a random moment; the supervisor reopens the database and
//! checks that SQLite finds it sound, that `plenary check` is clean (the search index
//! included), that every change the worker reported is there, that an import is there whole
//! or not at all, and that no export is cut short under its own name.
//!
//! One binary plays both parts: run with `PLENARY_CRASH_WORKER_DB` set it is a worker.
//! `PLENARY_CRASH_TRIALS` (25 by default, so that `make test` stays fast),
//! `PLENARY_CRASH_SEED` and `PLENARY_CRASH_MAX_DELAY_MS` set a run; `make crash-test` runs
//! 1,000 trials of the release build.

mod ledger;
mod seed;
mod snapshots;
mod state;
mod supervisor;
mod worker;

use ledger::{Change, Ledger};
use seed::Seeded;
use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use supervisor::{Run, Settings};

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => v.parse().unwrap_or_else(|_| panic!("{name} must be a whole number, not {v:?}")),
        Err(_) => default,
    }
}

fn main() -> ExitCode {
    if let Some(orders) = worker::Orders::from_env() {
        worker::run(&orders);
        return ExitCode::SUCCESS;
    }
    if std::env::args().any(|a| a == "--list") {
        // `cargo test -- --list` asks every test binary for its tests: this one is one test.
        println!("crash: test");
        return ExitCode::SUCCESS;
    }
    // A name filter given to `cargo test` that cannot mean this binary skips it.
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filters.is_empty() && !filters.iter().any(|f| "crash".contains(f.as_str())) {
        return ExitCode::SUCCESS;
    }
    self_test();
    let settings = Settings {
        trials: env_number("PLENARY_CRASH_TRIALS", 25) as u32,
        seed: env_number("PLENARY_CRASH_SEED", 7),
        // Long enough for a kill to land anywhere in a worker's first imports and exports.
        max_delay: Duration::from_millis(env_number("PLENARY_CRASH_MAX_DELAY_MS", if cfg!(debug_assertions) { 1_500 } else { 700 })),
        rows: env_number("PLENARY_CRASH_ROWS", 2_000) as u32,
    };
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("a temp folder for the run");
    let mut run = Run::start(dir.path());
    let mut rng = Seeded::new(settings.seed);
    let mut failures = 0;
    for trial in 0..settings.trials {
        let problems = run.trial(trial, &mut rng, &settings);
        if !problems.is_empty() {
            failures += 1;
            for p in &problems {
                eprintln!("crash-test: {p}");
            }
        }
    }
    let kills: Vec<String> = run.kills.iter().map(|(k, n)| format!("{k} {n}")).collect();
    println!(
        "crash-test: {} trials, {failures} failures in {:.1} s (seed {}, kills up to {:?} after start; kills during: {}; {} temporary export files and {} temporary snapshots left by kills; {} snapshots checked)",
        settings.trials,
        started.elapsed().as_secs_f64(),
        settings.seed,
        settings.max_delay,
        kills.join(", "),
        run.leftovers,
        run.snapshots.leftovers,
        run.snapshots.seen,
    );
    // The summary line of the libtest harness, which `make test` adds up.
    if failures > 0 {
        let kept = dir.keep();
        eprintln!("crash-test: the database and files are kept in {}", kept.display());
        println!("test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out");
        return ExitCode::FAILURE;
    }
    println!("test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out");
    ExitCode::SUCCESS
}

/// The harness's own checks must be able to fail: a missing edit, a half import, a cut
/// workbook are each caught.
fn self_test() {
    let mut ledger = Ledger::default();
    let done = ["participant set Crash1n0 G1", "import set 1n2 2000", "export set /x/list-0.xlsx complete"];
    ledger.apply(&done.iter().filter_map(|l| Change::parse(l)).collect::<Vec<_>>());
    let rows = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<BTreeMap<_, _>>();
    assert!(!ledger.compare("participant", &rows(&[]), None).is_empty(), "a reported participant that is gone is caught");
    assert!(!ledger.compare("participant", &rows(&[("Crash1n0", "G0")]), None).is_empty(), "a lost update is caught");
    assert!(ledger.compare("participant", &rows(&[("Crash1n0", "G1")]), None).is_empty(), "the reported state passes");
    let pending = Change::parse("import set 1n3 2000");
    assert!(ledger.compare("import", &rows(&[("1n2", "2000"), ("1n3", "2000")]), pending.as_ref()).is_empty(), "an import under way may have landed whole");
    assert!(!ledger.compare("import", &rows(&[("1n2", "2000"), ("1n3", "1500")]), pending.as_ref()).is_empty(), "a half import is caught");
    assert!(!ledger.compare("import", &rows(&[("1n2", "1999")]), None).is_empty(), "a reported import missing a row is caught");
    assert!(!ledger.compare("participant", &rows(&[("Crash1n0", "G1"), ("Crash9n9", "G0")]), None).is_empty(), "a row nobody made is caught");
    let mut zip = vec![0x50, 0x4b, 0x01, 0x02, 0, 0];
    zip.extend([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert!(state::is_whole_zip(&zip), "a whole archive passes");
    assert!(!state::is_whole_zip(&zip[..zip.len() - 1]), "an archive cut by one byte is caught");
    assert!(!state::is_whole_zip(&zip[6..]), "an archive missing its start is caught");
}

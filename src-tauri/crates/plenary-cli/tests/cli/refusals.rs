//! Files the CLI must refuse without changing a byte, errors as JSON, and where the database
//! is taken from (`--db`, `PLENARY_DB`, the data directory).

use crate::harness::{Run, Sandbox};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// The database's companion files SQLite could create next to it.
fn side_files(path: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        })
        .filter(|p| p.exists())
        .collect()
}

/// Runs `args` on `path` and asserts the file is byte for byte as before, with no side file.
#[track_caller]
fn refused_untouched(sandbox: &Sandbox, path: &Path, args: &[&str]) -> Run {
    let before = std::fs::read(path).expect("read the file before");
    let run = sandbox.run_on(path, args).failure();
    let after = std::fs::read(path).expect("read the file after");
    assert!(before == after, "a refused file is left byte for byte as it was\n{}", run.report());
    assert!(side_files(path).is_empty(), "no journal or WAL file is created: {:?}\n{}", side_files(path), run.report());
    assert!(run.stdout.is_empty(), "nothing is printed on stdout\n{}", run.report());
    run
}

/// A database of schema version 99, written by a future Plenary.
fn newer_database(sandbox: &Sandbox) -> PathBuf {
    let path = sandbox.path().join("future.db");
    let conn = Connection::open(&path).expect("create the future database");
    conn.execute_batch("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from 2030'); PRAGMA user_version = 99;")
        .expect("write the future database");
    drop(conn);
    path
}

/// A file of deterministic pseudo-random bytes (xorshift), which is no SQLite database.
fn noise_file(sandbox: &Sandbox) -> PathBuf {
    let path = sandbox.path().join("noise.db");
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    assert!(!bytes.starts_with(b"SQLite format 3"), "the noise must not look like a database");
    std::fs::write(&path, &bytes).expect("write the noise file");
    path
}

#[test]
fn database_of_a_newer_schema_is_refused_and_left_untouched() {
    let sandbox = Sandbox::new();
    let path = newer_database(&sandbox);
    let run = refused_untouched(&sandbox, &path, &["meetings"]);
    assert!(run.stderr.contains("newer version of Plenary"), "the message says a newer Plenary wrote it\n{}", run.report());
    assert!(run.stderr.contains("nothing was changed"), "and that nothing was changed\n{}", run.report());

    let fr = refused_untouched(&sandbox, &path, &["demo", "--lang", "fr"]);
    assert!(fr.stderr.contains("version plus récente"), "in French with --lang fr\n{}", fr.report());

    let version: i64 = Connection::open(&path).expect("reopen").query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
    assert_eq!(version, 99, "the schema version is as it was");
}

#[test]
fn file_that_is_not_a_database_is_refused_and_left_untouched() {
    let sandbox = Sandbox::new();
    let path = noise_file(&sandbox);
    let run = refused_untouched(&sandbox, &path, &["demo"]);
    assert!(run.stderr.contains("database"), "the message says the database could not be used\n{}", run.report());
    refused_untouched(&sandbox, &path, &["check"]);
}

#[test]
fn json_errors_are_printed_on_stderr_as_an_error_object() {
    let sandbox = Sandbox::new();
    let cases = [
        (newer_database(&sandbox), vec!["meetings", "--json"], "schema_too_new"),
        (noise_file(&sandbox), vec!["meetings", "--json"], "storage_damaged"),
        (sandbox.db.clone(), vec!["stats", "--meeting", "nope", "--json"], "not_found"),
        (sandbox.db.clone(), vec!["delegations", "--meeting", "nope", "--json", "--lang", "fr"], "not_found"),
    ];
    for (path, args, code) in cases {
        let run = sandbox.run_on(&path, &args).failure();
        assert!(run.stdout.is_empty(), "an error prints nothing on stdout\n{}", run.report());
        let json = run.stderr_json();
        assert_eq!(json["error"]["code"], code, "the error's code\n{}", run.report());
        let message = json["error"]["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty(), "the error has a message\n{}", run.report());
    }
    let fr = sandbox.run(&["stats", "--meeting", "nope", "--json", "--lang", "fr"]).failure();
    let message = fr.stderr_json()["error"]["message"].as_str().unwrap_or_default().to_owned();
    assert!(message.contains("réunion") && message.contains("nope"), "the JSON message is in French with --lang fr\n{}", fr.report());
}

#[test]
fn database_can_be_given_by_the_plenary_db_variable() {
    let sandbox = Sandbox::new();
    let from_env = sandbox.path().join("from-env.db");
    let env_run = |args: &[&str]| {
        let mut cmd = sandbox.command();
        cmd.env("PLENARY_DB", &from_env).args(args);
        Run::of(cmd)
    };
    let demo = env_run(&["demo", "--json"]).success();
    assert_eq!(demo.json()["created"], true, "the demo is created in the PLENARY_DB file\n{}", demo.report());
    assert!(from_env.exists(), "the database is the file PLENARY_DB names\n{}", demo.report());
    let id = demo.json()["meeting_id"].as_str().unwrap_or_default().to_owned();
    let stats = env_run(&["stats", "--meeting", &id, "--json"]).success();
    assert_eq!(stats.json()["representatives"], 166, "later runs read the same file\n{}", stats.report());

    // --db wins over the variable.
    let mut cmd = sandbox.command();
    cmd.env("PLENARY_DB", &from_env).arg("--db").arg(&sandbox.db).args(["meetings", "--json"]);
    let run = Run::of(cmd).success();
    assert_eq!(run.json().as_array().map(Vec::len), Some(0), "--db takes precedence over PLENARY_DB\n{}", run.report());
    assert!(sandbox.home_entries().is_empty(), "nothing written to the home directory: {:?}", sandbox.home_entries());
}

#[cfg(target_os = "linux")]
#[test]
fn without_db_the_database_goes_to_the_data_directory() {
    // Shows that the sandbox's XDG_DATA_HOME is honoured, so no test can reach the real one.
    let sandbox = Sandbox::new();
    let run = sandbox.run_bare(&["demo", "--json"]).success();
    let expected = sandbox.home().join("plenary").join("plenary.db");
    assert!(expected.exists(), "the default database is <data dir>/plenary/plenary.db\n{}", run.report());
    assert!(!sandbox.db.exists(), "and not the sandbox's --db file\n{}", run.report());
}

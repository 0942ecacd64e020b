//! Runs the real `plenary` binary in a sandbox: a temp folder holding the database and
//! standing in for the home and data directories.

use rusqlite::Connection;
use serde_json::Value;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use tempfile::TempDir;

/// A temp folder with a database path in it and a fake home; removed when dropped.
pub struct Sandbox {
    dir: TempDir,
    /// The database file passed with `--db` (created by the first run).
    pub db: PathBuf,
}

impl Sandbox {
    /// A fresh folder with an empty fake home and no database yet.
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("home")).expect("fake home");
        let db = dir.path().join("plenary.db");
        Sandbox { dir, db }
    }

    /// A sandbox in which `plenary demo` has run; returns it with the demo meeting's id.
    pub fn with_demo() -> (Sandbox, String) {
        let sandbox = Sandbox::new();
        let id = sandbox.demo();
        (sandbox, id)
    }

    /// The temp folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The fake home, which is also `XDG_DATA_HOME`: nothing should be written there
    /// unless a test asks for the default database location.
    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// A command for the binary with the sandbox's environment and no `--db`; `PLENARY_DB`
    /// is removed so that the caller's own setting cannot leak in.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_plenary"));
        cmd.current_dir(self.path())
            .env("HOME", self.home())
            .env("XDG_DATA_HOME", self.home())
            .env_remove("PLENARY_DB")
            .env("RUST_BACKTRACE", "0");
        cmd
    }

    /// Runs `plenary --db <sandbox db> ARGS`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut cmd = self.command();
        cmd.arg("--db").arg(&self.db).args(args);
        Run::of(cmd)
    }

    /// Runs `plenary ARGS` with neither `--db` nor `PLENARY_DB`.
    pub fn run_bare(&self, args: &[&str]) -> Run {
        let mut cmd = self.command();
        cmd.args(args);
        Run::of(cmd)
    }

    /// Runs `plenary --db <path> ARGS` on another file.
    pub fn run_on(&self, path: &Path, args: &[&str]) -> Run {
        let mut cmd = self.command();
        cmd.arg("--db").arg(path).args(args);
        Run::of(cmd)
    }

    /// Runs `plenary demo --json`, which must succeed, and returns the meeting id.
    pub fn demo(&self) -> String {
        let run = self.run(&["demo", "--json"]).success();
        let json = run.json();
        json["meeting_id"].as_str().unwrap_or_else(|| panic!("demo --json prints the meeting id\n{}", run.report())).to_owned()
    }

    /// A plain SQLite connection to the sandbox database.
    pub fn sql(&self) -> Connection {
        Connection::open(&self.db).expect("plain connection to the database")
    }

    /// Everything in the fake home, to show that nothing was written there.
    pub fn home_entries(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![self.home()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("read fake home") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path.clone());
                }
                out.push(path);
            }
        }
        out
    }
}

/// What one run of the binary gave.
pub struct Run {
    /// The command line, for messages.
    pub line: String,
    /// The exit code (None if killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Runs `cmd` to completion and captures what it printed.
    pub fn of(mut cmd: Command) -> Run {
        let line = std::iter::once(OsStr::new("plenary"))
            .chain(cmd.get_args())
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        let out = cmd.output().unwrap_or_else(|e| panic!("could not run {line}: {e}"));
        Run {
            line,
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }

    /// The command, its exit code, stdout and stderr, for assertion messages.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let _ = write!(s, "$ {}\nexit code: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}", self.line, self.code, self.stdout, self.stderr);
        s
    }

    /// Asserts exit code 0.
    #[track_caller]
    pub fn success(self) -> Run {
        assert_eq!(self.code, Some(0), "the command should succeed\n{}", self.report());
        self
    }

    /// Asserts exit code 1, with something said on stderr and nothing on stdout.
    #[track_caller]
    pub fn failure(self) -> Run {
        assert_eq!(self.code, Some(1), "the command should fail with exit code 1\n{}", self.report());
        assert!(!self.stderr.trim().is_empty(), "a failure should say why on stderr\n{}", self.report());
        self
    }

    /// Stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout should be JSON ({e})\n{}", self.report()))
    }

    /// Stderr parsed as JSON.
    #[track_caller]
    pub fn stderr_json(&self) -> Value {
        serde_json::from_str(self.stderr.trim()).unwrap_or_else(|e| panic!("stderr should be one JSON object ({e})\n{}", self.report()))
    }

    /// Asserts that stdout contains `needle`.
    #[track_caller]
    pub fn says(&self, needle: &str, why: &str) -> &Run {
        assert!(self.stdout.contains(needle), "{why}: stdout should contain {needle:?}\n{}", self.report());
        self
    }

    /// The lines of stdout.
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// The first `n` characters of an id (a unique prefix in a one-meeting database).
pub fn prefix(id: &str, n: usize) -> &str {
    &id[..n]
}

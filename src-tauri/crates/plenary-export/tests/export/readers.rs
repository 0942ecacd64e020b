//! Running the independent readers on a file written to a temp dir.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// Writes `bytes` to a temp file named `name` and returns the dir (kept alive) and path.
pub fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join(name);
    let mut f = std::fs::File::create(&path).expect("a temp file");
    f.write_all(bytes).expect("written");
    (dir, path)
}

/// Runs `program` with `args`; panics with its stderr when it fails, so a test says why.
pub fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} runs (installed by make deps): {e}"));
    assert!(out.status.success(), "{program} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs a Python snippet with `path` as `sys.argv[1]`, under the system Python that
/// has the readers Debian packages (`make deps`), whatever `python3` is first on PATH.
pub fn python(script: &str, path: &std::path::Path) -> String {
    run("/usr/bin/python3", &["-c", script, path.to_str().expect("a UTF-8 path")])
}

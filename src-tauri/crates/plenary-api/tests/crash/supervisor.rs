//! The supervisor: starts a worker on the shared database, kills it with SIGKILL after a
//! seeded random delay, reopens the database and holds it to what the worker reported.

use crate::ledger::{Change, Ledger, Reports};
use crate::seed::Seeded;
use crate::snapshots::Snapshots;
use crate::state;
use crate::worker;
use plenary_api::{Api, Id, Lang};
use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader, Read as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// How a run is set.
pub struct Settings {
    /// The number of trials.
    pub trials: u32,
    /// The run's seed: the same seed replays the same delays and operations.
    pub seed: u64,
    /// The longest wait before a kill.
    pub max_delay: Duration,
    /// Rows per import.
    pub rows: u32,
}

/// One run's shared database and what is known of it.
pub struct Run {
    db: PathBuf,
    files: PathBuf,
    meeting: Id,
    document: Id,
    ledger: Ledger,
    /// The kind of operation each kill interrupted (`none` when the worker was between two).
    pub kills: BTreeMap<String, u32>,
    /// Temporary export files a kill left behind (removed after counting).
    pub leftovers: u32,
    /// The snapshots seen and checked.
    pub snapshots: Snapshots,
}

impl Run {
    /// A new database in `dir` with the demo meeting, as a secretariat starts.
    pub fn start(dir: &Path) -> Run {
        let db = dir.join("plenary.db");
        let files = dir.join("files");
        std::fs::create_dir_all(&files).expect("the files folder");
        let api = Api::open(&db, Lang::En).expect("a new database opens");
        let meeting = api.demo().expect("the demo meeting is made").meeting_id;
        let document = worker::editable_document(&api, &meeting);
        Run { db, files, meeting, document, ledger: Ledger::default(), kills: BTreeMap::new(), leftovers: 0, snapshots: Snapshots::default() }
    }

    /// Runs trial `trial`: a worker killed after a random delay, then the checks. Returns the
    /// problems found (none when the database kept every promise).
    pub fn trial(&mut self, trial: u32, rng: &mut Seeded, settings: &Settings) -> Vec<String> {
        let seed = rng.next();
        let delay = Duration::from_millis(rng.below(settings.max_delay.as_millis().max(1) as u64));
        let exe = std::env::current_exe().expect("the test binary's path");
        let mut child = Command::new(exe)
            .env("PLENARY_CRASH_WORKER_DB", &self.db)
            .env("PLENARY_CRASH_WORKER_FILES", &self.files)
            .env("PLENARY_CRASH_WORKER_TRIAL", trial.to_string())
            .env("PLENARY_CRASH_WORKER_SEED", seed.to_string())
            .env("PLENARY_CRASH_WORKER_ROWS", settings.rows.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the worker starts");
        let stdout = child.stdout.take().expect("the worker's stdout");
        let mut stderr = child.stderr.take().expect("the worker's stderr");
        let lines = std::thread::spawn(move || {
            let mut lines = Vec::new();
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            // Only whole lines count: a line cut by the kill promised nothing.
            while reader.read_line(&mut line).unwrap_or(0) > 0 {
                if let Some(whole) = line.strip_suffix('\n') {
                    lines.push(whole.to_owned());
                }
                line.clear();
            }
            lines
        });
        let errors = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        std::thread::sleep(delay);
        let finished_alone = child.try_wait().expect("the worker's state").is_some();
        // SIGKILL on Unix: no destructor, no flush, as a crash or a power cut would leave it.
        let _ = child.kill();
        let status = child.wait().expect("the worker is reaped");
        let lines = lines.join().expect("the worker's output is read");
        let errors = errors.join().expect("the worker's errors are read");

        let mut problems = Vec::new();
        if finished_alone && !status.success() {
            problems.push(format!("the worker failed on its own ({status}): {}", errors.trim()));
        }
        let reports = Reports::read(&lines);
        let pending = reports.pending.as_deref().and_then(Change::parse);
        let kind = match reports.pending.as_deref() {
            None => "none".to_owned(),
            Some("open") => "open".to_owned(),
            Some(op) => match Change::parse(op) {
                Some(c) if c.row.0 == "import" && c.value.as_deref() == Some("0") => "import meeting".to_owned(),
                Some(c) if c.value.is_none() => format!("{} delete", c.row.0),
                Some(c) => c.row.0,
                None => op.to_owned(),
            },
        };
        *self.kills.entry(kind).or_default() += 1;
        self.ledger.apply(&reports.done);
        problems.extend(self.check(pending.as_ref()));
        problems.extend(self.snapshots.check(&self.db, &reports.backups));
        if !problems.is_empty() {
            problems.insert(0, format!("trial {trial}: seed {seed}, killed after {delay:?}, under way: {:?}", reports.pending));
        }
        problems
    }

    /// Reopens the database and compares it with the ledger; checks the exported files.
    fn check(&mut self, pending: Option<&Change>) -> Vec<String> {
        let mut problems = state::file_problems(&self.db);
        let api = match Api::open(&self.db, Lang::En) {
            Ok(api) => api,
            Err(e) => {
                problems.push(format!("the database does not reopen: {e:?}"));
                return problems;
            }
        };
        match api.check() {
            Ok(report) if report.ok => {}
            Ok(report) => problems.push(format!("plenary check: {:?}", report.problems)),
            Err(e) => problems.push(format!("plenary check failed: {e:?}")),
        }
        let mut found = match state::read(&api, &self.db, &self.meeting, &self.document) {
            Ok(found) => found,
            Err(e) => {
                problems.push(format!("the followed rows could not be read: {e}"));
                return problems;
            }
        };
        found.insert("export", self.exports(&mut problems));
        for (kind, rows) in &found {
            problems.extend(self.ledger.compare(kind, rows, pending));
        }
        // The change under way that did land is the database's state from now on.
        if let Some(change) = pending {
            let now = found.get(change.row.0.as_str()).and_then(|rows| rows.get(&change.row.1));
            if now == change.value.as_ref() {
                self.ledger.apply(std::slice::from_ref(change));
            }
        }
        problems
    }

    /// The exported workbooks by path (`complete`); a file cut short under an export's own
    /// name is a problem. Temporary files of an interrupted export are counted and removed.
    fn exports(&mut self, problems: &mut Vec<String>) -> BTreeMap<String, String> {
        let mut found = BTreeMap::new();
        for entry in std::fs::read_dir(&self.files).expect("the files folder is listed") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.starts_with(".plenary-") && name.ends_with(".part") {
                self.leftovers += 1;
                std::fs::remove_file(&path).expect("a temporary file is removed");
            } else if name.ends_with(".csv") {
                // An import file the kill kept its worker from removing: not the database's business.
                std::fs::remove_file(&path).expect("an old import file is removed");
            } else if name.ends_with(".xlsx") {
                let bytes = std::fs::read(&path).expect("an export is read");
                if state::is_whole_zip(&bytes) {
                    found.insert(path.display().to_string(), "complete".to_owned());
                } else {
                    problems.push(format!("{name}: a cut workbook ({} bytes) under the export's own name", bytes.len()));
                }
            }
        }
        found
    }
}

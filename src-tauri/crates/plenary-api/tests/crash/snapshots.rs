//! The snapshots folder after a kill: every snapshot Plenary lists is a whole, sound database
//! (a temporary copy cut by the kill is never counted as one), and every backup a worker
//! reported is listed.

use plenary_api::{Lang, list_snapshots};
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeSet;
use std::path::Path;

/// How many of the newest snapshots stay after a check. The older ones were each checked
/// once already; removing them keeps a run of 1,000 trials (an import snapshot in most) from
/// filling the disk. Retention is the store's business and is tested there.
const KEEP: usize = 4;

/// What the checks have seen of the snapshots so far.
#[derive(Default)]
pub struct Snapshots {
    checked: BTreeSet<String>,
    /// Temporary copies a kill left in the folder (removed after counting).
    pub leftovers: u32,
    /// Snapshots checked in all.
    pub seen: u32,
}

impl Snapshots {
    /// Checks the snapshots of `db` made since the last call; `reported` are the names the
    /// worker reported.
    pub fn check(&mut self, db: &Path, reported: &[String]) -> Vec<String> {
        let mut problems = Vec::new();
        let listed = match list_snapshots(db, Lang::En) {
            Ok(listed) => listed,
            Err(e) => return vec![format!("the snapshots cannot be listed: {e:?}")],
        };
        for info in &listed {
            if self.checked.insert(info.name.clone()) {
                self.seen += 1;
                if let Some(problem) = unsound(Path::new(&info.path)) {
                    problems.push(format!("snapshot {} is listed but {problem}", info.name));
                }
            }
        }
        for name in reported {
            if !listed.iter().any(|s| &s.name == name) {
                problems.push(format!("backup {name} was reported made but is not listed"));
            }
        }
        let folder = db.parent().expect("the database is in a folder").join("backups");
        let names: Vec<String> = match std::fs::read_dir(&folder) {
            Ok(entries) => entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect(),
            Err(_) => Vec::new(),
        };
        let stem = |name: &str| Path::new(name).file_stem().map(|s| s.to_owned());
        for name in &names {
            // A snapshot's file and its manifest (`.json`) share the stem.
            let old = listed.iter().skip(KEEP).any(|s| stem(name) == stem(&s.name));
            // The copy under way and its journal (`.db.tmp`, `.db.tmp-journal`).
            let temporary = name.contains(".tmp");
            if temporary {
                self.leftovers += 1;
            }
            if old || temporary {
                std::fs::remove_file(folder.join(name)).expect("an old or temporary snapshot file is removed");
            }
        }
        problems
    }
}

/// Why the file at `path` is not a whole, sound database, if it is not.
fn unsound(path: &Path) -> Option<String> {
    let conn = match Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) {
        Ok(c) => c,
        Err(e) => return Some(format!("does not open: {e}")),
    };
    match conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)) {
        Ok(v) if v == "ok" => {}
        Ok(v) => return Some(format!("fails quick_check: {v}")),
        Err(e) => return Some(format!("cannot be checked: {e}")),
    }
    match conn.query_row("SELECT count(*) FROM participants", [], |r| r.get::<_, i64>(0)) {
        Ok(n) if n > 0 => None,
        Ok(_) => Some("holds no participant".to_owned()),
        Err(e) => Some(format!("holds no data: {e}")),
    }
}

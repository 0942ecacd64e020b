//! File steps of snapshots: unique names, synced writes, and `.damaged` copies.

use crate::error::Result;
use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

/// `path` with `suffix` added to its file name (`plenary.db` + `-wal` → `plenary.db-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Reserves a snapshot name in `dir`: the first of `name(1)`, `name(2)`… whose final file does
/// not exist and whose temporary file this process could create (`create_new`, so that two
/// snapshots in the same second, even from two processes, never share a file).
pub(crate) fn reserve(dir: &Path, name: impl Fn(u32) -> String) -> Result<(PathBuf, PathBuf)> {
    for n in 1..u32::MAX {
        let out = dir.join(name(n));
        if out.exists() {
            continue;
        }
        let tmp = with_suffix(&out, ".tmp");
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(_) => return Ok((tmp, out)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(std::io::Error::other("no free snapshot name").into())
}

/// Writes `bytes` to `path` through a synced temporary file renamed into place.
pub(crate) fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = with_suffix(path, ".tmp");
    let mut file = File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// Syncs the folder of `path`, so that a rename in it survives a power cut.
pub(crate) fn sync_dir(path: &Path) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // Windows cannot open a folder as a file; its renames are durable once done.
    if cfg!(unix) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// How old a temporary file of a snapshot must be to count as left by a process that died
/// while writing it (a snapshot of a large database takes seconds, not an hour).
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes what interrupted snapshots of `stem` left in `dir`: temporary copies (and their
/// journals), and
/// manifests whose snapshot never got its final name. Best effort: what cannot be removed now
/// is tried again after the next snapshot.
pub(crate) fn remove_leftovers(dir: &Path, stem: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(stem) {
            continue;
        }
        let orphan = name.ends_with(".json") && !dir.join(name.replace(".json", ".db")).exists();
        let old = entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age > LEFTOVER_AGE);
        // A copy killed mid-way leaves `….db.tmp` and perhaps its journal `….db.tmp-journal`.
        if (name.contains(".db.tmp") || orphan) && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Keeps the database file at `db` as found, and its WAL if any, as `.damaged` copies beside
/// it (`plenary.db.damaged`, `plenary.db-wal.damaged`; `-2`, `-3`… when an earlier, different
/// copy is there). Reads `db` only. Returns the copy of the database file.
pub fn keep_damaged(db: &Path) -> Result<PathBuf> {
    let wal = with_suffix(db, "-wal");
    let has_wal = std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
    for n in 1..u32::MAX {
        let suffix = if n == 1 { ".damaged".to_owned() } else { format!(".damaged-{n}") };
        let (copy, wal_copy) = (with_suffix(db, &suffix), with_suffix(&wal, &suffix));
        if copy.exists() {
            // Opening the same damaged file again must not fill the disk with copies.
            if same_bytes(db, &copy)? && (!has_wal || same_bytes(&wal, &wal_copy)?) {
                return Ok(copy);
            }
            continue;
        }
        copy_synced(db, &copy)?;
        if has_wal {
            copy_synced(&wal, &wal_copy)?;
        }
        sync_dir(db)?;
        return Ok(copy);
    }
    Err(std::io::Error::other("no free name for a .damaged copy").into())
}

fn copy_synced(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)?;
    File::open(to)?.sync_all()?;
    Ok(())
}

fn same_bytes(a: &Path, b: &Path) -> Result<bool> {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else { return Ok(false) };
    if ma.len() != mb.len() {
        return Ok(false);
    }
    let (mut fa, mut fb) = (File::open(a)?, File::open(b)?);
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let n = fa.read(&mut ba)?;
        if n == 0 {
            return Ok(true);
        }
        fb.read_exact(&mut bb[..n])?;
        if ba[..n] != bb[..n] {
            return Ok(false);
        }
    }
}

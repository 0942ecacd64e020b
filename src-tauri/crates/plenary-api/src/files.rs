//! Files written whole or not at all.
//!
//! A crash, a kill or a full disk in the middle of an export must never leave a truncated
//! document under the name the person chose (they would send it on without noticing): the
//! bytes go to a temporary file in the same folder, are flushed to the disk, and only then is
//! the temporary file renamed over the target (a rename within one folder is atomic), and the
//! folder itself is flushed so that the new name survives a power cut.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The start of every temporary file's name: hidden, and recognisable as ours.
pub(crate) const TEMP_PREFIX: &str = ".plenary-";
/// The end of every temporary file's name.
pub(crate) const TEMP_SUFFIX: &str = ".part";

/// Writes `bytes` at `path` atomically: afterwards the file holds either what it held
/// before (or is absent) or all of `bytes`, whatever happens to the process or the machine.
pub(crate) fn write_file_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    Staged::write(path, bytes)?.commit()
}

/// A complete, flushed temporary file waiting to be renamed over its target; dropped without
/// [`Staged::commit`], it is deleted and the target is left as it was.
pub(crate) struct Staged {
    temp: tempfile::NamedTempFile,
    target: PathBuf,
}

impl Staged {
    /// Writes `bytes` to a temporary file beside `target` and flushes it to the disk.
    /// Several files meant to change together are all staged before any is committed, so a
    /// full disk cannot leave one of them replaced and not the others.
    pub(crate) fn write(target: &Path, bytes: &[u8]) -> std::io::Result<Staged> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
        #[cfg(unix)]
        builder.permissions(permissions(target));
        let mut temp = builder.tempfile_in(folder(target))?;
        temp.write_all(bytes)?;
        temp.as_file().sync_all()?;
        Ok(Staged { temp, target: target.to_path_buf() })
    }

    /// Renames the temporary file over the target and flushes the folder, so that after a
    /// power cut the folder lists the new file, not the old one or the temporary name.
    pub(crate) fn commit(self) -> std::io::Result<()> {
        self.temp.persist(&self.target).map_err(|e| e.error)?;
        sync_folder(&folder(&self.target))
    }
}

/// The folder a file is in (`.` for a bare name).
fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Flushes a folder's entries to the disk. Only Unix can open a folder to flush it; on other
/// systems the rename is flushed by the file system itself.
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// The permissions the written file gets: those of the file it replaces, else the usual
/// ones for a new document (read-write for all, less the umask), not the owner-only ones of
/// a temporary file: an exported document is meant to be shared.
#[cfg(unix)]
fn permissions(path: &Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).map(|m| m.permissions()).unwrap_or_else(|_| std::fs::Permissions::from_mode(0o666))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("the folder can be listed")
            .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_new_file_is_written_whole_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("list.csv");
        write_file_atomically(&path, b"a,b\n1,2\n").expect("written");
        assert_eq!(std::fs::read(&path).expect("read back"), b"a,b\n1,2\n", "the file holds every byte given");
        assert_eq!(names(dir.path()), vec!["list.csv"], "the temporary file was renamed, not left beside it");
    }

    #[test]
    fn an_existing_file_is_replaced_whole() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("agenda.json");
        std::fs::write(&path, vec![b'x'; 10_000]).expect("an older, longer file");
        write_file_atomically(&path, b"{}").expect("written");
        assert_eq!(std::fs::read(&path).expect("read back"), b"{}", "nothing of the longer old file remains");
        assert_eq!(names(dir.path()), vec!["agenda.json"]);
    }

    #[test]
    fn a_staged_file_dropped_uncommitted_leaves_the_target_as_it_was() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("report.pdf");
        std::fs::write(&path, b"old").expect("an older file");
        let staged = Staged::write(&path, b"new").expect("staged");
        let during = names(dir.path());
        assert_eq!(during.len(), 2, "the temporary file sits beside the target until committed: {during:?}");
        assert!(
            during.iter().any(|n| n.starts_with(TEMP_PREFIX) && n.ends_with(TEMP_SUFFIX)),
            "the temporary name is hidden and recognisable: {during:?}"
        );
        assert_eq!(std::fs::read(&path).expect("read"), b"old", "the target is untouched before the rename");
        drop(staged);
        assert_eq!(std::fs::read(&path).expect("read"), b"old", "an abandoned write leaves the old file");
        assert_eq!(names(dir.path()), vec!["report.pdf"], "and removes its temporary file");
    }

    #[test]
    fn a_missing_folder_is_an_error_and_creates_nothing() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("missing").join("list.csv");
        write_file_atomically(&path, b"x").expect_err("no such folder");
        assert!(names(dir.path()).is_empty(), "nothing was created");
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("badges.pdf");
        std::fs::write(&path, b"old").expect("an older file");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_file_atomically(&path, b"new").expect("written");
        let mode = std::fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "the person's choice of permissions survives a new export");
    }
}

//! Snapshot file names: `<database stem>-<UTC time>-<reason>[-n].db`, e.g.
//! `plenary-2026-12-01T02-30-00Z-import.db`, so that a folder listing sorts and reads by
//! date, and the name alone tells when and why.

use super::SnapshotReason;
use chrono::{DateTime, NaiveDateTime, Utc};
use std::path::Path;

/// The time as it appears in a name (no colons: Windows forbids them in file names).
const TIME_FORMAT: &str = "%Y-%m-%dT%H-%M-%SZ";

/// The stem shared by the snapshots of the database at `db` (`plenary` for `plenary.db`).
pub(crate) fn stem(db: &Path) -> String {
    db.file_stem().map_or_else(|| "plenary".to_owned(), |s| s.to_string_lossy().into_owned())
}

/// The name of the `n`th snapshot (from 1) taken at `time` for `reason`.
pub(crate) fn name(stem: &str, time: DateTime<Utc>, reason: SnapshotReason, n: u32) -> String {
    let time = time.format(TIME_FORMAT);
    match n {
        0 | 1 => format!("{stem}-{time}-{}.db", reason.as_str()),
        n => format!("{stem}-{time}-{}-{n}.db", reason.as_str()),
    }
}

/// The time and reason of a snapshot of `stem` named `name`, or `None` for any other file.
pub(crate) fn parse(stem: &str, name: &str) -> Option<(DateTime<Utc>, SnapshotReason)> {
    let rest = name.strip_prefix(stem)?.strip_prefix('-')?.strip_suffix(".db")?;
    let (time, reason) = (rest.get(..20)?, rest.get(20..)?.strip_prefix('-')?);
    let time = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?.and_utc();
    let reason = reason.split_once('-').map_or(reason, |(r, n)| if n.parse::<u32>().is_ok() { r } else { reason });
    Some((time, SnapshotReason::parse(reason)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn names_read_back_as_their_time_and_reason() {
        let time = Utc.with_ymd_and_hms(2026, 12, 1, 2, 30, 0).single().expect("a date");
        assert_eq!(name("plenary", time, SnapshotReason::Import, 1), "plenary-2026-12-01T02-30-00Z-import.db");
        for (reason, n) in [(SnapshotReason::BulkDelete, 1), (SnapshotReason::Manual, 3)] {
            let named = name("my-db", time, reason, n);
            assert_eq!(parse("my-db", &named), Some((time, reason)), "{named}");
        }
        assert_eq!(parse("plenary", "plenary-2026-12-01T02-30-00Z-import.db.tmp"), None, "a temporary file is no snapshot");
        assert_eq!(parse("plenary", "other-2026-12-01T02-30-00Z-import.db"), None, "another database's snapshot");
        assert_eq!(parse("plenary", "plenary-2026-13-01T02-30-00Z-import.db"), None, "no month 13");
    }
}

//! Embedded, append-only schema migrations.
//!
//! The schema version is SQLite's `user_version`. Migration N brings a database from version
//! N-1 to N. A migration, once released, is never edited: a test pins the fingerprint of
//! each one, so a change to an old migration fails the build instead of silently forking
//! the schema of users' databases.

use crate::error::Result;
use plenary_core::{DomainError, ErrorCode};
use rusqlite::Connection;

/// The migrations, in order; the schema version is their count.
pub const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_initial", include_str!("../migrations/0001_initial.sql")),
    ("0002_search", include_str!("../migrations/0002_search.sql")),
    ("0003_sort_keys", include_str!("../migrations/0003_sort_keys.sql")),
    ("0004_agenda", include_str!("../migrations/0004_agenda.sql")),
    ("0005_outcome", include_str!("../migrations/0005_outcome.sql")),
    ("0006_search_everything", include_str!("../migrations/0006_search_everything.sql")),
    ("0007_meeting_counts", include_str!("../migrations/0007_meeting_counts.sql")),
];

/// The schema version this binary writes.
pub fn latest_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// The schema version of an open database.
pub fn current_version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the database to the latest schema, each migration in its own transaction.
/// Refuses a database whose schema is newer than this binary, without touching it.
pub fn migrate(conn: &mut Connection) -> Result<u32> {
    let found = current_version(conn)?;
    let latest = latest_version();
    if found > latest {
        return Err(DomainError::new(ErrorCode::SchemaTooNew).field("database").detail(format!("{found} > {latest}")).into());
    }
    for (index, (_, sql)) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        // PRAGMA does not take parameters; the value is our own integer.
        tx.execute_batch(&format!("PRAGMA user_version = {}", index + 1))?;
        tx.commit()?;
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_core::text::fingerprint;

    /// Fingerprints of released migrations. Append a line for a new migration; never change one.
    const RELEASED: &[(&str, &str)] = &[
        ("0001_initial", "7ae28b32d33ce6ba"),
        ("0002_search", "64d2dfcc34d84909"),
        ("0003_sort_keys", "6df4888502ddf552"),
        ("0004_agenda", "ba1179506e765bff"),
        ("0005_outcome", "b643929447d9f8cd"),
        ("0006_search_everything", "c47b16d3b28df08b"),
        ("0007_meeting_counts", "8b274f9ef17f5a86"),
    ];

    #[test]
    fn released_migrations_are_never_edited() {
        assert_eq!(RELEASED.len(), MIGRATIONS.len(), "every migration has its fingerprint pinned here");
        for (name, hash) in RELEASED {
            let sql = MIGRATIONS.iter().find(|(n, _)| n == name).map(|(_, s)| *s).expect("released migration still present");
            assert_eq!(&fingerprint(sql), hash, "migration {name} was edited after release: add a new migration instead");
        }
    }

    #[test]
    fn migrations_are_numbered_in_order() {
        for (i, (name, _)) in MIGRATIONS.iter().enumerate() {
            assert!(name.starts_with(&format!("{:04}_", i + 1)), "{name} is out of order");
        }
    }

    #[test]
    fn every_migration_applies_on_an_empty_database_and_leaves_it_consistent() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        conn.pragma_update(None, "foreign_keys", "ON").expect("pragma");
        assert_eq!(migrate(&mut conn).expect("migrates"), 0);
        assert_eq!(current_version(&conn).expect("version"), latest_version());
        let problems: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("fk check");
        assert_eq!(problems, 0);
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity");
        assert_eq!(ok, "ok");
        assert_eq!(migrate(&mut conn).expect("second run is a no-op"), latest_version());
    }

    #[test]
    fn a_newer_schema_is_refused_untouched() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        conn.execute_batch("PRAGMA user_version = 99").expect("pragma");
        let err = migrate(&mut conn).expect_err("newer schema");
        let err = DomainError::from(err);
        assert_eq!(err.code, ErrorCode::SchemaTooNew);
        assert!(err.message(plenary_core::Lang::En).contains("newer version of Plenary"));
        assert_eq!(current_version(&conn).expect("version"), 99, "nothing was changed");
    }
}

//! Collation sort keys of participants' names (`sort_en`, `sort_fr`), stored so that SQLite
//! can sort and page lists in each language's collation, which it cannot compute itself.

use crate::{Db, Result};
use plenary_core::Lang;
use plenary_core::protocol::{collation_version, name_sort_key};
use rusqlite::{OptionalExtension, params};

/// The `meta` key under which the collation version of the stored keys is kept.
const COLLATION_KEY: &str = "collation";

/// A participant's name keys in English and French, as stored in `sort_en` and `sort_fr`.
pub(crate) fn name_keys(family_name: &str, given_name: &str) -> (Vec<u8>, Vec<u8>) {
    (name_sort_key(Lang::En, family_name, given_name), name_sort_key(Lang::Fr, family_name, given_name))
}

impl Db<'_> {
    /// Fills the sort keys of participants that have none (rows of an older schema, or
    /// written behind the store's back), or recomputes every key when the stored ones were
    /// made with another collation version (a newer ICU4X or CLDR). Returns how many
    /// participants got new keys.
    pub(crate) fn refresh_sort_keys(&self) -> Result<usize> {
        let version = collation_version();
        let stored: Option<String> =
            self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [COLLATION_KEY], |r| r.get(0)).optional()?;
        let all = stored.as_deref() != Some(version);
        // Read first, then write: updating rows of the table being stepped through is not
        // something to rely on.
        let stale: Vec<(String, String, String)> = {
            let mut stmt = self.conn.prepare(
                "SELECT id, family_name, given_name FROM participants WHERE ?1 OR sort_en IS NULL OR sort_fr IS NULL",
            )?;
            stmt.query_map([all], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?
        };
        // Derived data: updated_at stays, as no one changed the participant.
        let mut update = self.conn.prepare("UPDATE participants SET sort_en = ?2, sort_fr = ?3 WHERE id = ?1")?;
        for (id, family, given) in &stale {
            let (en, fr) = name_keys(family, given);
            update.execute(params![id, en, fr])?;
        }
        if all {
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![COLLATION_KEY, version],
            )?;
        }
        Ok(stale.len())
    }
}

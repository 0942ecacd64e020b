//! Reference data (countries, M49 regions) copied from plenary-core into the database, so
//! that queries can join on it. Refreshed on open whenever the embedded data changed.

use crate::{Db, Result};
use plenary_core::country::{countries, m49_regions};
use plenary_core::text::fingerprint;
use rusqlite::{OptionalExtension, params};

impl Db<'_> {
    /// Upserts every country and region when the embedded data differs from what the
    /// database holds. Per-meeting display names live on delegations, not here.
    pub(crate) fn refresh_reference_data(&self) -> Result<()> {
        let version = fingerprint(&format!("{:?}{:?}", m49_regions(), countries()));
        let stored: Option<String> =
            self.conn.query_row("SELECT value FROM meta WHERE key = 'reference_data'", [], |r| r.get(0)).optional()?;
        if stored.as_deref() == Some(version.as_str()) {
            return Ok(());
        }
        let mut region = self.conn.prepare(
            "INSERT INTO m49_regions (code, name_en, name_fr) VALUES (?1, ?2, ?3)
             ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_fr = excluded.name_fr",
        )?;
        for r in m49_regions() {
            region.execute(params![r.code, r.name_en, r.name_fr])?;
        }
        let mut country = self.conn.prepare(
            "INSERT INTO countries (alpha2, alpha3, numeric, name_en, name_fr, formal_en, formal_fr, un_status,
                                    region, subregion, intermediate_region)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (alpha2) DO UPDATE SET alpha3 = excluded.alpha3, numeric = excluded.numeric,
                name_en = excluded.name_en, name_fr = excluded.name_fr, formal_en = excluded.formal_en,
                formal_fr = excluded.formal_fr, un_status = excluded.un_status, region = excluded.region,
                subregion = excluded.subregion, intermediate_region = excluded.intermediate_region",
        )?;
        for c in countries() {
            let status = match c.un_status {
                plenary_core::country::UnStatus::Member => "member",
                plenary_core::country::UnStatus::Observer => "observer",
                plenary_core::country::UnStatus::None => "none",
            };
            country.execute(params![
                c.alpha2, c.alpha3, c.numeric, c.name_en, c.name_fr, c.formal_en, c.formal_fr, status,
                c.region, c.subregion, c.intermediate_region
            ])?;
        }
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('reference_data', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [version],
        )?;
        // Participants' search entries hold their country's names: index the new ones.
        self.rebuild_search_index()
    }
}

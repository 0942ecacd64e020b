//! Organisations, shared by all meetings.

use crate::error::found;
use crate::meetings::duplicate_or;
use crate::rows;
use crate::{Db, Result};
use plenary_core::organisation::{OrgCategory, Organisation};
use plenary_core::{DomainError, ErrorCode, Id};
use rusqlite::{Row, params};

const SELECT: &str = "SELECT id, name_en, name_fr, acronym_en, acronym_fr, category FROM organisations";

fn organisation(r: &Row<'_>) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: rows::id(r, 0)?,
        name_en: r.get(1)?,
        name_fr: r.get(2)?,
        acronym_en: r.get(3)?,
        acronym_fr: r.get(4)?,
        category: rows::parsed(r, 5, OrgCategory::parse)?,
    })
}

impl Db<'_> {
    /// Inserts or updates an organisation; its participants are re-indexed for search.
    pub fn save_organisation(&self, o: &Organisation) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO organisations (id, name_en, name_fr, acronym_en, acronym_fr, category, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
                 ON CONFLICT (id) DO UPDATE SET name_en = excluded.name_en, name_fr = excluded.name_fr,
                    acronym_en = excluded.acronym_en, acronym_fr = excluded.acronym_fr, category = excluded.category,
                    updated_at = excluded.updated_at",
                params![o.id.as_str(), o.name_en, o.name_fr, o.acronym_en, o.acronym_fr, o.category.as_str(), self.now],
            )
            .map_err(|e| duplicate_or(e, "name_en", &o.name_en))?;
        self.reindex("organisation", &o.id)?;
        let delegations: Vec<String> = {
            let mut stmt = self.conn.prepare_cached("SELECT id FROM delegations WHERE organisation_id = ?1")?;
            stmt.query_map([o.id.as_str()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        for d in delegations {
            self.reindex_delegation(&Id::new(d))?;
        }
        Ok(())
    }

    /// One organisation.
    pub fn organisation(&self, id: &Id) -> Result<Organisation> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?;
        found(stmt.query_row([id.as_str()], organisation), "organisation", id.as_str())
    }

    /// The organisation whose English or French name or acronym is `name`, ignoring case
    /// (with Unicode case folding: SQLite's `lower()` only folds ASCII, so "ÉCOLE" would miss).
    pub fn find_organisation(&self, name: &str) -> Result<Option<Organisation>> {
        let wanted = name.trim().to_lowercase();
        Ok(self.organisations()?.into_iter().find(|o| {
            [Some(&o.name_en), Some(&o.name_fr), o.acronym_en.as_ref(), o.acronym_fr.as_ref()]
                .into_iter()
                .flatten()
                .any(|n| n.to_lowercase() == wanted)
        }))
    }

    /// Every organisation, by English name.
    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} ORDER BY name_en COLLATE NOCASE"))?;
        Ok(stmt.query_map([], organisation)?.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes an organisation that no delegation represents.
    pub fn delete_organisation(&self, id: &Id) -> Result<()> {
        let used: i64 = self.conn.query_row("SELECT count(*) FROM delegations WHERE organisation_id = ?1", [id.as_str()], |r| r.get(0))?;
        if used > 0 {
            return Err(DomainError::new(ErrorCode::InUse).field("organisation").detail(format!("{used} delegation(s)")).into());
        }
        if self.conn.execute("DELETE FROM organisations WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("organisation", id.as_str()).into());
        }
        self.unindex(id)
    }
}

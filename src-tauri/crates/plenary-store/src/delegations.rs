//! Delegations of a meeting, with the names and groups the lists need.

use crate::error::found;
use crate::meetings::duplicate_or;
use crate::rows;
use crate::{Db, Result};
use plenary_core::country::UnStatus;
use plenary_core::delegation::{Accreditation, Delegation, ListingCategory, Party};
use plenary_core::organisation::OrgCategory;
use plenary_core::participant::{NameParts, display_name};
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use rusqlite::{Row, params};
use serde::Serialize;

/// A delegation as lists show it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct DelegationRow {
    /// The delegation.
    #[serde(flatten)]
    pub delegation: Delegation,
    /// The name shown in English (the meeting's override, else the reference name).
    pub name_en: String,
    /// The name shown in French.
    pub name_fr: String,
    /// The acronym in English, for an organisation.
    pub acronym_en: Option<String>,
    /// The acronym in French, for an organisation.
    pub acronym_fr: Option<String>,
    /// The UN listing group.
    pub listing: ListingCategory,
    /// The organisation's category, for an organisation.
    pub organisation_category: Option<OrgCategory>,
    /// M49 region of a state.
    pub region: Option<String>,
    /// M49 sub-region of a state.
    pub subregion: Option<String>,
    /// The head of delegation, if any.
    pub head_id: Option<Id>,
    /// The head's name as printed.
    pub head_name: Option<String>,
    /// How many participants.
    pub participants: u64,
    /// Whether the delegation co-chairs the meeting.
    pub co_chair: bool,
}

impl DelegationRow {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.name_en, &self.name_fr)
    }
}

const SELECT: &str = "
SELECT d.id, d.meeting_id, d.country, d.organisation_id, d.display_name_en, d.display_name_fr, d.status, d.credentials,
       coalesce(d.display_name_en, c.name_en, o.name_en), coalesce(d.display_name_fr, c.name_fr, o.name_fr),
       o.acronym_en, o.acronym_fr, c.un_status, o.category, c.region, c.subregion,
       h.id, h.honorific_prefix, h.given_name, h.family_name, h.honorific_suffix, h.family_name_first,
       (SELECT count(*) FROM participants p WHERE p.delegation_id = d.id),
       EXISTS (SELECT 1 FROM meeting_co_chairs cc WHERE cc.delegation_id = d.id)
FROM delegations d
LEFT JOIN countries c ON c.alpha2 = d.country
LEFT JOIN organisations o ON o.id = d.organisation_id
LEFT JOIN participants h ON h.delegation_id = d.id AND h.is_head = 1";

fn delegation_row(r: &Row<'_>) -> rusqlite::Result<DelegationRow> {
    let country: Option<String> = r.get(2)?;
    let party = match (country, rows::id_opt(r, 3)?) {
        (Some(code), _) => Party::Country(code),
        (None, Some(org)) => Party::Organisation(org),
        (None, None) => return Err(rows::conversion(2, DomainError::required("country"))),
    };
    let un_status: Option<String> = r.get(12)?;
    let org_category = rows::parsed_opt(r, 13, OrgCategory::parse)?;
    let listing = match (un_status.as_deref(), org_category) {
        (Some("member"), _) => ListingCategory::of_country(UnStatus::Member),
        (Some(_), _) => ListingCategory::of_country(UnStatus::None),
        (None, Some(cat)) => ListingCategory::of_organisation(cat),
        (None, None) => ListingCategory::NonGovernmental,
    };
    let head_id = rows::id_opt(r, 16)?;
    let head_name = match head_id {
        Some(_) => Some(display_name(NameParts {
            prefix: r.get_ref(17)?.as_str_or_null()?,
            given: r.get_ref(18)?.as_str()?,
            family: r.get_ref(19)?.as_str()?,
            suffix: r.get_ref(20)?.as_str_or_null()?,
            family_first: r.get(21)?,
        })),
        None => None,
    };
    Ok(DelegationRow {
        delegation: Delegation {
            id: rows::id(r, 0)?,
            meeting_id: rows::id(r, 1)?,
            party,
            display_name_en: r.get(4)?,
            display_name_fr: r.get(5)?,
            status: rows::parsed(r, 6, Accreditation::parse)?,
            credentials: r.get(7)?,
        },
        name_en: r.get(8)?,
        name_fr: r.get(9)?,
        acronym_en: r.get(10)?,
        acronym_fr: r.get(11)?,
        listing,
        organisation_category: org_category,
        region: r.get(14)?,
        subregion: r.get(15)?,
        head_id,
        head_name,
        participants: r.get::<_, i64>(22)? as u64,
        co_chair: r.get(23)?,
    })
}

impl Db<'_> {
    /// Inserts or updates a delegation; it and its participants are re-indexed, as its names are in their entries.
    pub fn save_delegation(&self, d: &Delegation) -> Result<()> {
        let (country, organisation, label) = match &d.party {
            Party::Country(code) => (Some(code.as_str()), None, code.clone()),
            Party::Organisation(id) => {
                let org = self.organisation(id)?;
                (None, Some(id.as_str()), org.name_en)
            }
        };
        self.meeting(&d.meeting_id)?;
        self.conn
            .execute(
                "INSERT INTO delegations (id, meeting_id, country, organisation_id, display_name_en, display_name_fr, status,
                                          credentials, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
                 ON CONFLICT (id) DO UPDATE SET country = excluded.country, organisation_id = excluded.organisation_id,
                    display_name_en = excluded.display_name_en, display_name_fr = excluded.display_name_fr,
                    status = excluded.status, credentials = excluded.credentials, updated_at = excluded.updated_at",
                params![
                    d.id.as_str(), d.meeting_id.as_str(), country, organisation, d.display_name_en, d.display_name_fr,
                    d.status.as_str(), d.credentials, self.now
                ],
            )
            .map_err(|e| duplicate_or(e, "delegation", &label))?;
        self.reindex_delegation(&d.id)
    }

    /// One delegation.
    pub fn delegation(&self, id: &Id) -> Result<Delegation> {
        Ok(self.delegation_row(id)?.delegation)
    }

    /// One delegation with its names and counts.
    pub fn delegation_row(&self, id: &Id) -> Result<DelegationRow> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE d.id = ?1"))?;
        found(stmt.query_row([id.as_str()], delegation_row), "delegation", id.as_str())
    }

    /// The delegations of a meeting, in English alphabetical order of their ids' names; the
    /// API applies the protocol order the user asks for.
    pub fn delegations(&self, meeting_id: &Id) -> Result<Vec<DelegationRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE d.meeting_id = ?1 ORDER BY 9"))?;
        Ok(stmt.query_map([meeting_id.as_str()], delegation_row)?.collect::<rusqlite::Result<_>>()?)
    }

    /// The delegation of `meeting_id` for a country (ISO alpha-2), if any.
    pub fn delegation_of_country(&self, meeting_id: &Id, country: &str) -> Result<Option<Id>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM delegations WHERE meeting_id = ?1 AND country = ?2")?;
        let mut rows = stmt.query(params![meeting_id.as_str(), country])?;
        Ok(rows.next()?.map(|r| rows::id(r, 0)).transpose()?)
    }

    /// Deletes a delegation with its participants. Refused while it co-chairs the meeting or
    /// has proposed amendments to an outcome document (who proposed what stays on record).
    pub fn delete_delegation(&self, id: &Id) -> Result<()> {
        let row = self.delegation_row(id)?;
        let amendments: i64 =
            self.conn.query_row("SELECT count(*) FROM outcome_amendments WHERE delegation_id = ?1", [id.as_str()], |r| r.get(0))?;
        if row.co_chair || amendments > 0 {
            return Err(DomainError::new(ErrorCode::InUse).field("delegation").detail(row.name_en).into());
        }
        let people: Vec<String> = {
            let mut stmt = self.conn.prepare_cached("SELECT id FROM participants WHERE delegation_id = ?1")?;
            stmt.query_map([id.as_str()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        for p in &people {
            self.unindex(&Id::new(p.as_str()))?;
        }
        self.unindex(id)?;
        self.conn.execute("DELETE FROM delegations WHERE id = ?1", [id.as_str()])?;
        Ok(())
    }

    /// Re-indexes a delegation and every participant of it (its names appear in their entries).
    pub(crate) fn reindex_delegation(&self, id: &Id) -> Result<()> {
        self.reindex("delegation", id)?;
        let people: Vec<String> = {
            let mut stmt = self.conn.prepare_cached("SELECT id FROM participants WHERE delegation_id = ?1")?;
            stmt.query_map([id.as_str()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        for p in people {
            self.reindex("participant", &Id::new(p))?;
        }
        Ok(())
    }
}

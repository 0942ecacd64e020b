//! Organisations: create, list, update, delete.

use crate::{Api, ApiResult, ByIdArgs};
use plenary_core::organisation::{OrgCategory, Organisation};
use plenary_core::{DomainError, Id, limits};
use serde::{Deserialize, Serialize};

/// What a form sends to create or change an organisation.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct OrganisationInput {
    /// English name.
    pub name_en: String,
    /// French name.
    pub name_fr: String,
    /// English acronym.
    #[serde(default)]
    pub acronym_en: Option<String>,
    /// French acronym.
    #[serde(default)]
    pub acronym_fr: Option<String>,
    /// Category.
    pub category: OrgCategory,
}

/// Arguments of `update_organisation`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct UpdateOrganisationArgs {
    /// The organisation.
    pub organisation_id: Id,
    /// The new values.
    pub input: OrganisationInput,
}

impl OrganisationInput {
    pub(crate) fn to_organisation(&self, id: Id) -> Result<Organisation, DomainError> {
        let o = Organisation {
            id,
            name_en: limits::required("name_en", &self.name_en, limits::TITLE)?,
            name_fr: limits::required("name_fr", &self.name_fr, limits::TITLE)?,
            acronym_en: limits::optional("acronym_en", self.acronym_en.as_deref(), limits::ACRONYM)?,
            acronym_fr: limits::optional("acronym_fr", self.acronym_fr.as_deref(), limits::ACRONYM)?,
            category: self.category,
        };
        o.validate()?;
        Ok(o)
    }
}

impl Api {
    /// Every organisation, by English name.
    pub fn list_organisations(&self) -> ApiResult<Vec<Organisation>> {
        self.read(|db| db.organisations())
    }

    /// Creates an organisation.
    pub fn create_organisation(&self, input: OrganisationInput) -> ApiResult<Organisation> {
        let o = input.to_organisation(self.new_id()).or_else(|e| self.fail(e))?;
        self.write(|db| {
            db.save_organisation(&o)?;
            db.organisation(&o.id)
        })
    }

    /// Changes an organisation.
    pub fn update_organisation(&self, args: UpdateOrganisationArgs) -> ApiResult<Organisation> {
        let o = args.input.to_organisation(args.organisation_id.clone()).or_else(|e| self.fail(e))?;
        self.write(|db| {
            db.organisation(&o.id)?;
            db.save_organisation(&o)?;
            db.organisation(&o.id)
        })
    }

    /// Deletes an organisation that no delegation represents.
    pub fn delete_organisation(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_organisation(&args.id))
    }
}

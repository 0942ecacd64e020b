//! Delegations: create, list in protocol order, update, delete.

use crate::{Api, ApiResult, ByIdArgs, DelegationRow};
use plenary_core::delegation::{Accreditation, Delegation, Party};
use plenary_core::protocol::{self, ListingKey, ProtocolOrder};
use plenary_core::{DomainError, ErrorCode, Id, Lang, country, limits};
use serde::{Deserialize, Serialize};

/// What a form sends to create or change a delegation: exactly one of `country` (ISO code)
/// and `organisation_id`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct DelegationInput {
    /// The meeting.
    pub meeting_id: Id,
    /// The state represented (ISO alpha-2 or alpha-3).
    #[serde(default)]
    pub country: Option<String>,
    /// The organisation represented.
    #[serde(default)]
    pub organisation_id: Option<Id>,
    /// Name shown in English, if not the reference name.
    #[serde(default)]
    pub display_name_en: Option<String>,
    /// Name shown in French, if not the reference name.
    #[serde(default)]
    pub display_name_fr: Option<String>,
    /// Accreditation status.
    #[serde(default = "invited")]
    pub status: Accreditation,
    /// Credentials note.
    #[serde(default)]
    pub credentials: Option<String>,
}

fn invited() -> Accreditation {
    Accreditation::Invited
}

/// Arguments of `update_delegation`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct UpdateDelegationArgs {
    /// The delegation.
    pub delegation_id: Id,
    /// The new values (the meeting cannot change).
    pub input: DelegationInput,
}

/// Arguments of `list_delegations`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ListDelegationsArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// `en`, `fr` (alphabetical), `protocol` (UN listing order) or `lot:XX` (UN listing order,
    /// member states from the country drawn by lot). Default: `protocol`.
    #[serde(default)]
    pub order: Option<String>,
    /// The language of names for `protocol` and `lot:` (default: the API's language).
    #[serde(default)]
    pub lang: Option<Lang>,
}

impl DelegationInput {
    pub(crate) fn to_delegation(&self, id: Id) -> Result<Delegation, DomainError> {
        let country = self.country.as_deref().map(str::trim).filter(|c| !c.is_empty());
        let party = match (country, &self.organisation_id) {
            (Some(code), None) => Party::Country(
                country::country(code).ok_or_else(|| DomainError::invalid("country", code))?.alpha2.to_owned(),
            ),
            (None, Some(org)) => Party::Organisation(org.clone()),
            (Some(_), Some(_)) => return Err(DomainError::new(ErrorCode::Invalid).field("country").detail("country + organisation")),
            (None, None) => return Err(DomainError::required("country")),
        };
        let d = Delegation {
            id,
            meeting_id: self.meeting_id.clone(),
            party,
            display_name_en: limits::optional("display_name_en", self.display_name_en.as_deref(), limits::TITLE)?,
            display_name_fr: limits::optional("display_name_fr", self.display_name_fr.as_deref(), limits::TITLE)?,
            status: self.status,
            credentials: limits::optional("credentials", self.credentials.as_deref(), limits::DESCRIPTION)?,
        };
        d.validate()?;
        Ok(d)
    }
}

/// Sorts delegation rows in `order`.
pub(crate) fn sort_rows(rows: &mut [DelegationRow], order: &ProtocolOrder) {
    protocol::sort(rows, order, |d, lang| ListingKey {
        category: d.listing,
        name: d.name(lang),
        country: match &d.delegation.party {
            Party::Country(code) => Some(code.as_str()),
            Party::Organisation(_) => None,
        },
    });
}

impl Api {
    /// The delegations of a meeting in the requested order.
    pub fn list_delegations(&self, args: ListDelegationsArgs) -> ApiResult<Vec<DelegationRow>> {
        let lang = args.lang.unwrap_or_else(|| self.language());
        let order = ProtocolOrder::parse(args.order.as_deref().unwrap_or("protocol"), lang).or_else(|e| self.fail(e))?;
        let mut rows = self.read(|db| {
            db.meeting(&args.meeting_id)?;
            db.delegations(&args.meeting_id)
        })?;
        sort_rows(&mut rows, &order);
        Ok(rows)
    }

    /// One delegation.
    pub fn get_delegation(&self, args: ByIdArgs) -> ApiResult<DelegationRow> {
        self.read(|db| db.delegation_row(&args.id))
    }

    /// Creates a delegation; a country or organisation has one delegation per meeting.
    pub fn create_delegation(&self, input: DelegationInput) -> ApiResult<DelegationRow> {
        let d = input.to_delegation(self.new_id()).or_else(|e| self.fail(e))?;
        self.write(|db| {
            db.save_delegation(&d)?;
            db.delegation_row(&d.id)
        })
    }

    /// Changes a delegation.
    pub fn update_delegation(&self, args: UpdateDelegationArgs) -> ApiResult<DelegationRow> {
        self.write(|db| {
            let existing = db.delegation(&args.delegation_id)?;
            if existing.meeting_id != args.input.meeting_id {
                return Err(DomainError::new(ErrorCode::WrongMeeting).field("meeting").detail(args.input.meeting_id.as_str()).into());
            }
            let d = args.input.to_delegation(args.delegation_id.clone())?;
            db.save_delegation(&d)?;
            db.delegation_row(&d.id)
        })
    }

    /// Deletes a delegation with its participants (refused while it co-chairs the meeting).
    pub fn delete_delegation(&self, args: ByIdArgs) -> ApiResult<()> {
        self.snapshot_before(crate::SnapshotReason::BulkDelete)?;
        self.write(|db| db.delete_delegation(&args.id))
    }
}

//! Delegations: one country or organisation at one meeting.

use crate::country::{self, UnStatus};
use crate::organisation::OrgCategory;
use crate::{DomainError, Id, Lang, limits};
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// Where a delegation's accreditation stands.
    pub enum Accreditation ("status") {
        /// Invited, no answer yet.
        Invited = "invited",
        /// Attendance confirmed.
        Confirmed = "confirmed",
        /// Credentials received and accepted.
        Accredited = "accredited",
        /// Declined the invitation.
        Declined = "declined",
    }
}

crate::string_enum! {
    /// The groups of a list of participants in UN listing order (DESIGN §5): member states,
    /// non-member states, UN Secretariat, UN bodies, specialised agencies (with related
    /// organisations), intergovernmental organisations, non-governmental organisations.
    pub enum ListingCategory ("category") {
        /// States members of the United Nations.
        MemberState = "member_state",
        /// Non-member states (observers and others).
        NonMemberState = "non_member_state",
        /// The UN Secretariat.
        UnSecretariat = "un_secretariat",
        /// UN funds, programmes and bodies.
        UnBody = "un_body",
        /// Specialised agencies and related organisations.
        SpecialisedAgency = "specialised_agency",
        /// Regional and other intergovernmental organisations.
        Intergovernmental = "intergovernmental",
        /// NGOs, CSOs, academia and the private sector.
        NonGovernmental = "non_governmental",
    }
}

impl ListingCategory {
    /// The heading of the group in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let (en, fr) = match self {
            ListingCategory::MemberState => ("States Members of the United Nations", "États Membres de l’Organisation des Nations Unies"),
            ListingCategory::NonMemberState => ("Non-member States", "États non membres"),
            ListingCategory::UnSecretariat => ("United Nations Secretariat", "Secrétariat de l’Organisation des Nations Unies"),
            ListingCategory::UnBody => ("United Nations bodies", "Organes des Nations Unies"),
            ListingCategory::SpecialisedAgency => ("Specialised agencies and related organisations", "Institutions spécialisées et organisations apparentées"),
            ListingCategory::Intergovernmental => ("Intergovernmental organisations", "Organisations intergouvernementales"),
            ListingCategory::NonGovernmental => ("Non-governmental organisations", "Organisations non gouvernementales"),
        };
        lang.pick(en, fr)
    }

    /// The group of a country delegation.
    pub fn of_country(status: UnStatus) -> Self {
        match status {
            UnStatus::Member => ListingCategory::MemberState,
            UnStatus::Observer | UnStatus::None => ListingCategory::NonMemberState,
        }
    }

    /// The group of an organisation's delegation.
    pub fn of_organisation(category: OrgCategory) -> Self {
        match category {
            OrgCategory::UnSecretariat => ListingCategory::UnSecretariat,
            OrgCategory::UnBody => ListingCategory::UnBody,
            OrgCategory::SpecialisedAgency | OrgCategory::RelatedOrganisation => ListingCategory::SpecialisedAgency,
            OrgCategory::RegionalOrganisation | OrgCategory::IntergovernmentalOrganisation => ListingCategory::Intergovernmental,
            OrgCategory::Ngo | OrgCategory::Academia | OrgCategory::PrivateSector => ListingCategory::NonGovernmental,
        }
    }
}

/// Who a delegation represents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Party {
    /// A state, by ISO 3166-1 alpha-2 code.
    Country(String),
    /// An organisation, by id.
    Organisation(Id),
}

/// One country or organisation at one meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Delegation {
    /// Its id.
    pub id: Id,
    /// The meeting.
    pub meeting_id: Id,
    /// Who it represents.
    pub party: Party,
    /// The name shown in English, when it differs from the reference name.
    pub display_name_en: Option<String>,
    /// The name shown in French, when it differs from the reference name
    /// (e.g. "Côte d'Ivoire" in both languages).
    pub display_name_fr: Option<String>,
    /// Accreditation status.
    pub status: Accreditation,
    /// Credentials note (e.g. "note verbale received").
    pub credentials: Option<String>,
}

impl Delegation {
    /// Checks the party and the optional texts.
    pub fn validate(&self) -> Result<(), DomainError> {
        if let Party::Country(code) = &self.party {
            if country::country(code).is_none() {
                return Err(DomainError::invalid("country", code));
            }
        }
        limits::optional("display_name_en", self.display_name_en.as_deref(), limits::TITLE)?;
        limits::optional("display_name_fr", self.display_name_fr.as_deref(), limits::TITLE)?;
        limits::optional("credentials", self.credentials.as_deref(), limits::DESCRIPTION)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_fall_into_the_un_listing_groups() {
        assert_eq!(ListingCategory::of_organisation(OrgCategory::RelatedOrganisation), ListingCategory::SpecialisedAgency);
        assert_eq!(ListingCategory::of_organisation(OrgCategory::RegionalOrganisation), ListingCategory::Intergovernmental);
        assert_eq!(ListingCategory::of_organisation(OrgCategory::Academia), ListingCategory::NonGovernmental);
        assert_eq!(ListingCategory::of_country(UnStatus::Observer), ListingCategory::NonMemberState);
        assert!(ListingCategory::MemberState < ListingCategory::NonGovernmental, "declaration order is the listing order");
    }
}

//! Organisations that send delegations: UN entities, regional organisations, CSOs…

use crate::{DomainError, Id, Lang, limits};
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// The category of an organisation, which fixes its place in the UN listing order.
    pub enum OrgCategory ("category") {
        /// A department or office of the UN Secretariat (e.g. UNODC).
        UnSecretariat = "un_secretariat",
        /// A UN fund or programme (e.g. UNHCR, UNICEF).
        UnBody = "un_body",
        /// A specialised agency of the UN (e.g. ILO).
        SpecialisedAgency = "specialised_agency",
        /// A related organisation of the UN system (e.g. IOM).
        RelatedOrganisation = "related_organisation",
        /// A regional organisation (e.g. AU, ECOWAS, EU).
        RegionalOrganisation = "regional_organisation",
        /// Another intergovernmental organisation (e.g. ICMPD, INTERPOL).
        IntergovernmentalOrganisation = "intergovernmental_organisation",
        /// A non-governmental or civil-society organisation.
        Ngo = "ngo",
        /// A university or research institute.
        Academia = "academia",
        /// A company.
        PrivateSector = "private_sector",
    }
}

impl OrgCategory {
    /// The category's label in `lang`, plural, as used in lists and statistics.
    pub fn label(self, lang: Lang) -> &'static str {
        let (en, fr) = match self {
            OrgCategory::UnSecretariat => ("United Nations Secretariat", "Secrétariat de l’Organisation des Nations Unies"),
            OrgCategory::UnBody => ("United Nations bodies", "Organes des Nations Unies"),
            OrgCategory::SpecialisedAgency => ("Specialised agencies", "Institutions spécialisées"),
            OrgCategory::RelatedOrganisation => ("Related organisations", "Organisations apparentées"),
            OrgCategory::RegionalOrganisation => ("Regional organisations", "Organisations régionales"),
            OrgCategory::IntergovernmentalOrganisation => ("Intergovernmental organisations", "Organisations intergouvernementales"),
            OrgCategory::Ngo => ("Non-governmental and civil-society organisations", "Organisations non gouvernementales et de la société civile"),
            OrgCategory::Academia => ("Academia", "Milieux universitaires"),
            OrgCategory::PrivateSector => ("Private sector", "Secteur privé"),
        };
        lang.pick(en, fr)
    }
}

/// An organisation, shared by all meetings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Organisation {
    /// Its id.
    pub id: Id,
    /// Its name in English.
    pub name_en: String,
    /// Its name in French.
    pub name_fr: String,
    /// Its acronym in English (IOM).
    pub acronym_en: Option<String>,
    /// Its acronym in French (OIM).
    pub acronym_fr: Option<String>,
    /// Its category.
    pub category: OrgCategory,
}

impl Organisation {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.name_en, &self.name_fr)
    }

    /// Checks names and acronyms. A French name is required too: official names of
    /// organisations exist in both languages, and the lists print them.
    pub fn validate(&self) -> Result<(), DomainError> {
        limits::required("name_en", &self.name_en, limits::TITLE)?;
        limits::required("name_fr", &self.name_fr, limits::TITLE)?;
        limits::optional("acronym_en", self.acronym_en.as_deref(), limits::ACRONYM)?;
        limits::optional("acronym_fr", self.acronym_fr.as_deref(), limits::ACRONYM)?;
        Ok(())
    }
}

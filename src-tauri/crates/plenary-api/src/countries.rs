//! The reference list of countries, in the order of a language.

use crate::{Api, ApiResult};
use plenary_core::country::{self, UnStatus};
use plenary_core::{Lang, protocol};
use serde::{Deserialize, Serialize};

/// Arguments of `list_countries`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
pub struct ListCountriesArgs {
    /// The language of the names and of the order (default: English).
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// A country as pickers show it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CountryDto {
    /// ISO 3166-1 alpha-2.
    pub alpha2: &'static str,
    /// ISO 3166-1 alpha-3.
    pub alpha3: &'static str,
    /// Short name in English.
    pub name_en: &'static str,
    /// Short name in French.
    pub name_fr: &'static str,
    /// UN status.
    pub un_status: UnStatus,
    /// M49 region code.
    pub region: Option<&'static str>,
    /// M49 sub-region code.
    pub subregion: Option<&'static str>,
}

impl Api {
    /// Every ISO 3166-1 country, sorted by name in the requested language's collation.
    pub fn list_countries(&self, args: ListCountriesArgs) -> ApiResult<Vec<CountryDto>> {
        let lang = args.lang.unwrap_or(Lang::En);
        let mut list: Vec<CountryDto> = country::countries()
            .iter()
            .map(|c| CountryDto {
                alpha2: c.alpha2,
                alpha3: c.alpha3,
                name_en: c.name_en,
                name_fr: c.name_fr,
                un_status: c.un_status,
                region: c.region,
                subregion: c.subregion,
            })
            .collect();
        list.sort_by(|a, b| protocol::compare(lang, lang.pick(a.name_en, a.name_fr), lang.pick(b.name_en, b.name_fr)));
        Ok(list)
    }
}

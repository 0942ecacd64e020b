//! A country as a registration list writes it: an ISO code ("NG", "NGA", "566"), its
//! English or French name with or without accents, its official name, or a common variant
//! ("Ivory Coast", "Cote d'Ivoire", "RDC", "Congo, Dem. Rep.", "UK", "Turkey").
//!
//! Names are compared folded (case, accents, apostrophes and punctuation ignored, leading
//! or trailing articles dropped). Variants are the forms found in UN, World Bank and
//! registration-form lists that differ from the CLDR short names and iso-codes official
//! names Plenary ships; the country data itself stays in plenary-core.

use plenary_core::country::{Country, countries, country};
use plenary_core::participant::fold_name;

/// Folded variants and the alpha-2 code they name.
const VARIANTS: &[(&str, &str)] = &[
    ("ivory coast", "CI"),
    ("cote divoire", "CI"),
    ("rdc", "CD"),
    ("drc", "CD"),
    ("dr congo", "CD"),
    ("rd congo", "CD"),
    ("congo dem rep", "CD"),
    ("congo democratic republic", "CD"),
    ("congo democratic republic of", "CD"),
    ("democratic republic of congo", "CD"),
    ("congo kinshasa", "CD"),
    ("congo rep", "CG"),
    ("congo republic of", "CG"),
    ("republic of congo", "CG"),
    ("congo brazzaville", "CG"),
    ("uk", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("usa", "US"),
    ("united states of america", "US"),
    ("cabo verde", "CV"),
    ("turkey", "TR"),
    ("swaziland", "SZ"),
    ("burma", "MM"),
    ("korea rep", "KR"),
    ("republic of korea", "KR"),
    ("korea republic of", "KR"),
    ("coree", "KR"),
    ("russian federation", "RU"),
    ("federation de russie", "RU"),
    ("syrian arab republic", "SY"),
    ("republique arabe syrienne", "SY"),
    ("lao pdr", "LA"),
    ("lao people s democratic republic", "LA"),
    ("viet nam", "VN"),
    ("vatican", "VA"),
    ("macedonia", "MK"),
    ("iran islamic rep", "IR"),
    ("egypt arab rep", "EG"),
    ("yemen rep", "YE"),
    ("venezuela rb", "VE"),
    ("micronesia fed sts", "FM"),
    ("tanzania united republic of", "TZ"),
    ("czech republic", "CZ"),
    ("republique tcheque", "CZ"),
    ("holland", "NL"),
    ("the netherlands", "NL"),
];

/// Articles a list may put before or after a name ("Gambia, The", "Le Niger").
const ARTICLES: &[&str] = &["the", "le", "la", "les", "l"];

/// The country `value` names, if one does.
pub fn match_country(value: &str) -> Option<&'static Country> {
    if let Some(found) = country(value) {
        return Some(found);
    }
    let folded = without_articles(&fold_name(value));
    if folded.is_empty() {
        return None;
    }
    let named = |c: &&Country| {
        [Some(c.name_en), Some(c.name_fr), c.formal_en, c.formal_fr]
            .into_iter()
            .flatten()
            .any(|name| without_articles(&fold_name(name)) == folded)
    };
    if let Some(found) = countries().iter().find(named) {
        return Some(found);
    }
    VARIANTS.iter().find(|(variant, _)| *variant == folded).and_then(|(_, code)| country(code))
}

fn without_articles(folded: &str) -> String {
    let words: Vec<&str> = folded.split(' ').collect();
    let start = usize::from(words.len() > 1 && ARTICLES.contains(&words[0]));
    let end = words.len() - usize::from(words.len() > start + 1 && ARTICLES.contains(&words[words.len() - 1]));
    words[start..end].join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(value: &str) -> Option<&'static str> {
        match_country(value).map(|c| c.alpha2)
    }

    #[test]
    fn codes_and_names_in_both_languages_with_or_without_accents() {
        for (value, expected) in [
            ("NG", "NG"), ("nga", "NG"), ("566", "NG"), ("Nigeria", "NG"), ("Nigéria", "NG"),
            ("Sénégal", "SN"), ("SENEGAL", "SN"), ("Égypte", "EG"), ("Egypte", "EG"),
            ("Côte d’Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Royaume-Uni", "GB"),
            ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("Allemagne", "DE"),
        ] {
            assert_eq!(code(value), Some(expected), "{value}");
        }
    }

    #[test]
    fn common_variants_of_lists_and_forms() {
        for (value, expected) in [
            ("Ivory Coast", "CI"), ("RDC", "CD"), ("Congo, Dem. Rep.", "CD"), ("DR Congo", "CD"),
            ("Congo, Rep.", "CG"), ("Congo", "CG"), ("UK", "GB"), ("USA", "US"), ("Turkey", "TR"),
            ("Gambia, The", "GM"), ("The Gambia", "GM"), ("Cabo Verde", "CV"), ("Viet Nam", "VN"),
            ("Russian Federation", "RU"), ("Le Niger", "NE"),
        ] {
            assert_eq!(code(value), Some(expected), "{value}");
        }
    }

    #[test]
    fn unknown_or_empty_values_match_nothing() {
        for value in ["", "  ", "Atlantis", "Europe", "N/A"] {
            assert_eq!(code(value), None, "{value:?}");
        }
    }
}

//! Protocol order: UN listing order by category, alphabetical order in the language of the
//! document (with that language's collation, so "Égypte" sorts under E), or rotation from a
//! country drawn by lot; and precedence inside a delegation.

use crate::delegation::ListingCategory;
use crate::participant::Rank;
use crate::{DomainError, Lang};
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;
use std::cmp::Ordering;
use std::sync::OnceLock;

/// How a list of delegations is ordered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtocolOrder {
    /// Alphabetical in `lang`, whatever the category.
    Alphabetical(Lang),
    /// UN listing order by category, alphabetical in `lang` within each.
    UnListing(Lang),
    /// UN listing order, member states starting from the country drawn by lot (ISO alpha-2)
    /// and continuing alphabetically in `lang`, wrapping round.
    Lot {
        /// The language of the document.
        lang: Lang,
        /// The country drawn.
        from: String,
    },
}

impl ProtocolOrder {
    /// Parses `en`, `fr`, `protocol` (UN listing in `lang`) or `lot:XX`.
    pub fn parse(value: &str, lang: Lang) -> Result<Self, DomainError> {
        let value = value.trim();
        if let Some(code) = value.strip_prefix("lot:") {
            let country = crate::country::country(code).ok_or_else(|| DomainError::invalid("order", value))?;
            return Ok(ProtocolOrder::Lot { lang, from: country.alpha2.to_string() });
        }
        match value {
            "en" => Ok(ProtocolOrder::Alphabetical(Lang::En)),
            "fr" => Ok(ProtocolOrder::Alphabetical(Lang::Fr)),
            "protocol" | "un" => Ok(ProtocolOrder::UnListing(lang)),
            _ => Err(DomainError::invalid("order", value)),
        }
    }

    /// The language names are compared in.
    pub fn lang(&self) -> Lang {
        match self {
            ProtocolOrder::Alphabetical(lang) | ProtocolOrder::UnListing(lang) | ProtocolOrder::Lot { lang, .. } => *lang,
        }
    }
}

/// What ordering needs to know of a delegation.
#[derive(Debug, Clone, Copy)]
pub struct ListingKey<'a> {
    /// Its UN listing group.
    pub category: ListingCategory,
    /// Its name in the order's language.
    pub name: &'a str,
    /// Its country (ISO alpha-2), for a state.
    pub country: Option<&'a str>,
}

fn collator(lang: Lang) -> &'static CollatorBorrowed<'static> {
    static EN: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    static FR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    let (cell, loc) = match lang {
        Lang::En => (&EN, locale!("en")),
        Lang::Fr => (&FR, locale!("fr")),
    };
    cell.get_or_init(|| {
        // Compiled CLDR data ships in the binary: this cannot fail for en or fr.
        Collator::try_new((&loc).into(), CollatorOptions::default()).expect("collation data for en and fr is compiled in")
    })
}

/// Compares two texts in the collation of `lang` (CLDR): accents are secondary differences,
/// so "Égypte" sorts among the E's and before "Érythrée".
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    collator(lang).compare(a, b)
}

/// The sort key of `text` in the collation of `lang`: comparing two keys bytewise gives what
/// [`compare`] gives for their texts, so a database can sort and page by a stored key.
/// Keys hold no 0x00 byte (ICU writes none; a unit test checks), which [`name_sort_key`]
/// relies on. Stored keys are only valid for one [`collation_version`].
pub fn sort_key(lang: Lang, text: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(text.len() * 3 + 4);
    let Ok(()) = collator(lang).write_sort_key_to(text, &mut key);
    key
}

/// The sort key of a person's name in `lang`: the key of the family name, a 0x00 byte, then
/// the key of the given name. As no key holds 0x00, keys compare by family name first (as
/// [`compare`] does) and only then by given name, like [`by_precedence`]'s last two steps.
pub fn name_sort_key(lang: Lang, family_name: &str, given_name: &str) -> Vec<u8> {
    let mut key = sort_key(lang, family_name);
    key.push(0);
    let Ok(()) = collator(lang).write_sort_key_to(given_name, &mut key);
    key
}

/// Bumped by hand when the way [`name_sort_key`] composes keys changes.
const SORT_KEY_FORMAT: &str = "1";

/// A version of the stored sort keys: the key format and a fingerprint of the keys of every
/// letter of the Latin, Greek and Cyrillic blocks (and combining accents) in both languages.
/// It changes when an update of ICU4X or of its CLDR data changes how those letters sort,
/// so the store knows to recompute every stored key; equal versions mean keys computed by
/// another build of Plenary can be compared with this build's.
pub fn collation_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let mut keys = String::new();
        for lang in Lang::ALL {
            for probe in collation_probes() {
                for byte in sort_key(lang, &probe) {
                    keys.push_str(&format!("{byte:02x}"));
                }
                keys.push(' ');
            }
        }
        format!("{SORT_KEY_FORMAT}-{}", crate::text::fingerprint(&keys))
    })
}

/// The texts whose keys [`collation_version`] fingerprints: single letters of the scripts
/// names are written in here, accented letters built with combining marks, and a few names.
fn collation_probes() -> impl Iterator<Item = String> {
    let ranges = [0x20..=0x7e, 0xa0..=0x24f, 0x370..=0x3ff, 0x400..=0x4ff, 0x1e00..=0x1eff];
    let letters = ranges.into_iter().flatten().filter_map(char::from_u32).map(String::from);
    let accents = (0x300..=0x36f).filter_map(char::from_u32).map(|mark| format!("e{mark}"));
    let names = ["Ábíọ́dún", "Égypte", "Côte d’Ivoire", "Müller", "Ngozi Okafor-Ézé", "O'Brien", "Œuvre", "Straße"];
    letters.chain(accents).chain(names.into_iter().map(String::from))
}

/// Sorts `items` in `order`; `key` tells each item's listing key in a language.
pub fn sort<T>(items: &mut [T], order: &ProtocolOrder, key: impl Fn(&T, Lang) -> ListingKey<'_>) {
    let lang = order.lang();
    match order {
        ProtocolOrder::Alphabetical(_) => items.sort_by(|a, b| compare(lang, key(a, lang).name, key(b, lang).name)),
        ProtocolOrder::UnListing(_) => items.sort_by(|a, b| by_listing(lang, key(a, lang), key(b, lang))),
        ProtocolOrder::Lot { from, .. } => {
            items.sort_by(|a, b| by_listing(lang, key(a, lang), key(b, lang)));
            let drawn_name = crate::country::country(from).map(|c| c.name(lang == Lang::Fr)).unwrap_or_default();
            let members = items.iter().take_while(|i| key(i, lang).category == ListingCategory::MemberState).count();
            // Start at the drawn country or, when it sent no delegation, at the next name.
            let start = items[..members]
                .iter()
                .position(|i| {
                    let k = key(i, lang);
                    k.country == Some(from.as_str()) || compare(lang, k.name, drawn_name) != Ordering::Less
                })
                .unwrap_or(0);
            items[..members].rotate_left(start);
        }
    }
}

fn by_listing(lang: Lang, a: ListingKey<'_>, b: ListingKey<'_>) -> Ordering {
    a.category.cmp(&b.category).then_with(|| compare(lang, a.name, b.name))
}

/// What precedence inside a delegation needs to know of a participant.
#[derive(Debug, Clone, Copy)]
pub struct PrecedenceKey<'a> {
    /// Whether the participant heads the delegation.
    pub is_head: bool,
    /// Rank.
    pub rank: Rank,
    /// Family name.
    pub family_name: &'a str,
    /// Given name.
    pub given_name: &'a str,
}

/// Precedence inside a delegation (DESIGN §5): the head first, then by rank (head of state,
/// head of government, ministers, …), then alphabetically by family and given name.
pub fn by_precedence(lang: Lang, a: PrecedenceKey<'_>, b: PrecedenceKey<'_>) -> Ordering {
    b.is_head
        .cmp(&a.is_head)
        .then(a.rank.cmp(&b.rank))
        .then_with(|| compare(lang, a.family_name, b.family_name))
        .then_with(|| compare(lang, a.given_name, b.given_name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country::country;

    struct D {
        category: ListingCategory,
        code: Option<&'static str>,
        name_en: String,
        name_fr: String,
    }

    fn state(code: &'static str) -> D {
        let c = country(code).expect("known country");
        D { category: ListingCategory::MemberState, code: Some(code), name_en: c.name(false).into(), name_fr: c.name(true).into() }
    }

    fn org(category: ListingCategory, en: &str, fr: &str) -> D {
        D { category, code: None, name_en: en.into(), name_fr: fr.into() }
    }

    fn names(items: &[D], lang: Lang) -> Vec<String> {
        items.iter().map(|d| lang.pick(&d.name_en, &d.name_fr).clone()).collect()
    }

    fn key(d: &D, lang: Lang) -> ListingKey<'_> {
        ListingKey { category: d.category, name: lang.pick(&d.name_en, &d.name_fr), country: d.code }
    }

    fn sample() -> Vec<D> {
        vec![
            org(ListingCategory::NonGovernmental, "Mixed Migration Centre", "Centre pour les migrations mixtes"),
            state("ER"),
            org(ListingCategory::SpecialisedAgency, "International Organization for Migration", "Organisation internationale pour les migrations"),
            state("EG"),
            state("FR"),
            state("DE"),
            state("ES"),
            org(ListingCategory::UnSecretariat, "United Nations Office on Drugs and Crime", "Office des Nations Unies contre la drogue et le crime"),
            state("NG"),
        ]
    }

    #[test]
    fn french_collation_sorts_accented_names_with_their_letter() {
        assert_eq!(compare(Lang::Fr, "Égypte", "Espagne"), Ordering::Less);
        assert_eq!(compare(Lang::Fr, "Égypte", "Allemagne"), Ordering::Greater);
        assert_eq!(compare(Lang::Fr, "Érythrée", "Espagne"), Ordering::Less);
        assert_eq!(compare(Lang::Fr, "Égypte", "Zambie"), Ordering::Less, "bytewise É would sort after Z");
    }

    #[test]
    fn alphabetical_order_follows_the_language() {
        let mut items: Vec<D> = ["EG", "ER", "ES", "DE", "FR", "NG"].into_iter().map(state).collect();
        sort(&mut items, &ProtocolOrder::Alphabetical(Lang::Fr), key);
        assert_eq!(names(&items, Lang::Fr), ["Allemagne", "Égypte", "Érythrée", "Espagne", "France", "Nigeria"]);
        sort(&mut items, &ProtocolOrder::Alphabetical(Lang::En), key);
        assert_eq!(names(&items, Lang::En), ["Egypt", "Eritrea", "France", "Germany", "Nigeria", "Spain"]);
    }

    #[test]
    fn un_listing_order_groups_by_category() {
        let mut items = sample();
        sort(&mut items, &ProtocolOrder::UnListing(Lang::En), key);
        let got = names(&items, Lang::En);
        assert_eq!(&got[..6], ["Egypt", "Eritrea", "France", "Germany", "Nigeria", "Spain"]);
        assert_eq!(&got[6..], [
            "United Nations Office on Drugs and Crime",
            "International Organization for Migration",
            "Mixed Migration Centre"
        ]);
    }

    #[test]
    fn lot_rotates_member_states_from_the_drawn_country() {
        let mut items = sample();
        sort(&mut items, &ProtocolOrder::parse("lot:FR", Lang::Fr).expect("valid"), key);
        let got = names(&items, Lang::Fr);
        assert_eq!(&got[..6], ["France", "Nigeria", "Allemagne", "Égypte", "Érythrée", "Espagne"]);
        assert_eq!(got[6], "Office des Nations Unies contre la drogue et le crime", "other groups keep their order");
    }

    #[test]
    fn lot_from_an_absent_country_starts_at_the_next_name() {
        let mut items: Vec<D> = ["EG", "ER", "FR", "NG"].into_iter().map(state).collect();
        // Ghana sent no delegation; the next English name after it is Nigeria.
        sort(&mut items, &ProtocolOrder::parse("lot:GH", Lang::En).expect("valid"), key);
        assert_eq!(names(&items, Lang::En), ["Nigeria", "Egypt", "Eritrea", "France"]);
    }

    #[test]
    fn orders_are_parsed_with_clear_errors() {
        assert_eq!(ProtocolOrder::parse("protocol", Lang::Fr).expect("valid"), ProtocolOrder::UnListing(Lang::Fr));
        assert_eq!(ProtocolOrder::parse("lot:fra", Lang::En).expect("alpha-3 works"), ProtocolOrder::Lot { lang: Lang::En, from: "FR".into() });
        assert_eq!(ProtocolOrder::parse("lot:XX", Lang::En).expect_err("no such country").field.as_deref(), Some("order"));
        assert!(ProtocolOrder::parse("random", Lang::En).is_err());
    }

    /// Family then given name, as `by_precedence` compares them.
    fn by_name(lang: Lang, a: (&str, &str), b: (&str, &str)) -> Ordering {
        compare(lang, a.0, b.0).then_with(|| compare(lang, a.1, b.1))
    }

    #[test]
    fn sort_keys_hold_no_zero_byte() {
        for lang in Lang::ALL {
            for probe in collation_probes().chain(["".to_owned(), " ".to_owned(), "\u{0}".to_owned(), "\u{fffe}".to_owned()]) {
                let key = sort_key(lang, &probe);
                assert!(!key.contains(&0), "the {lang} key of {probe:?} holds 0x00, so name keys would not sort by family first: {key:?}");
            }
        }
    }

    #[test]
    fn sort_keys_compare_as_the_collator_does() {
        let words: Vec<String> = collation_probes().chain(["", "Abiodun", "Ábíọ́dún", "abiodun", "Egypte", "Égypte", "Eritrea", "Zambie"].map(String::from)).collect();
        for lang in Lang::ALL {
            let keys: Vec<Vec<u8>> = words.iter().map(|w| sort_key(lang, w)).collect();
            for (i, a) in words.iter().enumerate().step_by(7) {
                for (j, b) in words.iter().enumerate() {
                    assert_eq!(keys[i].cmp(&keys[j]), compare(lang, a, b), "{lang}: keys of {a:?} and {b:?} disagree with the collator");
                }
            }
        }
    }

    #[test]
    fn name_keys_sort_by_family_then_given_name() {
        let names = [
            ("Abiodun", "Zainab"), ("Ábíọ́dún", "Ade"), ("Abiodun", "Ade"), ("Abiodun", ""), ("Ab", "Zz"), ("Abi", "A"),
            ("Égypte", "Marie"), ("Egypte", "Marie"), ("Espagne", "Ana"), ("Ezra", "B"), ("Érythrée", "Ali"), ("Zubairu", "Ama"),
            ("Diop", "Fatou"), ("diop", "Aïssatou"), ("Diop", "Aissatou"), ("Ndiaye", ""), ("N'Diaye", "Omar"),
        ];
        for lang in Lang::ALL {
            let mut by_key = names.to_vec();
            by_key.sort_by_key(|(f, g)| name_sort_key(lang, f, g));
            let mut by_collator = names.to_vec();
            by_collator.sort_by(|a, b| by_name(lang, *a, *b));
            assert_eq!(by_key, by_collator, "{lang}: name keys order as family, then given name, in the collation");
        }
        let mut fr = names.to_vec();
        fr.sort_by_key(|(f, g)| name_sort_key(Lang::Fr, f, g));
        let family: Vec<&str> = fr.iter().map(|(f, _)| *f).collect();
        let first_e = family.iter().position(|f| f.starts_with(['E', 'É'])).expect("E names");
        assert_eq!(&family[first_e..first_e + 5], ["Egypte", "Égypte", "Érythrée", "Espagne", "Ezra"], "French: É among the E's, not after Z");
        let a: Vec<(&str, &str)> = fr.iter().copied().filter(|(f, _)| f.starts_with(['A', 'Á'])).collect();
        assert_eq!(a, [("Ab", "Zz"), ("Abi", "A"), ("Abiodun", ""), ("Abiodun", "Ade"), ("Abiodun", "Zainab"), ("Ábíọ́dún", "Ade")],
            "Ábíọ́dún sorts next to Abiodun (accents are a secondary difference), a short family name before a longer one whatever the given name");
    }

    #[test]
    fn the_collation_version_is_stable_within_a_build() {
        let v = collation_version();
        assert!(v.starts_with(&format!("{SORT_KEY_FORMAT}-")) && v.len() == SORT_KEY_FORMAT.len() + 17, "format-fingerprint: {v}");
        assert_eq!(v, collation_version());
    }

    #[test]
    fn precedence_puts_the_head_first_then_rank() {
        let k = |is_head, rank, family| PrecedenceKey { is_head, rank, family_name: family, given_name: "" };
        let mut people = [
            k(false, Rank::Official, "Adebayo"),
            k(false, Rank::Minister, "Okafor"),
            k(true, Rank::Ambassador, "Zubairu"),
            k(false, Rank::Official, "Ábíọ́dún"),
        ];
        people.sort_by(|a, b| by_precedence(Lang::En, *a, *b));
        let order: Vec<&str> = people.iter().map(|p| p.family_name).collect();
        assert_eq!(order, ["Zubairu", "Okafor", "Ábíọ́dún", "Adebayo"]);
    }
}

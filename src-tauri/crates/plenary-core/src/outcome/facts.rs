//! Key figures and quotes, kept as structured items so that a paragraph places them with
//! their source or speaker, and the meeting's facts paragraph, written from the data.

use crate::stats::{MeetingStats, headline};
use crate::typography::{and_list, typeset};
use crate::{BilingualText, Id, Lang, agenda::NamePair, calendar};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// What a fact is.
    pub enum FactKind ("fact_kind") {
        /// A figure with its source ("84% of … — Mixed Migration Centre").
        Figure = "figure",
        /// Words said by a participant.
        Quote = "quote",
    }
}

/// A key figure or a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Fact {
    /// The fact's id.
    pub id: Id,
    /// A figure or a quote.
    pub kind: FactKind,
    /// The figure's statement, or the words quoted.
    pub text: BilingualText,
    /// Where a figure comes from ("Mixed Migration Centre (MMC)"); for a quote, the occasion
    /// ("at the closing of the meeting"), if any.
    pub source: BilingualText,
    /// Who said a quote.
    pub speaker: Option<Speaker>,
}

/// The person a quote is attributed to, as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Speaker {
    /// The participant, when they are in the list of participants.
    pub participant_id: Option<Id>,
    /// Honorific and name ("HE Cyrille Baumgartner").
    pub name: String,
    /// Their function in each language.
    pub function: NamePair,
}

impl Fact {
    /// The attribution printed after a fact: "Mixed Migration Centre (MMC)" for a figure;
    /// "HE Cyrille Baumgartner, Ambassador-in-Charge of Migration, at the closing" for a quote.
    pub fn attribution(&self, lang: Lang) -> String {
        let source = self.source.get_or_other(lang);
        let mut parts: Vec<&str> = Vec::new();
        if let Some(speaker) = &self.speaker {
            parts.push(&speaker.name);
            parts.push(speaker.function.get(lang));
        }
        parts.push(source);
        let parts: Vec<&str> = parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect();
        typeset(&parts.join(", "), lang)
    }
}

/// What generates a paragraph's text from the meeting's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Generated {
    /// Who came, where and when, and who chaired.
    MeetingFacts,
}

/// What the meeting's facts paragraph is written from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFacts {
    /// The meeting's counts.
    pub stats: MeetingStats,
    /// The city.
    pub city: String,
    /// The country, if known.
    pub country: Option<NamePair>,
    /// The first day.
    pub start_date: NaiveDate,
    /// The last day.
    pub end_date: NaiveDate,
    /// The co-chairs, in order.
    pub co_chairs: Vec<NamePair>,
}

/// The meeting's facts paragraph, in both languages: "The meeting (Lagos, Nigeria,
/// 4–5 November 2025) gathered 166 representatives from 41 countries and 14 organisations.
/// Co-chairs: Nigeria and France."
pub fn meeting_facts(facts: &MeetingFacts) -> BilingualText {
    let side = |lang: Lang| {
        let mut place: Vec<&str> = vec![facts.city.as_str()];
        if let Some(country) = &facts.country {
            place.push(country.get(lang));
        }
        let dates = calendar::date_range(facts.start_date, facts.end_date, lang);
        let place: Vec<&str> = place.into_iter().filter(|p| !p.is_empty()).collect();
        let setting = if place.is_empty() { dates } else { format!("{}, {dates}", place.join(", ")) };
        let who = headline(&facts.stats, lang);
        let mut sentence = lang.pick(format!("The meeting ({setting}) gathered {who}."), format!("La réunion ({setting}) a rassemblé {who}."));
        let chairs: Vec<&str> = facts.co_chairs.iter().map(|c| c.get(lang)).collect();
        if !chairs.is_empty() {
            let names = and_list(&chairs, lang);
            sentence.push(' ');
            sentence.push_str(&lang.pick(format!("Co-chairs: {names}."), format!("Coprésidence: {names}.")));
        }
        typeset(&sentence, lang)
    };
    BilingualText::pair(&side(Lang::En), &side(Lang::Fr), crate::TranslationState::Final)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(en: &str, fr: &str) -> NamePair {
        NamePair { en: en.into(), fr: fr.into() }
    }

    fn lagos() -> MeetingFacts {
        MeetingFacts {
            stats: MeetingStats { representatives: 166, countries: 41, organisations: 14, ..MeetingStats::default() },
            city: "Lagos".into(),
            country: Some(pair("Nigeria", "Nigéria")),
            start_date: NaiveDate::from_ymd_opt(2025, 11, 4).expect("date"),
            end_date: NaiveDate::from_ymd_opt(2025, 11, 5).expect("date"),
            co_chairs: vec![pair("Nigeria", "Nigéria"), pair("France", "France")],
        }
    }

    #[test]
    fn the_facts_paragraph_reads_in_both_languages() {
        let text = meeting_facts(&lagos());
        assert_eq!(
            text.en.text,
            "The meeting (Lagos, Nigeria, 4–5 November 2025) gathered 166 representatives from 41 countries and 14 organisations. Co-chairs: Nigeria and France."
        );
        assert!(text.fr.text.starts_with("La réunion (Lagos, Nigéria, "), "{}", text.fr.text);
        assert!(text.fr.text.ends_with("Coprésidence\u{202f}: Nigéria et France."), "French colon gets its narrow space: {}", text.fr.text);
        assert!(!text.is_stale(Lang::En) && !text.is_stale(Lang::Fr), "both sides are written together");
    }

    #[test]
    fn the_facts_paragraph_follows_the_data() {
        let mut facts = lagos();
        let before = meeting_facts(&facts);
        facts.stats.representatives = 170;
        facts.co_chairs.truncate(1);
        let after = meeting_facts(&facts);
        assert_ne!(before, after);
        assert!(after.en.text.contains("170 representatives") && after.en.text.ends_with("Co-chairs: Nigeria."), "{}", after.en.text);
    }

    #[test]
    fn attributions_name_the_source_or_the_speaker() {
        let figure = Fact {
            id: Id::from("f"),
            kind: FactKind::Figure,
            text: BilingualText::pair("84% of …", "84 % des …", crate::TranslationState::Draft),
            source: BilingualText::pair("Mixed Migration Centre (MMC)", "Centre for Mixed Migration (MMC)", crate::TranslationState::Draft),
            speaker: None,
        };
        assert_eq!(figure.attribution(Lang::En), "Mixed Migration Centre (MMC)");
        let quote = Fact {
            kind: FactKind::Quote,
            source: BilingualText::default(),
            speaker: Some(Speaker { participant_id: None, name: "HE Cyrille Baumgartner".into(), function: pair("Ambassador", "Ambassadeur") }),
            ..figure
        };
        assert_eq!(quote.attribution(Lang::Fr), "HE Cyrille Baumgartner, Ambassadeur");
    }
}

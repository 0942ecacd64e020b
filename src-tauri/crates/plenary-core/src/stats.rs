//! Statistics of a meeting and the headline sentence that reports them.

use crate::number::format_count;
use crate::Lang;
use serde::{Deserialize, Serialize};

/// A labelled count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Count {
    /// Stable key (a category, an M49 code, a role…).
    pub key: String,
    /// The label in the requested language.
    pub label: String,
    /// How many.
    pub count: u64,
}

/// Gender balance of the participants, where known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct GenderBalance {
    /// Women.
    pub female: u64,
    /// Men.
    pub male: u64,
    /// Other.
    pub other: u64,
    /// Not recorded.
    pub unknown: u64,
}

impl GenderBalance {
    /// Adds `n` participants of the recorded `gender` (`None`: not recorded).
    pub fn add(&mut self, gender: Option<&str>, n: u64) {
        match gender {
            Some("female") => self.female += n,
            Some("male") => self.male += n,
            Some(_) => self.other += n,
            None => self.unknown += n,
        }
    }

    /// Share of women among those whose gender is known, in percent (rounded), if any known.
    pub fn female_share(&self) -> Option<u64> {
        let known = self.female + self.male + self.other;
        (known > 0).then(|| (self.female * 100 + known / 2) / known)
    }
}

/// The gender balance of one group of participants (a delegation category).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct GroupGender {
    /// Stable key of the group.
    pub key: String,
    /// The group's label in the requested language.
    pub label: String,
    /// Its participants by gender.
    pub gender: GenderBalance,
}

/// The figures of a meeting. "Representatives" are all the participants of the meeting's
/// delegations, of states and organisations alike; "countries" are the distinct states
/// that sent a delegation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingStats {
    /// Participants.
    pub representatives: u64,
    /// Participants marked as having attended.
    pub attended: u64,
    /// Participants registered on site.
    pub registered: u64,
    /// Participants whose badge was printed.
    pub badges_printed: u64,
    /// Distinct countries with a delegation.
    pub countries: u64,
    /// Distinct organisations with a delegation.
    pub organisations: u64,
    /// Delegations.
    pub delegations: u64,
    /// Organisations by category.
    pub organisations_by_category: Vec<Count>,
    /// Delegations of states by M49 region.
    pub delegations_by_region: Vec<Count>,
    /// Delegations of states by M49 sub-region.
    pub delegations_by_subregion: Vec<Count>,
    /// Participants by role.
    pub participants_by_role: Vec<Count>,
    /// Gender balance.
    pub gender: GenderBalance,
    /// Participants of state delegations by country, largest first, then by the country's
    /// name in the requested language's collation.
    pub participants_by_country: Vec<Count>,
    /// Participants by delegation category (the groups of the UN list), in listing order.
    pub participants_by_category: Vec<Count>,
    /// Gender balance per delegation category, in listing order.
    pub gender_by_category: Vec<GroupGender>,
    /// Sessions in the timetable.
    pub sessions: u64,
}

/// The headline sentence: "166 representatives from 41 countries" or
/// « 166 représentants de 41 pays », with the organisations when there are some.
pub fn headline(stats: &MeetingStats, lang: Lang) -> String {
    let reps = format_count(stats.representatives, lang);
    let countries = format_count(stats.countries, lang);
    let orgs = format_count(stats.organisations, lang);
    let plural = |n: u64, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    match lang {
        Lang::En => {
            let mut s = format!(
                "{reps} {} from {countries} {}",
                plural(stats.representatives, "representative", "representatives"),
                plural(stats.countries, "country", "countries")
            );
            if stats.organisations > 0 {
                s.push_str(&format!(" and {orgs} {}", plural(stats.organisations, "organisation", "organisations")));
            }
            s
        }
        Lang::Fr => {
            let mut s = format!(
                "{reps} {} de {countries} pays",
                plural(stats.representatives, "représentant", "représentants")
            );
            if stats.organisations > 0 {
                s.push_str(&format!(" et de {orgs} {}", plural(stats.organisations, "organisation", "organisations")));
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(representatives: u64, countries: u64, organisations: u64) -> MeetingStats {
        MeetingStats { representatives, countries, organisations, ..MeetingStats::default() }
    }

    #[test]
    fn the_headline_reads_as_the_secretariat_writes_it() {
        assert_eq!(headline(&stats(166, 41, 0), Lang::En), "166 representatives from 41 countries");
        assert_eq!(headline(&stats(166, 41, 0), Lang::Fr), "166 représentants de 41 pays");
        assert_eq!(headline(&stats(166, 41, 14), Lang::En), "166 representatives from 41 countries and 14 organisations");
        assert_eq!(headline(&stats(166, 41, 14), Lang::Fr), "166 représentants de 41 pays et de 14 organisations");
    }

    #[test]
    fn the_headline_handles_one_and_thousands() {
        assert_eq!(headline(&stats(1, 1, 1), Lang::En), "1 representative from 1 country and 1 organisation");
        assert_eq!(headline(&stats(70_000, 198, 0), Lang::Fr), "70\u{202f}000 représentants de 198 pays");
    }

    #[test]
    fn female_share_is_over_known_genders() {
        let g = GenderBalance { female: 2, male: 3, other: 0, unknown: 10 };
        assert_eq!(g.female_share(), Some(40));
        assert_eq!(GenderBalance::default().female_share(), None);
    }
}

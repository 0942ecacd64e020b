//! The list of participants of a meeting as it is printed, badged and seated: its groups in
//! UN listing order (member states, non-member states, the UN, specialised agencies,
//! intergovernmental and non-governmental organisations), each group's delegations in the
//! chosen protocol order, and each delegation's people in precedence (head first, then rank,
//! then name). The order is decided before this value is built (by the store and
//! [`crate::protocol`]); this value only keeps it, so every format prints the same list.

use crate::agenda::{Gap, GapKind};
use crate::delegation::ListingCategory;
use crate::participant::{Participant, Role};
use crate::{BilingualText, Id, Lang};
use chrono::NaiveDate;

/// What the top of a list says about the meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct ListHeader {
    /// The meeting.
    pub meeting_id: Id,
    /// Its title.
    pub title: BilingualText,
    /// Its first day.
    pub start_date: NaiveDate,
    /// Its last day.
    pub end_date: NaiveDate,
    /// Its venue.
    pub venue: BilingualText,
    /// The host city.
    pub city: String,
}

/// A delegation with its people in precedence.
#[derive(Debug, Clone, PartialEq)]
pub struct ListDelegation {
    /// The delegation.
    pub id: Id,
    /// Its name in English.
    pub name_en: String,
    /// Its name in French.
    pub name_fr: String,
    /// Its UN listing group.
    pub category: ListingCategory,
    /// The country (ISO alpha-2) of a state's delegation.
    pub country: Option<String>,
    /// Its people, head first, then by rank and name.
    pub people: Vec<Participant>,
}

impl ListDelegation {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.name_en, &self.name_fr)
    }
}

/// One UN listing group and its delegations, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct ListGroup {
    /// The group.
    pub category: ListingCategory,
    /// Its delegations in the chosen order.
    pub delegations: Vec<ListDelegation>,
}

/// The participants of a meeting in protocol order, for one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantList {
    /// The meeting.
    pub header: ListHeader,
    /// The language names, functions and headings are printed in.
    pub lang: Lang,
    /// The groups in UN listing order; a group without delegations is left out.
    pub groups: Vec<ListGroup>,
    /// Whether the list is printed under its groups' headings: not for an alphabetical
    /// list of every delegation, whose groups are only the runs of one category.
    pub grouped: bool,
    /// Whether participants' emails and phones are printed. They are personal data: a list
    /// leaves them out unless asked, and then they are not even in it (see
    /// [`ParticipantList::with_contacts`]).
    pub contacts: bool,
}

impl ParticipantList {
    /// The list of `delegations`, given in order: consecutive delegations of one listing
    /// group make one group. A protocol order keeps the groups together (a draw by lot
    /// only rotates the member states), so each group appears once.
    pub fn new(header: ListHeader, lang: Lang, delegations: Vec<ListDelegation>) -> Self {
        let mut groups: Vec<ListGroup> = Vec::new();
        for delegation in delegations {
            match groups.last_mut() {
                Some(group) if group.category == delegation.category => group.delegations.push(delegation),
                _ => groups.push(ListGroup { category: delegation.category, delegations: vec![delegation] }),
            }
        }
        ParticipantList { header, lang, groups, grouped: true, contacts: false }
    }

    /// The list printed without group headings (delegations alphabetical whatever their
    /// category).
    pub fn ungrouped(mut self) -> Self {
        self.grouped = false;
        self
    }

    /// The list with its participants' emails and phones printed (`true`), or taken out of
    /// it (`false`), so that no format can print what was not asked for.
    pub fn with_contacts(mut self, include: bool) -> Self {
        self.contacts = include;
        if !include {
            for person in self.groups.iter_mut().flat_map(|g| &mut g.delegations).flat_map(|d| &mut d.people) {
                person.email = None;
                person.phone = None;
            }
        }
        self
    }

    /// Every delegation, in order.
    pub fn delegations(&self) -> impl Iterator<Item = &ListDelegation> {
        self.groups.iter().flat_map(|g| &g.delegations)
    }

    /// Every participant with their delegation, in order.
    pub fn people(&self) -> impl Iterator<Item = (&ListDelegation, &Participant)> {
        self.delegations().flat_map(|d| d.people.iter().map(move |p| (d, p)))
    }

    /// How many participants.
    pub fn len(&self) -> usize {
        self.delegations().map(|d| d.people.len()).sum()
    }

    /// Whether the list has nobody on it.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The list with only `delegation_id`'s delegation (for one delegation's badges).
    pub fn only(mut self, delegation_id: &Id) -> Self {
        for group in &mut self.groups {
            group.delegations.retain(|d| &d.id == delegation_id);
        }
        self.groups.retain(|g| !g.delegations.is_empty());
        self
    }

    /// Functions printed in the other language because the list's is missing, in list
    /// order: the list is printed all the same, each such function tagged.
    pub fn gaps(&self) -> Vec<Gap> {
        let lang = self.lang;
        self.people()
            .filter(|(_, p)| p.function.get(lang).is_empty() && !p.function.get(lang.other()).is_empty())
            .map(|(d, p)| Gap {
                session_id: None,
                field: format!("function:{}", p.id),
                lang,
                kind: GapKind::Missing,
                label: format!("{} ({}) — {}", p.display_name(), d.name(lang), lang.pick("function", "fonction")),
            })
            .collect()
    }
}

crate::string_enum! {
    /// What a badge says a person is at the meeting, shown as a coloured band so that
    /// ushers and security tell at a glance who goes where.
    pub enum BadgeRole ("badge_role") {
        /// Co-chair or chair of the meeting or of a session.
        Chair = "chair",
        /// Organiser: the UN Secretariat's staff.
        Organiser = "organiser",
        /// Speaker, moderator or rapporteur.
        Speaker = "speaker",
        /// Observer.
        Observer = "observer",
        /// Member of a delegation.
        Delegate = "delegate",
    }
}

impl BadgeRole {
    /// The one role a badge shows: the most specific part the person plays, chairing first,
    /// then organising (the secretariat's staff), speaking, observing; a delegate otherwise.
    pub fn of(person: &Participant, category: ListingCategory) -> Self {
        let has = |roles: &[Role]| roles.iter().any(|r| person.has_role(*r));
        if has(&[Role::CoChair, Role::Chair]) {
            BadgeRole::Chair
        } else if category == ListingCategory::UnSecretariat {
            BadgeRole::Organiser
        } else if has(&[Role::Speaker, Role::Moderator, Role::Rapporteur]) {
            BadgeRole::Speaker
        } else if has(&[Role::Observer]) {
            BadgeRole::Observer
        } else {
            BadgeRole::Delegate
        }
    }

    /// The word on the band, in `lang`; a head of delegation's band says so.
    pub fn label(self, is_head: bool, lang: Lang) -> &'static str {
        let (en, fr) = match self {
            BadgeRole::Chair => ("Chair", "Présidence"),
            BadgeRole::Organiser => ("Organiser", "Organisation"),
            BadgeRole::Speaker => ("Speaker", "Intervenant·e"),
            BadgeRole::Observer => ("Observer", "Observateur·rice"),
            BadgeRole::Delegate if is_head => ("Head of delegation", "Chef de délégation"),
            BadgeRole::Delegate => ("Delegate", "Délégué·e"),
        };
        lang.pick(en, fr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participant::Rank;

    fn person(family: &str, roles: Vec<Role>, function: BilingualText) -> Participant {
        Participant {
            id: Id::from(family),
            meeting_id: Id::from("m"),
            delegation_id: Id::from("d"),
            honorific_prefix: None,
            honorific_suffix: None,
            given_name: "A".into(),
            family_name: family.into(),
            family_name_first: false,
            function,
            gender: None,
            email: None,
            phone: None,
            language: None,
            rank: Rank::Official,
            is_head: false,
            roles,
            registered: false,
            attended: false,
            badge_printed: false,
        }
    }

    fn delegation(id: &str, category: ListingCategory, people: Vec<Participant>) -> ListDelegation {
        ListDelegation { id: Id::from(id), name_en: id.into(), name_fr: format!("{id} (fr)"), category, country: None, people }
    }

    fn header() -> ListHeader {
        let day = NaiveDate::from_ymd_opt(2025, 11, 4).expect("a date");
        ListHeader { meeting_id: Id::from("m"), title: BilingualText::default(), start_date: day, end_date: day, venue: BilingualText::default(), city: "Lagos".into() }
    }

    #[test]
    fn consecutive_delegations_of_a_group_make_one_group_in_the_order_given() {
        use ListingCategory::*;
        let list = ParticipantList::new(header(), Lang::En, vec![
            delegation("NG", MemberState, vec![]),
            delegation("FR", MemberState, vec![]),
            delegation("UNODC", UnSecretariat, vec![]),
            delegation("MMC", NonGovernmental, vec![]),
        ]);
        let groups: Vec<(ListingCategory, Vec<&str>)> =
            list.groups.iter().map(|g| (g.category, g.delegations.iter().map(|d| d.id.as_str()).collect())).collect();
        assert_eq!(groups, vec![(MemberState, vec!["NG", "FR"]), (UnSecretariat, vec!["UNODC"]), (NonGovernmental, vec!["MMC"])],
            "the order given is kept, and a group is made of its consecutive delegations");
        let only = list.only(&Id::from("UNODC"));
        assert_eq!(only.groups.len(), 1, "one delegation's list keeps only its group");
    }

    #[test]
    fn a_function_missing_in_the_list_language_is_a_gap_and_one_missing_in_both_is_not() {
        let people = vec![
            person("Okafor", vec![], BilingualText::pair("Minister", "", Default::default())),
            person("Diop", vec![], BilingualText::default()),
            person("Martin", vec![], BilingualText::pair("Director", "Directeur", Default::default())),
        ];
        let list = ParticipantList::new(header(), Lang::Fr, vec![delegation("NG", ListingCategory::MemberState, people)]);
        let gaps = list.gaps();
        assert_eq!(gaps.len(), 1, "only Okafor's function is printed in English in a French list: {gaps:?}");
        assert_eq!(gaps[0].field, "function:Okafor");
        assert_eq!(list.len(), 3);
    }

    #[test]
    fn a_badge_shows_the_most_specific_part_a_person_plays() {
        use ListingCategory::*;
        let none = BilingualText::default;
        assert_eq!(BadgeRole::of(&person("a", vec![Role::Speaker, Role::CoChair], none()), MemberState), BadgeRole::Chair);
        assert_eq!(BadgeRole::of(&person("b", vec![Role::Speaker], none()), UnSecretariat), BadgeRole::Organiser);
        assert_eq!(BadgeRole::of(&person("c", vec![Role::Rapporteur], none()), MemberState), BadgeRole::Speaker);
        assert_eq!(BadgeRole::of(&person("d", vec![Role::Observer], none()), NonGovernmental), BadgeRole::Observer);
        assert_eq!(BadgeRole::of(&person("e", vec![], none()), MemberState), BadgeRole::Delegate);
        assert_eq!(BadgeRole::Delegate.label(true, Lang::Fr), "Chef de délégation", "a head's band says so");
    }
}

//! Lists of participants for the tests and the benchmark: a small meeting with every UN
//! listing group, heads of delegation, functions missing in one language and names a
//! spreadsheet would run as formulas; and a generated meeting of any size.

#![allow(dead_code)]

use chrono::NaiveDate;
use plenary_core::delegation::ListingCategory;
use plenary_core::participant::{Participant, Rank, Role};
use plenary_core::participant_list::{ListDelegation, ListHeader, ParticipantList};
use plenary_core::protocol::{self, ListingKey, ProtocolOrder};
use plenary_core::{BilingualText, Id, Lang, TranslationState};

/// Names a registration form could carry that a spreadsheet would evaluate.
pub const HOSTILE: [&str; 5] = ["=HYPERLINK(\"http://evil.example\",\"click\")", "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1+1"];

fn header() -> ListHeader {
    ListHeader {
        meeting_id: Id::from("lagos-2025"),
        title: BilingualText::pair("Joint thematic meeting on migration", "Réunion thématique conjointe sur les migrations", TranslationState::default()),
        start_date: NaiveDate::from_ymd_opt(2025, 11, 4).expect("a date"),
        end_date: NaiveDate::from_ymd_opt(2025, 11, 5).expect("a date"),
        venue: BilingualText::pair("Eko Hotel", "Hôtel Eko", TranslationState::default()),
        city: "Lagos".into(),
    }
}

/// A participant of `delegation`.
pub fn person(delegation: &str, given: &str, family: &str, function: (&str, &str), is_head: bool, rank: Rank, roles: Vec<Role>) -> Participant {
    Participant {
        id: Id::from(format!("{delegation}-{family}-{given}")),
        meeting_id: Id::from("lagos-2025"),
        delegation_id: Id::from(delegation),
        honorific_prefix: Some(if is_head { "HE" } else { "Mr" }.into()),
        honorific_suffix: None,
        given_name: given.into(),
        family_name: family.into(),
        family_name_first: false,
        function: BilingualText::pair(function.0, function.1, TranslationState::default()),
        gender: None,
        email: None,
        phone: None,
        language: None,
        rank,
        is_head,
        roles,
        registered: true,
        attended: false,
        badge_printed: false,
    }
}

fn delegation(id: &str, en: &str, fr: &str, category: ListingCategory, country: Option<&str>, people: Vec<Participant>) -> ListDelegation {
    ListDelegation { id: Id::from(id), name_en: en.into(), name_fr: fr.into(), category, country: country.map(str::to_owned), people }
}

/// The delegations of the small meeting, unordered.
pub fn delegations() -> Vec<ListDelegation> {
    use ListingCategory::*;
    vec![
        delegation("ngo", "Mixed Migration Centre", "Centre pour les migrations mixtes", NonGovernmental, None, vec![
            person("ngo", "Ada", HOSTILE[0], ("Researcher", "Chercheuse"), false, Rank::Official, vec![]),
            person("ngo", HOSTILE[1], "Bello", ("@Analyst", "@Analyste"), false, Rank::Official, vec![Role::Observer]),
            person("ngo", "Cyril", HOSTILE[2], ("-Director", "-Directeur"), false, Rank::Official, vec![]),
            person("ngo", "Dana", HOSTILE[3], ("Fellow, \"migration\"\nprogramme", "Boursière"), false, Rank::Official, vec![]),
            person("ngo", "Eve", HOSTILE[4], ("", ""), false, Rank::Official, vec![]),
        ]),
        delegation("NG", "Nigeria", "Nigéria", MemberState, Some("NG"), vec![
            person("NG", "Tijjani", "Ahmed", ("Minister of Interior", "Ministre de l’intérieur"), true, Rank::Minister, vec![Role::CoChair]),
            person("NG", "Ngozi", "Okafor", ("Director, Migration", ""), false, Rank::SeniorOfficial, vec![Role::Speaker]),
            person("NG", "Amina", "Adebayo", ("Official", "Fonctionnaire"), false, Rank::Official, vec![]),
        ]),
        delegation("DE", "Germany", "Allemagne", MemberState, Some("DE"), vec![
            person("DE", "Karl", "Zimmer", ("Official", "Fonctionnaire"), false, Rank::Official, vec![]),
            person("DE", "Petra", "Weber", ("Ambassador", "Ambassadrice"), true, Rank::Ambassador, vec![]),
        ]),
        delegation("EG", "Egypt", "Égypte", MemberState, Some("EG"), vec![
            person("EG", "Omar", "Farouk", ("Deputy Minister", "Vice-ministre"), true, Rank::DeputyMinister, vec![]),
        ]),
        delegation("FR", "France", "France", MemberState, Some("FR"), vec![
            person("FR", "Cyrille", "Baumgartner", ("Ambassador", "Ambassadeur"), true, Rank::Ambassador, vec![Role::CoChair]),
        ]),
        delegation("VA", "Holy See", "Saint-Siège", NonMemberState, Some("VA"), vec![
            person("VA", "Paolo", "Rudelli", ("Observer", "Observateur"), true, Rank::Ambassador, vec![Role::Observer]),
        ]),
        delegation("unodc", "United Nations Office on Drugs and Crime", "Office des Nations Unies contre la drogue et le crime", UnSecretariat, None, vec![
            person("unodc", "Maria", "Lopez", ("Programme officer", "Chargée de programme"), false, Rank::Official, vec![]),
        ]),
        delegation("iom", "International Organization for Migration", "Organisation internationale pour les migrations", SpecialisedAgency, None, vec![
            person("iom", "Jean", "Dupont", ("Chief of mission", "Chef de mission"), true, Rank::SeniorOfficial, vec![Role::Speaker]),
        ]),
        delegation("empty", "African Union", "Union africaine", Intergovernmental, None, vec![]),
    ]
}

/// The delegations in `order`.
pub fn ordered(mut delegations: Vec<ListDelegation>, order: &ProtocolOrder) -> Vec<ListDelegation> {
    fn key(d: &ListDelegation, lang: Lang) -> ListingKey<'_> {
        ListingKey { category: d.category, name: d.name(lang), country: d.country.as_deref() }
    }
    protocol::sort(&mut delegations, order, key);
    delegations
}

/// The small meeting's list in `lang`, in UN listing order, people as the store gives them
/// (head first, then rank, then name).
pub fn list(lang: Lang) -> ParticipantList {
    let mut delegations = ordered(delegations(), &ProtocolOrder::UnListing(lang));
    fn key(p: &Participant) -> protocol::PrecedenceKey<'_> {
        protocol::PrecedenceKey { is_head: p.is_head, rank: p.rank, family_name: &p.family_name, given_name: &p.given_name }
    }
    for d in &mut delegations {
        d.people.sort_by(|a, b| protocol::by_precedence(lang, key(a), key(b)));
    }
    ParticipantList::new(header(), lang, delegations)
}

/// The small meeting's list in `lang` with every delegation in alphabetical order, whatever
/// its group, printed without group headings.
pub fn alphabetical(lang: Lang) -> ParticipantList {
    ParticipantList::new(header(), lang, ordered(delegations(), &ProtocolOrder::Alphabetical(lang))).ungrouped()
}

/// A meeting of `n` participants in 200 delegations (193 member states' worth, then
/// organisations), names and functions in both languages.
pub fn large(n: usize, lang: Lang) -> ParticipantList {
    let categories = [ListingCategory::MemberState; 193]
        .into_iter()
        .chain([ListingCategory::NonMemberState, ListingCategory::UnSecretariat, ListingCategory::UnBody, ListingCategory::SpecialisedAgency])
        .chain([ListingCategory::Intergovernmental, ListingCategory::NonGovernmental, ListingCategory::NonGovernmental]);
    let mut delegations: Vec<ListDelegation> = categories
        .enumerate()
        .map(|(i, category)| delegation(&format!("d{i:03}"), &format!("Delegation {i:03}"), &format!("Délégation {i:03}"), category, None, Vec::new()))
        .collect();
    let count = delegations.len();
    for k in 0..n {
        let d = &mut delegations[k % count];
        let id = d.id.to_string();
        d.people.push(person(&id, &format!("Given{k}"), &format!("Family{k:05}"), ("Senior adviser on migration", "Conseiller principal pour les migrations"), d.people.is_empty(), Rank::Official, vec![]));
    }
    ParticipantList::new(header(), lang, ordered(delegations, &ProtocolOrder::UnListing(lang)))
}

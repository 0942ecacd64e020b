//! Generated meetings of any size, up to a COP (70,000 participants): the data the benchmarks
//! and the scale tests run on. Everything comes from a seed: the same seed gives the same
//! meeting, row for row, apart from the ids and the times of writing.
//!
//! The writing goes through the store's bulk paths (the import's for participants, the search
//! index rebuilt once), in one transaction that is not recorded for undo.

use super::scale_names::{self, Culture, FUNCTIONS, ORGANISATIONS};
use super::scale_outcome;
use super::scale_rng::Rng;
use super::scale_sessions::{self, SLOTS};
use super::DemoResult;
use crate::delegations::DelegationInput;
use crate::meetings::MeetingInput;
use crate::organisations::OrganisationInput;
use crate::participants::ParticipantInput;
use crate::{Api, ApiResult, text_input};
use plenary_core::country::{Country, UnStatus, countries};
use plenary_core::delegation::Accreditation;
use plenary_core::meeting::{MeetingKind, MeetingStatus, Pillar, Room};
use plenary_core::organisation::OrgCategory;
use plenary_core::participant::{Gender, Participant, Rank, fold_name};
use plenary_core::{DomainError, Id, Lang, TranslationState};
use plenary_store::{Db, ImportRow, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The seed of `plenary demo --scale` when none is given.
pub const DEFAULT_SEED: u64 = 2025;

/// What a generated meeting holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScaleSpec {
    /// People registered, in all delegations.
    pub participants: u32,
    /// Delegations: countries first (the host's the largest), then organisations.
    pub delegations: u32,
    /// Rooms; the first is the plenary hall.
    pub rooms: u32,
    /// Days of the meeting.
    pub days: u32,
    /// Sessions of the timetable.
    pub sessions: u32,
    /// Paragraphs of the outcome document.
    pub paragraphs: u32,
    /// What everything is drawn from.
    pub seed: u64,
}

/// The most delegations a meeting of the world has: about as many as there are states.
const MAX_DELEGATIONS: u32 = 200;

/// The longest meeting generated: two weeks and a bit, as a COP.
const MAX_DAYS: u32 = 14;

impl ScaleSpec {
    /// COP scale: 70,000 participants, 200 delegations, 40 rooms, 12 days, 1,000 sessions, 500 paragraphs.
    pub fn cop() -> ScaleSpec {
        ScaleSpec { participants: 70_000, delegations: 200, rooms: 40, days: 12, sessions: 1_000, paragraphs: 500, seed: DEFAULT_SEED }
    }

    /// `participants` people, the rest scaled from COP proportions (at least 1 of each; the
    /// Lagos-like ratio for small N: about four people a delegation, a session for ten people,
    /// two days, a few rooms).
    pub fn of(participants: u32) -> ScaleSpec {
        let n = participants.max(1);
        let scaled = |cop: u32| (u64::from(n) * u64::from(cop) / 70_000) as u32;
        let days = scaled(12).clamp(2, 12);
        let sessions = scaled(1_000).max((n / 10).min(17)).max(1);
        // Enough rooms that the sessions fit the days' slots without two in one room at once.
        let rooms = scaled(40).max((n / 50).min(3)).max(sessions.div_ceil(days * SLOTS.len() as u32)).max(1);
        ScaleSpec {
            participants: n,
            delegations: (n / 4).clamp(1, MAX_DELEGATIONS),
            rooms,
            days,
            sessions,
            paragraphs: scaled(500).max((n / 5).min(30)).max(1),
            seed: DEFAULT_SEED,
        }
    }

    /// Refuses a meeting that cannot be generated, naming the figure at fault.
    fn check(&self) -> Result<(), DomainError> {
        let too = |field: &str, why: String| Err(DomainError::invalid(field, &why));
        let parties = (states().count() + ORGANISATIONS.len()) as u32;
        if self.participants == 0 {
            return too("participants", "at least 1".into());
        }
        if self.delegations == 0 || self.delegations > self.participants || self.delegations > parties {
            return too("delegations", format!("between 1 and {} (participants, and countries with organisations)", self.participants.min(parties)));
        }
        if self.rooms == 0 {
            return too("rooms", "at least 1".into());
        }
        if self.days == 0 || self.days > MAX_DAYS {
            return too("days", format!("between 1 and {MAX_DAYS}"));
        }
        let cells = u64::from(self.days) * u64::from(self.rooms) * SLOTS.len() as u64;
        if self.sessions == 0 || u64::from(self.sessions) > cells {
            return too("sessions", format!("between 1 and {cells} ({} slots a day in each room)", SLOTS.len()));
        }
        if self.paragraphs == 0 {
            return too("paragraphs", "at least 1".into());
        }
        Ok(())
    }
}

/// The states that can send a delegation: UN members and observer states.
fn states() -> impl Iterator<Item = &'static Country> {
    countries().iter().filter(|c| c.un_status != UnStatus::None)
}

/// The meeting's title: its size and seed, so that each generated meeting is found again.
fn titles(spec: &ScaleSpec) -> (String, String) {
    (
        format!("Scale meeting: {} participants (seed {})", spec.participants, spec.seed),
        format!("Réunion à grande échelle : {} participants (graine {})", spec.participants, spec.seed),
    )
}

const START_DATE: &str = "2025-11-10";

/// The meeting's pillars, keys and names: the sections of its outcome document too.
const PILLARS: [(&str, &str, &str); 4] = [
    ("mitigation", "Mitigation", "Atténuation"),
    ("adaptation", "Adaptation", "Adaptation"),
    ("finance", "Finance", "Financement"),
    ("loss", "Loss and damage", "Pertes et préjudices"),
];

/// Countries whose delegates write in each script and accent, first so that even a small
/// meeting shows them all; the host (Brazil) leads.
const SHOWCASE: [&str; 19] = ["BR", "NG", "VN", "PL", "TR", "NO", "FR", "EG", "RU", "GR", "CN", "JP", "KR", "IN", "ET", "TH", "IL", "DE", "SN"];

/// What the meeting's parts are, for the timetable and the outcome document.
pub(super) struct Built {
    pub meeting_id: Id,
    pub pillars: Vec<Id>,
    pub rooms: Vec<Id>,
    /// Delegations of countries, for amendments.
    pub states: Vec<Id>,
    /// Every participant in the order written.
    pub people: Vec<Participant>,
}

impl Api {
    /// Generates one meeting of `spec`'s size, deterministic from its seed, in one transaction
    /// that is not recorded for undo. Running it again with the same spec adds nothing.
    pub fn demo_scale(&self, spec: &ScaleSpec) -> ApiResult<DemoResult> {
        if let Err(e) = spec.check() {
            return self.fail(e);
        }
        let new_id = || self.new_id();
        self.write_unrecorded(|db| {
            let (title_en, title_fr) = titles(spec);
            if let Some(id) = db.find_meeting(&title_en, START_DATE)? {
                return Ok(DemoResult { meeting_id: id, created: false });
            }
            let mut built = meeting(db, spec, &title_en, &title_fr, &new_id)?;
            let delegations = delegations(db, spec, &built.meeting_id, &new_id)?;
            built.states = delegations.iter().filter(|d| d.country.is_some()).map(|d| d.id.clone()).collect();
            built.people = participants(spec, &built.meeting_id, &delegations, &new_id)?;
            let rows: Vec<ImportRow> = built
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| ImportRow { line: u32::try_from(i + 1).unwrap_or(u32::MAX), participant: p.clone() })
                .collect();
            db.import_rows(&rows, &mut |_| {})?;
            db.set_co_chairs(&built.meeting_id, &built.states[..built.states.len().min(2)])?;
            let sessions = scale_sessions::write(db, spec, &mut built, &new_id)?;
            scale_outcome::write(db, spec, &built, &sessions, &new_id)?;
            Ok(DemoResult { meeting_id: built.meeting_id, created: true })
        })
    }
}

/// The meeting with its pillars and rooms.
fn meeting(db: &Db<'_>, spec: &ScaleSpec, title_en: &str, title_fr: &str, new_id: &dyn Fn() -> Id) -> Result<Built, StoreError> {
    let end = chrono::NaiveDate::parse_from_str(START_DATE, "%Y-%m-%d")
        .map_err(|e| DomainError::invalid("start_date", &e.to_string()))?
        + chrono::Days::new(u64::from(spec.days - 1));
    let input = MeetingInput {
        title_en: title_en.into(),
        title_fr: title_fr.into(),
        kind: MeetingKind::MinisterialConference,
        start_date: START_DATE.into(),
        end_date: end.format("%Y-%m-%d").to_string(),
        venue_en: "Parque da Cidade conference centre".into(),
        venue_fr: "Centre de conférences du Parque da Cidade".into(),
        city: "Belém".into(),
        country: Some("BR".into()),
        time_zone: "America/Belem".into(),
        languages: vec![Lang::En, Lang::Fr],
        status: MeetingStatus::Confirmed,
    };
    let mut meeting = input.to_meeting(new_id(), None)?;
    for lang in Lang::ALL {
        meeting.title.set_state(lang, TranslationState::Final)?;
        meeting.venue.set_state(lang, TranslationState::Final)?;
    }
    db.insert_meeting(&meeting)?;
    let meeting_id = meeting.id;
    let mut pillars = Vec::new();
    for (i, (key, en, fr)) in PILLARS.iter().enumerate() {
        let mut name = text_input::new(Some(en), Some(fr));
        name.set_state(Lang::Fr, TranslationState::Final)?;
        let pillar = Pillar { id: new_id(), meeting_id: meeting_id.clone(), key: (*key).into(), name, position: i as i64 + 1 };
        db.save_pillar(&pillar)?;
        pillars.push(pillar.id);
    }
    let mut rng = Rng::new(spec.seed, 1);
    let mut rooms = Vec::new();
    for r in 0..spec.rooms {
        let (name, capacity) = match r {
            0 => ("Plenary Hall".to_owned(), 5_000),
            _ => (format!("Meeting Room {r}"), 50 * (1 + rng.below(10) as i64)),
        };
        let room = Room { id: new_id(), meeting_id: meeting_id.clone(), name, capacity: Some(capacity) };
        db.save_room(&room)?;
        rooms.push(room.id);
    }
    Ok(Built { meeting_id, pillars, rooms, states: Vec::new(), people: Vec::new() })
}

/// A delegation as the participants need it.
struct Party {
    id: Id,
    country: Option<&'static str>,
    /// The domain of its people's emails.
    domain: String,
    cultures: &'static [&'static Culture],
}

/// The delegations: the showcase countries, then the others in an order drawn from the seed,
/// then (about one in seven) organisations of every category, found or created.
fn delegations(db: &Db<'_>, spec: &ScaleSpec, meeting_id: &Id, new_id: &dyn Fn() -> Id) -> Result<Vec<Party>, StoreError> {
    let mut rng = Rng::new(spec.seed, 2);
    let total = spec.delegations as usize;
    let organisations = (total / 7).min(ORGANISATIONS.len()).max(total.saturating_sub(states().count()));
    let mut others: Vec<&'static str> = states().map(|c| c.alpha2).filter(|c| !SHOWCASE.contains(c)).collect();
    for i in (1..others.len()).rev() {
        others.swap(i, rng.below(i + 1));
    }
    let states: Vec<&'static str> = SHOWCASE.iter().copied().chain(others).take(total - organisations).collect();
    let mut out = Vec::with_capacity(total);
    for code in states {
        let input = DelegationInput {
            meeting_id: meeting_id.clone(),
            country: Some(code.into()),
            organisation_id: None,
            display_name_en: None,
            display_name_fr: None,
            status: if rng.chance(900) { Accreditation::Accredited } else { Accreditation::Confirmed },
            credentials: rng.chance(800).then(|| "Original credentials received".to_owned()),
        };
        let delegation = input.to_delegation(new_id())?;
        db.save_delegation(&delegation)?;
        let domain = format!("mfa.gov.{}", code.to_lowercase());
        out.push(Party { id: delegation.id, country: Some(code), domain, cultures: scale_names::of_country(code) });
    }
    for (name_en, name_fr, acronym_en, acronym_fr, category) in ORGANISATIONS.iter().take(organisations) {
        let organisation_id = match db.find_organisation(name_en)? {
            Some(found) => found.id,
            None => {
                let input = OrganisationInput {
                    name_en: (*name_en).into(),
                    name_fr: (*name_fr).into(),
                    acronym_en: Some((*acronym_en).into()),
                    acronym_fr: Some((*acronym_fr).into()),
                    category: OrgCategory::parse(category)?,
                };
                let org = input.to_organisation(new_id())?;
                db.save_organisation(&org)?;
                org.id
            }
        };
        let input = DelegationInput {
            meeting_id: meeting_id.clone(),
            country: None,
            organisation_id: Some(organisation_id),
            display_name_en: None,
            display_name_fr: None,
            status: Accreditation::Accredited,
            credentials: None,
        };
        let delegation = input.to_delegation(new_id())?;
        db.save_delegation(&delegation)?;
        let domain = format!("{}.int", acronym_en.to_lowercase());
        out.push(Party { id: delegation.id, country: None, domain, cultures: &scale_names::ALL });
    }
    Ok(out)
}

/// How many people each delegation sends: every one at least one, the host about 3% of
/// all, the others unevenly (a few large, many small), from the seed.
fn sizes(spec: &ScaleSpec, parties: usize) -> Vec<usize> {
    let mut rng = Rng::new(spec.seed, 3);
    let total = spec.participants as usize;
    let mut weights: Vec<u64> = (0..parties).map(|_| 1 + (rng.below(10) * rng.below(10)) as u64).collect();
    let rest: u64 = weights.iter().skip(1).sum();
    // The host: 3% of everyone, as weights.
    weights[0] = (rest * 3 / 97).max(1);
    let sum: u64 = weights.iter().sum();
    let spare = (total - parties) as u64;
    let mut sizes: Vec<usize> = weights.iter().map(|w| 1 + (spare * w / sum) as usize).collect();
    let mut short = total - sizes.iter().sum::<usize>();
    let mut i = 0;
    while short > 0 {
        sizes[i % parties] += 1;
        short -= 1;
        i += 1;
    }
    sizes
}

/// The ASCII letters of a name, lower-cased, accents dropped: what an email is made of.
fn ascii(name: &str) -> String {
    fold_name(name).chars().filter(char::is_ascii_alphanumeric).collect()
}

/// Everyone, delegation by delegation: the first heads it. Names are unique within a
/// delegation (as the duplicate rule wants) and emails within the meeting.
fn participants(spec: &ScaleSpec, meeting_id: &Id, parties: &[Party], new_id: &dyn Fn() -> Id) -> Result<Vec<Participant>, StoreError> {
    let mut rng = Rng::new(spec.seed, 4);
    let mut emails: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(spec.participants as usize);
    for (party, size) in parties.iter().zip(sizes(spec, parties.len())) {
        let mut names: HashSet<(String, String)> = HashSet::new();
        for k in 0..size {
            let culture = *rng.pick(party.cultures);
            let gender = match rng.below(100) {
                0..=47 => Some(Gender::Female),
                48..=95 => Some(Gender::Male),
                96 => Some(Gender::Other),
                _ => None,
            };
            let (given, family) = unique_name(&mut rng, culture, gender, &mut names);
            let registered = rng.chance(960);
            let attended = registered && rng.chance(880);
            let badge_printed = registered && rng.chance(930);
            let rank = rank(&mut rng, k, party.country.is_some(), size);
            let (function_en, function_fr) = match (rank, k) {
                (Rank::Minister, _) => FUNCTIONS[0],
                (Rank::Ambassador, 0) => FUNCTIONS[1],
                (Rank::DeputyMinister, _) => FUNCTIONS[2],
                (Rank::Ambassador, _) => FUNCTIONS[3],
                (_, 0) => FUNCTIONS[4],
                _ => FUNCTIONS[5 + rng.below(FUNCTIONS.len() - 5)],
            };
            let language = match rng.below(100) {
                0..=69 => Some(culture.language),
                70..=84 => Some(if culture.language == Lang::En { Lang::Fr } else { Lang::En }),
                _ => None,
            };
            let input = ParticipantInput {
                delegation_id: party.id.clone(),
                honorific_prefix: prefix(&mut rng, rank, gender, language),
                honorific_suffix: rng.chance(30).then(|| (*rng.pick(&["PhD", "MBA", "OFR", "LLM"])).to_owned()),
                family_name_first: culture.family_first,
                function_en: Some(function_en.into()),
                function_fr: Some(function_fr.into()),
                gender,
                email: Some(email(&given, &family, &party.domain, &mut emails)),
                phone: rng.chance(850).then(|| {
                    format!("+{} {} {:03} {:04}", 1 + rng.below(998), 2 + rng.below(98), rng.below(1000), rng.below(10_000))
                }),
                language,
                rank: Some(rank),
                is_head: k == 0,
                roles: Vec::new(),
                registered,
                attended,
                badge_printed,
                given_name: given,
                family_name: family,
            };
            let mut participant = input.to_participant(new_id(), meeting_id.clone(), None)?;
            participant.function.set_state(Lang::Fr, TranslationState::Reviewed)?;
            out.push(participant);
        }
    }
    Ok(out)
}

/// A name not yet in the delegation: a given and a family name of the tradition, then a
/// second given name where that is taken, then a middle initial.
fn unique_name(rng: &mut Rng, culture: &Culture, gender: Option<Gender>, taken: &mut HashSet<(String, String)>) -> (String, String) {
    let givens = match gender {
        Some(Gender::Female) => culture.female,
        Some(Gender::Male) => culture.male,
        _ => if rng.chance(500) { culture.female } else { culture.male },
    };
    let separator = if culture.family_first && !culture.family.iter().any(|f| f.is_ascii()) { "" } else { " " };
    for attempt in 0..64 {
        let mut given = (*rng.pick(givens)).to_owned();
        if attempt >= 8 {
            let second = rng.pick(givens);
            if *second != given {
                given = format!("{given}{separator}{second}");
            }
        }
        if attempt >= 24 {
            given = format!("{given} {}.", char::from(b'A' + rng.below(26) as u8));
        }
        let family = (*rng.pick(culture.family)).to_owned();
        if taken.insert((fold_name(&given), fold_name(&family))) {
            return (given, family);
        }
    }
    // Never reached in practice: the count of names taken makes this one new.
    let given = format!("{} {}", rng.pick(givens), taken.len());
    let family = (*rng.pick(culture.family)).to_owned();
    taken.insert((fold_name(&given), fold_name(&family)));
    (given, family)
}

/// A rank: the head a minister or ambassador (a senior official for an organisation), in a
/// large delegation a deputy minister and a climate ambassador after, a few senior officials,
/// officials the most.
fn rank(rng: &mut Rng, k: usize, state: bool, size: usize) -> Rank {
    match (k, state) {
        (0, true) => if rng.chance(700) { Rank::Minister } else { Rank::Ambassador },
        (0, false) => Rank::SeniorOfficial,
        (1, true) if size > 20 => Rank::DeputyMinister,
        (2, true) if size > 10 => Rank::Ambassador,
        _ => if rng.chance(200) { Rank::SeniorOfficial } else { Rank::Official },
    }
}

/// An honorific: "H.E." for ministers and ambassadors, a title for some, a courtesy for
/// most, in the person's language.
fn prefix(rng: &mut Rng, rank: Rank, gender: Option<Gender>, language: Option<Lang>) -> Option<String> {
    if matches!(rank, Rank::Minister | Rank::DeputyMinister | Rank::Ambassador) {
        return Some("H.E.".into());
    }
    let french = language == Some(Lang::Fr);
    let courtesy = match (gender, french) {
        (Some(Gender::Female), false) => Some("Ms"),
        (Some(Gender::Female), true) => Some("Mme"),
        (Some(Gender::Male), false) => Some("Mr"),
        (Some(Gender::Male), true) => Some("M."),
        _ => None,
    };
    match rng.below(100) {
        0..=11 => Some("Dr".into()),
        12..=14 => Some("Prof.".into()),
        15..=74 => courtesy.map(String::from),
        _ => None,
    }
}

/// `given.family@domain` in ASCII (a number added where it is taken); "delegate" for names
/// in other scripts.
fn email(given: &str, family: &str, domain: &str, taken: &mut HashSet<String>) -> String {
    let given = ascii(given.split(' ').next().unwrap_or(given));
    let family = ascii(family);
    let local = match (given.is_empty(), family.is_empty()) {
        (false, false) => format!("{given}.{family}"),
        (false, true) => given,
        (true, false) => family,
        (true, true) => "delegate".to_owned(),
    };
    let mut address = format!("{local}@{domain}");
    let mut n = 1;
    while !taken.insert(address.clone()) {
        n += 1;
        address = format!("{local}{n}@{domain}");
    }
    address
}

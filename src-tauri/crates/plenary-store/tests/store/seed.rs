//! Domain values to store: a meeting in Lagos, its delegations, people and sessions.

use chrono::{NaiveDate, NaiveTime};
use plenary_core::delegation::{Accreditation, Delegation, Party};
use plenary_core::meeting::{Meeting, MeetingKind, MeetingStatus, parse_date, parse_time_zone};
use plenary_core::organisation::{OrgCategory, Organisation};
use plenary_core::participant::{Participant, Rank};
use plenary_core::session::{AgendaItem, Session, SessionKind, parse_time};
use plenary_core::{BilingualText, Id, Lang, TranslationState};
use plenary_store::{Db, Result};

/// A date from `YYYY-MM-DD`.
pub fn date(s: &str) -> NaiveDate {
    parse_date("day", s).expect("valid date")
}

/// A time from `HH:MM`.
pub fn time(s: &str) -> NaiveTime {
    parse_time("start", s).expect("valid time")
}

/// A text written in both languages and signed off.
pub fn pair(en: &str, fr: &str) -> BilingualText {
    BilingualText::pair(en, fr, TranslationState::Final)
}

/// A two-day meeting in Lagos, 4–5 November 2025.
pub fn meeting(id: &str) -> Meeting {
    Meeting {
        id: Id::from(id),
        title: pair("Joint Thematic Meeting on Migration", "Réunion thématique conjointe sur la migration"),
        kind: MeetingKind::JointThematicMeeting,
        start_date: date("2025-11-04"),
        end_date: date("2025-11-05"),
        venue: pair("Eko Hotel and Suites", "Hôtel Eko"),
        city: "Lagos".into(),
        country: Some("NG".into()),
        time_zone: parse_time_zone("Africa/Lagos").expect("known zone"),
        languages: vec![Lang::En, Lang::Fr],
        status: MeetingStatus::Confirmed,
    }
}

/// The delegation of a state.
pub fn country_delegation(id: &str, meeting: &str, alpha2: &str) -> Delegation {
    Delegation {
        id: Id::from(id),
        meeting_id: Id::from(meeting),
        party: Party::Country(alpha2.into()),
        display_name_en: None,
        display_name_fr: None,
        status: Accreditation::Confirmed,
        credentials: None,
    }
}

/// The delegation of an organisation.
pub fn org_delegation(id: &str, meeting: &str, organisation: &str) -> Delegation {
    Delegation { party: Party::Organisation(Id::from(organisation)), ..country_delegation(id, meeting, "NG") }
}

/// An organisation.
pub fn organisation(id: &str, name_en: &str, name_fr: &str, acronyms: Option<(&str, &str)>, category: OrgCategory) -> Organisation {
    Organisation {
        id: Id::from(id),
        name_en: name_en.into(),
        name_fr: name_fr.into(),
        acronym_en: acronyms.map(|a| a.0.into()),
        acronym_fr: acronyms.map(|a| a.1.into()),
        category,
    }
}

/// The International Organization for Migration.
pub fn iom(id: &str) -> Organisation {
    organisation(
        id,
        "International Organization for Migration",
        "Organisation internationale pour les migrations",
        Some(("IOM", "OIM")),
        OrgCategory::RelatedOrganisation,
    )
}

/// A participant with only a name.
pub fn person(id: &str, meeting: &str, delegation: &str, given: &str, family: &str) -> Participant {
    Participant {
        id: Id::from(id),
        meeting_id: Id::from(meeting),
        delegation_id: Id::from(delegation),
        honorific_prefix: None,
        honorific_suffix: None,
        given_name: given.into(),
        family_name: family.into(),
        family_name_first: false,
        function: BilingualText::default(),
        gender: None,
        email: None,
        phone: None,
        language: None,
        rank: Rank::Official,
        is_head: false,
        roles: vec![],
        registered: false,
        attended: false,
        badge_printed: false,
    }
}

/// A session with a bilingual title, no room.
pub fn session(id: &str, meeting: &str, day: &str, start: &str, end: &str, title: BilingualText) -> Session {
    Session {
        id: Id::from(id),
        meeting_id: Id::from(meeting),
        day: date(day),
        start: time(start),
        end: time(end),
        room_id: None,
        kind: SessionKind::Plenary,
        title,
        description: BilingualText::default(),
        pillar_id: None,
        interpretation: vec![Lang::En, Lang::Fr],
    }
}

/// An agenda item.
pub fn item(id: &str, session: &str, position: i64, title: BilingualText) -> AgendaItem {
    AgendaItem { id: Id::from(id), session_id: Id::from(session), position, title }
}

/// Meeting `m1` with delegations of Senegal (`d-sn`), Nigeria (`d-ng`) and IOM (`d-iom`),
/// four participants and an opening session with one agenda item:
/// - `p-aissatou` Aïssatou Ndiaye (SN), head, female, attended, speaker, directrice;
/// - `p-amina` Amina Bello (NG), head, female;
/// - `p-tunde` Babatunde Okonkwo (NG), male, attended, rapporteur;
/// - `p-cyrille` HE Cyrille Baumgartner (IOM), head, male, attended.
pub fn lagos(db: &Db<'_>) -> Result<()> {
    db.insert_meeting(&meeting("m1"))?;
    db.save_organisation(&iom("o-iom"))?;
    db.save_delegation(&country_delegation("d-sn", "m1", "SN"))?;
    db.save_delegation(&country_delegation("d-ng", "m1", "NG"))?;
    db.save_delegation(&org_delegation("d-iom", "m1", "o-iom"))?;
    use plenary_core::participant::{Gender, Role};
    let mut aissatou = person("p-aissatou", "m1", "d-sn", "Aïssatou", "Ndiaye");
    aissatou.function = pair("Director of Migration", "Directrice de la migration");
    aissatou.email = Some("a.ndiaye@example.sn".into());
    aissatou.gender = Some(Gender::Female);
    aissatou.is_head = true;
    aissatou.attended = true;
    aissatou.roles = vec![Role::Speaker];
    db.save_participant(&aissatou)?;
    let mut amina = person("p-amina", "m1", "d-ng", "Amina", "Bello");
    amina.function = pair("Comptroller General", "Contrôleuse générale");
    amina.gender = Some(Gender::Female);
    amina.is_head = true;
    db.save_participant(&amina)?;
    let mut tunde = person("p-tunde", "m1", "d-ng", "Babatunde", "Okonkwo");
    tunde.function = pair("Deputy Director", "Directeur adjoint");
    tunde.email = Some("tunde@example.ng".into());
    tunde.gender = Some(Gender::Male);
    tunde.attended = true;
    tunde.roles = vec![Role::Rapporteur];
    db.save_participant(&tunde)?;
    let mut cyrille = person("p-cyrille", "m1", "d-iom", "Cyrille", "Baumgartner");
    cyrille.honorific_prefix = Some("HE".into());
    cyrille.function = pair("Director General", "Directeur général");
    cyrille.gender = Some(Gender::Male);
    cyrille.is_head = true;
    cyrille.attended = true;
    db.save_participant(&cyrille)?;
    db.save_session(
        &session("s-open", "m1", "2025-11-04", "09:00", "10:30", pair("Opening session", "Séance d’ouverture")),
        "Africa/Lagos",
    )?;
    db.save_agenda_item(&item("a-agenda", "s-open", 1, pair("Adoption of the agenda", "Adoption de l’ordre du jour")))?;
    Ok(())
}

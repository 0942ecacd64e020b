//! Agendas to export: a small Lagos-like one with every awkward case, and large ones for
//! the benchmarks (the bench includes this file by path).

#![allow(dead_code)]

use chrono::{Duration, NaiveDate, NaiveTime};
use plenary_core::agenda::{AGENDA_FORMAT, Agenda, AgendaDay, AgendaPerson, AgendaSession, AgendaVersionInfo, NamePair};
use plenary_core::session::{SessionKind, SessionRole};
use plenary_core::{BilingualText, Id, Lang, TranslationState};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real date")
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("a real time")
}

fn pair(en: &str, fr: &str) -> BilingualText {
    BilingualText::pair(en, fr, TranslationState::Translated)
}

fn names(en: &str, fr: &str) -> NamePair {
    NamePair { en: en.into(), fr: fr.into() }
}

fn person(id: &str, role: SessionRole, name: &str, function: BilingualText, delegation: NamePair) -> AgendaPerson {
    AgendaPerson { participant_id: Id::from(id), role, name: name.into(), function, delegation }
}

fn session(id: &str, kind: SessionKind, start: NaiveTime, end: NaiveTime, title: BilingualText) -> AgendaSession {
    AgendaSession {
        id: Id::from(id),
        kind,
        start,
        end,
        room: Some("Plenary Hall".into()),
        pillar: None,
        title,
        description: BilingualText::default(),
        people: Vec::new(),
        items: Vec::new(),
        interpretation: vec![Lang::En, Lang::Fr],
    }
}

/// The Lagos meeting's first morning and closing, with: a session without a French title,
/// a speaker without a function, a stale French description, markup-like text, and a break.
pub fn lagos(released: bool) -> Agenda {
    let nigeria = names("Nigeria", "Nigéria");
    let france = names("France", "France");
    let mut opening = session("s-opening", SessionKind::Opening, t(9, 0), t(10, 30), pair("Opening ceremony", "Cérémonie d'ouverture"));
    opening.description = pair(
        "Welcome by the co-chairs: why the \"4Ps\" matter?",
        "Mot de bienvenue des coprésidents : pourquoi les « 4P » comptent ?",
    );
    opening.people = vec![
        person("p-ahmed", SessionRole::CoChair, "Hon Tijjani Aliyu Ahmed", pair("Director General, NAPTIP", "Directeur général, NAPTIP"), nigeria.clone()),
        person("p-baum", SessionRole::CoChair, "HE Cyrille Baumgartner", pair("Ambassador of France to Nigeria", "Ambassadeur de France au Nigéria"), france.clone()),
        person("p-nofn", SessionRole::Speaker, "Ms Amina Bello", BilingualText::default(), nigeria.clone()),
    ];
    opening.items = vec![pair("Welcome remarks", "Mots de bienvenue"), pair("Adoption of the agenda", "Adoption de l'ordre du jour")];
    let mut coffee = session("s-coffee", SessionKind::Break, t(10, 30), t(11, 0), pair("Coffee break", "Pause-café"));
    coffee.room = None;
    coffee.interpretation = Vec::new();
    let mut prevention = session(
        "s-prevention",
        SessionKind::Panel,
        t(11, 0),
        t(12, 30),
        pair("Prevention: addressing root causes of trafficking in persons", "Prévention : s'attaquer aux causes profondes de la traite des personnes"),
    );
    prevention.pillar = Some(pair("Prevention", "Prévention"));
    // The English description was edited after the French was written: the French is stale.
    let mut description = pair("Awareness campaigns along the routes.", "Campagnes de sensibilisation le long des routes.");
    description.edit(Lang::En, "Awareness campaigns along the Central Mediterranean routes.");
    prevention.description = description;
    prevention.people = vec![person(
        "p-mod",
        SessionRole::Moderator,
        "Dr Fatou Diallo",
        pair("Senior Adviser, ECOWAS Commission", "Conseillère principale, Commission de la CEDEAO"),
        names("Economic Community of West African States", "Communauté économique des États de l'Afrique de l'Ouest"),
    )];
    // No French title yet: the French edition prints the English, marked.
    let mut side = session("s-side", SessionKind::SideEvent, t(13, 30), t(14, 30), BilingualText::original(Lang::En, "Side event: <script>alert(1)</script> & {{ markup }} #heading"));
    side.room = Some("Room B".into());
    let mut closing = session("s-closing", SessionKind::Closing, t(16, 0), t(17, 0), pair("Closing session", "Séance de clôture"));
    closing.pillar = Some(pair("Partnership", "Partenariat"));
    closing.people = vec![person("p-rap", SessionRole::Rapporteur, "Mr Jean Dupont", pair("Rapporteur", "Rapporteur"), france.clone())];
    Agenda {
        format: AGENDA_FORMAT,
        meeting_id: Id::from("m-lagos"),
        title: pair(
            "Joint Thematic Meeting on Trafficking in Persons and Smuggling of Migrants",
            "Réunion thématique conjointe sur la traite des personnes et le trafic illicite de migrants",
        ),
        venue: pair("Transcorp Hilton", "Transcorp Hilton"),
        city: "Lagos".into(),
        country: Some(nigeria.clone()),
        start_date: d(2025, 11, 4),
        end_date: d(2025, 11, 5),
        time_zone: "Africa/Lagos".into(),
        co_chairs: vec![nigeria, france],
        version: released.then(|| AgendaVersionInfo { number: 2, released_on: d(2025, 10, 20) }),
        days: vec![
            AgendaDay { date: d(2025, 11, 4), sessions: vec![opening, coffee, prevention, side] },
            AgendaDay { date: d(2025, 11, 5), sessions: vec![closing] },
        ],
    }
}

/// An agenda of `sessions` sessions over as many days as needed (ten a day, in three rooms),
/// each with a pillar, a description, two items and four people: the benchmarks' input.
pub fn large(sessions: usize) -> Agenda {
    let mut agenda = lagos(true);
    let per_day = 10;
    let days = sessions.div_ceil(per_day);
    agenda.end_date = agenda.start_date + Duration::days(days as i64 - 1);
    agenda.days = (0..days)
        .map(|day| {
            let date = agenda.start_date + Duration::days(day as i64);
            let count = per_day.min(sessions - day * per_day);
            let sessions = (0..count)
                .map(|i| {
                    let n = day * per_day + i;
                    let start = t(8 + (i as u32 / 3) * 2, 0);
                    let mut s = session(
                        &format!("s-{n:05}"),
                        SessionKind::Panel,
                        start,
                        start + Duration::minutes(90),
                        pair(&format!("Panel {n}: protection of victims of trafficking"), &format!("Panel {n} : protection des victimes de la traite")),
                    );
                    s.room = Some(format!("Room {}", i % 3 + 1));
                    s.pillar = Some(pair("Protection", "Protection"));
                    s.description = pair(
                        "Panellists discuss referral mechanisms, shelters and the rights of victims along the migration routes.",
                        "Les panélistes examinent les mécanismes d'orientation, les foyers et les droits des victimes le long des routes migratoires.",
                    );
                    s.items = vec![pair("Presentations", "Présentations"), pair("Discussion", "Débat")];
                    s.people = (0..4)
                        .map(|k| {
                            let role = if k == 0 { SessionRole::Moderator } else { SessionRole::Speaker };
                            person(
                                &format!("p-{n}-{k}"),
                                role,
                                &format!("HE Ms Participant {n}-{k}"),
                                pair("Director of Migration", "Directrice des migrations"),
                                names("Côte d'Ivoire", "Côte d'Ivoire"),
                            )
                        })
                        .collect();
                    s
                })
                .collect();
            AgendaDay { date, sessions }
        })
        .collect();
    agenda
}

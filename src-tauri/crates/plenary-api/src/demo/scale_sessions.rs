//! The generated timetable: sessions spread over the days and rooms, never two in one room
//! at once, with chairs, moderators, speakers and rapporteurs drawn from the participants so
//! that nobody is in two places at once, except a few people booked twice on purpose (the
//! conflicts a secretariat must find).

use super::scale::{Built, ScaleSpec};
use super::scale_rng::Rng;
use crate::sessions::{SessionInput, SessionPersonInput};
use crate::text_input;
use plenary_core::participant::Role;
use plenary_core::session::{AgendaItem, SessionKind, SessionRole};
use plenary_core::{Id, Lang};
use plenary_store::{Db, StoreError};
use std::collections::BTreeMap;

/// The slots of a day, the same in every room: none overlaps another.
pub(super) const SLOTS: [(&str, &str); 6] =
    [("09:00", "10:30"), ("11:00", "12:30"), ("13:15", "14:45"), ("15:00", "16:30"), ("17:00", "18:30"), ("19:00", "20:30")];

/// The people a session can have: chair, co-chair, moderator, four speakers, rapporteur.
const SEATS: usize = 8;

/// One session in ten-and-a-bit books a person twice: the chair of the next room's session
/// in the same slot speaks here too.
const DOUBLE_BOOKED_EVERY: usize = 37;

/// Topics of sessions, in both languages.
const TOPICS: [(&str, &str); 16] = [
    ("Adaptation finance", "Financement de l'adaptation"),
    ("Loss and damage fund", "Fonds pour les pertes et préjudices"),
    ("Global stocktake", "Bilan mondial"),
    ("Just energy transition", "Transition énergétique juste"),
    ("Early warning systems for all", "Systèmes d'alerte précoce pour tous"),
    ("Forests and land use", "Forêts et utilisation des terres"),
    ("Oceans and coastal zones", "Océans et zones côtières"),
    ("Carbon markets (Article 6)", "Marchés du carbone (article 6)"),
    ("Climate mobility and displacement", "Mobilité climatique et déplacements"),
    ("Gender and climate action", "Genre et action climatique"),
    ("Youth and future generations", "Jeunesse et générations futures"),
    ("Technology transfer", "Transfert de technologies"),
    ("Capacity building", "Renforcement des capacités"),
    ("Agriculture and food security", "Agriculture et sécurité alimentaire"),
    ("Health and heat", "Santé et chaleur"),
    ("Nationally determined contributions", "Contributions déterminées au niveau national"),
];

/// The sessions as written, by index, for the outcome document's links.
pub(super) struct Written {
    /// Every session's id, in the order generated.
    pub ids: Vec<Id>,
}

/// Where session `i` goes: day first (so that every day has sessions), then room, then slot.
fn cell(spec: &ScaleSpec, i: usize) -> (usize, usize, usize) {
    let days = spec.days as usize;
    let rooms = spec.rooms as usize;
    let j = i / days;
    (i % days, j % rooms, j / rooms)
}

/// The session at `(day, room, slot)`, if there is one.
fn index(spec: &ScaleSpec, day: usize, room: usize, slot: usize) -> Option<usize> {
    let i = (slot * spec.rooms as usize + room) * spec.days as usize + day;
    (i < spec.sessions as usize).then_some(i)
}

fn kind(spec: &ScaleSpec, i: usize, room: usize, slot: usize, rng: &mut Rng) -> SessionKind {
    if i == 0 {
        SessionKind::Opening
    } else if i + 1 == spec.sessions as usize && i > 0 {
        SessionKind::Closing
    } else if room == 0 {
        SessionKind::Plenary
    } else if slot == 2 {
        SessionKind::SideEvent
    } else if rng.chance(500) {
        SessionKind::Panel
    } else {
        SessionKind::WorkingGroup
    }
}

fn titles(kind: SessionKind, i: usize, topic: (&str, &str)) -> (String, String) {
    let (en, fr) = topic;
    match kind {
        SessionKind::Opening => ("Opening of the conference".into(), "Ouverture de la conférence".into()),
        SessionKind::Closing => ("Closing plenary".into(), "Plénière de clôture".into()),
        SessionKind::Plenary => (format!("Plenary: {en}"), format!("Plénière : {fr}")),
        SessionKind::Panel => (format!("Panel: {en}"), format!("Table ronde : {fr}")),
        SessionKind::SideEvent => (format!("Side event: {en}"), format!("Manifestation parallèle : {fr}")),
        _ => (format!("Working group {}: {en}", i % 97 + 1), format!("Groupe de travail {} : {fr}", i % 97 + 1)),
    }
}

/// Seat `k` of the session in `(day, room, slot)`: a person of the pool.
fn seat(spec: &ScaleSpec, pool: &[usize], (day, room, slot): (usize, usize, usize), k: usize) -> usize {
    let stride = spec.rooms as usize * SEATS;
    pool[((day * SLOTS.len() + slot) * stride + room * SEATS + k) % pool.len()]
}

/// The people of session `i` in `(day, room, slot)`, from the pool: each session of a slot
/// takes its own run of `SEATS` people, so a slot books nobody twice while the pool is at
/// least `SEATS` per room.
fn people(spec: &ScaleSpec, pool: &[usize], kind: SessionKind, at: (usize, usize, usize), rng: &mut Rng) -> Vec<(usize, SessionRole)> {
    let seat = |k: usize| seat(spec, pool, at, k);
    let mut out = vec![(seat(0), SessionRole::Chair)];
    if matches!(kind, SessionKind::Opening | SessionKind::Closing | SessionKind::Plenary) {
        out.push((seat(1), SessionRole::CoChair));
    }
    if matches!(kind, SessionKind::Panel | SessionKind::SideEvent) {
        out.push((seat(2), SessionRole::Moderator));
    }
    if kind != SessionKind::Opening {
        for k in 0..2 + rng.below(3) {
            out.push((seat(3 + k), SessionRole::Speaker));
        }
    }
    if matches!(kind, SessionKind::WorkingGroup | SessionKind::Plenary) {
        out.push((seat(7), SessionRole::Rapporteur));
    }
    // A pool smaller than a session's seats (a tiny meeting) would seat someone twice.
    let mut seen = std::collections::HashSet::new();
    out.retain(|(p, _)| seen.insert(*p));
    out
}

/// Writes the timetable and gives the people who sit in sessions the roles they have there.
pub(super) fn write(db: &Db<'_>, spec: &ScaleSpec, built: &mut Built, new_id: &dyn Fn() -> Id) -> Result<Written, StoreError> {
    let mut rng = Rng::new(spec.seed, 5);
    let everyone = built.people.len();
    // Sessions draw on a pool spread over all delegations: enough people for every seat of a
    // slot, and no more than two sessions' worth each, so that most people sit in none.
    let size = (spec.rooms as usize * SEATS).max(spec.sessions as usize * 2).min(everyone);
    let pool: Vec<usize> = (0..size).map(|k| k * everyone / size).collect();
    let start = chrono::NaiveDate::parse_from_str("2025-11-10", "%Y-%m-%d").map_err(|e| plenary_core::DomainError::invalid("day", &e.to_string()))?;
    let mut roles: BTreeMap<usize, Vec<Role>> = BTreeMap::new();
    let mut ids = Vec::with_capacity(spec.sessions as usize);
    for i in 0..spec.sessions as usize {
        let (day, room, slot) = cell(spec, i);
        let kind = kind(spec, i, room, slot, &mut rng);
        let topic = TOPICS[(i * 7 + day) % TOPICS.len()];
        let (title_en, title_fr) = titles(kind, i, topic);
        let mut seats = people(spec, &pool, kind, (day, room, slot), &mut rng);
        if i % DOUBLE_BOOKED_EVERY == 5 && room + 1 < spec.rooms as usize && index(spec, day, room + 1, slot).is_some() {
            let chair = seat(spec, &pool, (day, room + 1, slot), 0);
            if !seats.iter().any(|(p, _)| *p == chair) {
                seats.push((chair, SessionRole::Speaker));
            }
        }
        for (p, role) in &seats {
            let list = roles.entry(*p).or_default();
            let role = Role::parse(role.as_str())?;
            if !list.contains(&role) {
                list.push(role);
            }
        }
        let (begin, end) = SLOTS[slot];
        let plenary = matches!(kind, SessionKind::Opening | SessionKind::Closing | SessionKind::Plenary);
        let input = SessionInput {
            meeting_id: built.meeting_id.clone(),
            day: (start + chrono::Days::new(day as u64)).format("%Y-%m-%d").to_string(),
            start: begin.into(),
            end: end.into(),
            room_id: Some(built.rooms[room].clone()),
            kind,
            title_en,
            title_fr,
            description_en: format!("Delegations and observers discuss {} and agree on next steps.", topic.0.to_lowercase()),
            description_fr: format!("Les délégations et les observateurs examinent le thème « {} » et conviennent des prochaines étapes.", topic.1.to_lowercase()),
            pillar_id: (!matches!(kind, SessionKind::Opening | SessionKind::Closing)).then(|| built.pillars[i % built.pillars.len()].clone()),
            interpretation: if plenary { Lang::ALL.to_vec() } else { Vec::new() },
            people: Some(
                seats.iter().map(|(p, role)| SessionPersonInput { participant_id: built.people[*p].id.clone(), role: *role }).collect(),
            ),
        };
        let row = crate::sessions::save(db, &input, new_id(), None)?;
        if plenary {
            let items = [
                ("Adoption of the agenda", "Adoption de l'ordre du jour"),
                (topic.0, topic.1),
                ("Other matters", "Questions diverses"),
            ];
            for (position, (en, fr)) in items.iter().enumerate() {
                let title = text_input::new(Some(en), Some(fr));
                db.save_agenda_item(&AgendaItem { id: new_id(), session_id: row.session.id.clone(), position: position as i64 + 1, title })?;
            }
        }
        ids.push(row.session.id);
    }
    // The roles the sessions give, saved through the rules (duplicates, one head) as an edit would.
    for (p, list) in roles {
        let person = &mut built.people[p];
        person.roles = list;
        person.roles.sort();
        db.save_participant(person)?;
    }
    Ok(Written { ids })
}

//! The demo meeting: the Joint Thematic Meeting of the Khartoum, Rabat and Niamey Processes,
//! Lagos, 4–5 November 2025, loaded from the seed file shipped in this crate.
//!
//! Every figure the app later shows of it (166 representatives, 41 countries) comes from the
//! rows created here, never from a constant.

use crate::delegations::DelegationInput;
use crate::dialogues::DialogueInput;
use crate::meetings::MeetingInput;
use crate::organisations::OrganisationInput;
use crate::participants::ParticipantInput;
use crate::sessions::{SessionInput, SessionPersonInput};
use crate::{Api, ApiResult, text_input};
use plenary_core::delegation::Accreditation;
use plenary_core::meeting::{Pillar, Room};
use plenary_core::organisation::OrgCategory;
use plenary_core::participant::{Gender, Rank, Role};
use plenary_core::session::{AgendaItem, SessionKind, SessionRole};
use plenary_core::{DomainError, Id, Lang, TranslationState};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

mod outcome;
mod scale;
mod scale_names;
mod scale_outcome;
mod scale_rng;
mod scale_sessions;

pub use scale::{DEFAULT_SEED, ScaleSpec};

const SEED: &str = include_str!("../seed/lagos-2025.json");

/// What `demo` did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct DemoResult {
    /// The demo meeting.
    pub meeting_id: Id,
    /// False when the meeting was already there (nothing was added).
    pub created: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Seed {
    meeting: MeetingInput,
    dialogues: Vec<SeedDialogue>,
    pillars: Vec<SeedPillar>,
    rooms: Vec<SeedRoom>,
    organisations: Vec<SeedOrganisation>,
    co_chairs: Vec<String>,
    delegations: Vec<SeedDelegation>,
    sessions: Vec<SeedSession>,
    glossary: Vec<SeedTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedTerm {
    en: String,
    fr: String,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedDialogue {
    #[allow(dead_code)]
    key: String,
    name_en: String,
    name_fr: String,
    chair: Option<String>,
    members: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedPillar {
    key: String,
    name_en: String,
    name_fr: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedRoom {
    key: String,
    name: String,
    capacity: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedOrganisation {
    key: String,
    name_en: String,
    name_fr: String,
    acronym_en: Option<String>,
    acronym_fr: Option<String>,
    category: OrgCategory,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedDelegation {
    country: Option<String>,
    organisation: Option<String>,
    status: Accreditation,
    credentials: Option<String>,
    participants: Vec<SeedParticipant>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedParticipant {
    prefix: Option<String>,
    given: String,
    family: String,
    suffix: Option<String>,
    function_en: String,
    function_fr: String,
    gender: Option<Gender>,
    email: String,
    phone: Option<String>,
    language: Option<Lang>,
    rank: Rank,
    head: bool,
    roles: Vec<Role>,
    attended: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedSession {
    key: String,
    day: String,
    start: String,
    end: String,
    room: Option<String>,
    kind: SessionKind,
    pillar: Option<String>,
    title_en: String,
    title_fr: String,
    description_en: String,
    description_fr: String,
    chairs: Vec<String>,
    co_chairs: Vec<String>,
    moderator: Option<String>,
    speakers: Vec<String>,
    rapporteur: Option<String>,
    interpretation: Vec<Lang>,
    items: Vec<SeedItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedItem {
    title_en: String,
    title_fr: String,
}

fn unknown(field: &str, key: &str) -> DomainError {
    DomainError::not_found(field, key)
}

impl Api {
    /// Creates the Lagos demo meeting, unless it is already in the database: running it twice
    /// adds nothing. All of it lands in one transaction, or none of it. It is no edit to undo:
    /// the app creates it on first start, before the person has done anything.
    pub fn demo(&self) -> ApiResult<DemoResult> {
        let seed: Seed = serde_json::from_str(SEED)
            .map_err(|e| DomainError::invalid("seed", &e.to_string()))
            .or_else(|e| self.fail(e))?;
        self.write_unrecorded(|db| {
            if let Some(id) = db.find_meeting(&seed.meeting.title_en, &seed.meeting.start_date)? {
                return Ok(DemoResult { meeting_id: id, created: false });
            }
            let mut meeting = seed.meeting.to_meeting(self.new_id(), None)?;
            // The seed's texts were written and checked in both languages.
            for text in [&mut meeting.title, &mut meeting.venue] {
                for lang in Lang::ALL {
                    if !text.get(lang).is_empty() {
                        text.set_state(lang, TranslationState::Final)?;
                    }
                }
            }
            db.insert_meeting(&meeting)?;
            let meeting_id = meeting.id.clone();
            for t in &seed.glossary {
                db.save_glossary_term(&plenary_core::glossary::Term::new(self.new_id(), meeting_id.clone(), &t.en, &t.fr, &t.note)?)?;
            }

            let mut dialogue_ids = Vec::new();
            let existing = db.dialogues()?;
            for d in &seed.dialogues {
                let id = match existing.iter().find(|x| x.name.get(Lang::En) == d.name_en) {
                    Some(found) => found.id.clone(),
                    None => {
                        let input = DialogueInput {
                            name_en: d.name_en.clone(),
                            name_fr: d.name_fr.clone(),
                            chair: d.chair.clone(),
                            members: d.members.clone(),
                        };
                        let dialogue = input.to_dialogue(self.new_id(), None)?;
                        db.save_dialogue(&dialogue)?;
                        dialogue.id
                    }
                };
                dialogue_ids.push(id);
            }
            db.set_meeting_dialogues(&meeting_id, &dialogue_ids)?;

            let mut pillars = HashMap::new();
            for (i, p) in seed.pillars.iter().enumerate() {
                let mut name = text_input::new(Some(&p.name_en), Some(&p.name_fr));
                name.set_state(Lang::Fr, TranslationState::Final)?;
                let pillar = Pillar { id: self.new_id(), meeting_id: meeting_id.clone(), key: p.key.clone(), name, position: i as i64 + 1 };
                db.save_pillar(&pillar)?;
                pillars.insert(p.key.as_str(), pillar.id);
            }
            let mut rooms = HashMap::new();
            for r in &seed.rooms {
                let room = Room { id: self.new_id(), meeting_id: meeting_id.clone(), name: r.name.clone(), capacity: r.capacity };
                db.save_room(&room)?;
                rooms.insert(r.key.as_str(), room.id);
            }

            let mut organisations = HashMap::new();
            for o in &seed.organisations {
                let id = match db.find_organisation(&o.name_en)? {
                    Some(found) => found.id,
                    None => {
                        let input = OrganisationInput {
                            name_en: o.name_en.clone(),
                            name_fr: o.name_fr.clone(),
                            acronym_en: o.acronym_en.clone(),
                            acronym_fr: o.acronym_fr.clone(),
                            category: o.category,
                        };
                        let org = input.to_organisation(self.new_id())?;
                        db.save_organisation(&org)?;
                        org.id
                    }
                };
                organisations.insert(o.key.as_str(), id);
            }

            let mut people: HashMap<&str, Id> = HashMap::new();
            let mut countries = HashMap::new();
            for d in &seed.delegations {
                let organisation_id = match &d.organisation {
                    Some(key) => Some(organisations.get(key.as_str()).ok_or_else(|| unknown("organisation", key))?.clone()),
                    None => None,
                };
                let input = DelegationInput {
                    meeting_id: meeting_id.clone(),
                    country: d.country.clone(),
                    organisation_id,
                    display_name_en: None,
                    display_name_fr: None,
                    status: d.status,
                    credentials: d.credentials.clone(),
                };
                let delegation = input.to_delegation(self.new_id())?;
                db.save_delegation(&delegation)?;
                if let Some(code) = &d.country {
                    countries.insert(code.as_str(), delegation.id.clone());
                }
                for p in &d.participants {
                    let input = ParticipantInput {
                        delegation_id: delegation.id.clone(),
                        honorific_prefix: p.prefix.clone(),
                        honorific_suffix: p.suffix.clone(),
                        given_name: p.given.clone(),
                        family_name: p.family.clone(),
                        family_name_first: false,
                        function_en: Some(p.function_en.clone()),
                        function_fr: Some(p.function_fr.clone()),
                        gender: p.gender,
                        email: Some(p.email.clone()),
                        phone: p.phone.clone(),
                        language: p.language,
                        rank: Some(p.rank),
                        is_head: p.head,
                        roles: p.roles.clone(),
                        registered: p.attended,
                        attended: p.attended,
                        badge_printed: p.attended,
                    };
                    let mut participant = input.to_participant(self.new_id(), meeting_id.clone(), None)?;
                    participant.function.set_state(Lang::Fr, TranslationState::Reviewed)?;
                    db.save_participant(&participant)?;
                    people.insert(p.email.as_str(), participant.id);
                }
            }
            let co_chairs = seed
                .co_chairs
                .iter()
                .map(|c| countries.get(c.as_str()).cloned().ok_or_else(|| unknown("co_chair", c)))
                .collect::<Result<Vec<_>, _>>()?;
            db.set_co_chairs(&meeting_id, &co_chairs)?;

            let mut sessions: HashMap<&str, Id> = HashMap::new();
            for s in &seed.sessions {
                let person = |email: &String, role| -> Result<SessionPersonInput, DomainError> {
                    let participant_id = people.get(email.as_str()).ok_or_else(|| unknown("participant", email))?.clone();
                    Ok(SessionPersonInput { participant_id, role })
                };
                let parts: [(&[String], SessionRole); 5] = [
                    (&s.chairs, SessionRole::Chair),
                    (&s.co_chairs, SessionRole::CoChair),
                    (s.moderator.as_slice(), SessionRole::Moderator),
                    (&s.speakers, SessionRole::Speaker),
                    (s.rapporteur.as_slice(), SessionRole::Rapporteur),
                ];
                let mut session_people = Vec::new();
                for (emails, role) in parts {
                    for e in emails {
                        session_people.push(person(e, role)?);
                    }
                }
                let lookup = |map: &HashMap<&str, Id>, key: &Option<String>, field: &str| -> Result<Option<Id>, DomainError> {
                    key.as_deref().map(|k| map.get(k).cloned().ok_or_else(|| unknown(field, k))).transpose()
                };
                let input = SessionInput {
                    meeting_id: meeting_id.clone(),
                    day: s.day.clone(),
                    start: s.start.clone(),
                    end: s.end.clone(),
                    room_id: lookup(&rooms, &s.room, "room")?,
                    kind: s.kind,
                    title_en: s.title_en.clone(),
                    title_fr: s.title_fr.clone(),
                    description_en: s.description_en.clone(),
                    description_fr: s.description_fr.clone(),
                    pillar_id: lookup(&pillars, &s.pillar, "pillar")?,
                    interpretation: s.interpretation.clone(),
                    people: Some(session_people),
                };
                let row = crate::sessions::save(db, &input, self.new_id(), None)?;
                sessions.insert(s.key.as_str(), row.session.id.clone());
                for (i, item) in s.items.iter().enumerate() {
                    let title = text_input::new(Some(&item.title_en), Some(&item.title_fr));
                    db.save_agenda_item(&AgendaItem { id: self.new_id(), session_id: row.session.id.clone(), position: i as i64 + 1, title })?;
                }
            }
            let keys = outcome::Keys { meeting_id: &meeting_id, sessions: &sessions, people: &people, countries: &countries, pillars: &pillars };
            outcome::load(db, &keys, &|| self.new_id())?;
            Ok(DemoResult { meeting_id, created: true })
        })
    }
}

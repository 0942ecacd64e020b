//! Forms as the UI fills them, and a small meeting to refuse things against.

use plenary_api::core::delegation::Accreditation;
use plenary_api::core::meeting::{MeetingKind, MeetingStatus};
use plenary_api::core::organisation::OrgCategory;
use plenary_api::core::participant::Rank;
use plenary_api::core::session::{SessionKind, SessionRole};
use plenary_api::{
    AgendaItemInput, Api, DelegationInput, Id, Lang, MeetingInput, OrganisationInput, ParticipantInput, PillarInput,
    RoomInput, SessionInput, SessionPersonInput,
};

/// A meeting form: `start`–`end` in `zone`, in Lagos, English and French.
pub fn meeting_form(title: &str, start: &str, end: &str, zone: &str) -> MeetingInput {
    MeetingInput {
        title_en: title.into(),
        title_fr: format!("{title} (FR)"),
        kind: MeetingKind::ThematicMeeting,
        start_date: start.into(),
        end_date: end.into(),
        venue_en: "Conference centre".into(),
        venue_fr: "Centre de conférences".into(),
        city: "Lagos".into(),
        country: Some("NG".into()),
        time_zone: zone.into(),
        languages: vec![Lang::En, Lang::Fr],
        status: MeetingStatus::Planning,
    }
}

/// Creates a meeting and returns its id.
pub fn meeting(api: &Api, title: &str, start: &str, end: &str, zone: &str) -> Id {
    api.create_meeting(meeting_form(title, start, end, zone)).expect("a valid meeting is created").meeting.id
}

/// A delegation form for a state.
pub fn state_form(meeting_id: &Id, country: &str) -> DelegationInput {
    DelegationInput {
        meeting_id: meeting_id.clone(),
        country: Some(country.into()),
        organisation_id: None,
        display_name_en: None,
        display_name_fr: None,
        status: Accreditation::Confirmed,
        credentials: None,
    }
}

/// Creates a state's delegation and returns its id.
pub fn state(api: &Api, meeting_id: &Id, country: &str) -> Id {
    api.create_delegation(state_form(meeting_id, country)).expect("a state's delegation is created").delegation.id
}

/// An organisation form.
pub fn organisation_form(name_en: &str, name_fr: &str, acronym: &str, category: OrgCategory) -> OrganisationInput {
    OrganisationInput {
        name_en: name_en.into(),
        name_fr: name_fr.into(),
        acronym_en: Some(acronym.into()),
        acronym_fr: None,
        category,
    }
}

/// Creates an organisation and returns its id.
pub fn organisation(api: &Api, name_en: &str, name_fr: &str, acronym: &str, category: OrgCategory) -> Id {
    api.create_organisation(organisation_form(name_en, name_fr, acronym, category)).expect("an organisation is created").id
}

/// Creates an organisation's delegation and returns its id.
pub fn org_delegation(api: &Api, meeting_id: &Id, organisation_id: &Id) -> Id {
    let input = DelegationInput { country: None, organisation_id: Some(organisation_id.clone()), ..state_form(meeting_id, "") };
    api.create_delegation(input).expect("an organisation's delegation is created").delegation.id
}

/// A participant form: an official, not head, with no email.
pub fn person_form(delegation_id: &Id, given: &str, family: &str) -> ParticipantInput {
    ParticipantInput {
        delegation_id: delegation_id.clone(),
        given_name: given.into(),
        family_name: family.into(),
        function_en: Some("Director".into()),
        function_fr: Some("Directeur".into()),
        rank: Some(Rank::Official),
        ..ParticipantInput::default()
    }
}

/// Registers a participant from a form and returns their id.
pub fn register(api: &Api, input: ParticipantInput) -> Id {
    api.create_participant(input).expect("a valid participant is registered").participant.id
}

/// A session form with no room, pillar or people.
pub fn session_form(meeting_id: &Id, day: &str, start: &str, end: &str, title_en: &str, title_fr: &str) -> SessionInput {
    SessionInput {
        meeting_id: meeting_id.clone(),
        day: day.into(),
        start: start.into(),
        end: end.into(),
        room_id: None,
        kind: SessionKind::Plenary,
        title_en: title_en.into(),
        title_fr: title_fr.into(),
        description_en: String::new(),
        description_fr: String::new(),
        pillar_id: None,
        interpretation: vec![Lang::En, Lang::Fr],
        people: None,
    }
}

/// A person's part in a session.
pub fn part(participant_id: &Id, role: SessionRole) -> SessionPersonInput {
    SessionPersonInput { participant_id: participant_id.clone(), role }
}

/// A new agenda item form.
pub fn item_form(session_id: &Id, position: i64, title_en: &str, title_fr: &str) -> AgendaItemInput {
    AgendaItemInput { id: None, session_id: session_id.clone(), position, title_en: title_en.into(), title_fr: title_fr.into() }
}

/// A new room form.
pub fn room_form(meeting_id: &Id, name: &str) -> RoomInput {
    RoomInput { id: None, meeting_id: meeting_id.clone(), name: name.into(), capacity: Some(300) }
}

/// A new pillar form.
pub fn pillar_form(meeting_id: &Id, key: &str, name_en: &str, name_fr: &str) -> PillarInput {
    PillarInput { id: None, meeting_id: meeting_id.clone(), key: key.into(), name_en: name_en.into(), name_fr: name_fr.into(), position: 1 }
}

/// A small meeting in Lagos and a second one in Rabat, with what the refusals point at.
pub struct Fx {
    /// Lagos, 4–5 November 2025, Africa/Lagos.
    pub meeting: Id,
    /// Rabat, 10–11 June 2025: the "other meeting".
    pub other_meeting: Id,
    /// France's delegation at Lagos (head: Baumgartner).
    pub france: Id,
    /// Nigeria's delegation at Lagos (head: Ahmed; also Bello).
    pub nigeria: Id,
    /// Morocco's delegation at Rabat.
    pub morocco: Id,
    /// IOM, an organisation.
    pub iom: Id,
    /// IOM's delegation at Lagos.
    pub iom_delegation: Id,
    /// HE Cyrille Baumgartner, head of France's delegation.
    pub baumgartner: Id,
    /// Hon Tijjani Aliyu Ahmed, head of Nigeria's delegation.
    pub ahmed: Id,
    /// Dr Amina Bello, of Nigeria's delegation.
    pub bello: Id,
    /// A participant of the Rabat meeting.
    pub rabat_person: Id,
    /// Lagos's plenary hall.
    pub room: Id,
    /// Lagos's prevention pillar.
    pub pillar: Id,
    /// Rabat's hall.
    pub other_room: Id,
    /// Rabat's protection pillar.
    pub other_pillar: Id,
    /// Lagos's opening session, 4 November 09:00–10:30, with one agenda item.
    pub session: Id,
    /// Rabat's opening session.
    pub other_session: Id,
}

/// Builds [`Fx`].
pub fn lagos(api: &Api) -> Fx {
    let meeting = meeting(api, "Lagos meeting", "2025-11-04", "2025-11-05", "Africa/Lagos");
    let other_meeting = meeting_in_rabat(api);
    let france = state(api, &meeting, "FR");
    let nigeria = state(api, &meeting, "NG");
    let morocco = state(api, &other_meeting, "MA");
    let iom = organisation(api, "International Organization for Migration", "Organisation internationale pour les migrations", "IOM", OrgCategory::RelatedOrganisation);
    let iom_delegation = org_delegation(api, &meeting, &iom);
    let baumgartner = register(api, ParticipantInput {
        honorific_prefix: Some("HE".into()),
        email: Some("cyrille.baumgartner@diplomatie.gouv.fr".into()),
        rank: Some(Rank::Ambassador),
        is_head: true,
        ..person_form(&france, "Cyrille", "Baumgartner")
    });
    let ahmed = register(api, ParticipantInput {
        honorific_prefix: Some("Hon".into()),
        email: Some("tijjani.ahmed@ncfrmi.gov.ng".into()),
        rank: Some(Rank::Minister),
        is_head: true,
        ..person_form(&nigeria, "Tijjani Aliyu", "Ahmed")
    });
    let bello = register(api, ParticipantInput {
        honorific_prefix: Some("Dr".into()),
        email: Some("amina.bello@ncfrmi.gov.ng".into()),
        ..person_form(&nigeria, "Amina", "Bello")
    });
    let rabat_person = register(api, person_form(&morocco, "Youssef", "El Amrani"));
    let room = api.save_room(room_form(&meeting, "Plenary hall")).expect("a room is created").id;
    let pillar = api.save_pillar(pillar_form(&meeting, "prevention", "Prevention", "Prévention")).expect("a pillar is created").id;
    let other_room = api.save_room(room_form(&other_meeting, "Rabat hall")).expect("a room is created").id;
    let other_pillar = api.save_pillar(pillar_form(&other_meeting, "protection", "Protection", "Protection")).expect("a pillar is created").id;
    let session = api
        .create_session(SessionInput {
            room_id: Some(room.clone()),
            pillar_id: Some(pillar.clone()),
            kind: SessionKind::Opening,
            people: Some(vec![part(&ahmed, SessionRole::Chair), part(&baumgartner, SessionRole::CoChair)]),
            ..session_form(&meeting, "2025-11-04", "09:00", "10:30", "Opening session", "Séance d’ouverture")
        })
        .expect("a session is created")
        .session
        .id;
    api.save_agenda_item(item_form(&session, 1, "Welcome remarks", "Mots de bienvenue")).expect("an agenda item is created");
    let other_session = api
        .create_session(session_form(&other_meeting, "2025-06-10", "09:00", "10:00", "Rabat opening", "Ouverture de Rabat"))
        .expect("a session is created")
        .session
        .id;
    Fx {
        meeting, other_meeting, france, nigeria, morocco, iom, iom_delegation, baumgartner, ahmed, bello, rabat_person,
        room, pillar, other_room, other_pillar, session, other_session,
    }
}

fn meeting_in_rabat(api: &Api) -> Id {
    let input = MeetingInput { city: "Rabat".into(), country: Some("MA".into()), ..meeting_form("Rabat meeting", "2025-06-10", "2025-06-11", "Africa/Casablanca") };
    api.create_meeting(input).expect("a second meeting is created").meeting.id
}

//! Sessions: refused times, rooms, pillars, people and agenda items, and their life.

use crate::fixture::{Fx, item_form, lagos, meeting, part, session_form};
use crate::host::{host, refused};
use plenary_api::core::session::{SessionKind, SessionRole};
use plenary_api::core::timetable::Conflict;
use plenary_api::{
    AgendaItemInput, ByIdArgs, ErrorCode, Id, Lang, MeetingArgs, SessionInput, SetSessionPeopleArgs, UpdateSessionArgs,
};

fn unknown() -> Id {
    Id::from("00000000-0000-7000-8000-0000000000c0")
}

/// The form of the fixture's opening session as saved.
fn opening(fx: &Fx) -> SessionInput {
    SessionInput {
        room_id: Some(fx.room.clone()),
        pillar_id: Some(fx.pillar.clone()),
        kind: SessionKind::Opening,
        ..session_form(&fx.meeting, "2025-11-04", "09:00", "10:30", "Opening session", "Séance d’ouverture")
    }
}

#[test]
fn an_unknown_session_or_agenda_item_is_not_found() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let why = "no session has this id";
    refused(&dir, &api, ErrorCode::NotFound, "session", why, |api| api.get_session(ByIdArgs { id: unknown() }));
    refused(&dir, &api, ErrorCode::NotFound, "session", why, |api| api.update_session(UpdateSessionArgs { session_id: unknown(), input: opening(&fx) }));
    refused(&dir, &api, ErrorCode::NotFound, "session", why, |api| api.delete_session(ByIdArgs { id: unknown() }));
    refused(&dir, &api, ErrorCode::NotFound, "session", why, |api| api.set_session_people(SetSessionPeopleArgs { session_id: unknown(), people: vec![] }));
    refused(&dir, &api, ErrorCode::NotFound, "session", why, |api| api.save_agenda_item(item_form(&unknown(), 1, "Item", "Point")));
    refused(&dir, &api, ErrorCode::NotFound, "agenda_item", "no agenda item has this id", |api| {
        api.save_agenda_item(AgendaItemInput { id: Some(unknown()), ..item_form(&fx.session, 1, "Item", "Point") })
    });
    refused(&dir, &api, ErrorCode::NotFound, "agenda_item", "no agenda item has this id", |api| api.delete_agenda_item(ByIdArgs { id: unknown() }));
}

#[test]
fn a_session_form_is_refused_field_by_field() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let form = || opening(&fx);
    let cases: Vec<(ErrorCode, &str, &str, SessionInput)> = vec![
        (ErrorCode::OutsideMeeting, "day", "3 November is the day before the meeting", SessionInput { day: "2025-11-03".into(), ..form() }),
        (ErrorCode::OutsideMeeting, "day", "6 November is the day after the meeting", SessionInput { day: "2025-11-06".into(), ..form() }),
        (ErrorCode::InvalidDate, "day", "there is no 31 November", SessionInput { day: "2025-11-31".into(), ..form() }),
        (ErrorCode::EndBeforeStart, "end", "a session cannot end before it starts", SessionInput { start: "11:00".into(), end: "10:00".into(), ..form() }),
        (ErrorCode::EndBeforeStart, "end", "a session lasts some time", SessionInput { start: "10:00".into(), end: "10:00".into(), ..form() }),
        (ErrorCode::Invalid, "start", "there is no 25 o'clock", SessionInput { start: "25:00".into(), ..form() }),
        (ErrorCode::Invalid, "end", "a time is HH:MM", SessionInput { end: "half past ten".into(), ..form() }),
        (ErrorCode::Required, "title_en", "a session has a title", SessionInput { title_en: " ".into(), title_fr: String::new(), ..form() }),
        (ErrorCode::TooLong, "title_en", "a title has at most 500 characters", SessionInput { title_en: "t".repeat(501), ..form() }),
        (ErrorCode::TooLong, "description_fr", "a description has at most 10,000 characters", SessionInput { description_fr: "é".repeat(10_001), ..form() }),
        (ErrorCode::WrongMeeting, "room", "the Rabat hall is not at Lagos", SessionInput { room_id: Some(fx.other_room.clone()), ..form() }),
        (ErrorCode::WrongMeeting, "pillar", "Rabat's pillar is not Lagos's", SessionInput { pillar_id: Some(fx.other_pillar.clone()), ..form() }),
        (ErrorCode::NotFound, "room", "no room has this id", SessionInput { room_id: Some(unknown()), ..form() }),
        (ErrorCode::NotFound, "pillar", "no pillar has this id", SessionInput { pillar_id: Some(unknown()), ..form() }),
        (ErrorCode::WrongMeeting, "participant", "El Amrani is at the Rabat meeting",
            SessionInput { people: Some(vec![part(&fx.rabat_person, SessionRole::Speaker)]), ..form() }),
        (ErrorCode::NotFound, "participant", "no participant has this id",
            SessionInput { people: Some(vec![part(&unknown(), SessionRole::Speaker)]), ..form() }),
    ];
    for (code, field, why, input) in cases {
        refused(&dir, &api, code, field, &format!("create: {why}"), |api| api.create_session(input.clone()));
        refused(&dir, &api, code, field, &format!("update: {why}"), |api| {
            api.update_session(UpdateSessionArgs { session_id: fx.session.clone(), input: input.clone() })
        });
    }
    refused(&dir, &api, ErrorCode::WrongMeeting, "meeting", "a session cannot move to another meeting", |api| {
        api.update_session(UpdateSessionArgs { session_id: fx.other_session.clone(), input: opening(&fx) })
    });
}

#[test]
fn times_that_a_dst_change_skips_or_repeats_are_refused() {
    let (dir, api) = host();
    // Paris: 02:00 became 03:00 on 30 March 2025, and 03:00 went back to 02:00 on 26 October.
    let spring = meeting(&api, "Paris, spring", "2025-03-29", "2025-03-31", "Europe/Paris");
    let autumn = meeting(&api, "Paris, autumn", "2025-10-25", "2025-10-27", "Europe/Paris");
    let lagos = meeting(&api, "Lagos, autumn", "2025-10-25", "2025-10-27", "Africa/Lagos");
    refused(&dir, &api, ErrorCode::DstGap, "start", "02:30 never happened in Paris on 30 March 2025", |api| {
        api.create_session(session_form(&spring, "2025-03-30", "02:30", "04:00", "Night session", ""))
    });
    refused(&dir, &api, ErrorCode::DstGap, "end", "an end at 02:30 on 30 March 2025 never happened either", |api| {
        api.create_session(session_form(&spring, "2025-03-30", "01:00", "02:30", "Night session", ""))
    });
    let err = refused(&dir, &api, ErrorCode::DstFold, "start", "02:30 happened twice in Paris on 26 October 2025", |api| {
        api.create_session(session_form(&autumn, "2025-10-26", "02:30", "03:30", "Night session", ""))
    });
    assert!(err.message.contains("2025-10-26 02:30"), "the message says which time is ambiguous: {}", err.message);
    api.create_session(session_form(&spring, "2025-03-30", "03:00", "04:00", "Early session", "")).expect("03:00 exists once on 30 March");
    let night = api.create_session(session_form(&autumn, "2025-10-26", "00:30", "01:30", "Night session", "")).expect("01:30 exists once on 26 October");
    refused(&dir, &api, ErrorCode::DstFold, "end", "moving the end into the repeated hour is refused on update too", |api| {
        api.update_session(UpdateSessionArgs { session_id: night.session.id.clone(), input: session_form(&autumn, "2025-10-26", "00:30", "02:30", "Night session", "") })
    });
    api.create_session(session_form(&lagos, "2025-10-26", "02:30", "03:30", "Night session", "")).expect("Lagos has no DST: 02:30 exists once");
}

#[test]
fn people_and_agenda_items_are_checked() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::WrongMeeting, "participant", "El Amrani is at the Rabat meeting", |api| {
        api.set_session_people(SetSessionPeopleArgs { session_id: fx.session.clone(), people: vec![part(&fx.bello, SessionRole::Speaker), part(&fx.rabat_person, SessionRole::Speaker)] })
    });
    refused(&dir, &api, ErrorCode::Duplicate, "participant", "Bello cannot be listed twice as a speaker", |api| {
        api.set_session_people(SetSessionPeopleArgs { session_id: fx.session.clone(), people: vec![part(&fx.bello, SessionRole::Speaker), part(&fx.bello, SessionRole::Speaker)] })
    });
    refused(&dir, &api, ErrorCode::Required, "title_en", "an agenda item has a title", |api| api.save_agenda_item(item_form(&fx.session, 2, "", "  ")));
    refused(&dir, &api, ErrorCode::TooLong, "title_fr", "an agenda item's title has at most 500 characters", |api| {
        api.save_agenda_item(item_form(&fx.session, 2, "Item", &"é".repeat(501)))
    });
    let item = api.get_session(ByIdArgs { id: fx.session.clone() }).expect("session").items[0].id.clone();
    refused(&dir, &api, ErrorCode::NotFound, "agenda_item", "an item of one session cannot be saved into another", |api| {
        api.save_agenda_item(AgendaItemInput { id: Some(item.clone()), ..item_form(&fx.other_session, 1, "Welcome", "Bienvenue") })
    });
}

#[test]
fn a_session_is_created_with_people_and_items_updated_and_deleted() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let input = SessionInput {
        kind: SessionKind::Panel,
        room_id: Some(fx.room.clone()),
        pillar_id: Some(fx.pillar.clone()),
        description_en: "Panel on prevention".into(),
        description_fr: "Panel sur la prévention".into(),
        interpretation: vec![Lang::Fr, Lang::En, Lang::Fr],
        people: Some(vec![
            part(&fx.baumgartner, SessionRole::Moderator),
            part(&fx.bello, SessionRole::Speaker),
            part(&fx.ahmed, SessionRole::Speaker),
        ]),
        ..session_form(&fx.meeting, "2025-11-04", "11:00", "12:30", "Prevention", "Prévention")
    };
    let created = api.create_session(input.clone()).expect("created");
    let s = &created.session;
    assert_eq!((s.start.to_string(), s.end.to_string()), ("11:00:00".into(), "12:30:00".into()));
    assert_eq!(s.interpretation, [Lang::En, Lang::Fr], "languages are a set");
    assert_eq!((created.room.as_deref(), created.pillar_key.as_deref()), (Some("Plenary hall"), Some("prevention")));
    let speakers: Vec<&str> = created.with_role(SessionRole::Speaker).map(|p| p.display_name.as_str()).collect();
    assert_eq!(speakers, ["Dr Amina Bello", "Hon Tijjani Aliyu Ahmed"], "speakers keep the order given");
    assert_eq!(created.with_role(SessionRole::Moderator).count(), 1);

    let with_items = api.save_agenda_item(item_form(&s.id, 1, "Keynote", "Discours liminaire")).expect("item 1");
    let with_items = api.save_agenda_item(item_form(&with_items.session.id, 2, "Discussion", "Débat")).expect("item 2");
    let titles: Vec<&str> = with_items.items.iter().map(|i| i.title.get(Lang::Fr)).collect();
    assert_eq!(titles, ["Discours liminaire", "Débat"], "items in their positions");
    let keynote = with_items.items[0].id.clone();
    let renamed = api.save_agenda_item(AgendaItemInput { id: Some(keynote.clone()), ..item_form(&s.id, 1, "Keynote address", "Discours liminaire") }).expect("renamed");
    assert!(renamed.items[0].title.is_stale(Lang::Fr), "the item's English title changed, the French one is stale");
    api.delete_agenda_item(ByIdArgs { id: keynote }).expect("item deleted");

    let unchanged = api.update_session(UpdateSessionArgs { session_id: s.id.clone(), input: input.clone() }).expect("saved unchanged");
    assert!(!unchanged.session.title.is_stale(Lang::Fr), "saving the form unchanged does not put the French title in doubt");
    assert_eq!(unchanged.session.title, s.title, "nor change the title at all");
    let edited = api
        .update_session(UpdateSessionArgs {
            session_id: s.id.clone(),
            input: SessionInput { title_en: "Prevention of trafficking".into(), people: None, ..input.clone() },
        })
        .expect("title edited");
    assert!(edited.session.title.is_stale(Lang::Fr), "the English title changed, the French one may no longer match");
    assert!(!edited.session.title.is_stale(Lang::En), "the side just written is up to date");
    assert_eq!(edited.people.len(), 3, "without people in the form, the people stay");
    assert_eq!(edited.items.len(), 1);

    let people = api
        .set_session_people(SetSessionPeopleArgs { session_id: s.id.clone(), people: vec![part(&fx.ahmed, SessionRole::Chair)] })
        .expect("people replaced");
    assert_eq!(people.people.len(), 1);

    let sessions = api.list_sessions(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("list");
    let titles: Vec<&str> = sessions.iter().map(|s| s.session.title.get(Lang::En)).collect();
    assert_eq!(titles, ["Opening session", "Prevention of trafficking"], "sessions in time order");
    api.delete_session(ByIdArgs { id: s.id.clone() }).expect("deleted");
    refused(&dir, &api, ErrorCode::NotFound, "session", "the session was deleted", |api| api.get_session(ByIdArgs { id: s.id.clone() }));
    assert_eq!(crate::host::sql_count(&dir, "SELECT count(*) FROM agenda_items WHERE session_id = ?1", [s.id.as_str()]), 0, "its items go with it");
    assert!(api.check().expect("check").ok);
}

#[test]
fn a_person_in_two_places_at_once_is_a_conflict() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    assert!(api.list_conflicts(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("conflicts").is_empty());
    let clash = api
        .create_session(SessionInput {
            people: Some(vec![part(&fx.ahmed, SessionRole::Speaker)]),
            ..session_form(&fx.meeting, "2025-11-04", "10:00", "11:00", "Side event", "Événement parallèle")
        })
        .expect("a clash is allowed, then reported");
    let found = api.list_conflicts(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("conflicts");
    assert_eq!(found, [Conflict::PersonDoubleBooked { participant_id: fx.ahmed.clone(), first: fx.session.clone(), second: clash.session.id }],
        "Hon Ahmed chairs the opening until 10:30 and speaks at 10:00");
}

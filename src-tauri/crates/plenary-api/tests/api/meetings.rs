//! Meetings: refused forms and unknown ids, and the life of a meeting.

use crate::fixture::{self, lagos, meeting, meeting_form, pillar_form, room_form, session_form, state};
use crate::host::{host, refused, row_counts, sql_count};
use plenary_api::{
    ByIdArgs, ErrorCode, Id, Lang, ListDelegationsArgs, ListParticipantsArgs, MeetingArgs, MeetingInput, ParticipantFilter,
    PillarInput, RoomInput, SetCoChairsArgs, SetMeetingDialoguesArgs, StatsArgs, UpdateMeetingArgs,
};

fn unknown() -> Id {
    Id::from("00000000-0000-7000-8000-000000000000")
}

#[test]
fn an_unknown_meeting_is_not_found_by_any_use_case() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let m = || MeetingArgs { meeting_id: unknown() };
    let why = "no meeting has this id";
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.get_meeting(m()));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| {
        api.update_meeting(UpdateMeetingArgs { meeting_id: unknown(), input: meeting_form("Ghost", "2025-11-04", "2025-11-05", "Africa/Lagos") })
    });
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.delete_meeting(m()));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.list_sessions(m()));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.list_conflicts(m()));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| {
        api.list_delegations(ListDelegationsArgs { meeting_id: unknown(), order: None, lang: None })
    });
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| {
        api.list_participants(ListParticipantsArgs { filter: ParticipantFilter { meeting_id: unknown(), ..Default::default() }, ..Default::default() })
    });
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.meeting_stats(StatsArgs { meeting_id: unknown(), lang: None }));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| {
        api.set_co_chairs(SetCoChairsArgs { meeting_id: unknown(), delegation_ids: vec![fx.france.clone()] })
    });
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| {
        api.set_meeting_dialogues(SetMeetingDialoguesArgs { meeting_id: unknown(), dialogue_ids: vec![] })
    });
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.save_room(room_form(&unknown(), "Hall")));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.save_pillar(pillar_form(&unknown(), "p", "P", "P")));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| api.create_delegation(fixture::state_form(&unknown(), "GH")));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", why, |api| {
        api.create_session(session_form(&unknown(), "2025-11-04", "09:00", "10:00", "Ghost session", ""))
    });
}

#[test]
fn unknown_rooms_pillars_and_dialogues_are_not_found() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::NotFound, "room", "no room has this id", |api| {
        api.save_room(RoomInput { id: Some(unknown()), ..room_form(&fx.meeting, "Hall B") })
    });
    refused(&dir, &api, ErrorCode::NotFound, "room", "a room of another meeting is not one of this meeting's rooms", |api| {
        api.save_room(RoomInput { id: Some(fx.other_room.clone()), ..room_form(&fx.meeting, "Hall B") })
    });
    refused(&dir, &api, ErrorCode::NotFound, "room", "no room has this id", |api| api.delete_room(ByIdArgs { id: unknown() }));
    refused(&dir, &api, ErrorCode::NotFound, "pillar", "no pillar has this id", |api| {
        api.save_pillar(PillarInput { id: Some(unknown()), ..pillar_form(&fx.meeting, "protection", "Protection", "Protection") })
    });
    refused(&dir, &api, ErrorCode::NotFound, "pillar", "no pillar has this id", |api| api.delete_pillar(ByIdArgs { id: unknown() }));
    refused(&dir, &api, ErrorCode::NotFound, "dialogue", "no dialogue has this id", |api| {
        api.set_meeting_dialogues(SetMeetingDialoguesArgs { meeting_id: fx.meeting.clone(), dialogue_ids: vec![unknown()] })
    });
    refused(&dir, &api, ErrorCode::NotFound, "dialogue", "no dialogue has this id", |api| api.delete_dialogue(ByIdArgs { id: unknown() }));
}

#[test]
fn a_meeting_form_is_refused_field_by_field() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let form = || meeting_form("Abuja meeting", "2025-12-01", "2025-12-02", "Africa/Lagos");
    // Each bad form is tried on create and on update of an existing meeting.
    let cases: Vec<(ErrorCode, &str, &str, MeetingInput)> = vec![
        (ErrorCode::Required, "title_en", "a meeting needs a title in at least one language",
            MeetingInput { title_en: String::new(), title_fr: "  ".into(), ..form() }),
        (ErrorCode::TooLong, "title_en", "a title has at most 500 characters",
            MeetingInput { title_en: "x".repeat(501), ..form() }),
        (ErrorCode::TooLong, "title_fr", "the French title has the same limit",
            MeetingInput { title_fr: "é".repeat(501), ..form() }),
        (ErrorCode::Required, "city", "a meeting takes place in a city",
            MeetingInput { city: " ".into(), ..form() }),
        (ErrorCode::InvalidDate, "start_date", "there is no 30 February",
            MeetingInput { start_date: "2025-02-30".into(), end_date: "2025-03-02".into(), ..form() }),
        (ErrorCode::InvalidDate, "end_date", "a date is written YYYY-MM-DD, not in words",
            MeetingInput { end_date: "tomorrow".into(), ..form() }),
        (ErrorCode::EndBeforeStart, "end_date", "a meeting cannot end before it starts",
            MeetingInput { start_date: "2025-12-02".into(), end_date: "2025-12-01".into(), ..form() }),
        (ErrorCode::Invalid, "time_zone", "the time zone must be an IANA name",
            MeetingInput { time_zone: "Africa/Atlantis".into(), ..form() }),
        (ErrorCode::Invalid, "time_zone", "an empty time zone is not a time zone",
            MeetingInput { time_zone: String::new(), ..form() }),
        (ErrorCode::Invalid, "country", "the host country must be an ISO 3166-1 code",
            MeetingInput { country: Some("XX".into()), ..form() }),
    ];
    for (code, field, why, input) in cases {
        refused(&dir, &api, code, field, &format!("create: {why}"), |api| api.create_meeting(input.clone()));
        refused(&dir, &api, code, field, &format!("update: {why}"), |api| {
            api.update_meeting(UpdateMeetingArgs { meeting_id: fx.meeting.clone(), input: input.clone() })
        });
    }
}

#[test]
fn a_title_limit_counts_accented_letters_as_one_character() {
    let (dir, api) = host();
    let err = refused(&dir, &api, ErrorCode::TooLong, "title_en", "501 accented letters are over the 500 limit", |api| {
        api.create_meeting(MeetingInput { title_en: "é".repeat(501), ..meeting_form("x", "2025-12-01", "2025-12-02", "Africa/Lagos") })
    });
    assert!(err.message.contains("501") && err.message.contains("500"), "the message counts characters (501 of 500), not bytes (1002): {}", err.message);
    let ok = api
        .create_meeting(MeetingInput { title_en: "é".repeat(500), ..meeting_form("x", "2025-12-01", "2025-12-02", "Africa/Lagos") })
        .expect("500 accented letters are exactly at the limit");
    assert_eq!(ok.meeting.title.get(Lang::En).chars().count(), 500);
}

#[test]
fn moving_a_meeting_away_from_its_sessions_is_refused() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::OutsideMeeting, "day", "the opening session of 4 November would fall outside 10–11 November", |api| {
        api.update_meeting(UpdateMeetingArgs {
            meeting_id: fx.meeting.clone(),
            input: meeting_form("Lagos meeting", "2025-11-10", "2025-11-11", "Africa/Lagos"),
        })
    });
}

#[test]
fn co_chairs_must_be_delegations_of_the_meeting() {
    let (dir, api) = host();
    let fx = lagos(&api);
    api.set_co_chairs(SetCoChairsArgs { meeting_id: fx.meeting.clone(), delegation_ids: vec![fx.nigeria.clone()] }).expect("Nigeria co-chairs");
    refused(&dir, &api, ErrorCode::WrongMeeting, "co_chair", "Morocco's delegation is at the Rabat meeting, not Lagos", |api| {
        api.set_co_chairs(SetCoChairsArgs { meeting_id: fx.meeting.clone(), delegation_ids: vec![fx.france.clone(), fx.morocco.clone()] })
    });
    refused(&dir, &api, ErrorCode::NotFound, "delegation", "no delegation has this id", |api| {
        api.set_co_chairs(SetCoChairsArgs { meeting_id: fx.meeting.clone(), delegation_ids: vec![unknown()] })
    });
    refused(&dir, &api, ErrorCode::Duplicate, "co_chair", "a delegation co-chairs once", |api| {
        api.set_co_chairs(SetCoChairsArgs { meeting_id: fx.meeting.clone(), delegation_ids: vec![fx.france.clone(), fx.france.clone()] })
    });
    let detail = api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("the meeting");
    let names: Vec<&str> = detail.co_chairs.iter().map(|d| d.name_en.as_str()).collect();
    assert_eq!(names, ["Nigeria"], "the refused changes left the co-chairs as they were");
}

#[test]
fn a_meeting_is_created_read_updated_and_listed() {
    let (_dir, api) = host();
    let created = api.create_meeting(meeting_form("Joint Thematic Meeting", "2025-11-04", "2025-11-05", " Africa/Lagos ")).expect("created");
    let m = &created.meeting;
    assert_eq!(m.time_zone.name(), "Africa/Lagos", "the zone is trimmed and parsed");
    assert_eq!((m.start_date.to_string(), m.end_date.to_string()), ("2025-11-04".into(), "2025-11-05".into()));
    assert_eq!(m.title.get(Lang::Fr), "Joint Thematic Meeting (FR)");
    assert!(!m.title.is_stale(Lang::Fr) && !m.title.is_stale(Lang::En), "a title written in both languages at once is aligned");

    let read = api.get_meeting(MeetingArgs { meeting_id: m.id.clone() }).expect("read back");
    assert_eq!(read.meeting, created.meeting, "what was created is what is read");

    let input = MeetingInput { title_en: "Joint Thematic Meeting on Trafficking".into(), ..meeting_form("Joint Thematic Meeting", "2025-11-04", "2025-11-06", "Africa/Lagos") };
    let updated = api.update_meeting(UpdateMeetingArgs { meeting_id: m.id.clone(), input: input.clone() }).expect("updated");
    assert_eq!(updated.meeting.end_date.to_string(), "2025-11-06");
    assert!(updated.meeting.title.is_stale(Lang::Fr), "the English title changed, so the French one may no longer match");
    let again = api.update_meeting(UpdateMeetingArgs { meeting_id: m.id.clone(), input }).expect("saved unchanged");
    assert_eq!(again.meeting, updated.meeting, "saving the same form changes nothing");

    let d = state(&api, &m.id, "NG");
    crate::fixture::register(&api, crate::fixture::person_form(&d, "Amina", "Bello"));
    let list = api.list_meetings().expect("the list of meetings");
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].delegations, list[0].participants), (1, 1), "the list shows each meeting's counts");
}

#[test]
fn meetings_are_listed_most_recent_first() {
    let (_dir, api) = host();
    let old = meeting(&api, "Old", "2024-05-01", "2024-05-02", "Africa/Lagos");
    let new = meeting(&api, "New", "2025-11-04", "2025-11-05", "Africa/Lagos");
    let ids: Vec<Id> = api.list_meetings().expect("list").into_iter().map(|m| m.meeting.id).collect();
    assert_eq!(ids, [new, old]);
}

#[test]
fn deleting_a_meeting_removes_everything_in_it_and_nothing_else() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let before = row_counts(&dir);
    api.delete_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("deleted");
    refused(&dir, &api, ErrorCode::NotFound, "meeting", "the meeting is gone", |api| api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }));
    for table in ["participants", "delegations", "sessions", "rooms", "pillars", "meeting_co_chairs", "meeting_dialogues"] {
        let n = sql_count(&dir, &format!("SELECT count(*) FROM {table} WHERE meeting_id = ?1"), [fx.meeting.as_str()]);
        assert_eq!(n, 0, "the {table} of the deleted meeting must go with it");
    }
    assert_eq!(sql_count(&dir, "SELECT count(*) FROM agenda_items WHERE session_id NOT IN (SELECT id FROM sessions)", []), 0, "agenda items go with their sessions");
    assert_eq!(sql_count(&dir, "SELECT count(*) FROM session_people WHERE session_id NOT IN (SELECT id FROM sessions)", []), 0, "places in sessions go with their sessions");
    assert_eq!(sql_count(&dir, "SELECT count(*) FROM texts WHERE owner_id NOT IN (SELECT id FROM meetings UNION SELECT id FROM pillars UNION SELECT id FROM participants UNION SELECT id FROM sessions UNION SELECT id FROM agenda_items UNION SELECT id FROM dialogues)", []), 0, "no text outlives its row");
    assert!(api.get_meeting(MeetingArgs { meeting_id: fx.other_meeting.clone() }).is_ok(), "the other meeting is untouched");
    assert_eq!(api.list_organisations().expect("organisations").len(), 1, "organisations are shared, not part of a meeting");
    let after = row_counts(&dir);
    assert_eq!(after["meetings"], before["meetings"] - 1);
    let report = api.check().expect("check runs");
    assert!(report.ok, "the database is consistent after a delete: {:?}", report.problems);
}

#[test]
fn rooms_and_pillars_are_created_renamed_and_deleted() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let renamed = api.save_room(RoomInput { id: Some(fx.room.clone()), ..room_form(&fx.meeting, "Main hall") }).expect("renamed");
    assert_eq!(renamed.name, "Main hall");
    let session = api.get_session(ByIdArgs { id: fx.session.clone() }).expect("session");
    assert_eq!(session.room.as_deref(), Some("Main hall"), "the session shows the room's new name");
    let pillar = api
        .save_pillar(PillarInput { id: Some(fx.pillar.clone()), ..pillar_form(&fx.meeting, "prevention", "Prevention of trafficking", "Prévention") })
        .expect("renamed");
    assert!(pillar.name.is_stale(Lang::Fr), "the English name changed, the French one is stale");

    api.delete_room(ByIdArgs { id: fx.room.clone() }).expect("room deleted");
    api.delete_pillar(ByIdArgs { id: fx.pillar.clone() }).expect("pillar deleted");
    let session = api.get_session(ByIdArgs { id: fx.session.clone() }).expect("the session stays");
    assert_eq!((session.session.room_id, session.session.pillar_id), (None, None), "the session loses its room and pillar, not its place");
    let detail = api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("meeting");
    assert!(detail.rooms.is_empty() && detail.pillars.is_empty());
}

#[test]
fn a_deleted_room_no_longer_finds_its_sessions() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let search = |text: &str| {
        api.search(plenary_api::SearchArgs { text: text.into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search runs")
    };
    assert!(search("plenary hall").iter().any(|h| h.id == fx.session), "a session is found by its room's name");
    api.save_room(RoomInput { id: Some(fx.room.clone()), ..room_form(&fx.meeting, "Baobab room") }).expect("renamed");
    assert!(search("plenary hall").is_empty(), "nor by the room's old name once renamed");
    assert!(search("baobab").iter().any(|h| h.id == fx.session), "but by its new name");
    api.delete_room(ByIdArgs { id: fx.room.clone() }).expect("deleted");
    let hits = search("baobab");
    assert!(hits.is_empty(), "the session is no longer in the deleted room, so its name must not find it: {hits:?}");
}

#[test]
fn rooms_and_pillars_are_refused_field_by_field() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::Required, "name", "a room has a name", |api| api.save_room(room_form(&fx.meeting, " ")));
    refused(&dir, &api, ErrorCode::TooLong, "name", "a room's name has at most 200 characters", |api| api.save_room(room_form(&fx.meeting, &"R".repeat(201))));
    refused(&dir, &api, ErrorCode::Invalid, "capacity", "a room seats someone", |api| {
        api.save_room(RoomInput { capacity: Some(0), ..room_form(&fx.meeting, "Hall B") })
    });
    refused(&dir, &api, ErrorCode::Duplicate, "room", "the meeting already has a Plenary hall", |api| api.save_room(room_form(&fx.meeting, "Plenary hall")));
    refused(&dir, &api, ErrorCode::Required, "key", "a pillar has a key", |api| api.save_pillar(pillar_form(&fx.meeting, "", "Protection", "Protection")));
    refused(&dir, &api, ErrorCode::Required, "name_en", "a pillar has a name", |api| api.save_pillar(pillar_form(&fx.meeting, "protection", "", "")));
    refused(&dir, &api, ErrorCode::Duplicate, "pillar", "the meeting already has a prevention pillar", |api| {
        api.save_pillar(pillar_form(&fx.meeting, "prevention", "Prevention again", "Prévention encore"))
    });
    // The same names in another meeting are that meeting's own.
    api.save_room(room_form(&fx.other_meeting, "Plenary hall")).expect("Rabat may have a Plenary hall too");
    api.save_pillar(pillar_form(&fx.other_meeting, "prevention", "Prevention", "Prévention")).expect("and a prevention pillar");
}

#[test]
fn a_meeting_needs_a_language_and_lasts_at_most_60_days() {
    let (dir, api) = host();
    refused(&dir, &api, ErrorCode::Required, "language", "a meeting works in at least one language", |api| {
        api.create_meeting(MeetingInput { languages: vec![], ..meeting_form("Abuja", "2025-12-01", "2025-12-02", "Africa/Lagos") })
    });
    refused(&dir, &api, ErrorCode::InvalidDate, "end_date", "60 days is the longest meeting planned", |api| {
        api.create_meeting(meeting_form("Abuja", "2025-01-01", "2025-03-02", "Africa/Lagos"))
    });
}

#[test]
fn dialogues_are_refused_field_by_field_and_kept_while_used() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let form = || plenary_api::DialogueInput {
        name_en: "Rabat Process".into(),
        name_fr: "Processus de Rabat".into(),
        chair: Some("NG".into()),
        members: vec!["NG".into(), "FR".into(), "MA".into()],
    };
    refused(&dir, &api, ErrorCode::Required, "name_en", "a dialogue has a name", |api| {
        api.create_dialogue(plenary_api::DialogueInput { name_en: String::new(), name_fr: " ".into(), ..form() })
    });
    refused(&dir, &api, ErrorCode::Invalid, "country", "XX is no member state", |api| {
        api.create_dialogue(plenary_api::DialogueInput { members: vec!["NG".into(), "XX".into()], ..form() })
    });
    refused(&dir, &api, ErrorCode::Invalid, "country", "XX cannot chair", |api| api.create_dialogue(plenary_api::DialogueInput { chair: Some("XX".into()), ..form() }));
    refused(&dir, &api, ErrorCode::Duplicate, "country", "France is a member once, however it is written", |api| {
        api.create_dialogue(plenary_api::DialogueInput { members: vec!["FR".into(), "fra".into()], ..form() })
    });
    let rabat = api.create_dialogue(form()).expect("created");
    assert_eq!(rabat.members, ["FR", "MA", "NG"], "members are stored by alpha-2 code, sorted");
    refused(&dir, &api, ErrorCode::NotFound, "dialogue", "no dialogue has this id", |api| {
        api.update_dialogue(plenary_api::UpdateDialogueArgs { dialogue_id: unknown(), input: form() })
    });
    api.set_meeting_dialogues(SetMeetingDialoguesArgs { meeting_id: fx.meeting.clone(), dialogue_ids: vec![rabat.id.clone()] }).expect("Lagos joins Rabat");
    refused(&dir, &api, ErrorCode::Duplicate, "dialogue", "a meeting joins a dialogue once", |api| {
        api.set_meeting_dialogues(SetMeetingDialoguesArgs { meeting_id: fx.meeting.clone(), dialogue_ids: vec![rabat.id.clone(), rabat.id.clone()] })
    });
    refused(&dir, &api, ErrorCode::InUse, "dialogue", "the Lagos meeting joins the Rabat Process", |api| api.delete_dialogue(ByIdArgs { id: rabat.id.clone() }));
    let detail = api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("meeting");
    assert_eq!(detail.dialogues.len(), 1);
    api.set_meeting_dialogues(SetMeetingDialoguesArgs { meeting_id: fx.meeting.clone(), dialogue_ids: vec![] }).expect("Lagos leaves");
    api.delete_dialogue(ByIdArgs { id: rabat.id }).expect("no meeting joins it any more");
}

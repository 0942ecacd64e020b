//! Participants: refused forms and unknown ids, their life, lists in protocol order, pages
//! and search-as-you-type.

use crate::fixture::{Fx, lagos, meeting, person_form, register, state};
use crate::host::{host, refused};
use plenary_api::core::participant::{Gender, Rank, Role};
use plenary_api::core::session::SessionRole;
use plenary_api::{
    Api, ByIdArgs, ErrorCode, Id, Lang, ListParticipantsArgs, ParticipantFilter, ParticipantInput, SearchArgs,
    SetSessionPeopleArgs, UpdateParticipantArgs,
};

fn unknown() -> Id {
    Id::from("00000000-0000-7000-8000-0000000000b0")
}

/// Amina Bello's form as saved, to change one thing at a time.
fn bello(fx: &Fx) -> ParticipantInput {
    ParticipantInput {
        honorific_prefix: Some("Dr".into()),
        email: Some("amina.bello@ncfrmi.gov.ng".into()),
        ..person_form(&fx.nigeria, "Amina", "Bello")
    }
}

#[test]
fn an_unknown_participant_or_delegation_is_not_found() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::NotFound, "participant", "no participant has this id", |api| api.get_participant(ByIdArgs { id: unknown() }));
    refused(&dir, &api, ErrorCode::NotFound, "participant", "no participant has this id", |api| {
        api.update_participant(UpdateParticipantArgs { participant_id: unknown(), input: bello(&fx) })
    });
    refused(&dir, &api, ErrorCode::NotFound, "participant", "no participant has this id", |api| api.delete_participant(ByIdArgs { id: unknown() }));
    refused(&dir, &api, ErrorCode::NotFound, "delegation", "a participant joins an existing delegation", |api| {
        api.create_participant(person_form(&unknown(), "Kofi", "Mensah"))
    });
    refused(&dir, &api, ErrorCode::NotFound, "delegation", "a participant moves to an existing delegation", |api| {
        api.update_participant(UpdateParticipantArgs { participant_id: fx.bello.clone(), input: ParticipantInput { delegation_id: unknown(), ..bello(&fx) } })
    });
}

#[test]
fn a_participant_form_is_refused_field_by_field() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let form = || person_form(&fx.nigeria, "Kofi", "Mensah");
    let cases: Vec<(ErrorCode, &str, &str, ParticipantInput)> = vec![
        (ErrorCode::Required, "family_name", "a participant has a family name", ParticipantInput { family_name: String::new(), ..form() }),
        (ErrorCode::Required, "family_name", "spaces are not a family name", ParticipantInput { family_name: " \t ".into(), ..form() }),
        (ErrorCode::TooLong, "family_name", "a family name has at most 200 characters", ParticipantInput { family_name: "M".repeat(201), ..form() }),
        (ErrorCode::TooLong, "given_name", "a given name has at most 200 characters", ParticipantInput { given_name: "K".repeat(201), ..form() }),
        (ErrorCode::TooLong, "honorific_prefix", "an honorific has at most 200 characters", ParticipantInput { honorific_prefix: Some("H".repeat(201)), ..form() }),
        (ErrorCode::TooLong, "function_en", "a function has at most 500 characters", ParticipantInput { function_en: Some("f".repeat(501)), ..form() }),
        (ErrorCode::TooLong, "function_fr", "in French too", ParticipantInput { function_fr: Some("é".repeat(501)), ..form() }),
        (ErrorCode::TooLong, "phone", "a phone number has at most 50 characters", ParticipantInput { phone: Some("1".repeat(51)), ..form() }),
        (ErrorCode::Invalid, "email", "an address has one @", ParticipantInput { email: Some("kofi.mensah.gov.gh".into()), ..form() }),
        (ErrorCode::Invalid, "email", "an address has no spaces", ParticipantInput { email: Some("kofi mensah@gov.gh".into()), ..form() }),
        (ErrorCode::Invalid, "email", "an address has a domain with a dot", ParticipantInput { email: Some("kofi@gov".into()), ..form() }),
    ];
    for (code, field, why, input) in cases {
        refused(&dir, &api, code, field, &format!("create: {why}"), |api| api.create_participant(input.clone()));
        refused(&dir, &api, code, field, &format!("update: {why}"), |api| {
            api.update_participant(UpdateParticipantArgs { participant_id: fx.bello.clone(), input: input.clone() })
        });
    }
}

#[test]
fn a_family_name_limit_counts_accented_letters_as_one_character() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let err = refused(&dir, &api, ErrorCode::TooLong, "family_name", "201 accented letters are over the 200 limit", |api| {
        api.create_participant(person_form(&fx.nigeria, "Ọlá", &"é".repeat(201)))
    });
    assert!(err.message.contains("201") && err.message.contains("200"), "the message counts characters (201 of 200), not bytes (402): {}", err.message);
    let ok = api.create_participant(person_form(&fx.nigeria, "Ọlá", &"é".repeat(200))).expect("200 accented letters are exactly at the limit");
    assert_eq!(ok.participant.family_name.chars().count(), 200);
}

#[test]
fn the_same_person_is_not_registered_twice() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::Duplicate, "family_name", "Amina Bello is already in Nigeria's delegation (case and accents do not matter)", |api| {
        api.create_participant(person_form(&fx.nigeria, "amína", "BELLO "))
    });
    refused(&dir, &api, ErrorCode::Duplicate, "email", "this address is already Amina Bello's, in the same delegation", |api| {
        api.create_participant(ParticipantInput { email: Some("Amina.Bello@ncfrmi.gov.ng".into()), ..person_form(&fx.nigeria, "A.", "Bello-Okafor") })
    });
    let err = refused(&dir, &api, ErrorCode::OtherDelegation, "email", "Amina Bello is registered with Nigeria, so she cannot also come with France", |api| {
        api.create_participant(ParticipantInput { email: Some("amina.bello@ncfrmi.gov.ng".into()), ..person_form(&fx.france, "Amina", "Bello") })
    });
    assert!(err.message.contains("Amina Bello"), "the message says who already has the address: {}", err.message);
    refused(&dir, &api, ErrorCode::OtherDelegation, "email", "an update cannot take someone else's address either", |api| {
        api.update_participant(UpdateParticipantArgs {
            participant_id: fx.baumgartner.clone(),
            input: ParticipantInput { email: Some("amina.bello@ncfrmi.gov.ng".into()), is_head: true, ..person_form(&fx.france, "Cyrille", "Baumgartner") },
        })
    });
    register(&api, person_form(&fx.france, "Amina", "Bello"));
    refused(&dir, &api, ErrorCode::Duplicate, "family_name", "moving Bello next to a namesake in France's delegation", |api| {
        api.update_participant(UpdateParticipantArgs { participant_id: fx.bello.clone(), input: ParticipantInput { delegation_id: fx.france.clone(), ..bello(&fx) } })
    });
}

#[test]
fn a_delegation_has_one_head() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let err = refused(&dir, &api, ErrorCode::SecondHead, "head", "Hon Ahmed already heads Nigeria's delegation", |api| {
        api.create_participant(ParticipantInput { is_head: true, ..person_form(&fx.nigeria, "Kofi", "Mensah") })
    });
    assert!(err.message.contains("Hon Tijjani Aliyu Ahmed"), "the message says who the head is: {}", err.message);
    refused(&dir, &api, ErrorCode::SecondHead, "head", "Dr Bello cannot be made a second head of Nigeria", |api| {
        api.update_participant(UpdateParticipantArgs { participant_id: fx.bello.clone(), input: ParticipantInput { is_head: true, ..bello(&fx) } })
    });
    refused(&dir, &api, ErrorCode::SecondHead, "head", "France's head cannot move into Nigeria's delegation as its head", |api| {
        api.update_participant(UpdateParticipantArgs {
            participant_id: fx.baumgartner.clone(),
            input: ParticipantInput { is_head: true, honorific_prefix: Some("HE".into()), ..person_form(&fx.nigeria, "Cyrille", "Baumgartner") },
        })
    });
    let head = api
        .update_participant(UpdateParticipantArgs {
            participant_id: fx.ahmed.clone(),
            input: ParticipantInput { is_head: true, honorific_prefix: Some("Hon".into()), email: Some("tijjani.ahmed@ncfrmi.gov.ng".into()), rank: Some(Rank::Minister), ..person_form(&fx.nigeria, "Tijjani Aliyu", "Ahmed") },
        })
        .expect("the head may save his own form again");
    assert!(head.participant.is_head);
}

#[test]
fn a_participant_stays_in_their_meeting() {
    let (dir, api) = host();
    let fx = lagos(&api);
    refused(&dir, &api, ErrorCode::WrongMeeting, "delegation", "Morocco's delegation is at another meeting", |api| {
        api.update_participant(UpdateParticipantArgs { participant_id: fx.bello.clone(), input: ParticipantInput { delegation_id: fx.morocco.clone(), ..bello(&fx) } })
    });
}

#[test]
fn a_participant_is_registered_updated_moved_and_deleted() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let created = api
        .create_participant(ParticipantInput {
            honorific_prefix: Some("Chief Dr".into()),
            honorific_suffix: Some("OFR".into()),
            email: Some(" Ngozi.Okafor@NAPTIP.gov.ng ".into()),
            gender: Some(Gender::Female),
            language: Some(Lang::En),
            rank: Some(Rank::SeniorOfficial),
            roles: vec![Role::Speaker, Role::Rapporteur, Role::Speaker],
            function_en: Some("Director-General, NAPTIP".into()),
            function_fr: Some("Directrice générale, NAPTIP".into()),
            ..person_form(&fx.nigeria, "Ngozi", "Okafor")
        })
        .expect("registered");
    let p = &created.participant;
    assert_eq!(created.display_name, "Chief Dr Ngozi Okafor, OFR", "honorifics are free text around the name");
    assert_eq!(p.email.as_deref(), Some("ngozi.okafor@naptip.gov.ng"), "addresses are trimmed and lower-cased");
    assert_eq!(p.roles, [Role::Speaker, Role::Rapporteur], "roles are a set");
    assert_eq!((created.delegation_en.as_str(), created.country.as_deref()), ("Nigeria", Some("NG")));
    assert_eq!(p.meeting_id, fx.meeting, "the delegation fixes the meeting");

    let mut form = ParticipantInput {
        honorific_prefix: Some("Chief Dr".into()),
        honorific_suffix: Some("OFR".into()),
        email: Some("ngozi.okafor@naptip.gov.ng".into()),
        gender: Some(Gender::Female),
        language: Some(Lang::En),
        rank: Some(Rank::SeniorOfficial),
        roles: vec![Role::Speaker, Role::Rapporteur],
        function_en: Some("Director-General, NAPTIP".into()),
        function_fr: Some("Directrice générale, NAPTIP".into()),
        ..person_form(&fx.nigeria, "Ngozi", "Okafor")
    };
    let unchanged = api.update_participant(UpdateParticipantArgs { participant_id: p.id.clone(), input: form.clone() }).expect("saved unchanged");
    assert!(!unchanged.participant.function.is_stale(Lang::Fr), "saving the form unchanged does not put the translation in doubt");
    form.function_en = Some("Director-General, National Agency for the Prohibition of Trafficking in Persons".into());
    let edited = api.update_participant(UpdateParticipantArgs { participant_id: p.id.clone(), input: form.clone() }).expect("function edited");
    assert!(edited.participant.function.is_stale(Lang::Fr), "the English function changed, the French one is stale");

    form.delegation_id = fx.france.clone();
    let moved = api.update_participant(UpdateParticipantArgs { participant_id: p.id.clone(), input: form }).expect("moved to France's delegation");
    assert_eq!((moved.participant.delegation_id.clone(), moved.delegation_en.as_str()), (fx.france.clone(), "France"));
    let nigeria = api.get_delegation(ByIdArgs { id: fx.nigeria.clone() }).expect("Nigeria");
    let france = api.get_delegation(ByIdArgs { id: fx.france.clone() }).expect("France");
    assert_eq!((nigeria.participants, france.participants), (2, 2), "the counts follow the move");
    let hits = api.search(SearchArgs { text: "okafor france".into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search");
    assert!(hits.iter().any(|h| h.id == p.id), "search knows her new delegation: {hits:?}");

    api.set_session_people(SetSessionPeopleArgs {
        session_id: fx.session.clone(),
        people: vec![crate::fixture::part(&p.id, SessionRole::Speaker), crate::fixture::part(&fx.ahmed, SessionRole::Chair)],
    })
    .expect("she speaks at the opening");
    api.delete_participant(ByIdArgs { id: p.id.clone() }).expect("deleted");
    refused(&dir, &api, ErrorCode::NotFound, "participant", "she was deleted", |api| api.get_participant(ByIdArgs { id: p.id.clone() }));
    let session = api.get_session(ByIdArgs { id: fx.session.clone() }).expect("the session stays");
    assert!(session.people.iter().all(|x| x.participant_id != p.id), "her place in the session goes with her");
    assert!(api.search(SearchArgs { text: "okafor".into(), meeting_id: None, limit: None, ..Default::default() }).expect("search").is_empty(), "and so does her search entry");
    assert!(api.check().expect("check").ok, "the database is consistent");
}

fn page(api: &Api, filter: ParticipantFilter, order: &str) -> plenary_api::ParticipantPage {
    api.list_participants(ListParticipantsArgs { filter, order: Some(order.into()), lang: Some(Lang::En) }).expect("a page of participants")
}

fn names(rows: &[plenary_api::ParticipantRow]) -> Vec<&str> {
    rows.iter().map(|r| r.participant.family_name.as_str()).collect()
}

/// Ghana and Senegal with three people each; each head is neither first by rank nor by name.
fn two_delegations(api: &Api) -> Id {
    let m = meeting(api, "Protocol", "2025-11-04", "2025-11-05", "Africa/Lagos");
    let ghana = state(api, &m, "GH");
    let senegal = state(api, &m, "SN");
    for (d, given, family, rank, head) in [
        (&ghana, "Kofi", "Adjei", Rank::Minister, false),
        (&ghana, "Ama", "Zubairu", Rank::Official, true),
        (&ghana, "Kwame", "Boateng", Rank::Official, false),
        (&senegal, "Aïssatou", "Ndiaye", Rank::Ambassador, false),
        (&senegal, "Moussa", "Sow", Rank::Official, true),
        (&senegal, "Fatou", "Diop", Rank::Official, false),
    ] {
        register(api, ParticipantInput { rank: Some(rank), is_head: head, ..person_form(d, given, family) });
    }
    m
}

#[test]
fn participants_list_in_protocol_order_with_each_head_first() {
    let (_dir, api) = host();
    let m = two_delegations(&api);
    let all = ParticipantFilter { meeting_id: m.clone(), ..ParticipantFilter::default() };
    let protocol = page(&api, all.clone(), "protocol");
    assert_eq!(protocol.total, 6);
    assert_eq!(names(&protocol.rows), ["Zubairu", "Adjei", "Boateng", "Sow", "Ndiaye", "Diop"],
        "delegations in protocol order (Ghana, Senegal); in each, the head first, then by rank, then by name");
    let by_name = page(&api, all, "name");
    assert_eq!(names(&by_name.rows), ["Adjei", "Boateng", "Diop", "Ndiaye", "Sow", "Zubairu"], "`name` lists by family name");
    let fr = api
        .list_participants(ListParticipantsArgs { filter: ParticipantFilter { meeting_id: m, ..Default::default() }, order: Some("lot:SN".into()), lang: None })
        .expect("drawn by lot");
    assert_eq!(names(&fr.rows)[0], "Sow", "Senegal drawn by lot comes first, its head leading");
}

#[test]
fn participants_come_in_pages_with_their_total() {
    let (dir, api) = host();
    let m = two_delegations(&api);
    for order in ["name", "protocol"] {
        let whole = page(&api, ParticipantFilter { meeting_id: m.clone(), ..Default::default() }, order);
        let mut joined = Vec::new();
        for offset in [0, 4] {
            let p = page(&api, ParticipantFilter { meeting_id: m.clone(), limit: Some(4), offset, ..Default::default() }, order);
            assert_eq!(p.total, 6, "`total` counts every match, not the page ({order})");
            joined.extend(p.rows.into_iter().map(|r| r.participant.id));
        }
        let ids: Vec<Id> = whole.rows.into_iter().map(|r| r.participant.id).collect();
        assert_eq!(joined, ids, "pages 4 + 2 put together are the whole list in the same order ({order})");
        let past = page(&api, ParticipantFilter { meeting_id: m.clone(), limit: Some(4), offset: 10, ..Default::default() }, order);
        assert!(past.rows.is_empty() && past.total == 6, "a page past the end is empty ({order})");
    }
    let heads = page(&api, ParticipantFilter { meeting_id: m.clone(), heads_only: true, limit: Some(1), ..Default::default() }, "protocol");
    assert_eq!((heads.total, names(&heads.rows)), (2, vec!["Zubairu"]), "filters apply to the total too");
    refused(&dir, &api, ErrorCode::Invalid, "order", "there is no `age` order", |api| {
        api.list_participants(ListParticipantsArgs { filter: ParticipantFilter { meeting_id: m.clone(), ..Default::default() }, order: Some("age".into()), lang: None })
    });
}

#[test]
fn search_as_you_type_ignores_case_and_accents() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let ci = state(&api, &fx.meeting, "CI");
    let konan = register(&api, person_form(&ci, "Kouadio Jean-Baptiste", "Konan"));
    let search = |text: &str| api.search(SearchArgs { text: text.into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search runs");

    let hits = search("baum");
    assert!(hits.iter().any(|h| h.kind == "participant" && h.id == fx.baumgartner), "“baum” is the start of Baumgartner: {hits:?}");
    assert!(search("BAUMGARTNER cyr").iter().any(|h| h.id == fx.baumgartner), "case does not matter, each word is a prefix");
    let hits = search("cote d'ivoire");
    assert!(hits.iter().any(|h| h.id == konan), "“cote d'ivoire” finds Côte d’Ivoire's delegate without accents or curly apostrophe: {hits:?}");
    assert!(search("AMÍNA").iter().any(|h| h.id == fx.bello), "accents typed in the query do not matter either");
    assert!(search("\"OR * NEAR(").is_empty(), "what is typed is never read as search syntax");
    assert!(search("   ").is_empty(), "nothing typed finds nothing");
    let other = api.search(SearchArgs { text: "el amrani".into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search");
    assert!(other.is_empty(), "a participant of another meeting is not found within this one: {other:?}");

    let filtered = api
        .list_participants(ListParticipantsArgs {
            filter: ParticipantFilter { meeting_id: fx.meeting.clone(), search: Some("ivoire".into()), ..Default::default() },
            ..Default::default()
        })
        .expect("list");
    assert_eq!((filtered.total, filtered.rows.len()), (1, 1), "the list filters as the user types");
    assert_eq!(filtered.rows[0].participant.id, konan);
}

#[test]
fn participants_list_by_name_in_the_languages_collation() {
    let (_dir, api) = host();
    let m = meeting(&api, "Names", "2025-11-04", "2025-11-05", "Africa/Lagos");
    let d = state(&api, &m, "SN");
    for family in ["Zubairu", "Éla", "diop", "Ndiaye", "Ábíọ́dún"] {
        register(&api, person_form(&d, "X", family));
    }
    let all = page(&api, ParticipantFilter { meeting_id: m.clone(), ..Default::default() }, "name");
    assert_eq!(names(&all.rows), ["Ábíọ́dún", "diop", "Éla", "Ndiaye", "Zubairu"],
        "names sort as a reader expects: accents and case are secondary, so É sorts with E, not after Z");
    let second = page(&api, ParticipantFilter { meeting_id: m, limit: Some(2), offset: 2, ..Default::default() }, "name");
    assert_eq!(names(&second.rows), ["Éla", "Ndiaye"], "pages are cut from that order");
}

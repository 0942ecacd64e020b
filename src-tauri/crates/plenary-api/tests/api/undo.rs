//! Undo and redo: every edit of a run can be undone (deletes brought back whole, with what
//! cascaded from them) and redone; a new edit drops what was undone; an entry whose rows
//! changed behind the history's back is refused with nothing changed; an import forgets the
//! history; and after each undo the database checks clean, its search index included.

use crate::fixture::{Fx, lagos, part, person_form, register};
use plenary_api::core::session::SessionRole;
use crate::host::{changed_tables, dump, host, raw};
use crate::outcome::{add_both, draft, read};
use plenary_api::core::participant::Role;
use plenary_api::{
    Api, ByIdArgs, DelegationInput, ErrorCode, ExportXliffArgs, Hit, Id, ImportFileArgs, ImportXliffArgs, ImportOptions, Lang, ListDelegationsArgs, MeetingArgs, ParagraphArgs,
    ParticipantInput, ProposeAmendmentArgs, SaveTextArgs, SearchArgs, SetSessionPeopleArgs, UpdateDelegationArgs, UpdateMeetingArgs,
    UpdateParticipantArgs,
};
use std::collections::BTreeMap;
use std::path::Path;
use tempfile::TempDir;

/// Every row of the data, without the search index: its entries get new row numbers when
/// rebuilt, which is no change of the data. The index is checked by [`checks_clean`].
fn data(dir: &TempDir) -> BTreeMap<String, Vec<String>> {
    dump(dir).into_iter().filter(|(table, _)| !table.starts_with("search_")).collect()
}

/// Asserts the data is as in `expected`, naming the tables that differ.
fn same(dir: &TempDir, expected: &BTreeMap<String, Vec<String>>, why: &str) {
    let now = data(dir);
    let differ = changed_tables(expected, &now);
    let rows = |from: &BTreeMap<String, Vec<String>>, to: &BTreeMap<String, Vec<String>>| -> Vec<String> {
        differ.iter().flat_map(|t| from.get(t).into_iter().flatten().filter(|r| !to.get(t).is_some_and(|v| v.contains(r))).cloned()).collect()
    };
    assert!(differ.is_empty(), "{why}; tables that differ: {differ:?}; rows gone: {:?}; rows new: {:?}", rows(expected, &now), rows(&now, expected));
}

/// The database's own check (the search index matching the data included) finds nothing.
fn checks_clean(api: &Api, after: &str) {
    let report = api.check().expect("the database can be checked");
    assert!(report.ok && report.problems.is_empty(), "after {after}, the database checks clean: {:?}", report.problems);
}

fn found(api: &Api, meeting: &Id, text: &str) -> Vec<Hit> {
    api.search(SearchArgs { text: text.into(), meeting_id: Some(meeting.clone()), ..Default::default() }).expect("search runs")
}

fn undo(api: &Api, what: &str) -> plenary_api::UndoOutcome {
    api.undo().unwrap_or_else(|e| panic!("{what} can be undone: {e:?}"))
}

fn redo(api: &Api, what: &str) -> plenary_api::UndoOutcome {
    api.redo().unwrap_or_else(|e| panic!("{what} can be redone: {e:?}"))
}

/// Kofi Mensah, with roles and a function in both languages.
fn mensah(fx: &Fx) -> ParticipantInput {
    ParticipantInput {
        function_en: Some("Director of Migration Affairs".into()),
        function_fr: Some("Directeur des affaires migratoires".into()),
        roles: vec![Role::Speaker, Role::Rapporteur],
        email: Some("kofi.mensah@gov.ng".into()),
        ..person_form(&fx.nigeria, "Kofi", "Mensah")
    }
}

#[test]
fn a_deleted_participant_comes_back_with_roles_functions_and_search_entry_and_goes_again_on_redo() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let kofi = register(&api, mensah(&fx));
    let before = data(&dir);
    api.delete_participant(ByIdArgs { id: kofi.clone() }).expect("the participant is deleted");
    let deleted = data(&dir);
    assert!(found(&api, &fx.meeting, "Mensah").is_empty(), "a deleted participant is not found");
    assert_eq!(api.undo_state().expect("state").undo.as_deref(), Some("delete participant Kofi Mensah"), "the entry says what it was");

    let outcome = undo(&api, "a participant's delete");
    assert_eq!(outcome.done, "delete participant Kofi Mensah", "the outcome says what was undone");
    assert_eq!((outcome.kind.as_deref(), outcome.id.as_ref(), outcome.removed), (Some("participant"), Some(&kofi.to_string()), false));
    same(&dir, &before, "the person, their roles and their functions in both languages are back exactly as they were");
    assert!(found(&api, &fx.meeting, "Mensah").iter().any(|h| h.id == kofi), "search finds the person again");
    assert!(found(&api, &fx.meeting, "migratoires").iter().any(|h| h.id == kofi), "and by their French function");
    checks_clean(&api, "undoing a participant's delete");
    let state = api.undo_state().expect("state");
    assert_eq!(state.redo.as_deref(), Some("delete participant Kofi Mensah"), "what was undone can be redone");

    redo(&api, "a participant's delete");
    same(&dir, &deleted, "redo deletes the person again, with everything that went with them");
    assert!(found(&api, &fx.meeting, "Mensah").is_empty(), "and their search entry");
    checks_clean(&api, "redoing a participant's delete");
}

#[test]
fn a_participant_created_or_edited_is_undone_and_redone() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let before = data(&dir);
    let kofi = register(&api, mensah(&fx));
    let created = data(&dir);
    let outcome = undo(&api, "a participant's creation");
    assert!(outcome.removed, "undoing a creation removes the row");
    same(&dir, &before, "the new participant is gone with their roles and texts");
    assert!(found(&api, &fx.meeting, "Mensah").is_empty(), "and from search");
    checks_clean(&api, "undoing a creation");
    redo(&api, "a participant's creation");
    same(&dir, &created, "redo registers them again as they were");
    checks_clean(&api, "redoing a creation");

    api.update_participant(UpdateParticipantArgs {
        participant_id: kofi.clone(),
        input: ParticipantInput { family_name: "Mensah-Owusu".into(), roles: vec![Role::Observer], ..mensah(&fx) },
    })
    .expect("the participant is updated");
    assert!(!found(&api, &fx.meeting, "Owusu").is_empty(), "the new name is found");
    undo(&api, "a participant's edit");
    same(&dir, &created, "the name and roles are as before the edit");
    assert!(found(&api, &fx.meeting, "Owusu").is_empty(), "the edited name is no longer found");
    checks_clean(&api, "undoing an edit");
}

#[test]
fn a_deleted_session_comes_back_with_its_speakers_and_agenda_items() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let before = data(&dir);
    let session_people = |dir: &TempDir| -> i64 {
        raw(dir).query_row("SELECT count(*) FROM session_people WHERE session_id = ?1", [fx.session.as_str()], |r| r.get(0)).expect("count")
    };
    assert!(session_people(&dir) > 0, "the fixture's session has people");
    api.delete_session(ByIdArgs { id: fx.session.clone() }).expect("the session is deleted");
    assert_eq!(session_people(&dir), 0, "its people went with it");
    assert_eq!(api.undo_state().expect("state").undo.as_deref(), Some("delete session “Opening session”"), "named by its title");
    undo(&api, "a session's delete");
    same(&dir, &before, "the session, its chair, co-chair and agenda item are back");
    api.set_session_people(SetSessionPeopleArgs { session_id: fx.session.clone(), people: vec![part(&fx.bello, SessionRole::Speaker)] })
        .expect("the session's people change");
    assert_eq!(
        api.undo_state().expect("state").undo.as_deref(),
        Some("edit session “Opening session”"),
        "an edit of its people alone is named by the session's title, read from the data"
    );
    undo(&api, "a change of the session's people");
    same(&dir, &before, "the chair and co-chair are back in their parts");
    assert!(found(&api, &fx.meeting, "Welcome").iter().any(|h| h.id == fx.session), "found by its agenda item again");
    checks_clean(&api, "undoing a session's delete");
}

#[test]
fn a_deleted_delegation_comes_back_with_its_people_and_an_edit_of_it_is_undone() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let before = data(&dir);
    api.update_delegation(UpdateDelegationArgs {
        delegation_id: fx.nigeria.clone(),
        input: DelegationInput { display_name_en: Some("Federal Republic of Nigeria".into()), ..crate::fixture::state_form(&fx.meeting, "NG") },
    })
    .expect("the delegation is renamed");
    undo(&api, "a delegation's edit");
    same(&dir, &before, "the delegation's name is as before");
    checks_clean(&api, "undoing a delegation's edit");

    api.delete_delegation(ByIdArgs { id: fx.iom_delegation.clone() }).expect("the delegation is deleted");
    undo(&api, "a delegation's delete");
    same(&dir, &before, "the delegation is back");
    assert!(found(&api, &fx.meeting, "IOM").iter().any(|h| h.id == fx.iom_delegation), "and found again");
    checks_clean(&api, "undoing a delegation's delete");
}

#[test]
fn a_deleted_paragraph_comes_back_with_both_languages_its_number_and_amendments() {
    let (dir, api) = host();
    let d = draft(&api);
    let first = add_both(&api, &d, Some(&d.s1), "Recognises the role of host communities.", "Reconnaît le rôle des communautés d’accueil.");
    let second = add_both(&api, &d, Some(&d.s1), "Calls for safe pathways.", "Appelle à des voies sûres.");
    let third = add_both(&api, &d, Some(&d.s1), "Welcomes the pledges made.", "Salue les engagements pris.");
    api.propose_amendment(ProposeAmendmentArgs {
        paragraph_id: second.clone(),
        delegation_id: d.fx.nigeria.clone(),
        proposed_en: Some("Calls for safe and regular pathways.".into()),
        proposed_fr: None,
        rationale: "Stronger language".into(),
    })
    .expect("an amendment is proposed");
    let numbers = read(&api, &d).labels.into_iter().map(|l| (l.reference, l.paragraph_id)).collect::<Vec<_>>();
    let before = data(&dir);
    api.delete_paragraph(ParagraphArgs { paragraph_id: second.clone() }).expect("the paragraph is deleted");
    let after_delete = read(&api, &d);
    assert!(after_delete.labels.iter().all(|l| l.paragraph_id != second) && after_delete.amendments.is_empty(), "gone with its amendment");
    undo(&api, "a paragraph's delete");
    same(&dir, &before, "the paragraph, its texts in both languages and its amendment are back");
    let back = read(&api, &d);
    let renumbered = back.labels.iter().map(|l| (l.reference.clone(), l.paragraph_id.clone())).collect::<Vec<_>>();
    assert_eq!(renumbered, numbers, "the paragraphs have their numbers again ({first} {second} {third})");
    assert_eq!(back.amendments.len(), 1, "the amendment is shown again");
    assert!(found(&api, &d.fx.meeting, "voies").iter().any(|h| h.id == second), "the French text is found again");
    checks_clean(&api, "undoing a paragraph's delete");
}

#[test]
fn autosaves_of_one_text_moments_apart_are_undone_together() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, None, "Notes the report.", "Prend note du rapport.");
    // Another edit in between: the typing that follows is an entry of its own.
    api.delete_participant(ByIdArgs { id: d.fx.bello.clone() }).expect("another edit");
    let before = data(&dir);
    for text in ["Notes the", "Notes the annual", "Notes the annual report."] {
        api.save_paragraph_text(SaveTextArgs { translation: None, id: p.clone(), lang: Lang::En, text: text.into() }).expect("autosave");
    }
    let outcome = undo(&api, "three autosaves");
    same(&dir, &before, "one undo takes the text back to before the typing, not to the previous keystroke");
    assert!(outcome.done.starts_with("edit paragraph “Notes the annual report.”"), "it says which paragraph was edited: {}", outcome.done);
    assert_eq!(api.undo_state().expect("state").undo.as_deref(), Some("delete participant Amina Bello"), "the edit before the typing is next");
    checks_clean(&api, "undoing autosaves");
}

#[test]
fn a_meeting_edit_is_undone_and_reads_and_unchanged_saves_record_nothing() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let detail = api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("the meeting reads");
    let state = api.undo_state().expect("state");
    let before = data(&dir);
    let input = crate::fixture::meeting_form("Lagos ministerial meeting", "2025-11-04", "2025-11-06", "Africa/Lagos");
    api.update_meeting(UpdateMeetingArgs { meeting_id: fx.meeting.clone(), input: input.clone() }).expect("the meeting is edited");
    let edited = data(&dir);
    assert_eq!(api.undo_state().expect("state").undo.as_deref(), Some("edit meeting “Lagos ministerial meeting”"));
    api.update_meeting(UpdateMeetingArgs { meeting_id: fx.meeting.clone(), input }).expect("saved again unchanged");
    api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("a read");
    undo(&api, "a meeting's edit");
    same(&dir, &before, "the title and the days are as before");
    assert_eq!(api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("reads").meeting.title, detail.meeting.title, "the title reads as before");
    assert_eq!(api.undo_state().expect("state").undo, state.undo, "one undo undid the edit: the save that changed nothing was no entry");
    redo(&api, "a meeting's edit");
    same(&dir, &edited, "redo applies the edit again");
    checks_clean(&api, "redoing a meeting's edit");
}

#[test]
fn a_new_edit_drops_what_was_undone_and_there_is_nothing_to_redo() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    api.delete_participant(ByIdArgs { id: fx.bello.clone() }).expect("deleted");
    undo(&api, "a delete");
    assert!(api.undo_state().expect("state").redo.is_some(), "the delete can be redone");
    register(&api, person_form(&fx.nigeria, "Kofi", "Mensah"));
    assert_eq!(api.undo_state().expect("state").redo, None, "a new edit drops the redo");
    let err = api.redo().expect_err("nothing to redo");
    assert_eq!(err.code, ErrorCode::NothingToUndo, "refused with its own code: {err:?}");
}

#[test]
fn rows_changed_since_refuse_the_undo_and_nothing_changes() {
    let (dir, api) = host();
    let fx = lagos(&api);
    api.delete_participant(ByIdArgs { id: fx.bello.clone() }).expect("deleted");
    // Another program puts a different row under the same id meanwhile.
    let kofi = register(&api, person_form(&fx.nigeria, "Kofi", "Mensah"));
    raw(&dir)
        .execute("UPDATE participants SET given_name = 'Ken' WHERE id = ?1", [kofi.as_str()])
        .expect("a change behind the history's back");
    let before = dump(&dir);
    let err = api.undo().expect_err("the registration of Kofi Mensah no longer matches");
    assert_eq!(err.code, ErrorCode::UndoConflict, "a conflict: {err:?}");
    assert!(err.message.contains("create participant Kofi Mensah"), "the message says which edit: {}", err.message);
    assert_eq!(dump(&dir), before, "nothing changed, the search index included");
    assert_eq!(api.undo_state().expect("state").undo.as_deref(), Some("create participant Kofi Mensah"), "the entry stays");
    api.set_language(Lang::Fr);
    let err = api.undo().expect_err("still refused");
    assert!(err.message.contains("ne peut plus être annulé"), "in French too: {}", err.message);
    assert_eq!(api.undo_state().expect("state").undo.as_deref(), Some("création du participant Kofi Mensah"), "described in French");
}

#[test]
fn the_demo_meeting_is_no_edit_to_undo() {
    let (_dir, api) = host();
    let demo = api.demo().expect("the demo meeting is created");
    assert!(demo.created, "a new database gets it");
    let state = api.undo_state().expect("state");
    assert_eq!((state.undo, state.redo), (None, None), "the app's starting point cannot be undone by a first Ctrl+Z");
}

#[test]
fn an_import_forgets_the_history() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    api.delete_participant(ByIdArgs { id: fx.bello.clone() }).expect("deleted");
    assert!(api.undo_state().expect("state").undo.is_some(), "the delete can be undone");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/import/utf8-bom.csv");
    api.import_participants(ImportFileArgs { meeting_id: fx.meeting.clone(), path, options: ImportOptions::default() })
        .expect("the file is imported");
    let state = api.undo_state().expect("state");
    assert_eq!((state.undo, state.redo), (None, None), "edits before an import can no longer be undone: the import is not recorded");

    // An XLIFF file brought back does the same.
    api.delete_participant(ByIdArgs { id: fx.ahmed.clone() }).expect("deleted");
    let xliff = tempfile::tempdir().expect("a folder for the file");
    let path = xliff.path().join("lagos.xlf");
    api.export_xliff(ExportXliffArgs { meeting_id: fx.meeting.clone(), source: Lang::En, path: path.clone() }).expect("exported");
    api.import_xliff(ImportXliffArgs { meeting_id: fx.meeting.clone(), path, apply_partial: false }).expect("imported");
    assert_eq!(api.undo_state().expect("state").undo, None, "an XLIFF import forgets the history too");
}

#[test]
fn a_deleted_meeting_comes_back_whole_and_its_creation_undone_removes_it() {
    let (dir, api) = host();
    let demo = api.demo().expect("the demo meeting").meeting_id;
    // More people than the demo has: enough for the index to be rebuilt for the whole
    // meeting in one pass rather than person by person.
    let delegations = api.list_delegations(ListDelegationsArgs { meeting_id: demo.clone(), order: None, lang: None }).expect("delegations");
    for i in 0..60 {
        let delegation = &delegations[i % delegations.len()].delegation.id;
        register(&api, person_form(delegation, &format!("Extra{i:02}"), "Quaresma"));
    }
    let before = data(&dir);
    let started = std::time::Instant::now();
    api.delete_meeting(MeetingArgs { meeting_id: demo.clone() }).expect("the meeting is deleted");
    let outcome = undo(&api, "a meeting's delete");
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "a whole meeting comes back in seconds, not minutes: {:?}", started.elapsed());
    assert_eq!((outcome.kind.as_deref(), outcome.removed), (Some("meeting"), false), "the meeting is back: {}", outcome.done);
    same(&dir, &before, "the meeting, its delegations, participants, sessions and documents are back as they were");
    assert!(!found(&api, &demo, "Nwankwo").is_empty(), "its people are found again");
    let added = api.search(SearchArgs { text: "Quaresma".into(), meeting_id: Some(demo.clone()), limit: Some(100), ..Default::default() });
    assert_eq!(added.expect("search runs").len(), 60, "the people added too");
    checks_clean(&api, "undoing a meeting's delete");

    let (_dir, api) = host();
    let fx = lagos(&api);
    let outcome = undo(&api, "the Rabat session's creation");
    assert_eq!(outcome.kind.as_deref(), Some("session"), "the latest edit of the fixture is undone first: {}", outcome.done);
    let mut last = outcome;
    while api.undo_state().expect("state").undo.is_some() {
        last = undo(&api, "the fixture's edits");
    }
    assert_eq!((last.kind.as_deref(), last.removed), (Some("meeting"), true), "the first edit undone last is a meeting's creation: {}", last.done);
    assert!(api.get_meeting(MeetingArgs { meeting_id: fx.meeting.clone() }).is_err(), "the Lagos fixture meeting is gone");
    checks_clean(&api, "undoing every edit");
}

#[test]
fn the_history_keeps_the_latest_two_hundred_edits() {
    let (_dir, api) = host();
    let meeting = crate::fixture::meeting(&api, "Lagos meeting", "2025-11-04", "2025-11-05", "Africa/Lagos");
    for i in 0..205 {
        api.save_room(crate::fixture::room_form(&meeting, &format!("Room {i:03}"))).expect("a room is created");
    }
    let mut undone = 0;
    while api.undo().is_ok() {
        undone += 1;
    }
    assert_eq!(undone, 200, "the oldest edits (the meeting's creation among them) fell out of the history");
    assert!(api.get_meeting(MeetingArgs { meeting_id: meeting }).is_ok(), "so the meeting stays");
}

#[test]
fn two_quick_edits_of_one_participant_are_two_things_to_undo() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let first = mensah(&fx);
    let kofi = register(&api, first.clone());
    let registered = data(&dir);
    let edit = |input: ParticipantInput| api.update_participant(UpdateParticipantArgs { participant_id: kofi.clone(), input }).expect("edited");
    edit(ParticipantInput { given_name: "Kwame".into(), ..first.clone() });
    let renamed = data(&dir);
    edit(ParticipantInput { given_name: "Kwame".into(), phone: Some("+233 20 000 0000".into()), ..first });
    undo(&api, "the phone number");
    same(&dir, &renamed, "only the phone number is undone; the name stays corrected");
    undo(&api, "the name");
    same(&dir, &registered, "then the name");
}

#[test]
fn a_table_changed_under_the_app_is_recorded_as_it_now_is() {
    let (dir, api) = host();
    let fx = lagos(&api);
    // The recording is set up by a first write; then the schema changes (as when a snapshot
    // is restored and migrated in place).
    register(&api, person_form(&fx.nigeria, "Kofi", "Mensah"));
    raw(&dir)
        .execute_batch(&format!("ALTER TABLE participants ADD COLUMN note TEXT; UPDATE participants SET note = 'kept' WHERE id = '{}';", fx.bello))
        .expect("a column added behind the app's back");
    api.delete_participant(ByIdArgs { id: fx.bello.clone() }).expect("deleted");
    undo(&api, "the delete");
    let note: Option<String> =
        raw(&dir).query_row("SELECT note FROM participants WHERE id = ?1", [fx.bello.as_str()], |r| r.get(0)).expect("the person is back");
    assert_eq!(note.as_deref(), Some("kept"), "the new column was recorded too: the recording follows the schema");
}

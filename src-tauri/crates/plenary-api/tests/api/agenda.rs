//! The agenda: assembled from the Lagos timetable, released as numbered versions that later
//! edits do not touch, compared version to version in both languages, exported to files.

use crate::fixture::{lagos, meeting, session_form};
use crate::host::{changed_tables, dump, host, refused, sql_count};
use plenary_api::core::agenda::{Agenda, GapKind};
use plenary_api::core::changelog::What;
use plenary_api::core::session::SessionRole;
use plenary_api::{
    AgendaArgs, AgendaChangelogArgs, Api, ErrorCode, ExportFormat, ExportResult, Id, Lang, Languages, Layout, MeetingArgs,
    ReleaseAgendaArgs, SaveAgendaArgs, SessionInput, SessionRow, UpdateSessionArgs,
};
use chrono::NaiveDate;
use std::path::Path;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, d).expect("a November day")
}

fn draft(api: &Api, meeting_id: &Id) -> Agenda {
    api.agenda(AgendaArgs { meeting_id: meeting_id.clone(), version: None }).expect("the draft agenda")
}

fn release(api: &Api, meeting_id: &Id, note: &str) -> i32 {
    api.release_agenda(ReleaseAgendaArgs { meeting_id: meeting_id.clone(), note: note.into(), acknowledge_gaps: true })
        .expect("released")
        .version
        .row
        .number
}

/// The form that saves `row` unchanged, to be edited.
fn form_of(row: &SessionRow) -> SessionInput {
    let s = &row.session;
    SessionInput {
        room_id: s.room_id.clone(),
        kind: s.kind,
        description_en: s.description.en.text.clone(),
        description_fr: s.description.fr.text.clone(),
        pillar_id: s.pillar_id.clone(),
        interpretation: s.interpretation.clone(),
        ..session_form(&s.meeting_id, &s.day.to_string(), &s.start.format("%H:%M").to_string(), &s.end.format("%H:%M").to_string(), &s.title.en.text, &s.title.fr.text)
    }
}

fn session_titled(api: &Api, meeting_id: &Id, title_en: &str) -> SessionRow {
    api.list_sessions(MeetingArgs { meeting_id: meeting_id.clone() })
        .expect("sessions")
        .into_iter()
        .find(|s| s.session.title.en.text == title_en)
        .unwrap_or_else(|| panic!("the demo has a session titled {title_en:?}"))
}

fn save(api: &Api, row: &SessionRow, input: SessionInput) {
    api.update_session(UpdateSessionArgs { session_id: row.session.id.clone(), input }).expect("the session is saved");
}

fn export(api: &Api, meeting_id: &Id, format: ExportFormat, languages: Languages, version: Option<i32>, path: &Path) -> ExportResult {
    let what = SaveAgendaArgs { meeting_id: meeting_id.clone(), format, languages, layout: Layout::SideBySide, version };
    api.export_agenda(what.to_path(path.to_path_buf())).unwrap_or_else(|e| panic!("export {format} to {}: {e}", path.display()))
}

#[test]
fn the_lagos_agenda_has_both_days_every_session_the_co_chairs_and_the_people() {
    let (dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    let agenda = draft(&api, &m);

    assert_eq!(agenda.days.iter().map(|d| d.date).collect::<Vec<_>>(), [day(4), day(5)], "the meeting's two days, in order");
    let in_file = sql_count(&dir, "SELECT count(*) FROM sessions WHERE meeting_id = ?1", [m.as_str()]);
    assert_eq!(agenda.sessions().count() as u64, in_file, "every session of the timetable is in the agenda");
    assert_eq!(in_file, 17, "the Lagos timetable has 17 sessions, breaks included");
    for d in &agenda.days {
        let keys: Vec<_> = d.sessions.iter().map(|s| (s.start, s.room.clone())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "sessions of {} by start time, then room", d.date);
    }
    assert_eq!(agenda.days[0].sessions[0].title.en.text, "Registration of participants");
    assert_eq!(agenda.days[1].sessions.last().map(|s| s.title.fr.text.as_str()), Some("Séance de clôture"));

    let names = |code: &str| {
        let c = plenary_api::core::country::country(code).expect("a country of the reference data");
        (c.name_en, c.name_fr)
    };
    let co_chairs: Vec<(&str, &str)> = agenda.co_chairs.iter().map(|c| (c.en.as_str(), c.fr.as_str())).collect();
    assert_eq!(co_chairs, [names("NG"), names("FR")], "the meeting's co-chairs, in order, in both languages");
    assert_eq!(co_chairs[0].0, "Nigeria");
    let country = agenda.country.as_ref().expect("the venue's country");
    assert_eq!((country.en.as_str(), country.fr.as_str()), names("NG"));
    assert_eq!(agenda.time_zone, "Africa/Lagos");
    assert!(agenda.title.fr.text.starts_with("Réunion thématique conjointe"), "{:?}", agenda.title.fr.text);

    let people: Vec<_> = agenda.sessions().flat_map(|(_, s)| &s.people).collect();
    assert!(!people.is_empty(), "the sessions have chairs, moderators and speakers");
    let in_file = sql_count(&dir, "SELECT count(*) FROM session_people sp JOIN sessions s ON s.id = sp.session_id WHERE s.meeting_id = ?1", [m.as_str()]);
    assert_eq!(people.len() as u64, in_file, "every part of every person is in the agenda");
    for p in &people {
        assert!(!p.name.is_empty() && !p.delegation.en.is_empty() && !p.delegation.fr.is_empty(), "named, with their delegation: {p:?}");
        assert!(!p.function.en.text.is_empty() && !p.function.fr.text.is_empty(), "with their function in both languages: {p:?}");
    }
    for (_, s) in agenda.sessions() {
        let roles: Vec<SessionRole> = s.people.iter().map(|p| p.role).collect();
        let mut sorted = roles.clone();
        sorted.sort();
        assert_eq!(roles, sorted, "people of {:?} by part: chair, co-chair, moderator, speaker, rapporteur", s.title.en.text);
    }
    assert!(agenda.version.is_none(), "the assembled agenda is the draft");
}

#[test]
fn the_lagos_agenda_is_assembled_in_milliseconds() {
    let (_dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    draft(&api, &m);
    let runs = 20;
    let started = std::time::Instant::now();
    for _ in 0..runs {
        draft(&api, &m);
    }
    let each = started.elapsed() / runs;
    // Debug build on a shared machine: the bound is loose; the figure is printed with
    // --nocapture. Assembly reads every session, person and item in three queries.
    println!("agenda of the Lagos meeting assembled in {each:?} (debug)");
    assert!(each.as_millis() < 500, "assembling the Lagos agenda took {each:?}");
}

#[test]
fn releases_are_numbered_and_dated_today_in_the_venues_zone() {
    let (_dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    let check = api.agenda_release_check(MeetingArgs { meeting_id: m.clone() }).expect("check");
    assert_eq!((check.next_number, check.released_on, check.sessions), (1, day(4), 17));

    let first = api.release_agenda(ReleaseAgendaArgs { meeting_id: m.clone(), note: " First release ".into(), acknowledge_gaps: true }).expect("first");
    assert_eq!(first.version.row.number, 1);
    assert_eq!(first.version.row.note, "First release", "the note is trimmed");
    assert_eq!(first.version.label_en, "Rev. 1 — 4 November 2025");
    assert_eq!(first.version.label_fr, "Rév. 1 — 4\u{a0}novembre 2025");
    assert_eq!(release(&api, &m, ""), 2, "a second release is Rev. 2");

    let versions = api.list_agenda_versions(MeetingArgs { meeting_id: m.clone() }).expect("versions");
    assert_eq!(versions.iter().map(|v| v.row.number).collect::<Vec<_>>(), [1, 2]);
    let v2 = api.agenda(AgendaArgs { meeting_id: m.clone(), version: Some(2) }).expect("version 2");
    let info = v2.version.expect("a released agenda knows its version");
    assert_eq!((info.number, info.released_on), (2, day(4)), "the snapshot carries its own number and date");
    assert_eq!(api.agenda_release_check(MeetingArgs { meeting_id: m }).expect("check").next_number, 3);

    // The host's clock says 4 November 07:30 UTC: still 3 November in Los Angeles.
    let la = meeting(&api, "Los Angeles meeting", "2025-11-03", "2025-11-04", "America/Los_Angeles");
    let released = api.release_agenda(ReleaseAgendaArgs { meeting_id: la, note: String::new(), acknowledge_gaps: false }).expect("an empty agenda has no gaps");
    assert_eq!(released.version.row.released_on, day(3), "dated in the venue's zone, not in UTC");
}

#[test]
fn a_released_version_stays_as_released_when_the_timetable_changes() {
    let (dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    release(&api, &m, "");
    let released = api.agenda(AgendaArgs { meeting_id: m.clone(), version: Some(1) }).expect("version 1");
    let json_before = export(&api, &m, ExportFormat::Json, Languages::Both, Some(1), &dir.path().join("before.json"));

    let opening = session_titled(&api, &m, "Opening ceremony");
    save(&api, &opening, SessionInput { title_en: "Opening ceremony and welcome".into(), ..form_of(&opening) });

    let again = api.agenda(AgendaArgs { meeting_id: m.clone(), version: Some(1) }).expect("version 1 again");
    assert_eq!(again, released, "a released version is exported exactly as released");
    let json_after = export(&api, &m, ExportFormat::Json, Languages::Both, Some(1), &dir.path().join("after.json"));
    let read = |r: &ExportResult| std::fs::read(&r.paths[0]).expect("the exported file");
    assert_eq!(read(&json_before), read(&json_after), "the same bytes before and after the edit");
    let draft = draft(&api, &m);
    assert!(draft.sessions().any(|(_, s)| s.title.en.text == "Opening ceremony and welcome"), "the draft has the new title");
    assert!(!String::from_utf8_lossy(&read(&json_after)).contains("Opening ceremony and welcome"), "the released file does not");
}

#[test]
fn the_changelog_lists_the_retitled_and_the_moved_session_in_both_languages() {
    let (_dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    release(&api, &m, "");
    let opening = session_titled(&api, &m, "Opening ceremony");
    save(&api, &opening, SessionInput { title_fr: "Séance d’ouverture".into(), ..form_of(&opening) });
    let closing = session_titled(&api, &m, "Closing session");
    save(&api, &closing, SessionInput { start: "16:30".into(), end: "17:30".into(), ..form_of(&closing) });

    let to_draft = api.agenda_changelog(AgendaChangelogArgs { meeting_id: m.clone(), from: 1, to: None }).expect("changelog");
    assert!(to_draft.to.is_none(), "compared with the current draft");
    assert_eq!(to_draft.from.row.number, 1);
    let kinds: Vec<_> = to_draft.changes.iter().map(|c| (&c.change.session.title.en, &c.change.what)).collect();
    assert_eq!(to_draft.changes.len(), 2, "only what changed: {kinds:#?}");
    let retitled = &to_draft.changes[0];
    assert!(matches!(&retitled.change.what, What::Retitled { lang: Lang::Fr, from, to } if from == "Cérémonie d’ouverture" && to == "Séance d’ouverture"));
    assert_eq!(retitled.en, "French title changed: “Cérémonie d’ouverture” is now “Séance d’ouverture”.");
    assert_eq!(retitled.fr, "Titre français modifié\u{202f}: «\u{202f}Cérémonie d’ouverture\u{202f}» devient «\u{202f}Séance d’ouverture\u{202f}».");
    let moved = &to_draft.changes[1];
    assert!(matches!(&moved.change.what, What::Moved { .. }), "{moved:?}");
    assert!(moved.en.starts_with("Session moved: “Closing session”, now Wednesday 5 November 2025, 16:30–17:30"), "{}", moved.en);
    assert!(moved.fr.starts_with("Séance déplacée\u{202f}: «\u{202f}Séance de clôture\u{202f}», désormais mercredi 5\u{a0}novembre 2025, 16\u{a0}h\u{a0}30"), "{}", moved.fr);

    release(&api, &m, "");
    let between = api.agenda_changelog(AgendaChangelogArgs { meeting_id: m.clone(), from: 1, to: Some(2) }).expect("1 → 2");
    assert_eq!(between.to.as_ref().map(|v| v.row.number), Some(2));
    assert_eq!(between.changes.len(), 2, "the same two changes between the released versions");
    let none = api.agenda_changelog(AgendaChangelogArgs { meeting_id: m, from: 2, to: None }).expect("2 → draft");
    assert!(none.changes.is_empty(), "nothing changed since Rev. 2");
}

#[test]
fn gaps_block_a_release_until_acknowledged() {
    let (dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    let lunch = session_titled(&api, &m, "Lunch");
    save(&api, &lunch, SessionInput { title_fr: String::new(), ..form_of(&lunch) });
    let opening = session_titled(&api, &m, "Opening ceremony");
    save(&api, &opening, SessionInput { title_en: "Opening ceremony and welcome".into(), ..form_of(&opening) });

    let check = api.agenda_release_check(MeetingArgs { meeting_id: m.clone() }).expect("check");
    let missing = check.gaps.iter().filter(|g| g.kind == GapKind::Missing && g.lang == Lang::Fr && g.field == "title").count();
    assert!(missing >= 1, "a lunch without a French title is a gap: {:#?}", check.gaps);
    assert!(
        check.gaps.iter().any(|g| g.kind == GapKind::Stale && g.lang == Lang::Fr && g.session_id.as_ref() == Some(&opening.session.id)),
        "the French title of the retitled opening is stale: {:#?}",
        check.gaps
    );

    let before = dump(&dir);
    for lang in Lang::ALL {
        api.set_language(lang);
        let err = api.release_agenda(ReleaseAgendaArgs { meeting_id: m.clone(), note: String::new(), acknowledge_gaps: false }).expect_err("gaps");
        assert_eq!(err.code, ErrorCode::GapsNotAcknowledged, "the UI asks to confirm on this code");
        assert_eq!(err.field.as_deref(), Some("acknowledge_gaps"));
        let count = check.gaps.len().to_string();
        assert!(err.message.contains(&count), "the message gives the number of gaps ({count}): {}", err.message);
        let french = err.message.starts_with("L’ordre du jour");
        assert_eq!(french, lang == Lang::Fr, "in the user's language: {}", err.message);
    }
    api.set_language(Lang::En);
    assert!(changed_tables(&before, &dump(&dir)).is_empty(), "a refused release writes nothing");

    let released = api.release_agenda(ReleaseAgendaArgs { meeting_id: m, note: String::new(), acknowledge_gaps: true }).expect("acknowledged");
    assert_eq!(released.gaps, check.gaps, "released with the gaps the person saw");
}

#[test]
fn unknown_versions_and_meetings_are_refused_in_both_languages() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let m = fx.meeting.clone();
    let why = "no version 7 was released";
    refused(&dir, &api, ErrorCode::NotFound, "version", why, |api| api.agenda(AgendaArgs { meeting_id: m.clone(), version: Some(7) }));
    refused(&dir, &api, ErrorCode::NotFound, "version", why, |api| api.agenda_changelog(AgendaChangelogArgs { meeting_id: m.clone(), from: 7, to: None }));
    let unknown = Id::from("00000000-0000-7000-8000-0000000000a9");
    refused(&dir, &api, ErrorCode::NotFound, "meeting", "no such meeting", |api| api.agenda(AgendaArgs { meeting_id: unknown.clone(), version: None }));
    refused(&dir, &api, ErrorCode::NotFound, "meeting", "no such meeting", |api| {
        api.release_agenda(ReleaseAgendaArgs { meeting_id: unknown.clone(), note: String::new(), acknowledge_gaps: true })
    });
    refused(&dir, &api, ErrorCode::TooLong, "note", "a note has at most 10,000 characters", |api| {
        api.release_agenda(ReleaseAgendaArgs { meeting_id: m.clone(), note: "n".repeat(10_001), acknowledge_gaps: true })
    });
    let rabat = fx.other_meeting.clone();
    release(&api, &rabat, "");
    refused(&dir, &api, ErrorCode::NotFound, "version", "Rabat's Rev. 1 is not Lagos's", |api| {
        api.agenda(AgendaArgs { meeting_id: m.clone(), version: Some(1) })
    });
}

#[test]
fn exports_write_the_file_and_report_the_gaps() {
    let (dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    let lunch = session_titled(&api, &m, "Lunch");
    save(&api, &lunch, SessionInput { title_fr: String::new(), ..form_of(&lunch) });

    let json = export(&api, &m, ExportFormat::Json, Languages::Both, None, &dir.path().join("agenda.json"));
    assert_eq!(json.paths.len(), 1);
    let text = std::fs::read_to_string(&json.paths[0]).expect("the JSON file");
    let value: serde_json::Value = serde_json::from_str(&text).expect("the file is JSON");
    assert!(value.is_object(), "an object");
    assert!(text.contains("Registration of participants") && text.contains("Enregistrement des participants"), "both languages");
    assert_eq!(json.bytes, text.len() as u64);
    assert_eq!(json.version, None, "the draft");

    let html = export(&api, &m, ExportFormat::Html, Languages::Both, None, &dir.path().join("agenda"));
    assert!(html.paths[0].ends_with("agenda.html"), "a name without extension gets the format's: {:?}", html.paths);
    assert_eq!(html.file_names, ["agenda.html"]);
    let page = std::fs::read_to_string(&html.paths[0]).expect("the HTML file");
    assert!(page.len() > 1000 && page.contains("Opening ceremony"), "a whole page");
    assert!(html.gaps.iter().any(|g| g.kind == GapKind::Missing && g.lang == Lang::Fr), "the lunch without French is reported: {:#?}", html.gaps);
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.ends_with(".part")), "no temporary file left: {names:?}");
}

#[test]
fn a_calendar_in_both_languages_is_one_file_per_language() {
    let (dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    release(&api, &m, "");
    let ics = export(&api, &m, ExportFormat::Ics, Languages::Both, Some(1), &dir.path().join("Lagos.ics"));
    assert_eq!(ics.file_names, ["Lagos.en.ics", "Lagos.fr.ics"], "the result names both files");
    let en = std::fs::read_to_string(&ics.paths[0]).expect("English calendar");
    let fr = std::fs::read_to_string(&ics.paths[1]).expect("French calendar");
    assert!(en.starts_with("BEGIN:VCALENDAR") && fr.starts_with("BEGIN:VCALENDAR"));
    assert!(en.contains("Opening ceremony") && fr.contains("Cérémonie d’ouverture"), "each in its language");
    assert!(!dir.path().join("Lagos.ics").exists(), "no file under the name asked for: it would hold one language only");
}

#[test]
fn pdf_and_docx_exports_are_documents() {
    let (dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    release(&api, &m, "");
    let pdf = export(&api, &m, ExportFormat::Pdf, Languages::Both, Some(1), &dir.path().join("agenda.pdf"));
    assert!(std::fs::read(&pdf.paths[0]).expect("PDF").starts_with(b"%PDF-"), "a PDF file");
    let docx = export(&api, &m, ExportFormat::Docx, Languages::Fr, Some(1), &dir.path().join("agenda.docx"));
    assert!(std::fs::read(&docx.paths[0]).expect("DOCX").starts_with(b"PK"), "a DOCX is a zip");
}

#[test]
fn the_save_dialog_offers_a_name_that_says_what_the_file_holds() {
    let (_dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    let args = |format, languages, version| SaveAgendaArgs { meeting_id: m.clone(), format, languages, layout: Layout::SideBySide, version };
    let draft = api.agenda_save_dialog(&args(ExportFormat::Pdf, Languages::Both, None)).expect("dialog");
    assert_eq!(draft.file_name, "Lagos-2025-agenda-draft-EN-FR.pdf");
    assert_eq!((draft.filter_name.as_str(), draft.extension.as_str()), ("PDF document", "pdf"));
    release(&api, &m, "");
    release(&api, &m, "");
    let rev2 = api.agenda_save_dialog(&args(ExportFormat::Pdf, Languages::Both, Some(2))).expect("dialog");
    assert_eq!(rev2.file_name, "Lagos-2025-agenda-Rev2-EN-FR.pdf");
    api.set_language(Lang::Fr);
    let fr = api.agenda_save_dialog(&args(ExportFormat::Docx, Languages::Fr, Some(1))).expect("dialog");
    assert_eq!((fr.title.as_str(), fr.file_name.as_str(), fr.filter_name.as_str()), ("Exporter l’ordre du jour", "Lagos-2025-agenda-Rev1-FR.docx", "Document Word"));
    assert_eq!(api.agenda_save_dialog(&args(ExportFormat::Ics, Languages::Both, Some(1))).expect("dialog").file_name, "Lagos-2025-agenda-Rev1.ics");
}

#[test]
fn a_file_that_cannot_be_written_is_a_typed_error_and_nothing_is_left() {
    let (dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    let path = dir.path().join("no-such-folder").join("agenda.json");
    for lang in Lang::ALL {
        api.set_language(lang);
        let what = SaveAgendaArgs { meeting_id: m.clone(), format: ExportFormat::Json, languages: Languages::Both, layout: Layout::Separate, version: None };
        let err = api.export_agenda(what.to_path(path.clone())).expect_err("no such folder");
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::ExportFailed, Some("file")));
        assert!(err.message.contains("agenda.json"), "the message names the file: {}", err.message);
        assert_eq!(err.message.starts_with("L’export a échoué (fichier)"), lang == Lang::Fr, "{}", err.message);
    }
    api.set_language(Lang::En);
    assert!(!path.exists());
}

#[test]
fn a_session_left_in_a_dst_gap_by_an_old_row_is_reported_by_the_calendar_export() {
    let (dir, api) = host();
    let paris = meeting(&api, "Paris meeting", "2025-03-29", "2025-03-30", "Europe/Paris");
    let night = api
        .create_session(session_form(&paris, "2025-03-30", "01:00", "04:00", "Night session", "Séance de nuit"))
        .expect("01:00 and 04:00 exist in Paris on 30 March");
    // Sessions are checked on entry; a row written before that check could still hold a time
    // the clocks skip (02:00–03:00 on 30 March 2025 in Paris).
    crate::host::raw(&dir)
        .execute("UPDATE sessions SET start_time = '02:30' WHERE id = ?1", [night.session.id.as_str()])
        .expect("an old row");
    let ics = export(&api, &paris, ExportFormat::Ics, Languages::En, None, &dir.path().join("paris.ics"));
    assert!(
        ics.gaps.iter().any(|g| g.session_id.as_ref() == Some(&night.session.id) && g.field == "time"),
        "the calendar says which session it could not place: {:#?}",
        ics.gaps
    );
    assert!(std::fs::read_to_string(&ics.paths[0]).expect("the calendar").starts_with("BEGIN:VCALENDAR"), "and is written all the same");
    let json = export(&api, &paris, ExportFormat::Json, Languages::Both, None, &dir.path().join("paris.json"));
    assert!(std::fs::read_to_string(&json.paths[0]).expect("the JSON").contains("02:30"), "the other formats print the time as stored");
}

//! Participants' emails and phones are personal data: a list of participants leaves them out
//! unless asked (read back by independent readers), and a meeting's purge removes them all
//! in one transaction, out of the search index too, with the statistics unchanged.

use crate::host::{dump, host, refused, sql_count};
use plenary_api::{
    Api, ErrorCode, Id, Lang, ListFormat, MeetingArgs, PersonalDataCounts, SaveParticipantsArgs, SearchArgs, StatsArgs,
};
use std::path::Path;
use std::process::Command;

fn demo(api: &Api) -> Id {
    api.demo().expect("the demo meeting is created").meeting_id
}

/// An email and a phone of the demo meeting, and their owner's family name, to look for in
/// the files.
fn a_contact(dir: &tempfile::TempDir) -> (String, String, String) {
    let conn = crate::host::raw(dir);
    conn.query_row("SELECT email, phone, family_name FROM participants WHERE email IS NOT NULL AND phone IS NOT NULL LIMIT 1", [], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .expect("the demo has a participant with an email and a phone")
}

/// The text an independent reader finds in `path`: Python for CSV, the XML of XLSX and DOCX
/// (shared strings, document body), poppler for PDF.
fn text_of(path: &Path, format: ListFormat) -> String {
    let p = path.to_str().expect("UTF-8 path");
    let (program, args): (&str, Vec<&str>) = match format {
        ListFormat::Csv => ("/usr/bin/python3", vec!["-c", "import sys\nprint(open(sys.argv[1], encoding='utf-8-sig').read())", p]),
        ListFormat::Xlsx => ("/usr/bin/python3", vec!["-c", "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(''.join(z.read(n).decode() for n in z.namelist() if n.endswith('.xml')))", p]),
        ListFormat::Docx => ("/usr/bin/python3", vec!["-c", "import sys, zipfile\nprint(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", p]),
        ListFormat::Pdf => ("pdftotext", vec![p, "-"]),
    };
    let out = Command::new(program).args(&args).output().unwrap_or_else(|e| panic!("{program} runs (make deps installs it): {e}"));
    assert!(out.status.success(), "{program} failed on {p}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn every_list_format_leaves_emails_and_phones_out_unless_asked() {
    let (dir, api) = host();
    let meeting = demo(&api);
    let (email, phone, family) = a_contact(&dir);
    for format in [ListFormat::Csv, ListFormat::Xlsx, ListFormat::Docx, ListFormat::Pdf] {
        for include_contacts in [false, true] {
            let path = dir.path().join(format!("list-{include_contacts}.{}", format.as_str()));
            let what = SaveParticipantsArgs { meeting_id: meeting.clone(), format, lang: Lang::En, order: None, include_contacts };
            api.export_participants(what.to_path(path.clone())).expect("exported");
            let text = text_of(&path, format);
            // PDF text may break a long line; compare without whitespace.
            let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let has = |needle: &str| flat.contains(&needle.chars().filter(|c| !c.is_whitespace()).collect::<String>());
            assert!(has(&family), "{format:?}: the reader sees the list itself ({family})");
            assert_eq!(has(&email), include_contacts, "{format:?}: the email is printed only when asked (include_contacts = {include_contacts})");
            assert_eq!(has(&phone), include_contacts, "{format:?}: the phone is printed only when asked (include_contacts = {include_contacts})");
            if matches!(format, ListFormat::Csv | ListFormat::Xlsx) {
                assert_eq!(text.contains("Email"), include_contacts, "{format:?}: the Email column exists only when asked");
            }
        }
    }
}

#[test]
fn a_purge_removes_every_email_and_phone_of_the_meeting_and_keeps_the_statistics() {
    let (dir, api) = host();
    let meeting = demo(&api);
    let other = crate::fixture::meeting(&api, "Other meeting", "2026-03-02", "2026-03-03", "Africa/Lagos");
    let other_delegation = crate::fixture::state(&api, &other, "GH");
    let mut kept = crate::fixture::person_form(&other_delegation, "Ama", "Mensah");
    kept.email = Some("ama.mensah@example.gh".into());
    crate::fixture::register(&api, kept);
    // An edit the person could undo, before the purge.
    let delegation = crate::fixture::state(&api, &meeting, "NR");
    crate::fixture::register(&api, crate::fixture::person_form(&delegation, "Kofi", "Undoable"));
    assert!(api.undo_state().expect("undo state").undo.is_some(), "the edit can be undone before the purge");
    let snapshots = api.list_backups().expect("snapshots").len();
    let (email, _, _) = a_contact(&dir);
    let args = || MeetingArgs { meeting_id: meeting.clone() };
    let stats = |lang| serde_json::to_value(api.meeting_stats(StatsArgs { meeting_id: meeting.clone(), lang: Some(lang) }).expect("stats")).expect("JSON");
    let before = (stats(Lang::En), stats(Lang::Fr));
    let counts = api.personal_data_counts(args()).expect("counts");
    let emails = sql_count(&dir, "SELECT count(email) FROM participants WHERE meeting_id = ?1", [meeting.as_str()]);
    let phones = sql_count(&dir, "SELECT count(phone) FROM participants WHERE meeting_id = ?1", [meeting.as_str()]);
    assert!(emails > 0 && phones > 0, "the demo has emails and phones to remove");
    assert_eq!(counts, PersonalDataCounts { emails, phones }, "the confirmation counts what the purge will remove");
    let search = |text: &str, meeting_id: &Id| {
        api.search(SearchArgs { text: text.into(), meeting_id: Some(meeting_id.clone()), lang: None, ..Default::default() }).expect("search")
    };
    assert!(!search(&email, &meeting).is_empty(), "before the purge, a participant is found by email");

    assert_eq!(api.purge_personal_data(args()).expect("purged"), counts, "the purge says how many it removed");
    let after = api.list_backups().expect("snapshots");
    assert_eq!(after.len(), snapshots + 1, "a snapshot was taken before the purge");
    assert!(after.iter().any(|s| matches!(s.reason, plenary_api::SnapshotReason::BulkDelete)), "the snapshot says why it was taken: {after:?}");
    assert_eq!(api.undo_state().expect("undo state").undo, None, "the purge is not undoable and forgets the history, which no longer fits the data");

    assert_eq!(sql_count(&dir, "SELECT count(*) FROM participants WHERE meeting_id = ?1 AND (email IS NOT NULL OR phone IS NOT NULL)", [meeting.as_str()]), 0, "no email or phone is left in the meeting");
    assert_eq!(sql_count(&dir, "SELECT count(email) FROM participants WHERE meeting_id <> ?1", [meeting.as_str()]), 1, "another meeting's participants keep theirs");
    assert!(search(&email, &meeting).is_empty(), "the removed address is out of the search index");
    assert_eq!(search("ama.mensah", &other).len(), 1, "the other meeting's index is untouched");
    assert_eq!((stats(Lang::En), stats(Lang::Fr)), before, "counts by country, gender, role and attendance are the same after");
    assert_eq!(api.personal_data_counts(args()).expect("counts"), PersonalDataCounts { emails: 0, phones: 0 }, "nothing left to remove");
    let again = dump(&dir);
    assert_eq!(api.purge_personal_data(args()).expect("a second purge"), PersonalDataCounts { emails: 0, phones: 0 });
    assert_eq!(dump(&dir), again, "a second purge has nothing to write");
    assert_eq!(api.list_backups().expect("snapshots").len(), snapshots + 1, "nor any snapshot to take");
    assert!(api.check().expect("check").ok, "the database is consistent after the purge (index included)");
}

#[test]
fn a_purge_of_a_meeting_that_does_not_exist_is_refused_and_writes_nothing() {
    let (dir, api) = host();
    demo(&api);
    let err = refused(&dir, &api, ErrorCode::NotFound, "meeting", "no such meeting", |api| {
        api.purge_personal_data(MeetingArgs { meeting_id: Id::from("no-such-meeting") })
    });
    assert!(err.message.contains("no-such-meeting"), "the message says what was not found: {err:?}");
    refused(&dir, &api, ErrorCode::NotFound, "meeting", "no such meeting", |api| {
        api.personal_data_counts(MeetingArgs { meeting_id: Id::from("no-such-meeting") })
    });
}

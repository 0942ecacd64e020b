//! Lists of participants, badges, tent cards and statistics tables of the demo meeting,
//! written to files and read back by independent readers (Python's csv, openpyxl, poppler):
//! the same order as the participants screen's protocol order, and refusals that name the
//! field and write nothing.

use crate::host::{host, refused};
use plenary_api::{
    Api, BadgeLayout, ErrorCode, Id, Lang, ListDelegationsArgs, ListFormat, ListParticipantsArgs, ParticipantFilter, SaveBadgesArgs,
    SaveParticipantsArgs, SaveStatsArgs, SaveTentCardsArgs, StatsArgs, StatsFormat,
};
use std::path::Path;
use std::process::Command;

fn demo(api: &Api) -> Id {
    api.demo().expect("the demo meeting is created").meeting_id
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} runs (make deps installs it): {e}"));
    assert!(out.status.success(), "{program} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn python(script: &str, path: &Path) -> String {
    run("/usr/bin/python3", &["-c", script, path.to_str().expect("UTF-8 path")])
}

fn pages(path: &Path) -> usize {
    let info = run("pdfinfo", &[path.to_str().expect("path")]);
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("a page count");
    line.trim_start_matches("Pages:").trim().parse().expect("a number")
}

fn list_args(meeting_id: &Id, format: ListFormat, lang: Lang, order: &str) -> SaveParticipantsArgs {
    SaveParticipantsArgs { meeting_id: meeting_id.clone(), format, lang, order: Some(order.into()), include_contacts: false }
}

#[test]
fn the_csv_list_has_everyone_in_the_participants_screen_protocol_order_in_both_languages() {
    let (dir, api) = host();
    let meeting = demo(&api);
    for (lang, order) in [(Lang::En, "un"), (Lang::Fr, "un"), (Lang::En, "lot:NG")] {
        let path = dir.path().join(format!("list-{lang}.csv"));
        let result = api.export_participants(list_args(&meeting, ListFormat::Csv, lang, order).to_path(path.clone())).expect("exported");
        assert_eq!(result.paths, [path.display().to_string()], "the file asked for is written");
        let names = python("import csv, sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n    for r in list(csv.reader(f))[1:]:\n        print(r[5] + '|' + r[4])", &path);
        let screen_order = if order == "un" { "protocol" } else { order };
        let page = api
            .list_participants(ListParticipantsArgs {
                filter: ParticipantFilter { meeting_id: meeting.clone(), ..ParticipantFilter::default() },
                order: Some(screen_order.into()),
                lang: Some(lang),
            })
            .expect("the screen's list");
        let expected: Vec<String> = page.rows.iter().map(|r| format!("{}|{}", r.participant.family_name, r.participant.given_name)).collect();
        assert_eq!(names.lines().collect::<Vec<_>>(), expected, "{lang} {order}: the file lists everyone, in the screen's order");
    }
}

#[test]
fn an_alphabetical_list_sorts_every_delegation_by_its_french_name_whatever_its_group() {
    let (dir, api) = host();
    let meeting = demo(&api);
    let path = dir.path().join("alpha.csv");
    api.export_participants(list_args(&meeting, ListFormat::Csv, Lang::Fr, "alpha").to_path(path.clone())).expect("exported");
    let names = python("import csv, sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n    for r in list(csv.reader(f))[1:]:\n        print(r[1])", &path);
    let names: Vec<&str> = names.lines().collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| plenary_api::core::protocol::compare(Lang::Fr, a, b));
    assert_eq!(names, sorted, "delegations in French alphabetical order, states and organisations mixed");
    let groups: std::collections::HashSet<&str> = names.iter().copied().collect();
    assert!(groups.len() > 20, "the whole meeting is listed");
}

#[test]
fn every_list_format_is_written_and_reads_back() {
    let (dir, api) = host();
    let meeting = demo(&api);
    let total = api.meeting_stats(StatsArgs { meeting_id: meeting.clone(), lang: None }).expect("stats").stats.representatives as usize;
    let pdf = dir.path().join("list");
    let result = api.export_participants(list_args(&meeting, ListFormat::Pdf, Lang::Fr, "un").to_path(pdf.clone())).expect("PDF");
    assert!(result.paths[0].ends_with("list.pdf"), "the extension is added to a name typed without one");
    let text = run("pdftotext", &[&result.paths[0], "-"]).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Liste des participants") && text.contains("Égypte"), "the French list:\n{text}");
    let xlsx = dir.path().join("list.xlsx");
    api.export_participants(list_args(&meeting, ListFormat::Xlsx, Lang::En, "alpha").to_path(xlsx.clone())).expect("XLSX");
    let rows = python("import openpyxl, sys\nws = openpyxl.load_workbook(sys.argv[1]).active\nprint(ws.max_row)\nprint(sum(1 for r in ws.iter_rows() for c in r if c.data_type == 'f'))", &xlsx);
    assert_eq!(rows.lines().collect::<Vec<_>>(), [(total + 1).to_string(), "0".to_owned()], "a row per participant, no formula");
    let docx = dir.path().join("list.docx");
    api.export_participants(list_args(&meeting, ListFormat::Docx, Lang::En, "un").to_path(docx.clone())).expect("DOCX");
    let headings = python("import docx, sys\nprint(sum(1 for p in docx.Document(sys.argv[1]).paragraphs if p.style.name.lower() == 'heading 2'))", &docx);
    let with_people = api
        .list_delegations(ListDelegationsArgs { meeting_id: meeting.clone(), order: None, lang: None })
        .expect("delegations")
        .iter()
        .filter(|d| d.participants > 0)
        .count();
    assert_eq!(headings.trim(), with_people.to_string(), "a heading per delegation with participants");
}

#[test]
fn badges_of_one_delegation_and_tent_cards_of_all() {
    let (dir, api) = host();
    let meeting = demo(&api);
    let delegations = api.list_delegations(ListDelegationsArgs { meeting_id: meeting.clone(), order: None, lang: None }).expect("delegations");
    let nigeria = delegations.iter().find(|d| d.name_en == "Nigeria").expect("Nigeria is at the demo meeting");
    let path = dir.path().join("badges.pdf");
    let args = SaveBadgesArgs { meeting_id: meeting.clone(), layout: BadgeLayout::A6, lang: Lang::En, delegation_id: Some(nigeria.delegation.id.clone()) };
    api.export_badges(args.to_path(path.clone())).expect("badges");
    assert_eq!(pages(&path) as u64, nigeria.participants, "one A6 badge per member of the delegation");
    let text = run("pdftotext", &[path.to_str().expect("path"), "-"]).split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(text.matches("Joint Thematic Meeting of the Khartoum").count() as u64, nigeria.participants, "the stored meeting title on every badge:\n{text}");
    assert_eq!(text.matches("4–5 November 2025 · Lagos").count() as u64, nigeria.participants, "its dates and city on every badge:\n{text}");
    let cards = dir.path().join("cards.pdf");
    api.export_tent_cards(SaveTentCardsArgs { meeting_id: meeting.clone(), order: None }.to_path(cards.clone())).expect("cards");
    assert_eq!(pages(&cards), delegations.len(), "one card per delegation");
}

#[test]
fn the_statistics_workbook_has_a_summary_and_seven_tables_and_the_csv_the_same_sections() {
    let (dir, api) = host();
    let meeting = demo(&api);
    let stats = api.meeting_stats(StatsArgs { meeting_id: meeting.clone(), lang: Some(Lang::En) }).expect("stats");
    let xlsx = dir.path().join("stats.xlsx");
    api.export_stats(SaveStatsArgs { meeting_id: meeting.clone(), format: StatsFormat::Xlsx, lang: Lang::En }.to_path(xlsx.clone())).expect("XLSX");
    let out = python(
        "import openpyxl, sys\nwb = openpyxl.load_workbook(sys.argv[1])\nprint('|'.join(wb.sheetnames))\nprint(wb['Summary']['B1'].value)\nprint(sum(r[2] for r in wb['By country'].iter_rows(min_row=2, values_only=True)))",
        &xlsx,
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Summary|By country|Delegations by M49 region|Delegations by M49 sub-region|By delegation category|By role|By gender|Attendance");
    assert_eq!(lines[1], stats.headline_en, "the English headline on the summary");
    let csv = dir.path().join("stats.csv");
    api.export_stats(SaveStatsArgs { meeting_id: meeting.clone(), format: StatsFormat::Csv, lang: Lang::Fr }.to_path(csv.clone())).expect("CSV");
    let text = std::fs::read_to_string(&csv).expect("written");
    for section in ["Résumé", "Par pays", "Délégations par région M49", "Par catégorie de délégation", "Par rôle", "Par genre", "Présence"] {
        assert!(text.contains(&format!("\r\n{section}\r\n")) || text.starts_with(&format!("\u{feff}{section}\r\n")), "the section {section:?}:\n{text}");
    }
    assert!(text.contains(&stats.headline_fr) || text.contains(&format!("\"{}\"", stats.headline_fr)), "the French headline");
    let by_country: u64 = lines[2].parse().expect("a sum");
    assert!(by_country > 0 && by_country <= stats.stats.representatives, "countries' participants are some of all: {by_country}");
}

#[test]
fn a_bad_order_an_unknown_delegation_or_meeting_is_refused_naming_it_and_writes_nothing() {
    let (dir, api) = host();
    let meeting = demo(&api);
    let path = dir.path().join("never.pdf");
    refused(&dir, &api, ErrorCode::Invalid, "order", "an order that is not un, alpha or lot:XX", |api| {
        api.export_participants(list_args(&meeting, ListFormat::Pdf, Lang::En, "random").to_path(path.clone()))
    });
    refused(&dir, &api, ErrorCode::NotFound, "delegation", "badges of a delegation not at the meeting", |api| {
        let args = SaveBadgesArgs { meeting_id: meeting.clone(), layout: BadgeLayout::A4, lang: Lang::En, delegation_id: Some(Id::from("nope")) };
        api.export_badges(args.to_path(path.clone()))
    });
    refused(&dir, &api, ErrorCode::NotFound, "meeting", "a meeting that does not exist", |api| {
        api.export_tent_cards(SaveTentCardsArgs { meeting_id: Id::from("nope"), order: None }.to_path(path.clone()))
    });
    assert!(!path.exists(), "nothing is written when the export is refused");
}

#[test]
fn save_dialogs_offer_names_that_say_what_the_file_holds() {
    let (_dir, api) = host();
    let meeting = demo(&api);
    let list = api.participants_save_dialog(&list_args(&meeting, ListFormat::Xlsx, Lang::Fr, "un")).expect("dialog");
    assert_eq!(list.file_name, "Lagos-2025-participants-FR.xlsx");
    let badges = api
        .badges_save_dialog(&SaveBadgesArgs { meeting_id: meeting.clone(), layout: BadgeLayout::A4, lang: Lang::En, delegation_id: None })
        .expect("dialog");
    assert_eq!(badges.file_name, "Lagos-2025-badges-A4-EN.pdf");
    let stats = api.stats_save_dialog(&SaveStatsArgs { meeting_id: meeting, format: StatsFormat::Csv, lang: Lang::En }).expect("dialog");
    assert_eq!((stats.file_name.as_str(), stats.extension.as_str()), ("Lagos-2025-statistics-EN.csv", "csv"));
}

//! `plenary demo` and the figures of the Lagos meeting, checked against plain SQL.

use crate::harness::Sandbox;
use rusqlite::params;

#[test]
fn demo_creates_the_lagos_meeting_once_and_then_reports_it_is_there() {
    let sandbox = Sandbox::new();
    let first = sandbox.run(&["demo", "--json"]).success();
    let json = first.json();
    assert_eq!(json["created"], true, "the first run on an empty database creates the meeting\n{}", first.report());
    let id = json["meeting_id"].as_str().unwrap_or_else(|| panic!("meeting_id is a string\n{}", first.report())).to_owned();
    assert!(!id.is_empty(), "the meeting id is not empty\n{}", first.report());

    let second = sandbox.run(&["demo", "--json"]).success();
    let json = second.json();
    assert_eq!(json["created"], false, "a second run adds nothing\n{}", second.report());
    assert_eq!(json["meeting_id"], id.as_str(), "a second run names the same meeting\n{}", second.report());

    let meetings: i64 = sandbox.sql().query_row("SELECT count(*) FROM meetings", [], |r| r.get(0)).expect("count meetings");
    assert_eq!(meetings, 1, "running demo twice leaves one meeting in the file");
    assert!(sandbox.home_entries().is_empty(), "with --db nothing is written to the home directory: {:?}", sandbox.home_entries());
}

#[test]
fn demo_text_output_names_the_meeting_in_the_chosen_language() {
    let sandbox = Sandbox::new();
    let id = sandbox.demo();
    let run = sandbox.run(&["demo", "--lang", "fr"]).success();
    run.says("La réunion de démonstration de Lagos existe déjà", "the second run says so in French");
    run.says(&id, "the text output gives the meeting id");
}

#[test]
fn stats_json_gives_166_representatives_from_41_countries_as_plain_sql_counts_them() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["stats", "--meeting", &id, "--json"]).success();
    let stats = run.json();
    assert_eq!(stats["representatives"], 166, "the Lagos meeting had 166 representatives\n{}", run.report());
    assert_eq!(stats["countries"], 41, "the Lagos meeting had 41 countries\n{}", run.report());

    let sql = sandbox.sql();
    let people: i64 = sql
        .query_row("SELECT count(*) FROM participants WHERE meeting_id = ?1", params![id], |r| r.get(0))
        .expect("count participants");
    let countries: i64 = sql
        .query_row(
            "SELECT count(DISTINCT country) FROM delegations WHERE meeting_id = ?1 AND country IS NOT NULL",
            params![id],
            |r| r.get(0),
        )
        .expect("count countries");
    assert_eq!(stats["representatives"], people, "the CLI's figure is the rows in the file, not a constant\n{}", run.report());
    assert_eq!(stats["countries"], countries, "the CLI's figure is the rows in the file, not a constant\n{}", run.report());

    let en = stats["headline_en"].as_str().unwrap_or_default();
    let fr = stats["headline_fr"].as_str().unwrap_or_default();
    assert!(en.starts_with("166 representatives from 41 countries"), "English headline: {en:?}\n{}", run.report());
    assert!(fr.starts_with("166 représentants de 41 pays"), "French headline: {fr:?}\n{}", run.report());
}

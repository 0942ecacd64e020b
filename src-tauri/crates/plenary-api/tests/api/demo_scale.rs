//! Generated meetings (`demo_scale`): small ones here, the COP-sized one in an ignored
//! release test. The same seed must give the same rows, the counts must be the spec's, the
//! data must pass the check, rooms must never clash while a few people are double-booked,
//! and the names must come in many scripts.

use crate::host::{dump, host, row_counts, sql_count};
use plenary_api::core::timetable::Conflict;
use plenary_api::{ErrorCode, MeetingArgs, ScaleSpec, StatsArgs};
use std::time::Instant;

/// A meeting with every part at a size a debug test runs in a second or two.
fn small(seed: u64) -> ScaleSpec {
    ScaleSpec { participants: 1_500, delegations: 60, rooms: 6, days: 3, sessions: 60, paragraphs: 40, seed }
}

#[test]
fn the_same_seed_gives_the_same_meeting_and_another_seed_another() {
    let (a, api_a) = host();
    let (b, api_b) = host();
    let (c, api_c) = host();
    api_a.demo_scale(&small(11)).expect("generated");
    api_b.demo_scale(&small(11)).expect("generated again");
    api_c.demo_scale(&small(12)).expect("generated from another seed");
    // The hosts number ids and date rows the same way, so every row can be compared.
    assert!(dump(&a) == dump(&b), "two runs with seed 11 must write identical rows in every table");
    let (first, other) = (dump(&a), dump(&c));
    assert_ne!(first.get("participants"), other.get("participants"), "seed 12 must draw other people than seed 11");
}

#[test]
fn the_counts_are_the_specs() {
    let (dir, api) = host();
    let spec = small(3);
    let m = api.demo_scale(&spec).expect("generated").meeting_id;
    let id = m.as_str();
    let count = |sql: &str| sql_count(&dir, sql, [id]);
    assert_eq!(count("SELECT count(*) FROM participants WHERE meeting_id = ?"), 1_500, "participants as asked");
    assert_eq!(count("SELECT count(*) FROM delegations WHERE meeting_id = ?"), 60, "delegations as asked");
    assert_eq!(count("SELECT count(*) FROM rooms WHERE meeting_id = ?"), 6, "rooms as asked");
    assert_eq!(count("SELECT count(DISTINCT day) FROM sessions WHERE meeting_id = ?"), 3, "every day has sessions");
    assert_eq!(count("SELECT count(*) FROM sessions WHERE meeting_id = ?"), 60, "sessions as asked");
    assert_eq!(
        count("SELECT count(*) FROM outcome_paragraphs p JOIN outcome_documents d ON d.id = p.document_id WHERE d.meeting_id = ?"),
        40,
        "paragraphs as asked"
    );
    assert_eq!(
        count("SELECT count(*) FROM delegations d WHERE meeting_id = ? AND (SELECT count(*) FROM participants p WHERE p.delegation_id = d.id AND p.is_head) = 1"),
        60,
        "every delegation has exactly one head"
    );
    assert!(count("SELECT count(*) FROM delegations WHERE meeting_id = ? AND organisation_id IS NOT NULL") > 0, "organisations send delegations too");
    assert!(
        count("SELECT count(DISTINCT o.category) FROM delegations d JOIN organisations o ON o.id = d.organisation_id WHERE d.meeting_id = ?") >= 3,
        "organisations of several categories"
    );
    assert!(count("SELECT count(*) FROM participants WHERE meeting_id = ? AND email IS NULL") == 0, "everyone has an email");
    assert!(count("SELECT count(*) FROM session_people sp JOIN sessions s ON s.id = sp.session_id WHERE s.meeting_id = ? AND sp.role = 'chair'") >= 60, "every session has a chair");
    assert!(count("SELECT count(*) FROM participant_roles r JOIN participants p ON p.id = r.participant_id WHERE p.meeting_id = ?") > 0, "people in sessions have their roles");
    assert!(count("SELECT count(*) FROM outcome_paragraphs p JOIN outcome_documents d ON d.id = p.document_id WHERE d.meeting_id = ? AND p.state = 'bracketed'") > 0, "some paragraphs are bracketed");
    assert!(count("SELECT count(*) FROM outcome_amendments a JOIN outcome_paragraphs p ON p.id = a.paragraph_id JOIN outcome_documents d ON d.id = p.document_id WHERE d.meeting_id = ?") > 0, "some paragraphs have amendments");
    let stats = api.meeting_stats(StatsArgs { meeting_id: m.clone(), lang: None }).expect("stats");
    assert_eq!(stats.stats.representatives, 1_500, "the statistics count what was generated");

    let again = api.demo_scale(&spec).expect("second run");
    assert!(!again.created && again.meeting_id == m, "the same spec twice adds no second meeting");
}

#[test]
fn the_generated_meeting_passes_the_check_with_no_room_clash_and_a_few_people_double_booked() {
    let (_dir, api) = host();
    let m = api.demo_scale(&small(5)).expect("generated").meeting_id;
    let report = api.check().expect("check runs");
    assert!(report.ok, "a generated database has no error: {:?}", report.problems.iter().filter(|p| p.severity == "error").collect::<Vec<_>>());
    let conflicts = api.list_conflicts(MeetingArgs { meeting_id: m }).expect("conflicts");
    let rooms = conflicts.iter().filter(|c| matches!(c, Conflict::RoomDoubleBooked { .. })).count();
    let people = conflicts.iter().filter(|c| matches!(c, Conflict::PersonDoubleBooked { .. })).count();
    assert_eq!(rooms, 0, "sessions are laid out so that no room holds two at once");
    assert!((1..=10).contains(&people), "a few people are double-booked, so conflict detection has work: {people}");
}

/// Whether a character belongs to a script.
type Is = fn(char) -> bool;

#[test]
fn names_come_in_many_scripts_with_family_name_first_for_east_asia() {
    let (dir, _api) = {
        let (dir, api) = host();
        api.demo_scale(&small(9)).expect("generated");
        (dir, api)
    };
    let conn = crate::host::raw(&dir);
    let names: Vec<(String, bool)> = conn
        .prepare("SELECT given_name || ' ' || family_name, family_name_first FROM participants")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .expect("the names");
    let scripts: [(&str, Is); 12] = [
        ("Latin with diacritics", |c| ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)),
        ("Arabic", |c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        ("Cyrillic", |c| ('\u{0400}'..='\u{04FF}').contains(&c)),
        ("Greek", |c| ('\u{0370}'..='\u{03FF}').contains(&c)),
        ("Han", |c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
        ("Kana", |c| ('\u{3040}'..='\u{30FF}').contains(&c)),
        ("Hangul", |c| ('\u{AC00}'..='\u{D7AF}').contains(&c)),
        ("Devanagari", |c| ('\u{0900}'..='\u{097F}').contains(&c)),
        ("Ethiopic", |c| ('\u{1200}'..='\u{137F}').contains(&c)),
        ("Thai", |c| ('\u{0E00}'..='\u{0E7F}').contains(&c)),
        ("Hebrew", |c| ('\u{0590}'..='\u{05FF}').contains(&c)),
        ("Vietnamese", |c| ('\u{1EA0}'..='\u{1EF9}').contains(&c)),
    ];
    for (script, is) in scripts {
        assert!(names.iter().any(|(n, _)| n.chars().any(is)), "some names are written in {script}");
    }
    let hangul_first = names.iter().filter(|(n, _)| n.chars().any(|c| ('\u{AC00}'..='\u{D7AF}').contains(&c))).all(|(_, first)| *first);
    assert!(hangul_first, "Korean names are written family name first");
    assert!(names.iter().any(|(_, first)| !first), "most traditions write the given name first");
}

#[test]
fn a_spec_that_cannot_be_generated_is_refused_naming_the_figure() {
    let (dir, api) = host();
    let before = row_counts(&dir);
    let cases = [
        ("participants", ScaleSpec { participants: 0, ..small(1) }),
        ("delegations", ScaleSpec { delegations: 2_000, ..small(1) }),
        ("rooms", ScaleSpec { rooms: 0, ..small(1) }),
        ("days", ScaleSpec { days: 40, ..small(1) }),
        ("sessions", ScaleSpec { sessions: 6 * 3 * 6 + 1, ..small(1) }),
        ("paragraphs", ScaleSpec { paragraphs: 0, ..small(1) }),
    ];
    for (field, spec) in cases {
        let err = api.demo_scale(&spec).expect_err("an impossible spec is refused");
        assert_eq!(err.code, ErrorCode::Invalid, "{field}: a value out of range is invalid");
        assert_eq!(err.field.as_deref(), Some(field), "the error names the figure at fault");
    }
    assert_eq!(row_counts(&dir), before, "a refused spec writes nothing");
}

#[test]
fn of_n_keeps_the_cop_proportions_and_a_lagos_like_small_meeting() {
    assert_eq!(ScaleSpec::of(70_000), ScaleSpec::cop(), "70,000 participants is the COP spec");
    let lagos = ScaleSpec::of(166);
    assert!((30..=50).contains(&lagos.delegations), "a meeting of 166 has some 40 delegations, as Lagos: {lagos:?}");
    assert!(lagos.sessions >= 10 && lagos.rooms >= 1 && lagos.days >= 2, "and a timetable of two days: {lagos:?}");
    let one = ScaleSpec::of(1);
    assert!(one.delegations == 1 && one.rooms == 1 && one.sessions == 1 && one.paragraphs == 1, "at least one of each: {one:?}");
    let (_dir, api) = host();
    api.demo_scale(&one).expect("a meeting of one person can be generated");
}

#[test]
#[ignore = "generates the COP meeting (70,000 participants); run in release"]
fn the_cop_meeting_has_the_cop_counts_and_is_generated_in_under_30_seconds() {
    let (dir, api) = host();
    let start = Instant::now();
    let m = api.demo_scale(&ScaleSpec::cop()).expect("the COP meeting is generated").meeting_id;
    let took = start.elapsed();
    println!("COP meeting generated in {took:.2?}");
    let id = m.as_str();
    let count = |sql: &str| sql_count(&dir, sql, [id]);
    assert_eq!(count("SELECT count(*) FROM participants WHERE meeting_id = ?"), 70_000);
    assert_eq!(count("SELECT count(*) FROM delegations WHERE meeting_id = ?"), 200);
    assert_eq!(count("SELECT count(*) FROM rooms WHERE meeting_id = ?"), 40);
    assert_eq!(count("SELECT count(DISTINCT day) FROM sessions WHERE meeting_id = ?"), 12);
    assert_eq!(count("SELECT count(*) FROM sessions WHERE meeting_id = ?"), 1_000);
    assert_eq!(count("SELECT count(*) FROM outcome_paragraphs p JOIN outcome_documents d ON d.id = p.document_id WHERE d.meeting_id = ?"), 500);
    let report = api.check().expect("check runs");
    assert!(report.ok, "the COP database has no error: {:?}", report.problems.iter().filter(|p| p.severity == "error").collect::<Vec<_>>());
    if !cfg!(debug_assertions) {
        assert!(took.as_secs() < 30, "the COP meeting is generated in under 30 s in release: {took:.2?}");
    }
}

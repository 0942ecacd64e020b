//! `plenary sessions`: the timetable day by day, dates and times as each language writes them.

use crate::harness::Sandbox;

#[test]
fn sessions_show_both_days_of_the_meeting() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["sessions", "--meeting", &id]).success();
    run.says("Tuesday 4 November 2025", "the first day is a heading");
    run.says("Wednesday 5 November 2025", "the second day is a heading");
    run.says("09:00–10:15  Opening ceremony", "English times are HH:MM");
    let tuesday = run.stdout.find("Tuesday 4 November 2025");
    let wednesday = run.stdout.find("Wednesday 5 November 2025");
    assert!(tuesday < wednesday, "the days come in order\n{}", run.report());
}

#[test]
fn sessions_in_french_use_french_dates_and_times() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["sessions", "--meeting", &id, "--lang", "fr"]).success();
    // French typography: a no-break space (U+00A0) between the day and the month, and
    // around the "h" of the time.
    run.says("mardi 4\u{a0}novembre 2025", "the first day in French");
    run.says("mercredi 5\u{a0}novembre 2025", "the second day in French");
    run.says("9\u{a0}h\u{a0}00", "French times read 9 h 00");
    run.says("9\u{a0}h\u{a0}00\u{a0}–\u{a0}10\u{a0}h\u{a0}15  Cérémonie d’ouverture", "a French time range and title");
    assert!(!run.stdout.contains("mardi 4 novembre"), "the space before the month is a no-break space, not a plain one\n{}", run.report());
    assert!(!run.stdout.contains("Tuesday"), "no English day names in French output\n{}", run.report());
}

#[test]
fn sessions_json_lists_every_session_of_the_meeting() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["sessions", "--meeting", &id, "--json"]).success();
    let rows = run.json();
    let rows = rows.as_array().unwrap_or_else(|| panic!("sessions --json is an array\n{}", run.report()));
    let in_file: i64 = sandbox
        .sql()
        .query_row("SELECT count(*) FROM sessions WHERE meeting_id = ?1", [&id], |r| r.get(0))
        .expect("count sessions");
    assert_eq!(rows.len() as i64, in_file, "one entry per session row in the file\n{}", run.report());
}

//! `plenary check`: exit code 0 on sound data, 1 with the problem named on damaged data.

use crate::harness::Sandbox;

#[test]
fn check_passes_on_the_demo_database() {
    let (sandbox, _id) = Sandbox::with_demo();
    let run = sandbox.run(&["check"]).success();
    run.says("ok", "a sound database is reported ok");
    assert!(!run.stdout.contains("error:"), "no error on the demo data\n{}", run.report());

    let json = sandbox.run(&["check", "--json"]).success();
    let report = json.json();
    assert_eq!(report["ok"], true, "check --json reports ok\n{}", json.report());
    assert_eq!(report["problems"].as_array().map(Vec::len), Some(0), "no problem on the demo data\n{}", json.report());
}

#[test]
fn check_fails_and_names_a_session_moved_outside_the_meeting() {
    let (sandbox, id) = Sandbox::with_demo();
    let session_id = {
        let sql = sandbox.sql();
        sql.execute_batch("PRAGMA foreign_keys = OFF").expect("foreign keys off");
        let session: String = sql
            .query_row("SELECT id FROM sessions WHERE meeting_id = ?1 ORDER BY day, start_time LIMIT 1", [&id], |r| r.get(0))
            .expect("a session of the demo");
        let changed = sql.execute("UPDATE sessions SET day = '2025-12-25' WHERE id = ?1", [&session]).expect("corrupt the day");
        assert_eq!(changed, 1, "one session moved to Christmas");
        session
    };

    let run = sandbox.run(&["check"]);
    assert_eq!(run.code, Some(1), "check exits with 1 when the data is wrong\n{}", run.report());
    run.says("session_time", "the problem is named by its code");
    run.says("2025-12-25", "the message shows the day that is wrong");
    run.says(&session_id, "the message names the session");
    run.says("Registration of participants", "by its title too (the first session of the demo)");
    assert!(!run.lines().iter().any(|l| l.starts_with("ok")), "a failed check does not print ok\n{}", run.report());

    let json = sandbox.run(&["check", "--json"]);
    assert_eq!(json.code, Some(1), "check --json also exits with 1\n{}", json.report());
    let report = json.json();
    assert_eq!(report["ok"], false, "check --json says ok: false\n{}", json.report());
    let problems = report["problems"].as_array().unwrap_or_else(|| panic!("problems is an array\n{}", json.report()));
    assert!(
        problems.iter().any(|p| p["severity"] == "error" && p["code"] == "session_time"),
        "the report holds the session_time error\n{}",
        json.report()
    );
}

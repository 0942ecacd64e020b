//! `plenary export participants --with-contacts` and `plenary purge-personal-data`: contacts
//! only when asked, and a purge that says how many it removed, keeps the statistics and
//! refuses a meeting that does not exist.

use crate::harness::Sandbox;

fn count(sandbox: &Sandbox, sql: &str) -> i64 {
    sandbox.sql().query_row(sql, [], |r| r.get(0)).expect("a count")
}

#[test]
fn the_csv_list_has_emails_only_with_contacts() {
    let (sandbox, id) = Sandbox::with_demo();
    let email: String = sandbox.sql().query_row("SELECT email FROM participants WHERE email IS NOT NULL LIMIT 1", [], |r| r.get(0)).expect("an email");
    for (flag, expected) in [(None, false), (Some("--with-contacts"), true)] {
        let csv = sandbox.path().join(format!("list-{expected}.csv"));
        let mut args = vec!["export", "participants", "--meeting", &id, "-o", csv.to_str().expect("path")];
        args.extend(flag);
        sandbox.run(&args).success();
        let text = std::fs::read_to_string(&csv).expect("the CSV is written");
        assert_eq!(text.contains(&email), expected, "{flag:?}: emails are printed only with --with-contacts");
    }
}

#[test]
fn the_purge_prints_how_many_it_removed_and_keeps_the_statistics() {
    let (sandbox, id) = Sandbox::with_demo();
    let emails = count(&sandbox, "SELECT count(email) FROM participants");
    let phones = count(&sandbox, "SELECT count(phone) FROM participants");
    assert!(emails > 1 && phones > 1, "the demo has contacts to remove");
    let stats_before = sandbox.run(&["--json", "stats", "--meeting", &id]).success().json();
    let run = sandbox.run(&["purge-personal-data", "--meeting", &id[..8]]).success();
    run.says(&format!("Removed {emails} email addresses and {phones} phone numbers."), "the purge says how many it removed");
    assert_eq!(count(&sandbox, "SELECT count(*) FROM participants WHERE email IS NOT NULL OR phone IS NOT NULL"), 0, "no contact is left");
    assert_eq!(sandbox.run(&["--json", "stats", "--meeting", &id]).success().json(), stats_before, "the statistics are the same after");
    let again = sandbox.run(&["--json", "purge-personal-data", "--meeting", &id]).success().json();
    assert_eq!(again, serde_json::json!({ "emails": 0, "phones": 0 }), "a second purge has nothing left to remove");
}

#[test]
fn a_purge_of_an_unknown_meeting_is_refused_with_a_clear_message() {
    let (sandbox, _) = Sandbox::with_demo();
    let before = count(&sandbox, "SELECT count(email) FROM participants");
    let run = sandbox.run(&["purge-personal-data", "--meeting", "zzz-no-such-meeting"]).failure();
    assert!(run.stderr.contains("zzz-no-such-meeting"), "the message names the meeting asked for\n{}", run.report());
    assert_eq!(count(&sandbox, "SELECT count(email) FROM participants"), before, "nothing was removed");
}

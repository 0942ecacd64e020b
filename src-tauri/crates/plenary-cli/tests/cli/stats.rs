//! `plenary stats` in text, and how `--meeting` finds a meeting.

use crate::harness::{Sandbox, prefix};

#[test]
fn stats_in_french_use_french_labels_and_the_french_headline() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["stats", "--meeting", &id, "--lang", "fr"]).success();
    let first = run.lines().first().copied().unwrap_or_default().to_owned();
    assert!(first.starts_with("166 représentants de 41 pays"), "the French headline comes first, got {first:?}\n{}", run.report());
    // French typography: a no-break space before the colon.
    run.says("Représentants\u{a0}: 166", "the representatives are labelled in French");
    run.says("Pays\u{a0}: 41", "the countries are labelled in French");
    run.says("Séances\u{a0}:", "the sessions are labelled in French");
    run.says("Genre\u{a0}:", "gender is labelled in French");
    assert!(!run.stdout.contains("Representatives"), "no English label in French output\n{}", run.report());

    let en = sandbox.run(&["stats", "--meeting", &id]).success();
    en.says("166 representatives from 41 countries", "the English headline by default");
    en.says("Representatives: 166", "English labels by default");
}

#[test]
fn meeting_can_be_named_by_a_unique_id_prefix() {
    let (sandbox, id) = Sandbox::with_demo();
    let full = sandbox.run(&["stats", "--meeting", &id, "--json"]).success();
    let short = sandbox.run(&["stats", "--meeting", prefix(&id, 8), "--json"]).success();
    assert_eq!(short.json(), full.json(), "the first 8 characters find the same meeting\n{}", short.report());
}

#[test]
fn unknown_meeting_is_refused_with_exit_code_1_naming_it() {
    let (sandbox, _id) = Sandbox::with_demo();
    let run = sandbox.run(&["stats", "--meeting", "zz-no-such-meeting"]).failure();
    assert!(run.stdout.is_empty(), "nothing is printed on stdout\n{}", run.report());
    assert!(run.stderr.contains("meeting"), "the message says a meeting was not found\n{}", run.report());
    assert!(run.stderr.contains("zz-no-such-meeting"), "the message repeats what was asked for\n{}", run.report());

    let fr = sandbox.run(&["stats", "--meeting", "zz-no-such-meeting", "--lang", "fr"]).failure();
    assert!(fr.stderr.contains("réunion"), "with --lang fr the message is in French\n{}", fr.report());
    assert!(fr.stderr.contains("zz-no-such-meeting"), "the French message repeats what was asked for\n{}", fr.report());
}

#[test]
fn empty_meeting_is_refused_even_when_there_is_only_one_meeting() {
    // An empty text is a prefix of every id: it must not silently pick the only meeting.
    let (sandbox, _id) = Sandbox::with_demo();
    for value in ["", "  "] {
        let run = sandbox.run(&["stats", "--meeting", value]).failure();
        assert!(run.stderr.contains("meeting is required"), "the message asks for the meeting\n{}", run.report());
    }
}

#[test]
fn stats_print_attendance_category_and_country_in_the_chosen_language() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["stats", "--meeting", &id, "--lang", "fr"]).success();
    run.says("Présence\u{a0}: 166 inscrits", "attendance, counted from the rows");
    run.says("Participants par catégorie de délégation\u{a0}:", "the delegation categories");
    run.says("États Membres de l’Organisation des Nations Unies\u{a0}:", "with their French labels");
    run.says("Participants par pays\u{a0}:", "the countries");
    run.says("Allemagne\u{a0}:", "by their French names");
    let en = sandbox.run(&["stats", "--meeting", &id]).success();
    en.says("Participants by country:", "the same in English");
    en.says("Germany:", "with English names");
}

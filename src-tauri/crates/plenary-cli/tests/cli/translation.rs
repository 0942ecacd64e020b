//! `plenary translation`, `plenary glossary` and `plenary xliff` on the demo meeting.

use crate::harness::{Sandbox, prefix};
use std::path::Path;

#[test]
fn the_demo_glossary_is_listed_checked_and_edited() {
    let (sandbox, id) = Sandbox::with_demo();
    let list = sandbox.run(&["glossary", "list", "--meeting", &id, "--json"]).success().json();
    let terms = list.as_array().expect("a list of terms");
    assert!(terms.len() >= 17, "the Lagos glossary is seeded: {list}");
    assert!(
        terms.iter().any(|t| t["en"] == "joint investigation team" && t["fr"] == "équipe commune d’enquête"),
        "with the meeting's terms: {list}"
    );

    let twice = sandbox.run(&["glossary", "add", "Trafficking in Persons", "traite", "--meeting", prefix(&id, 8)]).failure();
    assert!(twice.stderr.contains("trafficking in persons ↔ traite des personnes"), "the duplicate is named\n{}", twice.report());

    let added = sandbox.run(&["glossary", "add", "child trafficking", "traite des enfants", "--meeting", &id, "--json"]).success().json();
    let term_id = added["id"].as_str().expect("the new term's id").to_owned();
    sandbox.run(&["glossary", "remove", &term_id]).success().says(&term_id, "the removed term is named");
    sandbox.run(&["glossary", "remove", &term_id]).failure();

    let check = sandbox.run(&["glossary", "check", "--meeting", &id]);
    assert_eq!(check.code, Some(1), "the demo has texts that do not follow the glossary\n{}", check.report());
    check.says("Function — Mr Jean-Marc Dufresne", "each finding says which text");
    check.says("uses “human trafficking”; the French should say “traite des êtres humains”", "and what is wrong");
    let fr = sandbox.run(&["glossary", "check", "--meeting", &id, "--lang", "fr"]);
    assert!(fr.stdout.contains("Fonction — Mr Jean-Marc Dufresne"), "labels in French\n{}", fr.report());
}

#[test]
fn the_worklist_lists_what_the_filter_asks_for() {
    let (sandbox, id) = Sandbox::with_demo();
    let stale = sandbox.run(&["translation", "worklist", "--meeting", &id, "--filter", "stale", "--json"]).success().json();
    assert_eq!(stale["items"].as_array().map(Vec::len), Some(0), "nothing is stale in the seeded meeting: {stale}");
    let review = sandbox.run(&["translation", "worklist", "--meeting", &id, "--filter", "to-review", "--target", "fr"]).success();
    review.says("Session title — Opening ceremony", "drafts wait for review");
    review.says("Progress (FR):", "with the progress by state");
    let wrong = sandbox.run(&["translation", "worklist", "--meeting", &id, "--filter", "nearly"]);
    assert_eq!(wrong.code, Some(2), "an unknown filter is a usage error\n{}", wrong.report());
    assert!(wrong.stderr.contains("all, missing, stale or to_review"), "which names the filters\n{}", wrong.report());
}

/// Fills every `<target>` of an exported file with `[fr] <source>` and marks it translated.
fn fill(path: &Path) {
    let xml = std::fs::read_to_string(path).expect("the exported file");
    let mut out = String::new();
    for segment in xml.split_inclusive("</segment>") {
        let Some(start) = segment.find("<source") else {
            out.push_str(segment);
            continue;
        };
        let open = start + segment[start..].find('>').expect("source tag") + 1;
        let close = segment.find("</source>").expect("source end");
        let after = close + "</source>".len();
        let target_end = segment.find("</target>").map_or(after, |i| i + "</target>".len());
        let head = segment[..after].replacen("state=\"initial\"", "state=\"translated\"", 1);
        out.push_str(&head);
        out.push_str(&format!("<target>[fr] {}</target>", &segment[open..close]));
        out.push_str(&segment[target_end..]);
    }
    std::fs::write(path, out).expect("the filled file");
}

#[test]
fn xliff_goes_out_and_comes_back_and_a_changed_source_is_refused_with_its_line() {
    let (sandbox, id) = Sandbox::with_demo();
    let file = sandbox.path().join("lagos-en-fr.xlf");
    let file_arg = file.to_str().expect("a UTF-8 path");
    let out = sandbox.run(&["xliff", "export", "--meeting", &id, "--source", "en", "-o", file_arg, "--json"]).success().json();
    let units = out["units"].as_u64().expect("a count");
    assert!(units > 10, "the drafts of the demo need translating: {out}");
    fill(&file);

    // One source no longer says what the meeting says.
    let xml = std::fs::read_to_string(&file).expect("file");
    std::fs::write(&file, xml.replacen("<source>Vote of thanks</source>", "<source>Thanks</source>", 1)).expect("edited");
    let refused = sandbox.run(&["xliff", "import", file_arg, "--meeting", &id]).failure();
    assert!(refused.stderr.contains("changed after the file was exported"), "the refusal says why\n{}", refused.report());
    assert!(refused.stderr.contains("Row "), "and where\n{}", refused.report());
    assert!(refused.stderr.contains("Agenda item 3 — Closing session"), "and which text\n{}", refused.report());
    let drafts = sandbox.run(&["translation", "worklist", "--meeting", &id, "--filter", "to_review", "--target", "fr", "--json"]).success().json();
    assert_eq!(drafts["items"].as_array().map(Vec::len), Some(usize::try_from(units).expect("small")), "nothing was written");

    let partial = sandbox.run(&["xliff", "import", file_arg, "--meeting", &id, "--partial", "--json"]).success().json();
    assert_eq!(partial["applied"].as_u64(), Some(units - 1), "{partial}");
    assert_eq!(partial["refused"].as_array().map(Vec::len), Some(1), "{partial}");

    let garbage = sandbox.path().join("garbage.xlf");
    std::fs::write(&garbage, [0xff_u8, 0x00, 0x13]).expect("garbage");
    let run = sandbox.run(&["xliff", "import", garbage.to_str().expect("path"), "--meeting", &id]).failure();
    assert!(run.stderr.contains("XLIFF file cannot be used"), "{}", run.report());
}

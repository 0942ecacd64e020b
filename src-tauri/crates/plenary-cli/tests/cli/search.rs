//! `plenary search`: every kind, titled in the chosen language.

use crate::harness::Sandbox;

#[test]
fn search_prints_each_hits_kind_title_and_context_in_the_chosen_language() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["search", "prosecutors", "--meeting", &id]).success();
    let paragraph = run.lines().into_iter().find(|l| l.starts_with("paragraph\t")).map(str::to_owned);
    let paragraph = paragraph.unwrap_or_else(|| panic!("an outcome paragraph is found\n{}", run.report()));
    let columns: Vec<&str> = paragraph.split('\t').collect();
    assert_eq!(columns.len(), 5, "kind, id, title, context, snippet: {paragraph:?}");
    assert!(columns[2].starts_with("OP"), "titled with its number: {paragraph:?}");
    assert_eq!(columns[3], "Outcome document", "and its kind of document");
    assert!(columns[4].contains("[prosecutors]"), "the match in brackets: {paragraph:?}");

    let fr = sandbox.run(&["search", "allemagne", "--meeting", &id, "--lang", "fr"]).success();
    fr.says("delegation\t", "a delegation is found by its French name");
    fr.says("\tAllemagne\t", "and titled in French");
}

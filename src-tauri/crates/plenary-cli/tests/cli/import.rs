//! `plenary import participants`: dry runs print where each problem is, refused imports exit
//! with 1 and write nothing, `--map`, `--on-duplicate` and `--create-organisations` do what
//! they say, and the mapping is remembered for the next file with the same headers.

use crate::harness::Sandbox;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/import").join(name).to_string_lossy().into_owned()
}

fn write(sandbox: &Sandbox, name: &str, text: &str) -> String {
    let path: PathBuf = sandbox.path().join(name);
    std::fs::write(&path, text).expect("a file in the sandbox");
    path.to_string_lossy().into_owned()
}

fn participants(sandbox: &Sandbox) -> i64 {
    sandbox.sql().query_row("SELECT count(*) FROM participants", [], |r| r.get(0)).expect("a count")
}

#[test]
fn a_dry_run_prints_each_problem_with_its_line_column_and_header_and_writes_nothing() {
    let (sandbox, meeting) = Sandbox::with_demo();
    let before = participants(&sandbox);
    let run = sandbox.run(&["import", "participants", &fixture("formulas.csv"), "--meeting", &meeting, "--dry-run"]);
    assert_eq!(run.code, Some(1), "a dry run of a file that cannot be imported says so by its exit code\n{}", run.report());
    run.says("line 3, column 1 (Last name): Row 3: The family name “=HYPERLINK(", "the formula in a name is located")
        .says("line 4, column 3 (Function)", "the formula in a function is located")
        .says("Cannot be imported as it is.", "the verdict");
    assert_eq!(participants(&sandbox), before, "a dry run writes nothing");

    let ok = sandbox.run(&["import", "participants", &fixture("participants.xlsx"), "--meeting", &meeting, "--dry-run", "--json"]).success();
    let json = ok.json();
    assert_eq!((json["format"].as_str(), json["sheet"].as_str(), json["total_rows"].as_u64()), (Some("xlsx"), Some("Participants"), Some(3)));
    assert_eq!(json["duplicates"][0]["reason"], "name", "the demo's Tijjani Aliyu Ahmed is already in Nigeria's delegation");
    assert_eq!(participants(&sandbox), before, "a dry run that could import still writes nothing");
}

#[test]
fn a_refused_import_exits_with_1_names_the_row_in_the_chosen_language_and_writes_nothing() {
    let (sandbox, meeting) = Sandbox::with_demo();
    let before = participants(&sandbox);
    let run = sandbox.run(&["import", "participants", &fixture("unknown-countries.csv"), "--meeting", &meeting]).failure();
    assert!(run.stderr.contains("Row 3: The country “Atlantis” is not valid."), "{}", run.report());
    run.says("Atlantis (2 × lines: 3, 4)", "the unknown values are listed with their lines");
    let fr = sandbox.run(&["--lang", "fr", "import", "participants", &fixture("bad-emails.csv"), "--meeting", &meeting]).failure();
    assert!(fr.stderr.contains("Ligne 3\u{a0}: La valeur «\u{a0}kofi.mensah-at-example.org\u{a0}»"), "{}", fr.report());
    let png = sandbox.run(&["import", "participants", &fixture("not-a-spreadsheet.png"), "--meeting", &meeting]).failure();
    assert!(png.stderr.contains("not a spreadsheet (CSV, XLSX or ODS) but a PNG image"), "{}", png.report());
    assert_eq!(participants(&sandbox), before, "no refused import writes a row");
}

#[test]
fn columns_are_mapped_by_header_or_number_and_remembered() {
    let (sandbox, meeting) = Sandbox::with_demo();
    let before = participants(&sandbox);
    let file = write(&sandbox, "first.csv", "Delegate;Nation;Contact\nZephyrine;Gabon;z@example.org\nQuillon;Togo;q@example.org\n");
    let run = sandbox
        .run(&["import", "participants", &file, "--meeting", &meeting, "--map", "delegate=family_name", "--map", "2=country", "--map", "Contact=email"])
        .success();
    run.says("2 added, 0 updated, 0 skipped", "both rows are added");
    assert_eq!(participants(&sandbox), before + 2);
    let second = write(&sandbox, "second.csv", "DELEGATE;nation;contact\nXandrine;Benin;x@example.org\n");
    let json = sandbox.run(&["import", "participants", &second, "--meeting", &meeting, "--dry-run", "--json"]).success().json();
    assert_eq!(json["remembered"], true, "the same headers bring the mapping back");
    assert_eq!(json["columns"][1]["field"], "country");
    let bad = sandbox.run(&["import", "participants", &second, "--meeting", &meeting, "--map", "Surname=family_name"]).failure();
    assert!(bad.stderr.contains("no column is headed \"Surname\""), "{}", bad.report());
}

#[test]
fn duplicates_follow_on_duplicate_and_unknown_organisations_are_created_on_request() {
    let (sandbox, meeting) = Sandbox::with_demo();
    let file = write(&sandbox, "orgs.csv", "Last name,First name,Organisation,Email\nTraoré,Awa,Sahel Water Alliance,awa@example.org\n");
    let refused = sandbox.run(&["import", "participants", &file, "--meeting", &meeting]).failure();
    assert!(refused.stderr.contains("organisation"), "an unknown organisation stops the import\n{}", refused.report());
    let json = sandbox.run(&["import", "participants", &file, "--meeting", &meeting, "--create-organisations", "--json"]).success().json();
    assert_eq!((json["added"].as_u64(), json["organisations_created"].as_u64()), (Some(1), Some(1)));
    let again = sandbox.run(&["import", "participants", &file, "--meeting", &meeting, "--json"]).success().json();
    assert_eq!((again["added"].as_u64(), again["skipped"].as_u64()), (Some(0), Some(1)), "the same person again is skipped by default");
    let changed = write(&sandbox, "orgs2.csv", "Last name,First name,Organisation,Email,Title\nTraoré,Awa,Sahel Water Alliance,awa@example.org,Director\n");
    let updated = sandbox.run(&["import", "participants", &changed, "--meeting", &meeting, "--on-duplicate", "update", "--json"]).success().json();
    assert_eq!(updated["updated"].as_u64(), Some(1));
    let function: String = sandbox
        .sql()
        .query_row("SELECT t.en_text FROM participants p JOIN texts t ON t.owner_id = p.id AND t.field = 'function' WHERE p.email = 'awa@example.org'", [], |r| r.get(0))
        .expect("the updated function");
    assert_eq!(function, "Director");
}

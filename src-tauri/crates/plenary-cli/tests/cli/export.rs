//! `plenary export agenda` in every format, read back by tools other than ours where one is
//! installed, and `plenary agenda release|versions|changelog`.

use crate::harness::Sandbox;
use std::path::Path;
use std::process::Command;

/// Blanks the French title of the demo's first "Lunch", as an old database could hold it.
fn drop_french_lunch_title(sandbox: &Sandbox) {
    let changed = sandbox
        .sql()
        .execute(
            "UPDATE texts SET fr_text = '', fr_state = 'missing', fr_source_hash = NULL, fr_source_text = NULL
             WHERE rowid = (SELECT min(rowid) FROM texts WHERE owner_kind = 'session' AND field = 'title' AND en_text = 'Lunch')",
            [],
        )
        .expect("blank a French title");
    assert_eq!(changed, 1, "the demo has a lunch");
}

/// The text of a PDF, by poppler's pdftotext (layout kept, so that columns stay apart).
fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(path).arg("-").output().expect("pdftotext runs (make deps installs poppler-utils)");
    assert!(out.status.success(), "pdftotext read the file: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

/// Every paragraph and table cell of a DOCX, by python-docx.
fn docx_text(path: &Path) -> String {
    let script = "import docx, sys\nd = docx.Document(sys.argv[1])\nparts = [p.text for p in d.paragraphs]\nfor t in d.tables:\n    for r in t.rows:\n        for c in r.cells:\n            parts.append(c.text)\nprint('\\n'.join(parts))";
    let out = Command::new("/usr/bin/python3").args(["-c", script]).arg(path).output().expect("python3 runs");
    assert!(out.status.success(), "python-docx opened the file: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

#[test]
fn the_format_comes_from_the_file_name_and_json_holds_both_languages() {
    let (sandbox, id) = Sandbox::with_demo();
    let file = sandbox.path().join("agenda.json");
    let run = sandbox.run(&["export", "agenda", "--meeting", &id, "-o", file.to_str().expect("UTF-8 path")]).success();
    run.says("Wrote", "says what it wrote");
    assert!(run.stderr.is_empty(), "the demo agenda has no gaps, so nothing on stderr\n{}", run.report());
    let text = std::fs::read_to_string(&file).expect("the file is written");
    let json: serde_json::Value = serde_json::from_str(&text).expect("the file is JSON");
    assert!(json.is_object(), "{}", run.report());
    assert!(text.contains("Opening ceremony") && text.contains("Cérémonie d’ouverture"), "both languages are in the JSON");
}

#[test]
fn a_missing_translation_is_reported_on_stderr_and_the_file_is_still_written() {
    let (sandbox, id) = Sandbox::with_demo();
    drop_french_lunch_title(&sandbox);
    let file = sandbox.path().join("agenda.html");
    let run = sandbox.run(&["export", "agenda", "--meeting", &id, "--format", "html", "--lang", "both", "--layout", "separate", "-o", file.to_str().expect("path")]);
    let run = run.success();
    assert!(run.stderr.contains("1 text is missing or stale:"), "a report on stderr\n{}", run.report());
    assert!(run.stderr.contains("FR  missing") && run.stderr.contains("Lunch — title"), "the gap names the language, the kind and the text\n{}", run.report());
    let page = std::fs::read_to_string(&file).expect("the page is written all the same");
    assert!(page.contains("Registration of participants") && page.contains("Enregistrement des participants"), "both editions");

    let fr = sandbox.run(&["--lang", "fr", "export", "agenda", "--meeting", &id, "-o", file.to_str().expect("path")]).success();
    assert!(fr.stderr.contains("1\u{a0}texte manque ou n’est pas à jour\u{a0}:") && fr.stderr.contains("FR  manquant"), "the report in French\n{}", fr.report());
}

#[test]
fn a_side_by_side_pdf_has_both_languages_and_a_docx_opens_in_python_docx() {
    let (sandbox, id) = Sandbox::with_demo();
    sandbox.run(&["agenda", "release", "--meeting", &id]).success();
    let pdf = sandbox.path().join("agenda.pdf");
    sandbox.run(&["export", "agenda", "--meeting", &id, "--lang", "both", "--layout", "side-by-side", "--version", "1", "-o", pdf.to_str().expect("path")]).success();
    let text = pdf_text(&pdf);
    for needle in ["Opening ceremony", "Cérémonie", "Rev. 1", "Rév. 1"] {
        assert!(text.contains(needle), "the PDF shows {needle:?}:\n{text}");
    }
    let docx = sandbox.path().join("agenda.docx");
    sandbox.run(&["export", "agenda", "--meeting", &id, "--lang", "fr", "-o", docx.to_str().expect("path")]).success();
    let text = docx_text(&docx);
    assert!(text.contains("Cérémonie d’ouverture"), "the French document has the French title:\n{text}");
    assert!(!text.contains("Opening ceremony"), "and not the English one:\n{text}");
}

#[test]
fn a_calendar_in_both_languages_is_two_files() {
    let (sandbox, id) = Sandbox::with_demo();
    let file = sandbox.path().join("lagos.ics");
    let run = sandbox.run(&["export", "agenda", "--meeting", &id, "--format", "ics", "-o", file.to_str().expect("path"), "--json"]).success();
    let json = run.json();
    let names: Vec<&str> = json["file_names"].as_array().expect("file names").iter().filter_map(|v| v.as_str()).collect();
    assert_eq!(names, ["lagos.en.ics", "lagos.fr.ics"], "{}", run.report());
    for (name, title) in [("lagos.en.ics", "Opening ceremony"), ("lagos.fr.ics", "Cérémonie d’ouverture")] {
        let text = std::fs::read_to_string(sandbox.path().join(name)).expect("a calendar file");
        assert!(text.starts_with("BEGIN:VCALENDAR") && text.contains(title), "{name} is a calendar in its language");
    }
    let one = sandbox.path().join("english.ics");
    sandbox.run(&["export", "agenda", "--meeting", &id, "--lang", "en", "-o", one.to_str().expect("path")]).success();
    assert!(one.exists(), "one language: one file, under the name given");
}

#[test]
fn an_unknown_format_is_refused_and_nothing_is_written() {
    let (sandbox, id) = Sandbox::with_demo();
    let file = sandbox.path().join("agenda.txt");
    let run = sandbox.run(&["export", "agenda", "--meeting", &id, "-o", file.to_str().expect("path")]).failure();
    assert!(run.stderr.contains("--format"), "says how to name the format\n{}", run.report());
    assert!(!file.exists());
    let run = sandbox.run(&["export", "agenda", "--meeting", &id, "--format", "odt", "-o", file.to_str().expect("path")]);
    assert_eq!(run.code, Some(2), "clap refuses an unknown format\n{}", run.report());
    assert!(run.stderr.contains("pdf, docx, html, ics or json"), "{}", run.report());
}

#[test]
fn releases_are_listed_and_compared() {
    let (sandbox, id) = Sandbox::with_demo();
    let first = sandbox.run(&["agenda", "release", "--meeting", &id, "--note", "first"]).success();
    assert!(first.stdout.starts_with("Released Rev. 1 — "), "{}", first.report());
    sandbox
        .sql()
        .execute("UPDATE texts SET fr_text = 'Séance d’ouverture' WHERE owner_kind = 'session' AND field = 'title' AND en_text = 'Opening ceremony'", [])
        .expect("retitle in French");
    let log = sandbox.run(&["agenda", "changelog", "--meeting", &id, "--from", "1"]).success();
    log.says("→ current draft", "compared with the draft");
    log.says("- French title changed: “Cérémonie d’ouverture” is now “Séance d’ouverture”.", "the change in English");
    let fr = sandbox.run(&["--lang", "fr", "agenda", "changelog", "--meeting", &id, "--from", "1"]).success();
    fr.says("- Titre français modifié\u{202f}: «\u{202f}Cérémonie d’ouverture\u{202f}» devient «\u{202f}Séance d’ouverture\u{202f}».", "the change in French");

    // The English side is now stale against the new French: a release must be confirmed.
    let refused = sandbox.run(&["agenda", "release", "--meeting", &id]).failure();
    assert!(refused.stderr.contains("EN  stale") && refused.stderr.contains("--force"), "lists the gaps and says how to go on\n{}", refused.report());
    let json = sandbox.run(&["agenda", "release", "--meeting", &id, "--force", "--json"]).success().json();
    assert_eq!(json["version"]["number"], 2);

    let versions = sandbox.run(&["agenda", "versions", "--meeting", &id]).success();
    let lines = versions.lines();
    assert_eq!(lines.len(), 2, "{}", versions.report());
    assert!(lines[0].starts_with("Rev. 1 — ") && lines[0].ends_with("  first"), "{}", versions.report());
    let json = sandbox.run(&["agenda", "versions", "--meeting", &id, "--json"]).success().json();
    let numbers: Vec<i64> = json.as_array().expect("a list").iter().filter_map(|v| v["number"].as_i64()).collect();
    assert_eq!(numbers, [1, 2]);
    let between = sandbox.run(&["agenda", "changelog", "--meeting", &id, "--from", "1", "--to", "2", "--json"]).success().json();
    assert_eq!(between["changes"].as_array().map(Vec::len), Some(1), "one change between Rev. 1 and Rev. 2");
    assert_eq!(between["changes"][0]["what"]["kind"], "retitled");
}

#[test]
fn an_unknown_version_is_refused_as_json_with_its_code() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["agenda", "changelog", "--meeting", &id, "--from", "3", "--json"]).failure();
    assert_eq!(run.stderr_json()["error"]["code"], "not_found", "{}", run.report());
    assert!(run.stdout.is_empty());
}

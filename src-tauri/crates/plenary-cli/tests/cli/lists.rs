//! `plenary export participants|badges|tent-cards|stats` on the demo meeting, the files read
//! back by Python's csv module, openpyxl and poppler; bad choices refused with the reason.

use crate::harness::Sandbox;
use std::path::Path;
use std::process::Command;

fn python(script: &str, path: &Path) -> String {
    let out = Command::new("/usr/bin/python3").args(["-c", script]).arg(path).output().expect("python3 runs");
    assert!(out.status.success(), "the reader opened the file: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn pdf_pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo runs (make deps installs poppler-utils)");
    let info = String::from_utf8(out.stdout).expect("UTF-8");
    info.lines().find_map(|l| l.strip_prefix("Pages:")).expect("a page count").trim().parse().expect("a number")
}

#[test]
fn the_list_in_french_as_csv_and_xlsx_has_french_names_and_no_formula() {
    let (sandbox, id) = Sandbox::with_demo();
    let csv = sandbox.path().join("liste.csv");
    let run = sandbox.run(&["--lang", "fr", "export", "participants", "--meeting", &id, "-o", csv.to_str().expect("path")]).success();
    run.says("liste.csv", "says which file it wrote");
    let rows = python("import csv, sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n    rows = list(csv.reader(f))\nprint(rows[0][1])\nprint(len(rows))\nprint('|'.join(r[1] for r in rows[1:]))", &csv);
    let lines: Vec<&str> = rows.lines().collect();
    assert_eq!(lines[0], "Délégation", "French headers\n{}", run.report());
    let names = lines[2];
    assert!(names.starts_with("Allemagne|"), "delegations named in French and sorted in French: {names}");
    let at = |n: &str| names.find(n).unwrap_or_else(|| panic!("{n} in {names}"));
    assert!(at("Égypte") < at("Érythrée") && at("Érythrée") < at("Espagne"), "É among the E's, as French sorts: {names}");
    let xlsx = sandbox.path().join("list.xlsx");
    sandbox.run(&["export", "participants", "--meeting", &id, "--format", "xlsx", "--order", "lot:NG", "-o", xlsx.to_str().expect("path")]).success();
    let check = python("import openpyxl, sys\nws = openpyxl.load_workbook(sys.argv[1]).active\nprint(ws.freeze_panes)\nprint(sum(1 for r in ws.iter_rows() for c in r if c.data_type == 'f'))\nprint(ws['B2'].value)", &xlsx);
    let lines: Vec<&str> = check.lines().collect();
    assert_eq!(lines[..2], ["A2", "0"], "the header row frozen, no formula");
    assert_eq!(lines[2], "Nigeria", "drawn by lot, Nigeria comes first");
}

#[test]
fn badges_and_tent_cards_are_written_with_a_page_per_badge_or_card() {
    let (sandbox, id) = Sandbox::with_demo();
    let badges = sandbox.path().join("badges.pdf");
    sandbox.run(&["export", "badges", "--meeting", &id, "--delegation", "NG", "--layout", "a6", "-o", badges.to_str().expect("path")]).success();
    let nigeria: i64 = sandbox
        .sql()
        .query_row("SELECT count(*) FROM participants p JOIN delegations d ON d.id = p.delegation_id WHERE d.country = 'NG'", [], |r| r.get(0))
        .expect("a count");
    assert_eq!(pdf_pages(&badges) as i64, nigeria, "one A6 badge per member of Nigeria's delegation");
    let cards = sandbox.path().join("cards.pdf");
    sandbox.run(&["export", "tent-cards", "--meeting", &id, "-o", cards.to_str().expect("path")]).success();
    let delegations: i64 = sandbox.sql().query_row("SELECT count(*) FROM delegations", [], |r| r.get(0)).expect("a count");
    assert_eq!(pdf_pages(&cards) as i64, delegations, "one tent card per delegation");
}

#[test]
fn the_statistics_tables_as_xlsx_and_csv() {
    let (sandbox, id) = Sandbox::with_demo();
    let xlsx = sandbox.path().join("stats.xlsx");
    sandbox.run(&["export", "stats", "--meeting", &id, "-o", xlsx.to_str().expect("path")]).success();
    let sheets = python("import openpyxl, sys\nprint('|'.join(openpyxl.load_workbook(sys.argv[1]).sheetnames))", &xlsx);
    assert!(sheets.starts_with("Summary|By country|"), "a summary then the tables: {sheets}");
    let csv = sandbox.path().join("stats.csv");
    sandbox.run(&["--lang", "fr", "export", "stats", "--meeting", &id, "-o", csv.to_str().expect("path")]).success();
    let text = std::fs::read_to_string(&csv).expect("written");
    assert!(text.contains("Par pays") && text.contains("représentants"), "French labels and headline:\n{text}");
}

#[test]
fn a_format_or_order_that_does_not_exist_is_refused_with_the_choices() {
    let (sandbox, id) = Sandbox::with_demo();
    let out = sandbox.path().join("list.txt");
    let run = sandbox.run(&["export", "participants", "--meeting", &id, "-o", out.to_str().expect("path")]);
    assert_ne!(run.code, Some(0), "no format: refused\n{}", run.report());
    assert!(run.stderr.contains("pdf, docx, xlsx or csv"), "names the formats\n{}", run.report());
    let run = sandbox.run(&["export", "participants", "--meeting", &id, "--format", "csv", "--order", "random", "-o", out.to_str().expect("path")]);
    assert!(run.code != Some(0) && run.stderr.contains("order"), "a bad order is refused, naming the field\n{}", run.report());
    let run = sandbox.run(&["export", "badges", "--meeting", &id, "--delegation", "Atlantis", "-o", out.to_str().expect("path")]);
    assert!(run.code != Some(0) && run.stderr.to_lowercase().contains("delegation"), "an unknown delegation is refused\n{}", run.report());
    assert!(!out.exists(), "nothing written");
}

//! The list of participants and the statistics tables as XLSX and CSV, read back by openpyxl
//! and Python's csv module: no cell a spreadsheet would evaluate, whatever the names say.

use crate::participants_fixture::{HOSTILE, list};
use crate::readers::{python, temp_file};
use plenary_core::Lang;
use plenary_core::stats::Count;
use plenary_export::participants;
use plenary_export::stats_tables::{self, StatsTable, StatsTables};
use serde_json::Value;

/// What openpyxl sees of a workbook: sheet names, formula cells, strings a spreadsheet would
/// run, whether each sheet's first row is bold, its frozen panes, its filter and its values.
const XLSX_READER: &str = r#"
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "formulas": [], "unescaped": [], "bold": {}, "freeze": {}, "filter": {}, "values": {}}
for ws in wb.worksheets:
    out["freeze"][ws.title] = ws.freeze_panes
    out["filter"][ws.title] = ws.auto_filter.ref
    out["bold"][ws.title] = all(c.font.bold for c in ws[1] if c.value is not None)
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == "f":
                out["formulas"].append(c.coordinate)
            if isinstance(c.value, str) and c.value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                out["unescaped"].append(c.value)
    out["values"][ws.title] = [list(r) for r in ws.iter_rows(values_only=True)]
print(json.dumps(out))
"#;

/// Every row of a CSV file as Python's csv module reads it (UTF-8 with its BOM).
const CSV_READER: &str = r#"
import csv, sys, json
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    print(json.dumps(list(csv.reader(f))))
"#;

fn read_xlsx(bytes: &[u8]) -> Value {
    let (_dir, path) = temp_file("list.xlsx", bytes);
    serde_json::from_str(&python(XLSX_READER, &path)).expect("the reader prints JSON")
}

fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let (_dir, path) = temp_file("list.csv", bytes);
    serde_json::from_str(&python(CSV_READER, &path)).expect("the reader prints JSON")
}

fn strings(rows: &Value) -> Vec<Vec<String>> {
    rows.as_array()
        .expect("rows")
        .iter()
        .map(|r| r.as_array().expect("a row").iter().map(|v| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string())).collect())
        .collect()
}

#[test]
fn the_xlsx_list_has_no_formula_and_every_hostile_name_reads_as_typed_behind_an_apostrophe() {
    let list = list(Lang::En);
    let bytes = participants::xlsx(&list).expect("the XLSX is written").bytes;
    let book = read_xlsx(&bytes);
    assert_eq!(book["formulas"], Value::Array(vec![]), "no cell is a formula: {book}");
    assert_eq!(book["unescaped"], Value::Array(vec![]), "no string starts with a formula trigger: {book}");
    assert_eq!(book["sheets"][0], "List of participants");
    assert_eq!(book["freeze"]["List of participants"], "A2", "the header row stays in view");
    assert_eq!(book["filter"]["List of participants"], "A1:J16", "filters on the header row over every row");
    assert_eq!(book["bold"]["List of participants"], true, "the header row is bold");
    let rows = strings(&book["values"]["List of participants"]);
    assert_eq!(rows.len(), list.len() + 1, "one row per participant under the header");
    let cells: Vec<&String> = rows.iter().flatten().collect();
    for payload in HOSTILE {
        assert!(cells.iter().any(|c| **c == format!("'{payload}")), "{payload:?} is kept, as text, behind an apostrophe: {rows:?}");
    }
    let families: Vec<&str> = rows.iter().skip(1).map(|r| r[5].as_str()).collect();
    assert_eq!(&families[..6], ["Farouk", "Baumgartner", "Weber", "Zimmer", "Ahmed", "Okafor"], "UN order, English names, head first");
    assert_eq!(rows[1][2], "Yes", "the head of delegation is marked");
}

#[test]
fn the_csv_list_reads_back_in_python_with_its_accents_quotes_and_line_breaks() {
    let list = list(Lang::Fr);
    let bytes = participants::csv(&list).expect("the CSV is written").bytes;
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "a BOM, so Excel reads UTF-8");
    let rows = read_csv(&bytes);
    assert_eq!(rows[0][..3], ["Groupe", "Délégation", "Chef de délégation"], "French headers");
    assert_eq!(rows.len(), list.len() + 1, "one line per participant: a quoted line break does not split a row");
    assert!(rows.iter().all(|r| r.len() == 10), "every row has every column: {rows:?}");
    let delegations: Vec<&str> = rows.iter().skip(1).map(|r| r[1].as_str()).collect();
    let first = |name: &str| delegations.iter().position(|d| *d == name).unwrap_or_else(|| panic!("{name} in the list"));
    assert!(first("Allemagne") < first("Égypte") && first("Égypte") < first("France") && first("France") < first("Nigéria"),
        "French collation: Égypte among the E's: {delegations:?}");
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} would run in a spreadsheet");
        }
    }
    assert!(rows.iter().flatten().any(|c| c == "'-Directeur"), "a function starting with a dash is neutralised");
    assert!(rows.iter().flatten().any(|c| c == "[EN] Director, Migration"), "a function missing in French shows the English, tagged");
}

fn tables() -> StatsTables {
    let count = |key: &str, label: &str, n| Count { key: key.into(), label: label.into(), count: n };
    StatsTables {
        lang: Lang::Fr,
        date: chrono::NaiveDate::from_ymd_opt(2025, 11, 4).expect("a date"),
        headline_en: "15 representatives from 6 countries".into(),
        headline_fr: "15 représentants de 6 pays".into(),
        totals: vec![("Représentants".into(), 15), ("Pays".into(), 6)],
        tables: vec![
            StatsTable { title: "Par pays".into(), rows: vec![count("NG", "Nigéria", 3), count("XX", "=HYPERLINK(\"x\")", 1)] },
            StatsTable { title: "Par région M49".into(), rows: vec![count("002", "Afrique", 4)] },
        ],
    }
}

#[test]
fn the_statistics_workbook_has_a_summary_then_a_sheet_per_table_with_numbers_as_numbers() {
    let bytes = stats_tables::xlsx(&tables()).expect("written").bytes;
    let book = read_xlsx(&bytes);
    assert_eq!(book["sheets"], serde_json::json!(["Résumé", "Par pays", "Par région M49"]));
    assert_eq!(book["formulas"], Value::Array(vec![]), "{book}");
    assert_eq!(book["unescaped"], Value::Array(vec![]), "{book}");
    assert_eq!(book["values"]["Résumé"][0][1], "15 representatives from 6 countries", "the English headline");
    assert_eq!(book["values"]["Résumé"][1][1], "15 représentants de 6 pays", "the French headline");
    assert_eq!(book["values"]["Par pays"][1], serde_json::json!(["NG", "Nigéria", 3]), "counts are numbers");
    assert_eq!(book["values"]["Par pays"][2][1], "'=HYPERLINK(\"x\")");
    assert_eq!(stats_tables::xlsx(&tables()).expect("written").bytes, bytes, "the same tables, the same bytes");
}

#[test]
fn the_statistics_csv_has_one_section_per_table() {
    let rows = read_csv(&stats_tables::csv(&tables()).expect("written").bytes);
    let titles: Vec<&str> = rows.iter().filter(|r| r.len() == 1).map(|r| r[0].as_str()).collect();
    assert_eq!(titles, ["Résumé", "Par pays", "Par région M49"], "each section under its title: {rows:?}");
    assert!(rows.contains(&vec!["NG".to_owned(), "Nigéria".to_owned(), "3".to_owned()]));
    assert!(rows.iter().any(|r| r.is_empty()), "a blank line between sections");
}

#[test]
fn the_same_list_gives_the_same_bytes_in_every_spreadsheet_format() {
    for lang in Lang::ALL {
        assert_eq!(participants::xlsx(&list(lang)).expect("xlsx").bytes, participants::xlsx(&list(lang)).expect("xlsx").bytes, "XLSX has no clock");
        assert_eq!(participants::csv(&list(lang)).expect("csv").bytes, participants::csv(&list(lang)).expect("csv").bytes);
    }
}

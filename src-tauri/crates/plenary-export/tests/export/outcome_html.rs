//! The outcome document as HTML, read back by html5lib in strict mode (what browsers parse
//! by): rows of paragraphs in their languages, numbers in order, brackets, facts, quotes and
//! amendments marked up as such, and nothing fetched or run.

use crate::outcome_fixture::{MARKUP, conflicting, hostile, lagos, pending};
use crate::readers::{html_reader, python, temp_file};
use plenary_core::Lang;
use plenary_core::outcome::{DocumentStatus, OutcomeDocument};
use plenary_core::typography::{NNBSP, typeset};
use plenary_export::{Languages, Layout, OutcomeOptions, outcome_html};
use serde_json::Value;

/// Parses the file strictly (any parse error fails) and reports what the checks need.
const READ: &str = r#"
def classes(e):
    return (e.get("class") or "").split()
parents = {c: p for p in doc.iter() for c in p}
# The language an element is marked with inside <body>: the document's own does not count,
# so that a text left without one is found.
def lang_of(e):
    while e is not None and e.tag != "body":
        if e.get("lang"):
            return e.get("lang")
        e = parents.get(e)
    return None
def para(d):
    p = d.find("p")
    num = p.find("span")
    return {"lang": d.get("lang"), "id": d.get("id"), "kind": [c for c in classes(d) if c != "para"][0],
            "num": text(num) if num is not None and "num" in classes(num) else None,
            "text": text(p)[len(text(num)) if num is not None and "num" in classes(num) else 0:],
            "marks": [text(m) for m in d.iter("mark")],
            "figures": [text(li) for ul in d.iter("ul") for li in ul.iter("li")],
            "quotes": [{"text": text(f.find("blockquote")), "by": text(f.find("figcaption"))} for f in d.iter("figure")],
            "amendments": [{"label": text(a.find("p")), "ins": [text(i) for i in a.iter("ins")], "del": [text(x) for x in a.iter("del")]} for a in d.iter("aside")],
            "fallbacks": [{"lang": s.get("lang"), "text": text(s)} for s in d.iter("span") if "fallback" in classes(s)]}
print(json.dumps({
    "lang": doc.get("lang"),
    "headings": [int(e.tag[1]) for e in doc.iter() if e.tag in ("h1", "h2", "h3", "h4", "h5", "h6")],
    "h2": [[{"lang": s.get("lang"), "text": text(s)} for s in h] for h in doc.iter("h2")],
    "main": len(list(doc.iter("main"))),
    "scripts": len(list(doc.iter("script"))),
    "links": [e.tag for e in doc.iter() if e.get("href") or e.get("src")],
    "rows": [[para(d) for d in r if "para" in classes(d)] for r in doc.iter("div") if "row" in classes(r)],
    "editions": [e.get("lang") for e in doc.iter("article") if "edition" in classes(e)],
    "draft": [text(e) for e in doc.iter("p") if "draft" in classes(e)],
    "header": [[{"lang": s.get("lang"), "text": text(s)} for s in p] for h in doc.iter("header") for p in h],
    "unmarked": sorted({e.tag for e in doc.find("body").iter() if (e.text or "").strip() and lang_of(e) is None}),
    "ids": [e.get("id") for e in doc.iter() if e.get("id")],
    "text": text(doc.find("body")),
}))
"#;

fn export(doc: &OutcomeDocument, languages: Languages, layout: Layout) -> (String, Value) {
    let mut amendments = pending();
    amendments.push(conflicting());
    let exported = outcome_html(doc, &amendments, &OutcomeOptions { languages, layout }).expect("the document renders");
    let source = String::from_utf8(exported.bytes).expect("UTF-8 HTML");
    let (_dir, path) = temp_file("outcome.html", source.as_bytes());
    let report = serde_json::from_str(&python(&html_reader(READ), &path)).expect("the reader prints JSON");
    (source, report)
}

fn list(v: &Value) -> &Vec<Value> {
    v.as_array().expect("a list")
}

fn strings(v: &Value) -> Vec<String> {
    list(v).iter().map(|s| s.as_str().unwrap_or_default().to_owned()).collect()
}

/// The cells of the rows in column `i`.
fn column(report: &Value, i: usize) -> Vec<&Value> {
    list(&report["rows"]).iter().map(|row| &list(row)[i]).collect()
}

#[test]
fn every_variant_parses_without_a_single_error() {
    for status in [DocumentStatus::Draft, DocumentStatus::Adopted] {
        for layout in [Layout::SideBySide, Layout::Separate] {
            for languages in [Languages::En, Languages::Fr, Languages::Both] {
                let mut doc = lagos();
                doc.status = status;
                let (source, report) = export(&doc, languages, layout);
                assert_eq!(report["main"], 1, "{layout} {languages}: one <main>");
                let levels: Vec<u64> = list(&report["headings"]).iter().filter_map(Value::as_u64).collect();
                assert_eq!(levels.first(), Some(&1), "{layout} {languages}: the title is the first heading");
                assert!(levels.windows(2).all(|w| w[1] <= w[0] + 1), "{layout} {languages}: no heading level skipped: {levels:?}");
                assert_eq!(strings(&report["draft"]).is_empty(), status == DocumentStatus::Adopted, "{layout} {languages}: a banner until adopted");
                assert_eq!(report["scripts"], 0, "{layout} {languages}: nothing runs");
                assert!(list(&report["links"]).is_empty() && !source.contains("url(") && !source.contains("@import"), "nothing is fetched");
                let unmarked = strings(&report["unmarked"]);
                assert!(unmarked.is_empty(), "{layout} {languages}: every text is in an element with a language: {unmarked:?}");
                let ids = strings(&report["ids"]);
                let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
                assert_eq!(unique.len(), ids.len(), "{layout} {languages}: ids are unique");
            }
        }
    }
}

#[test]
fn side_by_side_rows_pair_each_paragraph_with_its_translation_numbered_in_order() {
    let doc = lagos();
    let (_, report) = export(&doc, Languages::Both, Layout::SideBySide);
    assert_eq!(report["lang"], "en");
    let rows = list(&report["rows"]);
    assert_eq!(rows.len(), doc.paragraph_count(), "a row per paragraph");
    assert!(rows.iter().all(|r| list(r).len() == 2), "two cells in every row");
    for (i, lang) in [(0, "en"), (1, "fr")] {
        let cells = column(&report, i);
        assert!(cells.iter().all(|c| c["lang"] == lang), "column {i} is all {lang}");
        let numbers: Vec<&str> = cells.iter().filter_map(|c| c["num"].as_str()).collect();
        assert_eq!(numbers, ["1.", "2.", "3.", "4.", "5.", "6.", "7."], "{lang}: operative paragraphs numbered on through the sections");
        let kinds: Vec<&str> = cells.iter().filter_map(|c| c["kind"].as_str()).collect();
        assert_eq!(kinds.iter().filter(|k| **k == "preambular").count(), doc.preamble.len(), "{lang}: preambular paragraphs unnumbered");
    }
    let english: Vec<String> = column(&report, 0).iter().map(|c| c["text"].as_str().unwrap_or_default().to_owned()).collect();
    let expected: Vec<String> = doc.numbered().iter().map(|n| n.paragraph.text.get(Lang::En).to_owned()).collect();
    assert_eq!(english, expected, "the English paragraphs, in order, as typed");
    let french = column(&report, 1);
    let op4 = french.iter().find(|c| c["num"] == "4.").expect("OP4 in the French column");
    assert_eq!(list(&op4["fallbacks"])[0]["lang"], "en", "its missing French is the English, marked up as English");
    assert!(op4["text"].as_str().is_some_and(|t| t.starts_with("[EN] Harmonised")), "and tagged visibly: {op4}");
    let headings: Vec<Vec<String>> = list(&report["h2"]).iter().map(|h| list(h).iter().map(|s| s["lang"].as_str().unwrap_or_default().to_owned()).collect()).collect();
    assert_eq!(headings.len(), doc.sections.len(), "a heading per section");
    assert!(headings.iter().all(|h| h == &["en", "fr"]), "each heading in both languages: {headings:?}");
}

#[test]
fn brackets_facts_quotes_and_amendments_are_marked_up_as_such() {
    let (_, report) = export(&lagos(), Languages::Both, Layout::SideBySide);
    let cells: Vec<&Value> = list(&report["rows"]).iter().flat_map(list).collect();
    let marks: Vec<String> = cells.iter().flat_map(|c| strings(&c["marks"])).collect();
    assert_eq!(marks, ["[regional]", "[régionaux]"], "the bracketed passage, brackets kept, in each language");
    let op1 = cells.iter().find(|c| c["id"] == "en-op1").expect("OP1");
    assert_eq!(strings(&op1["figures"]).len(), 3, "the MMC figures are a list under OP1");
    assert_eq!(strings(&op1["figures"])[2], "Incidences of child trafficking rose globally by 31% between 2019 and 2022 (Mixed Migration Centre (MMC))");
    let op6 = cells.iter().find(|c| c["id"] == "fr-op6").expect("OP6 in French");
    let quote = &list(&op6["quotes"])[0];
    assert!(quote["text"].as_str().is_some_and(|t| t.starts_with("Maintenons donc")), "the quote, in French: {quote}");
    assert!(quote["by"].as_str().is_some_and(|t| t.starts_with("— Hon Tijjani Aliyu Ahmed, Commissaire fédéral")), "with its attribution: {quote}");
    let op2 = cells.iter().find(|c| c["id"] == "en-op2").expect("OP2");
    let amendment = &list(&op2["amendments"])[0];
    assert_eq!(amendment["label"], "Amendment — Côte d'Ivoire, 5 November 2025");
    assert_eq!(strings(&amendment["ins"]).concat().trim(), "and experience", "only the changed words are marked as inserted");
    let fr_op1 = cells.iter().find(|c| c["id"] == "fr-op1").expect("OP1 in French");
    assert!(list(&fr_op1["amendments"])[0]["label"].as_str().is_some_and(|l| l.ends_with("(proposé sur un texte antérieur)")), "a conflicting amendment says so");
}

#[test]
fn separate_editions_and_french_typography() {
    let (_, report) = export(&lagos(), Languages::Both, Layout::Separate);
    assert_eq!(strings(&report["editions"]), ["en", "fr"], "the English edition, then the French one");
    assert!(list(&report["rows"]).iter().all(|r| list(r).len() == 1), "one column per edition");
    let text = report["text"].as_str().expect("text");
    let (en, fr) = (text.find("Looking ahead").expect("English"), text.find("Perspectives").expect("French"));
    assert!(en < fr, "English first");
    assert!(text.contains(&format!("«{NNBSP}4P{NNBSP}»{NNBSP}: prévention")), "guillemets and narrow spaces in French");
    assert!(text.contains(&format!("Coprésidence{NNBSP}: Nigéria et France")), "the co-chairs line, typeset");
    assert!(text.contains("Projet · Rev.1 — 5\u{a0}novembre 2025"), "the status and revision in French");
}

#[test]
fn markup_and_a_fifty_thousand_character_paragraph_are_printed_literally() {
    let doc = hostile();
    for layout in [Layout::SideBySide, Layout::Separate] {
        let (source, report) = export(&doc, Languages::Both, layout);
        assert!(!source.to_lowercase().contains("<script"), "{layout}: no script element, the texts' are escaped");
        assert_eq!(report["scripts"], 0, "{layout}: the parser finds no script");
        let text = report["text"].as_str().expect("text");
        let all = MARKUP.join(" ");
        for typed in [format!("Title {all}"), format!("Heading {all}"), format!("Recalling {all},")] {
            assert!(text.contains(&typed), "{layout}: {typed:?} reads as typed");
        }
        assert!(text.contains(&typeset(&format!("Rappelant {all},"), Lang::Fr)), "{layout}: and in French, typeset as French");
        let long = doc.sections[1].paragraphs[0].text.get(Lang::En);
        let op3 = list(&report["rows"]).iter().flat_map(list).find(|c| c["id"] == "en-op3").expect("OP3");
        assert_eq!(op3["text"].as_str(), Some(long), "{layout}: all 50,000 characters of OP3, in order");
    }
}

#[test]
fn the_same_document_gives_the_same_bytes_and_its_gaps() {
    let doc = lagos();
    let options = OutcomeOptions { languages: Languages::Both, layout: Layout::SideBySide };
    let once = outcome_html(&doc, &pending(), &options).expect("renders");
    let twice = outcome_html(&doc, &pending(), &options).expect("renders");
    assert!(once.bytes == twice.bytes, "no clock, no randomness in the output");
    assert_eq!(once.gaps, doc.gaps(&[Lang::En, Lang::Fr]), "the document's own gaps");
}

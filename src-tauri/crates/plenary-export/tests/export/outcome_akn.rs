//! The outcome document as Akoma Ntoso 3.0: well-formed for xmllint, and read back with
//! Python's ElementTree: identification, preface, preamble, numbered paragraphs in order,
//! unique element ids, the language of each document, and texts as typed.

use crate::outcome_fixture::{MARKUP, hostile, lagos};
use crate::readers::{run, temp_file};
use plenary_core::Lang;
use plenary_core::outcome::OutcomeDocument;
use plenary_core::typography::typeset;
use plenary_export::outcome::AKN_NS;
use plenary_export::outcome_akn;
use serde_json::Value;

/// What the checks need, read with ElementTree in the Akoma Ntoso namespace.
const READ: &str = r#"
import json, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
NS = sys.argv[2]
def q(path):
    return "/".join("{%s}%s" % (NS, p) if p not in (".", "..") and not p.startswith("*") else p for p in path.split("/"))
def text(e):
    return "".join(e.itertext()) if e is not None else None
doc = root.find(q("doc"))
ident = doc.find(q("meta/identification"))
frbr = {}
for part in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
    e = ident.find(q(part))
    frbr[part] = {c.tag.split("}")[1]: dict(c.attrib) for c in e}
print(json.dumps({
    "root": root.tag,
    "doc": doc.get("name"),
    "frbr": frbr,
    "references": [dict(e.attrib) for e in doc.find(q("meta/references"))],
    "title": text(doc.find(q("preface")).find(".//" + q("docTitle"))),
    "status": text(doc.find(q("preface")).find(".//" + q("docStatus"))),
    "preface": [text(p) for p in doc.find(q("preface"))],
    "preamble": [{"eId": c.get("eId"), "name": c.get("name"), "text": text(c.find(q("p")))} for c in doc.find(q("preamble"))],
    "sections": [{"eId": s.get("eId"), "heading": text(s.find(q("heading"))),
                  "paragraphs": [{"eId": p.get("eId"), "num": text(p.find(q("num"))), "text": text(p.find(q("content/p"))),
                                  "bracketed": [text(i) for i in p.iter(q("inline")) if i.get("name") == "bracketed"],
                                  "missing": [{"lang": i.get("{http://www.w3.org/XML/1998/namespace}lang"), "text": text(i)} for i in p.iter(q("inline")) if i.get("name") == "missingTranslation"],
                                  "items": [{"eId": i.get("eId"), "text": text(i)} for i in p.iter(q("item"))],
                                  "quotes": [{"text": text(e), "open": e.get("startQuote")} for e in p.iter(q("embeddedText"))],
                                  "attributions": [text(e) for e in p.iter(q("p")) if e.get("class") == "attribution"]}
                                 for p in s.findall(q("paragraph"))]}
                 for s in doc.find(q("mainBody")).findall(q("section"))],
    "eIds": [e.get("eId") for e in root.iter() if e.get("eId")],
}))
"#;

fn export(doc: &OutcomeDocument, lang: Lang) -> (Vec<u8>, Value) {
    let exported = outcome_akn(doc, lang).expect("the document is written");
    let (_dir, path) = temp_file("outcome.xml", &exported.bytes);
    let path_str = path.to_str().expect("a UTF-8 path");
    run("xmllint", &["--noout", path_str]);
    let report = python_with(READ, &path);
    (exported.bytes, report)
}

fn python_with(script: &str, path: &std::path::Path) -> Value {
    let out = run("/usr/bin/python3", &["-c", script, path.to_str().expect("a UTF-8 path"), AKN_NS]);
    serde_json::from_str(&out).expect("the reader prints JSON")
}

fn list(v: &Value) -> &Vec<Value> {
    v.as_array().expect("a list")
}

fn paragraphs(report: &Value) -> Vec<&Value> {
    list(&report["sections"]).iter().flat_map(|s| list(&s["paragraphs"])).collect()
}

#[test]
fn each_language_is_a_well_formed_akoma_ntoso_document_with_its_frbr_identification() {
    for (lang, code) in [(Lang::En, "eng"), (Lang::Fr, "fra")] {
        let (_, report) = export(&lagos(), lang);
        assert_eq!(report["root"], format!("{{{AKN_NS}}}akomaNtoso"), "the Akoma Ntoso 3.0 namespace");
        assert_eq!(report["doc"], "outcomeDocument");
        let frbr = &report["frbr"];
        assert_eq!(frbr["FRBRExpression"]["FRBRlanguage"]["language"], code, "one document per language, said in FRBR terms");
        let work = frbr["FRBRWork"]["FRBRuri"]["value"].as_str().expect("a work URI");
        assert_eq!(work, "/akn/un/doc/outcomeDocument/2025-11-04/019a4d3c-9c00-7000-8000-000000000001", "dated the day the document was created");
        assert_eq!(frbr["FRBRWork"]["FRBRthis"]["value"], format!("{work}/!main"));
        let expression = frbr["FRBRExpression"]["FRBRuri"]["value"].as_str().expect("an expression URI");
        assert_eq!(expression, format!("{work}/{code}@2025-11-05"), "the expression is the revision of 5 November in {code}");
        assert_eq!(frbr["FRBRManifestation"]["FRBRthis"]["value"], format!("{expression}/!main.xml"));
        for part in ["FRBRWork", "FRBRExpression", "FRBRManifestation"] {
            assert!(frbr[part]["FRBRdate"]["date"].as_str().is_some_and(|d| d.len() == 10), "{part} has a date");
            let author = frbr[part]["FRBRauthor"]["href"].as_str().expect("an author").trim_start_matches('#').to_owned();
            assert!(list(&report["references"]).iter().any(|r| r["eId"] == author), "{part}'s author {author} is a TLCOrganization");
        }
    }
}

#[test]
fn the_preface_preamble_and_numbered_paragraphs_come_in_order() {
    let doc = lagos();
    let (_, report) = export(&doc, Lang::En);
    assert_eq!(report["title"], doc.title.get(Lang::En));
    assert_eq!(report["status"], "Draft · Rev.1 — 5 November 2025");
    let preface: Vec<&str> = list(&report["preface"]).iter().filter_map(Value::as_str).collect();
    assert!(preface.contains(&"Lagos, Nigeria, 4–5 November 2025") && preface.contains(&"Co-chairs: Nigeria and France"), "the meeting line: {preface:?}");
    let preamble = list(&report["preamble"]);
    let expected: Vec<&str> = doc.preamble.iter().map(|p| p.text.get(Lang::En)).collect();
    assert_eq!(preamble.iter().map(|c| c["text"].as_str().unwrap_or_default()).collect::<Vec<_>>(), expected, "preambular paragraphs, unnumbered, in order");
    assert!(preamble.iter().all(|c| c["name"] == "preambularParagraph"));
    let sections = list(&report["sections"]);
    let headings: Vec<&str> = sections.iter().filter_map(|s| s["heading"].as_str()).collect();
    let expected: Vec<&str> = doc.sections.iter().map(|s| s.heading.get(Lang::En)).collect();
    assert_eq!(headings, expected, "a section per section, with its heading");
    let paras = paragraphs(&report);
    let nums: Vec<&str> = paras.iter().filter_map(|p| p["num"].as_str()).collect();
    assert_eq!(nums, ["1.", "2.", "3.", "4.", "5.", "6.", "7."], "operative paragraphs numbered on through the sections");
    let ids: Vec<&str> = paras.iter().filter_map(|p| p["eId"].as_str()).collect();
    assert_eq!(ids, ["sec_1__para_1", "sec_1__para_2", "sec_2__para_3", "sec_3__para_4", "sec_4__para_5", "sec_5__para_6", "sec_5__para_7"]);
    let texts: Vec<&str> = paras.iter().filter_map(|p| p["text"].as_str()).collect();
    let expected: Vec<&str> = doc.sections.iter().flat_map(|s| &s.paragraphs).map(|p| p.text.get(Lang::En)).collect();
    assert_eq!(texts, expected, "each paragraph's text as typed");
    let all_ids: Vec<&str> = list(&report["eIds"]).iter().filter_map(Value::as_str).collect();
    let unique: std::collections::BTreeSet<&&str> = all_ids.iter().collect();
    assert_eq!(unique.len(), all_ids.len(), "element ids are unique: {all_ids:?}");
}

#[test]
fn brackets_facts_quotes_and_missing_translations_are_marked_up() {
    let (_, report) = export(&lagos(), Lang::Fr);
    let paras = paragraphs(&report);
    let bracketed: Vec<&str> = paras.iter().flat_map(|p| list(&p["bracketed"])).filter_map(Value::as_str).collect();
    assert_eq!(bracketed, ["[régionaux]"], "the contested passage, brackets kept");
    let items = list(&paras[0]["items"]);
    assert_eq!(items.len(), 3, "OP1 lists the three MMC figures");
    assert_eq!(items[0]["eId"], "sec_1__para_1__list_1__item_1");
    assert!(items[1]["text"].as_str().is_some_and(|t| t.starts_with("84 % des réfugiés") && t.ends_with("(Centre de migration mixte (MMC))")), "{}", items[1]);
    let quote = &list(&paras[4]["quotes"])[0];
    assert_eq!(quote["open"], "«", "a French quote opens with a guillemet");
    assert!(quote["text"].as_str().is_some_and(|t| t.contains("un message clair\u{202f}: aucun pays")), "the quote, typeset as French: {quote}");
    assert!(list(&paras[4]["attributions"])[0].as_str().is_some_and(|a| a.starts_with("— HE Cyrille Baumgartner, Ambassadeur chargé des migrations")));
    let missing = list(&paras[3]["missing"]);
    assert_eq!(missing[0]["lang"], "en", "OP4 has no French: the English stands in, marked as English");
    assert!(missing[0]["text"].as_str().is_some_and(|t| t.starts_with("[EN] Harmonised crime definitions")), "and tagged: {}", missing[0]);
    let exported = outcome_akn(&lagos(), Lang::Fr).expect("written");
    assert_eq!(exported.gaps, lagos().gaps(&[Lang::Fr]), "the gaps of the language written");
}

#[test]
fn markup_a_fifty_thousand_character_paragraph_and_control_characters_are_kept_safe() {
    let mut doc = hostile();
    doc.sections[4].paragraphs[1].text.edit(Lang::En, "A bell \u{7} and a form feed \u{c} pasted from a terminal.");
    let (bytes, report) = export(&doc, Lang::En);
    let source = String::from_utf8(bytes).expect("UTF-8");
    assert!(!source.contains("<script") && !source.contains("<!-- -->"), "markup in texts is escaped");
    let all = MARKUP.join(" ");
    assert_eq!(report["title"], format!("Title {all}"), "the title reads as typed");
    assert_eq!(list(&report["preamble"])[0]["text"], format!("Recalling {all},"));
    assert_eq!(list(&report["sections"])[0]["heading"], format!("Heading {all}"));
    let paras = paragraphs(&report);
    assert_eq!(paras[2]["text"].as_str(), Some(doc.sections[1].paragraphs[0].text.get(Lang::En)), "all 50,000 characters of OP3");
    assert_eq!(paras[6]["text"], "A bell \u{fffd} and a form feed \u{fffd} pasted from a terminal.", "characters XML cannot hold are replaced, not dropped silently");
    let (_, fr) = export(&doc, Lang::Fr);
    assert_eq!(fr["title"], typeset(&format!("Titre {all}"), Lang::Fr), "in French, typeset as French");
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    for lang in Lang::ALL {
        let once = outcome_akn(&lagos(), lang).expect("written").bytes;
        let twice = outcome_akn(&lagos(), lang).expect("written").bytes;
        assert!(once == twice, "{lang:?}: no clock, no randomness in the output");
    }
}

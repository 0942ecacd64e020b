//! The HTML agenda read back by html5lib in strict mode (what browsers parse by), and
//! checked as a recipient gets it: one file, nothing to fetch, nothing to run.

use crate::fixture::lagos;
use crate::readers::{html_reader, python, temp_file};
use plenary_core::Lang;
use plenary_core::agenda::Agenda;
use plenary_export::{AgendaOptions, Languages, Layout, html};
use serde_json::Value;

/// Parses the file strictly (any parse error fails) and reports what the checks need.
const READ: &str = r#"
def lang_of(e, parents):
    while e is not None:
        if e.get("lang"):
            return e.get("lang")
        e = parents.get(e)
    return None
parents = {c: p for p in doc.iter() for c in p}
headings = [int(e.tag[1]) for e in doc.iter() if e.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
sessions = []
for a in doc.iter("article"):
    if "session" in (a.get("class") or "").split():
        sessions.append([{"lang": c.get("lang"), "title": text(c.find("h3"))} for c in a if c.tag == "div"])
print(json.dumps({
    "lang": doc.get("lang"),
    "title": text(doc.find("head/title")),
    "headings": headings,
    "main": len(list(doc.iter("main"))),
    "header": len(list(doc.iter("header"))),
    "scripts": len(list(doc.iter("script"))),
    "times": [t.get("datetime") for t in doc.iter("time")],
    "sessions": sessions,
    "editions": [e.get("lang") for e in doc.iter("article") if "edition" in (e.get("class") or "").split()],
    "fallbacks": [{"lang": e.get("lang"), "in": lang_of(parents.get(e), parents), "text": text(e)} for e in doc.iter("span") if e.get("class") == "fallback"],
    "draft": [text(e) for e in doc.iter("p") if "draft" in (e.get("class") or "").split()],
    "dt": [text(e) for e in doc.iter("dt")],
    "text": text(doc.find("body")),
}))
"#;

fn export(agenda: &Agenda, languages: Languages, layout: Layout) -> (String, Value) {
    let exported = html::agenda(agenda, AgendaOptions { languages, layout }).expect("the agenda renders");
    let source = String::from_utf8(exported.bytes).expect("UTF-8 HTML");
    let (_dir, path) = temp_file("agenda.html", source.as_bytes());
    let report = serde_json::from_str(&python(&html_reader(READ), &path)).expect("the reader prints JSON");
    (source, report)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().expect("a list").iter().map(|s| s.as_str().unwrap_or_default().to_owned()).collect()
}

#[test]
fn every_variant_parses_without_a_single_error() {
    for released in [true, false] {
        for layout in [Layout::SideBySide, Layout::Separate] {
            for languages in [Languages::En, Languages::Fr, Languages::Both] {
                let (_, report) = export(&lagos(released), languages, layout);
                assert_eq!(report["main"], 1, "{layout} {languages}: one <main>");
                assert!(report["header"].as_u64() >= Some(1), "{layout} {languages}: a <header>");
                let levels: Vec<u64> = report["headings"].as_array().expect("levels").iter().filter_map(Value::as_u64).collect();
                assert_eq!(levels.first(), Some(&1), "{layout} {languages}: the title is the first heading");
                assert!(levels.windows(2).all(|w| w[1] <= w[0] + 1), "{layout} {languages}: no heading level skipped: {levels:?}");
                let draft = strings(&report["draft"]);
                assert_eq!(draft.is_empty(), released, "{layout} {languages}: a banner exactly when unreleased: {draft:?}");
            }
        }
    }
}

#[test]
fn side_by_side_columns_carry_their_language() {
    let agenda = lagos(true);
    let (_, report) = export(&agenda, Languages::Both, Layout::SideBySide);
    assert_eq!(report["lang"], "en", "the document's language is the first one");
    let sessions = report["sessions"].as_array().expect("sessions");
    let expected: Vec<_> = agenda.sessions().filter(|(_, s)| s.kind != plenary_core::session::SessionKind::Break).collect();
    assert_eq!(sessions.len(), expected.len(), "one article per session, breaks aside");
    for (columns, (_, s)) in sessions.iter().zip(expected) {
        assert_eq!(columns[0]["lang"], "en", "English on the left");
        assert_eq!(columns[1]["lang"], "fr", "French on the right");
        assert_eq!(columns[0]["title"], s.title.get(Lang::En));
    }
    let fallbacks = report["fallbacks"].as_array().expect("fallbacks");
    assert_eq!(fallbacks.len(), 1, "one text stands in for a missing translation: {fallbacks:?}");
    assert_eq!(fallbacks[0]["lang"], "en", "marked up as the English it is");
    assert_eq!(fallbacks[0]["in"], "fr", "inside the French column");
    assert!(fallbacks[0]["text"].as_str().is_some_and(|t| t.starts_with("[EN] Side event")), "tagged visibly: {}", fallbacks[0]);
}

#[test]
fn separate_editions_each_have_their_language() {
    let (_, report) = export(&lagos(true), Languages::Both, Layout::Separate);
    assert_eq!(strings(&report["editions"]), ["en", "fr"], "the English edition, then the French one");
    let sessions = report["sessions"].as_array().expect("sessions");
    assert!(sessions.iter().all(|s| s.as_array().is_some_and(|c| c.len() == 1)), "one column per session");
    let text = report["text"].as_str().expect("text");
    let (en, fr) = (text.find("Closing session").expect("English"), text.find("Séance de clôture").expect("French"));
    assert!(en < fr, "English first");
}

#[test]
fn french_is_printed_the_french_way() {
    let (_, report) = export(&lagos(true), Languages::Fr, Layout::SideBySide);
    let text = report["text"].as_str().expect("text");
    assert!(text.contains("Prévention\u{202f}: s'attaquer"), "narrow no-break space before the colon");
    assert!(text.contains("«\u{202f}4P\u{202f}» comptent\u{202f}?"), "guillemets and the question mark");
    assert!(text.contains("9\u{a0}h\u{a0}00\u{a0}–\u{a0}10\u{a0}h\u{a0}30"), "French times");
    assert!(strings(&report["dt"]).contains(&"Coprésidence".to_owned()), "French labels of the parts");
    assert!(text.contains("Ms Amina Bello (Nigéria)"), "a speaker without a function: name and delegation");
}

#[test]
fn times_are_machine_readable_in_the_venue_zone() {
    let (_, report) = export(&lagos(true), Languages::En, Layout::SideBySide);
    let times = strings(&report["times"]);
    assert!(times.contains(&"2025-11-04".to_owned()), "day headings carry their date: {times:?}");
    assert!(times.contains(&"2025-11-04T09:00+01:00".to_owned()), "session times carry Lagos's offset: {times:?}");
    assert!(times.iter().all(|t| !t.is_empty()), "every <time> has a datetime");
}

#[test]
fn markup_in_a_text_is_escaped_and_nothing_is_fetched_or_run() {
    for layout in [Layout::SideBySide, Layout::Separate] {
        for released in [true, false] {
            let (source, report) = export(&lagos(released), Languages::Both, layout);
            assert!(!source.to_lowercase().contains("<script"), "{layout}: no script element, the title's is escaped");
            assert!(source.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{ markup }} #heading"), "{layout}: escaped as written");
            assert_eq!(report["scripts"], 0, "{layout}: the parser finds no script");
            let text = report["text"].as_str().expect("text");
            assert!(text.contains("Side event: <script>alert(1)</script> & {{ markup }} #heading"), "{layout}: and reads as typed");
            assert!(!source.to_lowercase().contains("http"), "{layout}: no URL of any kind");
            assert!(!source.contains("@import") && !source.contains("url("), "{layout}: the style fetches nothing");
        }
    }
}

#[test]
fn gaps_are_reported_as_for_every_format() {
    let agenda = lagos(true);
    let exported = html::agenda(&agenda, AgendaOptions { languages: Languages::Fr, layout: Layout::Separate }).expect("renders");
    assert_eq!(exported.gaps, agenda.gaps(&[Lang::Fr]), "the agenda's own gaps in the languages printed");
    assert!(!exported.gaps.is_empty(), "the Lagos fixture has French gaps");
}

//! DOCX, read back by python-docx: styles, order, languages, header and footer.

use crate::fixture::{lagos, large};
use crate::readers::{python, temp_file};
use plenary_core::agenda::{Agenda, GapKind};
use plenary_core::{Lang, typography::NNBSP};
use plenary_export::render;
use plenary_export::{AgendaOptions, Languages, Layout, docx};
use serde::Deserialize;

/// Every paragraph of the body in document order (table cells included), with its style
/// and the `w:lang` of each run; the page header and footer; the tables' header rows.
const DUMP: &str = r#"
import json, sys, docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
d = docx.Document(sys.argv[1])
def para(p, parent):
    langs = []
    for r in p.iter(qn('w:r')):
        rpr = r.find(qn('w:rPr'))
        lang = rpr.find(qn('w:lang')) if rpr is not None else None
        langs.append(lang.get(qn('w:val')) if lang is not None else None)
    par = Paragraph(p, parent)
    return {"style": par.style.name, "text": par.text, "langs": langs,
            "page_break_before": bool(par.paragraph_format.page_break_before)}
section = d.sections[0]
print(json.dumps({
    "body": [para(p, d._body) for p in d.element.body.iter(qn('w:p'))],
    "header": [para(p._p, section.header) for p in section.header.paragraphs],
    "footer_fields": [t.text.strip() for t in section.footer._element.iter(qn('w:instrText'))],
    "header_rows": [bool(t._tbl.xpath('./w:tr[1]/w:trPr/w:tblHeader')) for t in d.tables],
    "table_columns": [len(t.columns) for t in d.tables],
    "styles": [s.name for s in d.styles],
    "default_style": d.styles.default(1).name,
}))
"#;

#[derive(Debug, Deserialize)]
struct Doc {
    body: Vec<Para>,
    header: Vec<Para>,
    footer_fields: Vec<String>,
    header_rows: Vec<bool>,
    table_columns: Vec<usize>,
    styles: Vec<String>,
    default_style: String,
}

#[derive(Debug, Deserialize)]
struct Para {
    style: String,
    text: String,
    langs: Vec<Option<String>>,
    page_break_before: bool,
}

impl Doc {
    fn with_style<'a>(&'a self, style: &'a str) -> impl Iterator<Item = &'a Para> + 'a {
        self.body.iter().filter(move |p| p.style == style)
    }

    fn find(&self, needle: &str) -> &Para {
        self.body.iter().find(|p| p.text.contains(needle)).unwrap_or_else(|| panic!("a paragraph holds {needle:?}"))
    }
}

fn read(agenda: &Agenda, languages: Languages, layout: Layout) -> (Doc, plenary_export::Exported) {
    let exported = docx::agenda(agenda, AgendaOptions { languages, layout }).expect("the DOCX is written");
    let (_dir, path) = temp_file("agenda.docx", &exported.bytes);
    let doc = serde_json::from_str(&python(DUMP, &path)).expect("python-docx's dump is JSON");
    (doc, exported)
}

/// The session titles as the agenda prints them in `lang`, "[EN]" before a borrowed one.
fn titles(agenda: &Agenda, lang: Lang) -> Vec<String> {
    agenda
        .sessions()
        .map(|(_, s)| {
            let p = render::printed(&s.title, lang);
            match p.fallback {
                Some(other) => format!("{} {}", render::fallback_tag(other), p.text),
                None => p.text,
            }
        })
        .collect()
}

fn tag(lang: Lang) -> Option<String> {
    Some(lang.pick("en-GB", "fr-FR").to_owned())
}

#[test]
fn side_by_side_puts_every_session_in_both_columns_in_order_with_heading_styles() {
    let agenda = lagos(true);
    let (doc, exported) = read(&agenda, Languages::Both, Layout::SideBySide);

    let headings: Vec<&Para> = doc.with_style("Heading 2").collect();
    let en: Vec<String> = headings.iter().step_by(2).map(|p| p.text.clone()).collect();
    let fr: Vec<String> = headings.iter().skip(1).step_by(2).map(|p| p.text.clone()).collect();
    assert_eq!(en, titles(&agenda, Lang::En), "English column: every session, in order, as Heading 2");
    assert_eq!(fr, titles(&agenda, Lang::Fr), "French column: every session, in order, as Heading 2");
    assert!(fr.iter().any(|t| t.starts_with("Prévention\u{202f}: s'attaquer")), "French titles are typeset: {fr:?}");

    let days: Vec<&str> = doc.with_style("Heading 1").map(|p| p.text.as_str()).collect();
    assert_eq!(days, ["Tuesday 4 November 2025 / mardi 4\u{a0}novembre 2025", "Wednesday 5 November 2025 / mercredi 5\u{a0}novembre 2025"]);

    assert_eq!(doc.table_columns, vec![2; 1 + agenda.days.len()], "the front matter and each day are two-column tables");
    assert!(doc.header_rows.iter().all(|&h| h), "every table's first row repeats on each page: {:?}", doc.header_rows);
    let column_headings: Vec<&str> = doc.with_style("Column heading").map(|p| p.text.as_str()).collect();
    assert_eq!(column_headings[..2], ["English", "Français"]);

    let opening_fr = headings.iter().find(|p| p.text == "Cérémonie d'ouverture").expect("the French opening title");
    assert_eq!(opening_fr.langs, vec![tag(Lang::Fr)], "a French title is marked fr-FR");
    let opening_en = headings.iter().find(|p| p.text == "Opening ceremony").expect("the English opening title");
    assert_eq!(opening_en.langs, vec![tag(Lang::En)], "an English title is marked en-GB");
    let borrowed = headings.iter().find(|p| p.text.starts_with("[EN] Side event")).expect("the side event in the French column");
    assert_eq!(borrowed.langs, vec![None, tag(Lang::En)], "the borrowed English title keeps its language after the tag");
    assert_eq!(exported.gaps, agenda.gaps(&[Lang::En, Lang::Fr]), "the gaps of both languages are returned");
}

#[test]
fn sessions_show_time_room_pillar_people_and_french_typography() {
    let agenda = lagos(true);
    let (doc, _) = read(&agenda, Languages::Both, Layout::SideBySide);
    let details: Vec<&str> = doc.with_style("Session details").map(|p| p.text.as_str()).collect();
    assert!(details.contains(&"09:00–10:30 · Plenary Hall"), "{details:?}");
    assert!(details.contains(&"9\u{a0}h\u{a0}00\u{a0}–\u{a0}10\u{a0}h\u{a0}30 · Plenary Hall"), "{details:?}");
    assert!(details.contains(&"11:00–12:30 · Plenary Hall · Pillar: Prevention"), "{details:?}");
    assert!(
        details.contains(&"Co-chairs: \nHon Tijjani Aliyu Ahmed, Director General, NAPTIP (Nigeria)\nHE Cyrille Baumgartner, Ambassador of France to Nigeria (France)"),
        "co-chairs with honorific, function and delegation: {details:?}"
    );
    assert!(details.contains(&"Speaker: \nMs Amina Bello (Nigeria)"), "no function: name and delegation only: {details:?}");
    assert!(details.contains(&"Intervenant·e\u{202f}: \nMs Amina Bello (Nigéria)"), "{details:?}");
    assert!(details.contains(&"Rapporteur·rice\u{202f}: \nMr Jean Dupont, Rapporteur (France)"), "{details:?}");
    doc.find("Mot de bienvenue des coprésidents\u{202f}: pourquoi les «\u{202f}4P\u{202f}» comptent\u{202f}?");
    doc.find("Side event: <script>alert(1)</script> & {{ markup }} #heading");
    let items: Vec<&str> = doc.with_style("Agenda item").map(|p| p.text.as_str()).collect();
    assert_eq!(items, ["1. Welcome remarks", "2. Adoption of the agenda", "1. Mots de bienvenue", "2. Adoption de l'ordre du jour"]);
    let front = doc.find("4 et 5\u{a0}novembre 2025");
    assert_eq!(front.style, "Normal");
    doc.find("Coprésidence\u{202f}: Nigéria et France");
    assert!(doc.styles.iter().any(|s| s == "Session details"), "the secretariat finds the style in the list");
    assert_eq!(doc.default_style, "Normal");
}

#[test]
fn separate_editions_give_the_english_agenda_then_the_french_on_a_new_page() {
    let agenda = lagos(true);
    let (doc, _) = read(&agenda, Languages::Both, Layout::Separate);
    let titles_in_order: Vec<&str> = doc.with_style("Heading 2").map(|p| p.text.as_str()).collect();
    let expected: Vec<String> = titles(&agenda, Lang::En).into_iter().chain(titles(&agenda, Lang::Fr)).collect();
    assert_eq!(titles_in_order, expected, "all English sessions, then all French ones");
    let doc_titles: Vec<&Para> = doc.with_style("Title").collect();
    assert_eq!(doc_titles.len(), 2);
    assert!(!doc_titles[0].page_break_before && doc_titles[1].page_break_before, "the French edition starts a page");
    assert!(doc_titles[1].text.starts_with("Réunion thématique conjointe"));
    assert!(doc.table_columns.is_empty(), "editions are plain paragraphs");
}

#[test]
fn header_names_the_version_and_marks_a_draft_and_the_footer_numbers_pages() {
    let (released, _) = read(&lagos(true), Languages::Both, Layout::SideBySide);
    let lines: Vec<&str> = released.header.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("Joint Thematic Meeting") && lines[0].ends_with("— Rev. 2 — 20 October 2025"), "{lines:?}");
    assert!(lines[1].ends_with("— Rév. 2 — 20\u{a0}octobre 2025"), "{lines:?}");
    assert_eq!(released.footer_fields, ["PAGE", "NUMPAGES"], "page numbers are fields Word updates");

    let (draft, _) = read(&lagos(false), Languages::Fr, Layout::SideBySide);
    assert_eq!(draft.header[0].text, "PROJET");
    assert_eq!(draft.header[0].style, "Draft mark");
    assert!(draft.header[1].text.ends_with("Projet — non publié"), "{:?}", draft.header[1].text);
    assert_eq!(draft.header.len(), 2, "one language, one title line");
    let titles: Vec<&str> = draft.with_style("Heading 2").map(|p| p.text.as_str()).collect();
    assert_eq!(titles.len(), 5, "a single language is one edition: {titles:?}");
}

#[test]
fn gaps_list_what_the_document_borrowed_or_left_out() {
    let agenda = lagos(true);
    let exported = docx::agenda(&agenda, AgendaOptions { languages: Languages::Fr, layout: Layout::Separate }).expect("written");
    assert_eq!(exported.gaps, agenda.gaps(&[Lang::Fr]));
    assert!(exported.gaps.iter().any(|g| g.kind == GapKind::Missing && g.field == "title"), "the side event's French title");
    assert!(exported.gaps.iter().any(|g| g.kind == GapKind::NoFunction && g.field == "function:p-nofn"));
    assert!(exported.gaps.iter().any(|g| g.kind == GapKind::Stale && g.field == "description"));
}

#[test]
fn a_large_agenda_opens_with_every_session() {
    let agenda = large(120);
    let (doc, _) = read(&agenda, Languages::Both, Layout::SideBySide);
    assert_eq!(doc.with_style("Heading 2").count(), 240, "120 sessions in two columns");
    assert_eq!(doc.with_style("Heading 1").count(), 12);
    assert!(
        doc.body.iter().all(|p| !p.text.contains(NNBSP) || p.langs.iter().any(|l| *l == tag(Lang::Fr))),
        "narrow spaces only in French runs"
    );
}

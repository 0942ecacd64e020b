//! The outcome document as DOCX, read back by python-docx: Word's numbering of operative
//! paragraphs, styles, brackets, facts, languages, and the pending amendment as a tracked
//! change by its delegation.

use crate::outcome_fixture::{MARKUP, PROPOSER, conflicting, hostile, lagos, pending};
use crate::readers::{python, temp_file};
use plenary_core::outcome::amendment::Amendment;
use plenary_core::outcome::{DocumentStatus, OutcomeDocument};
use plenary_core::typography::typeset;
use plenary_core::{Lang, typography::NNBSP};
use plenary_export::{Exported, Languages, Layout, OutcomeOptions, outcome_docx};
use serde::Deserialize;

/// Every paragraph of the body in document order (table cells included) with its style,
/// list and runs (inserted, deleted or plain; language; bold; shading); the tables as rows
/// of cells of paragraphs; the lists' definitions; the page header and footer.
const DUMP: &str = r#"
import json, sys, docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
d = docx.Document(sys.argv[1])
def val(parent, tag):
    if parent is None:
        return None
    e = parent.find(qn(tag))
    return e.get(qn('w:val')) if e is not None else None
def para(p, parent):
    ppr = p.find(qn('w:pPr'))
    numpr = ppr.find(qn('w:numPr')) if ppr is not None else None
    runs = []
    for r in p.iter(qn('w:r')):
        holder = r.getparent()
        kind = {qn('w:ins'): "ins", qn('w:del'): "del"}.get(holder.tag, "run")
        text = ""
        for c in r:
            if c.tag in (qn('w:t'), qn('w:delText')):
                text += c.text or ""
            elif c.tag == qn('w:br'):
                text += "\n"
        rpr = r.find(qn('w:rPr'))
        shd = rpr.find(qn('w:shd')) if rpr is not None else None
        runs.append({"kind": kind, "text": text, "lang": val(rpr, 'w:lang'),
                     "bold": rpr is not None and rpr.find(qn('w:b')) is not None,
                     "shade": shd.get(qn('w:fill')) if shd is not None else None,
                     "author": holder.get(qn('w:author')) if kind != "run" else None,
                     "date": holder.get(qn('w:date')) if kind != "run" else None,
                     "id": holder.get(qn('w:id')) if kind != "run" else None})
    return {"style": Paragraph(p, parent).style.name, "num": val(numpr, 'w:numId'), "level": val(numpr, 'w:ilvl'), "runs": runs,
            "page_break_before": bool(Paragraph(p, parent).paragraph_format.page_break_before)}
numbering = d.part.numbering_part.element
abstract = {a.get(qn('w:abstractNumId')): a for a in numbering.findall(qn('w:abstractNum'))}
lists = {}
for num in numbering.findall(qn('w:num')):
    lvl = abstract[val(num, 'w:abstractNumId')].find(qn('w:lvl'))
    lists[num.get(qn('w:numId'))] = {"format": val(lvl, 'w:numFmt'), "text": val(lvl, 'w:lvlText'), "start": val(lvl, 'w:start')}
section = d.sections[0]
print(json.dumps({
    "body": [para(p, d._body) for p in d.element.body.iter(qn('w:p'))],
    "tables": [[[[para(p._p, cell) for p in cell.paragraphs] for cell in row.cells] for row in t.rows] for t in d.tables],
    "lists": lists,
    "header": [para(p._p, section.header) for p in section.header.paragraphs],
    "footer_fields": [t.text.strip() for t in section.footer._element.iter(qn('w:instrText'))],
    "styles": [s.name for s in d.styles],
}))
"#;

#[derive(Debug, Deserialize)]
struct Doc {
    body: Vec<Para>,
    tables: Vec<Vec<Vec<Vec<Para>>>>,
    lists: std::collections::HashMap<String, List>,
    header: Vec<Para>,
    footer_fields: Vec<String>,
    styles: Vec<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct List {
    format: Option<String>,
    text: Option<String>,
    start: Option<String>,
}

#[derive(Debug, Deserialize, Clone)]
struct Para {
    style: String,
    num: Option<String>,
    level: Option<String>,
    runs: Vec<RunInfo>,
    page_break_before: bool,
}

#[derive(Debug, Deserialize, Clone)]
struct RunInfo {
    kind: String,
    text: String,
    lang: Option<String>,
    bold: bool,
    shade: Option<String>,
    author: Option<String>,
    date: Option<String>,
    id: Option<String>,
}

impl Para {
    /// The text as it reads with the tracked changes accepted.
    fn text(&self) -> String {
        self.runs.iter().filter(|r| r.kind != "del").map(|r| r.text.as_str()).collect()
    }

    /// The text as it read before the tracked changes.
    fn original(&self) -> String {
        self.runs.iter().filter(|r| r.kind != "ins").map(|r| r.text.as_str()).collect()
    }
}

impl Doc {
    fn styled<'a>(&'a self, style: &'a str) -> impl Iterator<Item = &'a Para> + 'a {
        self.body.iter().filter(move |p| p.style == style)
    }

    fn texts(&self, style: &str) -> Vec<String> {
        self.styled(style).map(Para::text).collect()
    }

    fn find(&self, needle: &str) -> (usize, &Para) {
        self.body.iter().enumerate().find(|(_, p)| p.text().contains(needle)).unwrap_or_else(|| panic!("a paragraph holds {needle:?}"))
    }
}

fn export(doc: &OutcomeDocument, pending: &[Amendment], languages: Languages, layout: Layout) -> Exported {
    outcome_docx(doc, pending, &OutcomeOptions { languages, layout }).expect("the DOCX is written")
}

fn read(doc: &OutcomeDocument, pending: &[Amendment], languages: Languages, layout: Layout) -> Doc {
    let exported = export(doc, pending, languages, layout);
    let (_dir, path) = temp_file("outcome.docx", &exported.bytes);
    serde_json::from_str(&python(DUMP, &path)).expect("python-docx's dump is JSON")
}

/// The operative paragraphs as the document prints them in `lang`: typeset, "[EN] " before
/// a borrowed one.
fn operative(doc: &OutcomeDocument, lang: Lang) -> Vec<String> {
    doc.sections.iter().flat_map(|s| &s.paragraphs).map(|p| shown(&p.text, lang)).collect()
}

fn shown(text: &plenary_core::BilingualText, lang: Lang) -> String {
    let printed = plenary_export::render::printed(text, lang);
    match printed.fallback {
        Some(other) => format!("{} {}", plenary_export::render::fallback_tag(other), printed.text),
        None => printed.text,
    }
}

fn tag(lang: Lang) -> Option<String> {
    Some(lang.pick("en-GB", "fr-FR").to_owned())
}

#[test]
fn operative_paragraphs_are_numbered_by_words_own_lists_one_per_edition() {
    let doc = lagos();
    let read = read(&doc, &[], Languages::Both, Layout::Separate);
    let numbered: Vec<&Para> = read.body.iter().filter(|p| p.num.is_some()).filter(|p| p.style == "Operative paragraph").collect();
    let (en, fr): (Vec<&Para>, Vec<&Para>) = numbered.iter().partition(|p| p.num == numbered[0].num);
    assert_eq!(en.iter().map(|p| p.text()).collect::<Vec<_>>(), operative(&doc, Lang::En), "the English operative paragraphs, in order");
    assert_eq!(fr.iter().map(|p| p.text()).collect::<Vec<_>>(), operative(&doc, Lang::Fr), "then the French ones, in order");
    assert!(en.iter().chain(&fr).all(|p| p.level.as_deref() == Some("0")), "one level of numbering");
    let (en_list, fr_list) = (en[0].num.clone().expect("a list"), fr[0].num.clone().expect("a list"));
    assert_ne!(en_list, fr_list, "each edition is numbered from 1 in a list of its own");
    for list in [&en_list, &fr_list] {
        let expected = List { format: Some("decimal".into()), text: Some("%1.".into()), start: Some("1".into()) };
        assert_eq!(read.lists.get(list), Some(&expected), "Word numbers the paragraphs \"1.\", \"2.\"… itself");
    }
    let preambular = read.texts("Preambular paragraph");
    assert_eq!(preambular.len(), 2 * doc.preamble.len(), "every preambular paragraph in both editions");
    assert!(read.styled("Preambular paragraph").all(|p| p.num.is_none()), "preambular paragraphs are unnumbered");
    assert_eq!(
        read.texts("Heading 1"),
        doc.sections.iter().map(|s| s.heading.get(Lang::En).to_owned()).chain(doc.sections.iter().map(|s| typeset(s.heading.get(Lang::Fr), Lang::Fr))).collect::<Vec<_>>(),
        "sections are Heading 1, English edition first"
    );
    let titles: Vec<&Para> = read.styled("Title").collect();
    assert_eq!(titles.len(), 2);
    assert!(!titles[0].page_break_before && titles[1].page_break_before, "the French edition starts a page");
    for style in ["Preambular paragraph", "Operative paragraph", "Heading 1", "Title", "Quote", "Key figure"] {
        assert!(read.styles.iter().any(|s| s == style), "the secretariat finds {style:?} in the style list");
    }
}

#[test]
fn the_front_matter_names_the_meeting_and_french_is_typeset() {
    let read = read(&lagos(), &[], Languages::Fr, Layout::Separate);
    assert_eq!(read.texts("Title"), ["Document final de la réunion thématique conjointe des Processus de Khartoum, de Rabat et de Niamey"]);
    assert_eq!(read.texts("Subtitle"), ["Document final"]);
    let normal = read.texts("Normal");
    assert!(normal.contains(&"Lagos (Nigéria), 4 et 5 novembre 2025".to_owned()), "{normal:?}");
    assert!(normal.contains(&format!("Coprésidence{NNBSP}: Nigéria et France")), "co-chairs, with French typography: {normal:?}");
    assert_eq!(read.texts("Document status"), ["Projet · Rev.1 — 5\u{a0}novembre 2025"]);
    let (_, pp3) = read.find("Guidés par");
    assert!(pp3.text().contains(&format!("«{NNBSP}4P{NNBSP}»{NNBSP}: prévention")), "guillemets and a narrow space before the colon: {}", pp3.text());
    assert_eq!(read.body.iter().filter(|p| p.num.is_some() && p.style == "Operative paragraph").count(), 7, "one language, one edition");
}

#[test]
fn side_by_side_puts_each_paragraph_beside_its_translation() {
    let doc = lagos();
    let read = read(&doc, &pending(), Languages::Both, Layout::SideBySide);
    assert_eq!(read.tables.len(), 2 + doc.sections.len(), "the front matter, the preamble, then one table per section");
    assert!(read.tables.iter().all(|t| t.iter().all(|row| row.len() == 2)), "two columns throughout");
    let mut en = Vec::new();
    let mut fr = Vec::new();
    for table in &read.tables[2..] {
        let headings: Vec<String> = table[1].iter().map(|cell| cell[0].text()).collect();
        assert!(table[1].iter().all(|cell| cell[0].style == "Heading 1"), "each section's heading row: {headings:?}");
        for row in &table[2..] {
            let (left, right) = (&row[0][0], &row[1][0]);
            assert_eq!(left.style, "Operative paragraph", "a row starts with the paragraph in both cells");
            assert_eq!(right.style, "Operative paragraph");
            en.push((left.num.clone(), left.text()));
            fr.push((right.num.clone(), right.text()));
        }
    }
    let en_texts: Vec<String> = en.iter().map(|(_, t)| t.clone()).collect();
    let mut expected_en = operative(&doc, Lang::En);
    let amended = pending()[0].changes[0].proposed.clone();
    expected_en[1] = amended;
    assert_eq!(en_texts, expected_en, "English on the left, row by row (OP2 with its tracked amendment)");
    assert_eq!(fr.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(), operative(&doc, Lang::Fr), "its French beside it");
    assert!(en.iter().all(|(n, _)| n == &en[0].0) && fr.iter().all(|(n, _)| n == &fr[0].0) && en[0].0 != fr[0].0, "one list per column");
    let preamble = &read.tables[1];
    assert_eq!(preamble.len(), 1 + doc.preamble.len(), "a header row, then a row per preambular paragraph");
    assert!(preamble[1][1][0].text().starts_with("Rappelant"), "the French preamble beside the English");
}

#[test]
fn the_pending_amendment_is_a_tracked_change_by_its_delegation() {
    let doc = lagos();
    let amendment = &pending()[0];
    let read = read(&doc, &pending(), Languages::Both, Layout::Separate);
    let en = doc.sections[0].paragraphs[1].text.get(Lang::En);
    let (_, op2) = read.find(&en[..40]);
    assert!(op2.num.is_some(), "the amended paragraph keeps its number");
    let changes: Vec<&RunInfo> = op2.runs.iter().filter(|r| r.kind != "run").collect();
    assert!(!changes.is_empty(), "the amendment is tracked in the paragraph it amends: {op2:?}");
    assert!(changes.iter().all(|r| r.author.as_deref() == Some(PROPOSER)), "by the delegation, its apostrophe read back once: {changes:?}");
    assert!(changes.iter().all(|r| r.date.as_deref() == Some("2025-11-05T10:30:00Z")), "dated when it was proposed");
    let inserted: String = changes.iter().filter(|r| r.kind == "ins").map(|r| r.text.as_str()).collect();
    assert_eq!(inserted.trim(), "and experience", "only the changed words are tracked");
    assert_eq!(op2.original(), en, "rejecting gives the paragraph as it is");
    assert_eq!(op2.text(), amendment.changes[0].proposed, "accepting gives the proposal");
    let ids: Vec<&str> = read.body.iter().flat_map(|p| &p.runs).filter_map(|r| r.id.as_deref()).collect();
    let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "every tracked change has an id of its own: {ids:?}");
    let fr = doc.sections[0].paragraphs[1].text.get(Lang::Fr);
    let (_, op2_fr) = read.find(&fr[..40]);
    assert!(op2_fr.runs.iter().all(|r| r.kind == "run"), "the amendment changes the English only");
    assert!(read.body.iter().all(|p| p.style != "Amendment"), "an amendment shown in its paragraph is not repeated below it");
}

#[test]
fn an_amendment_to_an_older_text_is_shown_below_the_paragraph_not_in_it() {
    let doc = lagos();
    let mut amendments = pending();
    amendments.push(conflicting());
    let read = read(&doc, &amendments, Languages::Fr, Layout::Separate);
    let (at, op1) = read.find("Les participants ont souligné");
    assert!(op1.runs.iter().all(|r| r.kind == "run"), "the paragraph changed since: its text is left as it is");
    let note = read.body[at + 1..].iter().find(|p| p.style == "Amendment").expect("the amendment follows the paragraph");
    assert!(
        note.text().starts_with(&format!("Amendement — Sénégal, 4\u{a0}novembre 2025 (proposé sur un texte antérieur){NNBSP}:\n")),
        "labelled with the delegation, the day and the conflict: {:?}",
        note.text()
    );
    assert!(note.runs.iter().any(|r| r.kind == "ins" && r.text.contains("des victimes") && r.author.as_deref() == Some("Sénégal")), "{note:?}");
}

#[test]
fn bracketed_passages_keep_their_brackets_shaded_and_bold() {
    let read = read(&lagos(), &[], Languages::Both, Layout::SideBySide);
    for (needle, passage) in [("harmonised victim identification", "[regional]"), ("mécanismes harmonisés", "[régionaux]")] {
        let (_, op3) = read.find(needle);
        let marked: Vec<&RunInfo> = op3.runs.iter().filter(|r| r.shade.is_some()).collect();
        assert_eq!(marked.len(), 1, "one bracketed passage: {op3:?}");
        assert_eq!(marked[0].text, passage, "brackets kept in the text");
        assert!(marked[0].bold && marked[0].shade.as_deref() == Some("D9D9D9"), "shaded grey and bold");
        assert!(op3.runs.iter().filter(|r| r.shade.is_none()).all(|r| !r.bold), "the agreed text is plain");
    }
}

#[test]
fn facts_are_printed_under_the_paragraph_that_places_them() {
    let read = read(&lagos(), &[], Languages::Both, Layout::Separate);
    let (op1, _) = read.find("Participants stressed");
    let figures: Vec<&Para> = read.body[op1 + 1..op1 + 4].iter().collect();
    assert!(figures.iter().all(|p| p.style == "Key figure"), "the three figures right after OP1: {figures:?}");
    assert_eq!(figures[1].text(), "84% of refugees and migrants surveyed experienced human-rights abuse on their journeys to Europe (Mixed Migration Centre (MMC))");
    let bullets = figures[0].num.as_ref().expect("figures are a list");
    assert_eq!(read.lists.get(bullets).and_then(|l| l.format.as_deref()), Some("bullet"));
    let (quote, text) = read.find("Only by acting together");
    assert_eq!(text.style, "Quote");
    assert_eq!(
        read.body[quote + 1].text(),
        "— HE Cyrille Baumgartner, Ambassador-in-Charge of Migration for France and current Chair of the Khartoum Process"
    );
    assert_eq!(read.body[quote + 1].style, "Quote attribution");
    let (quote_fr, _) = read.find("Maintenons donc");
    assert_eq!(
        read.body[quote_fr + 1].text(),
        "— Hon Tijjani Aliyu Ahmed, Commissaire fédéral pour les réfugiés, les migrants et les personnes déplacées internes, pour la présidence nigériane, à la clôture de la réunion"
    );
    let (_, figure_fr) = read.find("84 % des réfugiés");
    assert!(figure_fr.text().ends_with("(Centre de migration mixte (MMC))"), "the French source: {}", figure_fr.text());
}

#[test]
fn runs_carry_their_language_and_a_missing_translation_is_tagged() {
    let doc = lagos();
    let read = read(&doc, &[], Languages::Fr, Layout::Separate);
    let (_, op4) = read.find("[EN] Harmonised crime definitions");
    assert_eq!(op4.runs[0].text, "[EN] ", "the tag first");
    assert_eq!(op4.runs[1].lang, tag(Lang::En), "the borrowed English is marked as English");
    assert!(op4.num.is_some(), "and still numbered");
    let french: Vec<&RunInfo> = read.body.iter().filter(|p| !p.text().starts_with("[EN]")).flat_map(|p| &p.runs).filter(|r| !r.text.trim().is_empty()).collect();
    assert!(french.iter().all(|r| r.lang == tag(Lang::Fr)), "every other run is French: {:?}", french.iter().find(|r| r.lang != tag(Lang::Fr)));
    let exported = export(&doc, &[], Languages::Fr, Layout::Separate);
    assert_eq!(exported.gaps, doc.gaps(&[Lang::Fr]), "the document's own gaps in the languages printed");
    assert!(exported.gaps.iter().any(|g| g.field == "OP4" && g.lang == Lang::Fr), "OP4 has no French: {:?}", exported.gaps);
}

#[test]
fn the_header_gives_the_status_and_revision_and_the_footer_numbers_pages() {
    let draft = read(&lagos(), &[], Languages::Both, Layout::SideBySide);
    let lines: Vec<String> = draft.header.iter().map(Para::text).collect();
    assert_eq!(lines[0], "DRAFT · PROJET", "a draft is marked in both languages");
    assert_eq!(draft.header[0].style, "Draft mark");
    assert!(lines[1].ends_with(" — Draft · Rev.1 — 5 November 2025"), "{lines:?}");
    assert!(lines[2].ends_with(" — Projet · Rev.1 — 5\u{a0}novembre 2025"), "{lines:?}");
    assert_eq!(draft.footer_fields, ["PAGE", "NUMPAGES"], "page numbers are fields Word updates");
    let mut adopted = lagos();
    adopted.status = DocumentStatus::Adopted;
    adopted.revision = None;
    let read = read(&adopted, &[], Languages::En, Layout::Separate);
    let lines: Vec<String> = read.header.iter().map(Para::text).collect();
    assert_eq!(lines.len(), 1, "no draft mark once adopted: {lines:?}");
    assert!(lines[0].ends_with(" — Adopted"), "{lines:?}");
}

#[test]
fn markup_and_a_fifty_thousand_character_paragraph_are_printed_literally() {
    let doc = hostile();
    let read = read(&doc, &[], Languages::Both, Layout::SideBySide);
    let long = doc.sections[1].paragraphs[0].text.get(Lang::En);
    let (_, paragraph) = read.find("Sentence 00001");
    assert_eq!(paragraph.text(), long, "all 50,000 characters, in order");
    for markup in MARKUP {
        let (_, title) = read.find(&format!("Title {}", MARKUP[0]));
        assert!(title.text().contains(markup), "{markup:?} read back as typed: {:?}", title.text());
        assert!(read.find(&format!("Recalling {}", MARKUP[0])).1.text().contains(markup), "in a paragraph too");
    }
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let doc = lagos();
    let mut amendments = pending();
    amendments.push(conflicting());
    for layout in [Layout::SideBySide, Layout::Separate] {
        let once = export(&doc, &amendments, Languages::Both, layout).bytes;
        let twice = export(&doc, &amendments, Languages::Both, layout).bytes;
        assert!(once == twice, "{layout}: no clock, no counter of the process in the file");
    }
}

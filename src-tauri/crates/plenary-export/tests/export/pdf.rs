//! The PDF agenda read back by poppler (`pdftotext`, `pdfinfo`, `pdffonts`): what a
//! recipient's viewer finds in it, column by column and page by page.

use crate::fixture::{lagos, large};
use crate::readers::{Pdf, joined, run};
use plenary_core::Lang;
use plenary_core::agenda::{Agenda, GapKind};
use plenary_core::typography::typeset;
use plenary_export::{AgendaOptions, Languages, Layout, pdf};

fn agenda_pdf(agenda: &Agenda, languages: Languages, layout: Layout) -> Pdf {
    Pdf::new("agenda.pdf", &pdf::agenda(agenda, AgendaOptions { languages, layout }).expect("the agenda typesets").bytes)
}

/// What poppler prints for a typeset text.
fn as_read(text: &str) -> String {
    joined(text)
}

#[test]
fn side_by_side_prints_every_title_in_both_columns() {
    let agenda = lagos(true);
    let pdf = agenda_pdf(&agenda, Languages::Both, Layout::SideBySide);
    let (left, right) = (pdf.left(), pdf.right());
    for (_, s) in agenda.sessions() {
        let en = s.title.get(Lang::En);
        assert!(left.contains(en), "the English column has {en:?}: {left}");
        let fr = s.title.get(Lang::Fr);
        let expected = if fr.is_empty() { format!("[EN] {en}") } else { as_read(&typeset(fr, Lang::Fr)) };
        assert!(right.contains(&expected), "the French column has {expected:?}: {right}");
        assert!(fr.is_empty() || !left.contains(&as_read(fr)), "French stays in its column: {fr:?}");
    }
}

#[test]
fn french_typography_survives_into_the_pdf() {
    let pdf = agenda_pdf(&lagos(true), Languages::Both, Layout::SideBySide);
    let right = pdf.right();
    // The fixture types "Prévention:" and "\"4P\"": the spaces and guillemets are typography's.
    assert!(right.contains("Prévention : s'attaquer"), "a space before the colon: {right}");
    assert!(right.contains("« 4P » comptent ?"), "guillemets, and a space before the question mark: {right}");
    assert!(right.contains("9 h 00 – 10 h 30"), "French times: {right}");
    assert!(right.contains("mardi 4 novembre 2025"), "French dates: {right}");
    let left = pdf.left();
    assert!(left.contains("09:00–10:30") && left.contains("Tuesday 4 November 2025"), "English times and dates: {left}");
}

/// The characters each embedded font maps glyphs to, from the fonts' ToUnicode tables.
const TO_UNICODE: &str = r#"
import re, sys, zlib
data = open(sys.argv[1], "rb").read()
chars = set()
for m in re.finditer(rb"stream\r?\n", data):
    end = data.find(b"endstream", m.end())
    try:
        body = zlib.decompress(data[m.end():end])
    except zlib.error:
        continue
    if b"begincmap" not in body:
        continue
    for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4,})>", body):
        chars.add(int(dst[:4], 16))
print(" ".join("%04X" % c for c in sorted(chars)))
"#;

#[test]
fn french_spaces_are_real_narrow_no_break_spaces() {
    // Poppler prints any space as U+0020, so the fonts' own tables are read instead: the
    // narrow no-break space and the guillemets are glyphs of the font, not gaps or tofu.
    let pdf = agenda_pdf(&lagos(true), Languages::Fr, Layout::Separate);
    let mapped = crate::readers::python(TO_UNICODE, &pdf.path);
    for (c, what) in [("202F", "narrow no-break space"), ("00A0", "no-break space"), ("00AB", "«"), ("00BB", "»")] {
        assert!(mapped.split(' ').any(|m| m == c), "the {what} (U+{c}) is a glyph of an embedded font: {mapped}");
    }
}

#[test]
fn only_bundled_libertinus_is_embedded() {
    // Every glyph comes from Libertinus Serif: no fallback font, so no tofu for U+202F or « ».
    let pdf = agenda_pdf(&lagos(true), Languages::Both, Layout::SideBySide);
    let fonts = run("pdffonts", &[pdf.path()]);
    let names: Vec<&str> = fonts.lines().skip(2).filter_map(|l| l.split_whitespace().next()).collect();
    assert!(!names.is_empty(), "fonts are embedded: {fonts}");
    assert!(names.iter().all(|n| n.contains("LibertinusSerif")), "only Libertinus Serif: {fonts}");
}

#[test]
fn markup_in_a_title_is_printed_literally() {
    let pdf = agenda_pdf(&lagos(true), Languages::Both, Layout::SideBySide);
    let title = "Side event: <script>alert(1)</script> & {{ markup }} #heading";
    assert!(pdf.left().contains(title), "the title as typed, not evaluated: {}", pdf.left());
    assert!(pdf.right().contains(&format!("[EN] {title}")), "and tagged as English in the French column");
}

#[test]
fn pages_are_numbered_in_both_languages() {
    let agenda = large(40);
    let pdf = agenda_pdf(&agenda, Languages::Both, Layout::SideBySide);
    let pages = pdf.pages();
    assert!(pages > 2, "forty sessions take a few pages, not {pages}");
    let (left, right) = (pdf.left(), pdf.right());
    for n in 1..=pages {
        assert!(left.contains(&format!("Page {n} of {pages}")), "English numbering of page {n}: {left}");
        assert!(right.contains(&format!("Page {n} sur {pages}")), "French numbering of page {n}");
    }
}

#[test]
fn a_draft_is_marked_across_every_page_and_a_release_is_not() {
    // The watermark is diagonal, so pdftotext gives its letters one by one, in order.
    let letters = |pdf: &Pdf| run("pdftotext", &["-raw", pdf.path(), "-"]).split_whitespace().collect::<String>();
    let mut unreleased = large(40);
    unreleased.version = None;
    let draft = agenda_pdf(&unreleased, Languages::Both, Layout::SideBySide);
    let pages = draft.pages();
    let draft_letters = letters(&draft);
    assert_eq!(draft_letters.matches("DRAFTPROJET").count(), pages, "DRAFT / PROJET on each of the {pages} pages");
    assert!(!letters(&agenda_pdf(&lagos(true), Languages::Both, Layout::SideBySide)).contains("DRAFT"), "a release has no watermark");
    let fr = letters(&agenda_pdf(&lagos(false), Languages::Fr, Layout::SideBySide));
    assert!(fr.contains("PROJET") && !fr.contains("DRAFT"), "a French draft is marked in French: {fr}");
}

#[test]
fn separate_editions_put_the_french_after_the_english() {
    let pdf = agenda_pdf(&lagos(true), Languages::Both, Layout::Separate);
    let (en, fr) = pdf.editions("ORDRE DU JOUR");
    let (en_text, fr_text) = (en.join("\n"), fr.join("\n"));
    assert!(en_text.contains("AGENDA") && en_text.contains("Closing session"), "the English edition is complete");
    assert!(!en_text.contains("Séance de clôture") && !en_text.contains(" sur "), "no French in the English edition");
    assert!(fr_text.contains("Séance de clôture") && !fr_text.contains("Closing session"), "the French edition, in French");
    let (n_en, n_fr) = (en.len(), fr.len());
    assert!(en[0].contains(&format!("Page 1 of {n_en}")), "the English edition numbers its own pages");
    assert!(fr[0].contains(&format!("Page 1 sur {n_fr}")), "and so does the French one, from 1");
}

#[test]
fn each_day_starts_a_page() {
    let pdf = agenda_pdf(&lagos(true), Languages::Both, Layout::SideBySide);
    let text = pdf.layout_text();
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    let day_one = pages.iter().position(|p| p.contains("Tuesday 4 November 2025")).expect("day one");
    let day_two = pages.iter().position(|p| p.contains("Wednesday 5 November 2025")).expect("day two");
    assert!(day_two > day_one, "the second day on a page of its own");
    assert!(pages[day_two].contains("mercredi 5 novembre 2025"), "its French heading beside the English one");
}

#[test]
fn one_language_makes_one_edition() {
    let pdf = agenda_pdf(&lagos(true), Languages::Fr, Layout::Separate);
    let text = pdf.layout_text();
    assert!(text.contains("Séance de clôture") && !text.contains("Closing session"), "French only: {text}");
    let pages = pdf.pages();
    assert!(text.contains(&format!("Page {pages} sur {pages}")) && !text.contains(" of "), "numbered in French");
}

#[test]
fn what_could_not_be_printed_is_reported() {
    let agenda = lagos(true);
    let exported = pdf::agenda(&agenda, AgendaOptions { languages: Languages::Both, layout: Layout::SideBySide }).expect("typesets");
    assert_eq!(exported.gaps, agenda.gaps(&[Lang::En, Lang::Fr]), "the report is the agenda's own list of gaps");
    let has = |session: &str, field: &str, lang: Lang, kind: GapKind| {
        exported.gaps.iter().any(|g| {
            g.session_id.as_ref().map(|i| i.to_string()).as_deref() == Some(session) && g.field == field && g.lang == lang && g.kind == kind
        })
    };
    assert!(has("s-side", "title", Lang::Fr, GapKind::Missing), "the French title of the side event is missing");
    assert!(has("s-prevention", "description", Lang::Fr, GapKind::Stale), "the French description is stale");
    assert!(has("s-opening", "function:p-nofn", Lang::En, GapKind::NoFunction), "a speaker has no function");
    let english = pdf::agenda(&agenda, AgendaOptions { languages: Languages::En, layout: Layout::Separate }).expect("typesets");
    assert!(english.gaps.iter().all(|g| g.lang == Lang::En), "an English agenda reports English gaps only");
}

#[test]
fn a_speaker_without_a_function_is_printed_with_name_and_delegation() {
    let pdf = agenda_pdf(&lagos(true), Languages::Both, Layout::SideBySide);
    assert!(pdf.left().contains("Ms Amina Bello (Nigeria)"), "name and delegation, nothing invented");
    assert!(pdf.right().contains("Ms Amina Bello (Nigéria)"), "in French too");
}

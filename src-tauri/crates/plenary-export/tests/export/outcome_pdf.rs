//! The outcome document as PDF, read back by poppler: both languages in their columns or
//! editions, paragraphs numbered in order, French typography, the draft mark, page numbers,
//! and user text printed as typed.

use crate::outcome_fixture::{MARKUP, conflicting, hostile, lagos, pending};
use crate::readers::{Pdf, flat, run};
use plenary_core::Lang;
use plenary_core::outcome::{DocumentStatus, OutcomeDocument};
use plenary_core::typography::typeset;
use plenary_export::{Languages, Layout, OutcomeOptions, outcome_pdf};

fn export(doc: &OutcomeDocument, languages: Languages, layout: Layout) -> Pdf {
    let mut amendments = pending();
    amendments.push(conflicting());
    let exported = outcome_pdf(doc, &amendments, &OutcomeOptions { languages, layout }).expect("the document typesets");
    Pdf::new("outcome.pdf", &exported.bytes)
}

/// The document adopted: no watermark, whose letters pdftotext would mix into the text.
fn adopted(mut doc: OutcomeDocument) -> OutcomeDocument {
    doc.status = DocumentStatus::Adopted;
    doc
}

/// The operative paragraphs as printed in `lang`, each behind its number ("3." then the
/// first words), whitespace left out as [`flat`] does.
fn numbered(doc: &OutcomeDocument, lang: Lang) -> Vec<String> {
    doc.sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .enumerate()
        .map(|(i, p)| {
            let text = plenary_export::render::printed(&p.text, lang);
            let shown = match text.fallback {
                Some(other) => format!("{} {}", plenary_export::render::fallback_tag(other), text.text),
                None => text.text,
            };
            let start: String = shown.split_whitespace().take(4).collect();
            format!("{}.{start}", i + 1)
        })
        .collect()
}

/// Asserts that every needle is in `haystack`, in order.
fn in_order(haystack: &str, needles: &[String], what: &str) {
    let mut from = 0;
    for needle in needles {
        let at = haystack[from..].find(needle.as_str()).unwrap_or_else(|| panic!("{what}: {needle:?} after position {from} in {haystack}"));
        from += at + needle.len();
    }
}

#[test]
fn side_by_side_puts_english_left_and_french_right_numbered_row_by_row() {
    let doc = adopted(lagos());
    let pdf = export(&doc, Languages::Both, Layout::SideBySide);
    let (left, right) = (flat(&pdf.band_lines(0, 297)), flat(&pdf.band_lines(298, 297)));
    in_order(&left, &numbered(&doc, Lang::En), "the English operative paragraphs, numbered 1. to 7., in the left column");
    in_order(&right, &numbered(&doc, Lang::Fr), "the French ones in the right column");
    assert!(!left.contains("Participantsontsouligné") && !right.contains("Participantsstressed"), "each language stays in its column");
    assert!(right.contains("[EN]Harmonisedcrimedefinitions"), "OP4 has no French: the English stands in, tagged");
    // A row per paragraph: OP5 starts on the same line in both columns.
    let lines = pdf.layout_text();
    let row = lines.lines().find(|l| l.contains("5.") && l.contains("Partnerships must")).expect("OP5's first line");
    assert!(row.contains("Les partenariats doivent"), "its French starts on the same line: {row:?}");
}

#[test]
fn the_front_matter_facts_quotes_and_brackets_are_printed() {
    let doc = adopted(lagos());
    let pdf = export(&doc, Languages::Both, Layout::SideBySide);
    let (left, right) = (flat(&pdf.band_lines(0, 297)), flat(&pdf.band_lines(298, 297)));
    for needle in [
        "OUTCOMEDOCUMENT",
        "LagosNigeria,4–5November2025",
        "Co-chairs:NigeriaandFrance",
        "Adopted·Rev.1—5November2025",
        "Incidencesofchildtraffickingroseglobally",
        "—HECyrilleBaumgartner,Ambassador-in-ChargeofMigration",
        "[regional]referralmechanisms",
        "Amendment—Côted'Ivoire,5November2025",
    ] {
        assert!(left.contains(&needle.replace("LagosNigeria", "Lagos,Nigeria")), "the English column prints {needle:?}: {left}");
    }
    for needle in ["Coprésidence:NigériaetFrance", "«4P»:prévention", "(Centredemigrationmixte(MMC))", "[régionaux]", "Amendement—Sénégal,4novembre2025(proposésuruntexteantérieur)"] {
        assert!(right.contains(needle), "the French column prints {needle:?} (narrow spaces read as spaces): {right}");
    }
}

#[test]
fn separate_editions_put_the_french_after_the_english_each_numbered_from_page_1() {
    let doc = adopted(lagos());
    let pdf = export(&doc, Languages::Both, Layout::Separate);
    let (en, fr) = pdf.editions("DOCUMENT FINAL");
    let (en_text, fr_text) = (flat(&en.join("\n")), flat(&fr.join("\n")));
    in_order(&en_text, &numbered(&doc, Lang::En), "the English edition, numbered from 1.");
    in_order(&fr_text, &numbered(&doc, Lang::Fr), "the French edition, numbered from 1. again");
    assert!(!en_text.contains("Perspectives") && !fr_text.contains("Lookingahead"), "one language per edition");
    assert!(en[0].contains(&format!("Page 1 of {}", en.len())), "the English edition numbers its own pages");
    assert!(fr[0].contains(&format!("Page 1 sur {}", fr.len())), "and so does the French one, from 1");
}

#[test]
fn a_document_is_marked_draft_until_it_is_adopted() {
    // The watermark is diagonal, so pdftotext gives its letters one by one, in order.
    let letters = |pdf: &Pdf| run("pdftotext", &["-raw", pdf.path(), "-"]).split_whitespace().collect::<String>();
    let draft = export(&lagos(), Languages::Both, Layout::SideBySide);
    assert_eq!(letters(&draft).matches("DRAFTPROJET").count(), draft.pages(), "DRAFT / PROJET on each page");
    let mut agreed = lagos();
    agreed.status = DocumentStatus::Agreed;
    let fr = letters(&export(&agreed, Languages::Fr, Layout::Separate));
    assert!(fr.contains("PROJET") && !fr.contains("DRAFT"), "agreed but not adopted is still a draft, marked in French");
    assert!(!letters(&export(&adopted(lagos()), Languages::Both, Layout::SideBySide)).contains("DRAFT"), "an adopted document has no mark");
}

#[test]
fn markup_and_a_fifty_thousand_character_paragraph_are_printed_literally() {
    let doc = adopted(hostile());
    let pdf = export(&doc, Languages::Both, Layout::SideBySide);
    let (left, right) = (flat(&pdf.band_lines(0, 297)), flat(&pdf.band_lines(298, 297)));
    let long: String = doc.sections[1].paragraphs[0].text.get(Lang::En).split_whitespace().collect();
    // The running header and the page number come between the pages of the paragraph.
    let mut body = left.replace(&flat(&format!("Title {}", MARKUP.join(" "))), "").replace(&flat("Adopted · Rev.1 — 5 November 2025"), "");
    for n in 1..=pdf.pages() {
        body = body.replace(&format!("Page{n}of{}", pdf.pages()), "");
    }
    let start = body.find("3.Sentence00001").expect("the long paragraph, numbered 3.") + 2;
    let printed: String = body[start..].chars().take(long.chars().count()).collect();
    let differs = printed.chars().zip(long.chars()).position(|(a, b)| a != b);
    let around = |s: &str, at: usize| s.chars().skip(at.saturating_sub(40)).take(80).collect::<String>();
    assert!(
        printed == long,
        "all 50,000 characters in order, to the last word; first difference at {differs:?}: printed {:?}, typed {:?}",
        differs.map(|d| around(&printed, d)),
        differs.map(|d| around(&long, d))
    );
    assert!(pdf.pages() > 10, "the long paragraph breaks across pages: {}", pdf.pages());
    let all = MARKUP.join(" ");
    assert!(left.contains(&flat(&format!("Recalling {all},"))), "a paragraph of markup-like text printed as typed: {:.3000}", left);
    assert!(left.contains(&flat(&format!("Heading {all}"))), "a heading too");
    assert!(right.contains(&flat(&typeset(&format!("Rappelant {all},"), Lang::Fr))), "and the French, typeset as French");
}

#[test]
fn what_could_not_be_printed_is_reported() {
    let doc = lagos();
    let exported = outcome_pdf(&doc, &[], &OutcomeOptions { languages: Languages::Both, layout: Layout::SideBySide }).expect("typesets");
    assert_eq!(exported.gaps, doc.gaps(&[Lang::En, Lang::Fr]), "the document's own list of gaps");
    assert!(exported.gaps.iter().any(|g| g.field == "OP4" && g.lang == Lang::Fr), "OP4's missing French");
}

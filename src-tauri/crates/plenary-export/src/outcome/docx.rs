//! The outcome document as DOCX, on the agenda's page, header, footer and styles.
//!
//! Operative paragraphs are numbered by Word itself: a numbering definition "%1." per
//! language, one list running on through all sections, so a paragraph added in Word is
//! numbered and the rest renumbered. Paragraphs, quotes and figures are in named styles
//! (Preambular paragraph, Operative paragraph, Heading 1, Quote, Key figure). Bracketed
//! passages keep their brackets and are shaded and bold. A pending amendment is a tracked
//! change by its delegation, dated when it was proposed, word by word in the paragraph it
//! amends; Word's Review tab accepts or rejects it.

use super::edition::{self, Edit, Edition, FactGroup, Para, Piece, Proposal, Row};
use super::words;
use crate::docx::{self as page, blocks, styles};
use crate::render::{self, Printed};
use crate::{ExportError, Exported, Layout, OutcomeOptions};
use chrono::NaiveDate;
use docx_rs::{
    AbstractNumbering, AlignmentType, Delete, Docx, IndentLevel, Insert, Level, LevelJc, LevelText, NumberFormat, Numbering, NumberingId,
    Paragraph, Run, Shading, SpecialIndentType, Start, Style, TableRow,
};
use plenary_core::diff::SpanKind;
use plenary_core::outcome::OutcomeDocument;
use plenary_core::outcome::amendment::Amendment;
use plenary_core::{Lang, typography::typeset};

const STATUS: &str = "DocumentStatus";
const PREAMBULAR: &str = "PreambularParagraph";
const OPERATIVE: &str = "OperativeParagraph";
const KEY_FIGURE: &str = "KeyFigure";
const QUOTE: &str = "Quote";
const QUOTE_ATTRIBUTION: &str = "QuoteAttribution";
const AMENDMENT: &str = "Amendment";

/// The shade behind bracketed text: visible on screen and in print, readable in black.
const BRACKET_FILL: &str = "D9D9D9";
/// One centimetre, in twentieths of a point.
const INDENT: i32 = 567;
/// The bullets of key figures; the lists of operative paragraphs are [`operative_list`].
const BULLETS: usize = 4;

/// The numbering (abstract and instance share the id) of the operative paragraphs of one
/// language: one list per language, so that the English and French columns or editions are
/// each numbered from 1. From 2: docx-rs always writes a list of its own as 1.
fn operative_list(lang: Lang) -> usize {
    lang.pick(2, 3)
}

/// The outcome document as a DOCX document.
pub(super) fn document(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Result<Exported, ExportError> {
    let langs = options.languages.langs();
    let editions = edition::editions(doc, pending, langs);
    let date = words::document_date(doc);
    let header = page::page_header(words::marked_draft(doc), langs, |lang| (render::printed(&doc.title, lang), words::status_line(doc, lang)));
    let docx = numberings(page::document(date, header, styles::common().into_iter().chain(outcome_styles())));
    let docx = if langs.len() > 1 && options.layout == Layout::SideBySide {
        side_by_side(docx, &editions, date)
    } else {
        separate(docx, &editions, date)
    };
    Ok(Exported { bytes: page::pack(docx, langs)?, gaps: doc.gaps(langs) })
}

/// One edition per language, each starting on a new page.
fn separate(mut docx: Docx, editions: &[Edition], date: Option<NaiveDate>) -> Docx {
    for (i, edition) in editions.iter().enumerate() {
        for (k, paragraph) in front(edition).into_iter().enumerate() {
            docx = docx.add_paragraph(if i > 0 && k == 0 { paragraph.page_break_before(true) } else { paragraph });
        }
        for row in edition::rows(std::slice::from_ref(edition)) {
            let paragraphs: Vec<Paragraph> = match row {
                Row::Section(headings) => headings.into_iter().flatten().map(|h| heading(h, edition.lang)).collect(),
                Row::Paragraph(paras) => paras.into_iter().flat_map(|p| blocks_of(p, edition.lang, date)).collect(),
            };
            docx = paragraphs.into_iter().fold(docx, Docx::add_paragraph);
        }
    }
    docx
}

/// Tables of one column per language, a row per paragraph, so that each paragraph stands
/// beside its translation: the front matter, the preamble, then a table per section whose
/// first row is the section's heading.
fn side_by_side(mut docx: Docx, editions: &[Edition], date: Option<NaiveDate>) -> Docx {
    let langs: Vec<Lang> = editions.iter().map(|e| e.lang).collect();
    docx = docx.add_table(page::table(&langs, vec![page::row(editions.iter().map(front))]));
    let mut table: Vec<TableRow> = Vec::new();
    for row in edition::rows(editions) {
        match row {
            Row::Section(headings) => {
                if !table.is_empty() {
                    docx = docx.add_table(page::table(&langs, std::mem::take(&mut table)));
                }
                if headings.iter().any(Option::is_some) {
                    table.push(page::row(headings.iter().zip(&langs).map(|(h, &lang)| h.map(|h| heading(h, lang)).into_iter().collect())));
                }
            }
            Row::Paragraph(paras) => table.push(page::row(paras.iter().zip(&langs).map(|(p, &lang)| blocks_of(p, lang, date)))),
        }
    }
    if !table.is_empty() {
        docx = docx.add_table(page::table(&langs, table));
    }
    docx
}

/// The title, the kind of document, the meeting and the status.
fn front(edition: &Edition) -> Vec<Paragraph> {
    let (lang, front) = (edition.lang, &edition.front);
    let mut out = vec![
        blocks::printed(Paragraph::new().style(styles::TITLE), &front.title, lang),
        Paragraph::new().style(styles::SUBTITLE).add_run(blocks::run(front.kind, lang)),
    ];
    out.extend(front.meeting.iter().map(|line| blocks::printed(Paragraph::new().style(styles::NORMAL), line, lang)));
    out.push(Paragraph::new().style(STATUS).add_run(blocks::run(&front.status, lang)));
    out
}

/// A section's heading, in Heading 1.
fn heading(heading: &Printed, lang: Lang) -> Paragraph {
    blocks::printed(Paragraph::new().style(styles::HEADING_1).keep_next(true), heading, lang)
}

/// A paragraph, the facts it places, and the amendments not shown in its text.
fn blocks_of(para: &Para, lang: Lang, date: Option<NaiveDate>) -> Vec<Paragraph> {
    let mut main = Paragraph::new().style(if para.is_operative() { OPERATIVE } else { PREAMBULAR });
    if para.is_operative() {
        main = main.numbering(NumberingId::new(operative_list(lang)), IndentLevel::new(0));
    }
    main = match para.in_place() {
        Some(proposal) => tracked(main, proposal, lang, date),
        None => text(main, para.fallback, &para.pieces, lang),
    };
    let mut out = vec![main];
    for group in &para.facts {
        match group {
            FactGroup::Figures(figures) => out.extend(figures.iter().map(|fact| {
                let line = blocks::printed(Paragraph::new().style(KEY_FIGURE).numbering(NumberingId::new(BULLETS), IndentLevel::new(0)), &fact.text, lang);
                if fact.attribution.is_empty() { line } else { line.add_run(blocks::run(&format!(" ({})", fact.attribution), lang)) }
            })),
            FactGroup::Quote(fact) => {
                out.push(blocks::printed(Paragraph::new().style(QUOTE), &fact.text, lang));
                if !fact.attribution.is_empty() {
                    out.push(Paragraph::new().style(QUOTE_ATTRIBUTION).add_run(blocks::run(&format!("— {}", fact.attribution), lang)));
                }
            }
        }
    }
    for proposal in para.proposals.iter().filter(|p| !p.in_place) {
        let label = blocks::run(&typeset(&format!("{}:\n", proposal.label), lang), lang).bold();
        out.push(tracked(Paragraph::new().style(AMENDMENT).add_run(label), proposal, lang, date));
    }
    out
}

/// `paragraph` with a text cut at brackets, behind "[EN]" when it is a missing
/// translation's stand-in.
fn text(paragraph: Paragraph, fallback: Option<Lang>, pieces: &[Piece], lang: Lang) -> Paragraph {
    let shown = fallback.unwrap_or(lang);
    let paragraph = match fallback {
        Some(other) => paragraph.add_run(blocks::fallback_tag(other)),
        None => paragraph,
    };
    pieces.iter().fold(paragraph, |p, piece| p.add_run(marked(blocks::run(&piece.text, shown), piece.bracketed)))
}

/// `paragraph` with an amendment's diff as tracked changes by its delegation.
fn tracked(paragraph: Paragraph, proposal: &Proposal, lang: Lang, date: Option<NaiveDate>) -> Paragraph {
    let when = proposal.word_date(date);
    proposal.edits.iter().fold(paragraph, |p, Edit { kind, text, bracketed }| match kind {
        SpanKind::Equal => p.add_run(marked(blocks::run(text, lang), *bracketed)),
        SpanKind::Delete => {
            p.add_delete(Delete::new().author(proposal.by.as_str()).date(when.as_str()).add_run(marked(blocks::deleted_run(text, lang), *bracketed)))
        }
        SpanKind::Insert => p.add_insert(Insert::new(marked(blocks::run(text, lang), *bracketed)).author(proposal.by.as_str()).date(when.as_str())),
    })
}

/// A bracketed run shaded and bold; other runs as they are.
fn marked(run: Run, bracketed: bool) -> Run {
    if bracketed { run.bold().shading(Shading::new().fill(BRACKET_FILL)) } else { run }
}

/// Word's lists: "1." for each language's operative paragraphs, bullets for key figures.
fn numberings(docx: Docx) -> Docx {
    let level = |format: &str, text: &str, left: i32, hanging: i32| {
        Level::new(0, Start::new(1), NumberFormat::new(format), LevelText::new(text), LevelJc::new("left")).indent(
            Some(left),
            Some(SpecialIndentType::Hanging(hanging)),
            None,
            None,
        )
    };
    let lists = Lang::ALL
        .iter()
        .map(|&lang| (operative_list(lang), level("decimal", "%1.", INDENT, INDENT)))
        .chain([(BULLETS, level("bullet", "•", 2 * INDENT, 360))]);
    lists.fold(docx, |docx, (id, level)| docx.add_abstract_numbering(AbstractNumbering::new(id).add_level(level)).add_numbering(Numbering::new(id, id)))
}

/// The styles of the outcome document, beside the common ones (Title, Heading 1…).
fn outcome_styles() -> Vec<Style> {
    use styles::{NORMAL, paragraph, spacing};
    vec![
        paragraph(STATUS, "Document status").based_on(NORMAL).next(NORMAL).size(19).color("595959").line_spacing(spacing(60, 240)),
        paragraph(PREAMBULAR, "Preambular paragraph")
            .based_on(NORMAL)
            .next(PREAMBULAR)
            .align(AlignmentType::Both)
            .indent(Some(0), Some(SpecialIndentType::FirstLine(INDENT)), None, None)
            .line_spacing(spacing(0, 120)),
        paragraph(OPERATIVE, "Operative paragraph").based_on(NORMAL).next(OPERATIVE).align(AlignmentType::Both).line_spacing(spacing(0, 120)),
        paragraph(KEY_FIGURE, "Key figure").based_on(NORMAL).line_spacing(spacing(0, 60)),
        paragraph(QUOTE, "Quote").based_on(NORMAL).italic().indent(Some(2 * INDENT), None, Some(INDENT), None).line_spacing(spacing(120, 40)),
        paragraph(QUOTE_ATTRIBUTION, "Quote attribution")
            .based_on(NORMAL)
            .size(19)
            .align(AlignmentType::Right)
            .indent(Some(2 * INDENT), None, Some(INDENT), None)
            .line_spacing(spacing(0, 160)),
        paragraph(AMENDMENT, "Amendment").based_on(NORMAL).size(19).color("404040").indent(Some(2 * INDENT), None, None, None),
    ]
}

//! The outcome document as PDF: the editions as JSON for `outcome/outcome.typ`, compiled in
//! the agenda's closed Typst world. User text only ever travels as JSON strings, which Typst
//! prints as text: a paragraph holding `#set`, `{{x}}` or `]` can never be taken for markup.

use super::edition::{self, Edit, Edition, FactGroup, Para, Row};
use super::words;
use crate::pdf::{self, Template, Text};
use crate::render;
use crate::{ExportError, Exported, Layout, OutcomeOptions};
use plenary_core::Lang;
use plenary_core::diff::SpanKind;
use plenary_core::outcome::OutcomeDocument;
use plenary_core::outcome::amendment::Amendment;
use serde::Serialize;
use std::sync::LazyLock;

static TEMPLATE: LazyLock<Template> = LazyLock::new(|| Template::new("/outcome.typ", include_str!("outcome.typ")));

/// Rows whose cells hold at most this many characters are kept on one page (a third of a
/// page); longer ones may break across pages, at the cost of a grid Typst lays out twice.
const KEEP: usize = 1200;

/// The outcome document as a PDF document.
pub(super) fn document(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Result<Exported, ExportError> {
    let (bytes, _warnings) = typeset(doc, pending, options)?;
    Ok(Exported { bytes, gaps: doc.gaps(options.languages.langs()) })
}

/// The PDF and Typst's warnings (a flaw of the template, never of the document).
pub(super) fn typeset(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    let data = serde_json::to_vec(&Document::new(doc, pending, options)).map_err(|e| ExportError::Typeset(e.to_string()))?;
    let revision = doc.revision.as_ref().map_or_else(|| "current".to_owned(), |r| r.number.to_string());
    // Stable across exports of one revision, so a viewer sees a new version of one document.
    let ident = format!("{}/outcome/{revision}/{}/{}", doc.id, options.languages.as_str(), options.layout.as_str());
    pdf::compile(&TEMPLATE, data, words::document_date(doc), ident)
}

/// The whole document.
#[derive(Serialize)]
struct Document {
    /// The PDF's title metadata.
    title: String,
    /// One edition per language (separate layout) or one edition with both (side by side).
    editions: Vec<EditionData>,
}

/// A run of pages in one or more languages, side by side, numbered on its own.
#[derive(Serialize)]
struct EditionData {
    /// BCP 47 codes of the columns, left to right.
    langs: Vec<&'static str>,
    /// Per column: the front matter, the running header and the page footer words.
    columns: Vec<Column>,
    /// The watermark across a document not yet adopted, one line per language.
    watermark: Vec<&'static str>,
    rows: Vec<RowData>,
}

#[derive(Serialize)]
struct Column {
    lang: &'static str,
    kind: &'static str,
    title: Text,
    meeting: Vec<Text>,
    /// The status and revision, under the title and in the running header.
    version: String,
    page: &'static str,
    of: &'static str,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum RowData {
    /// A section's heading, one cell per column.
    Heading { cells: Vec<Option<Text>> },
    /// A paragraph, one cell per column.
    Paragraph { keep: bool, cells: Vec<Cell> },
}

#[derive(Serialize)]
struct Cell {
    lang: &'static str,
    /// "3." for an operative paragraph.
    number: Option<String>,
    /// The "[EN]" before a text standing in for a missing translation, and its language.
    mark: Option<String>,
    text_lang: &'static str,
    pieces: Vec<PieceData>,
    facts: Vec<FactData>,
    amendments: Vec<AmendmentData>,
}

#[derive(Serialize)]
struct PieceData {
    text: String,
    bracketed: bool,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum FactData {
    Figures { items: Vec<Figure> },
    Quote { text: Text, attribution: Option<String> },
}

#[derive(Serialize)]
struct Figure {
    text: Text,
    source: Option<String>,
}

#[derive(Serialize)]
struct AmendmentData {
    label: String,
    edits: Vec<EditData>,
}

#[derive(Serialize)]
struct EditData {
    kind: SpanKind,
    text: String,
    bracketed: bool,
}

impl Document {
    fn new(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Self {
        let langs = options.languages.langs();
        let editions = edition::editions(doc, pending, langs);
        let draft = words::marked_draft(doc);
        let editions = match options.layout {
            Layout::SideBySide => vec![EditionData::new(&editions, draft)],
            Layout::Separate => editions.chunks(1).map(|one| EditionData::new(one, draft)).collect(),
        };
        let title = langs.iter().map(|&lang| render::printed(&doc.title, lang).text).collect::<Vec<_>>().join(" / ");
        Document { title, editions }
    }
}

impl EditionData {
    fn new(editions: &[Edition], draft: bool) -> Self {
        let langs: Vec<Lang> = editions.iter().map(|e| e.lang).collect();
        EditionData {
            langs: langs.iter().map(|l| l.code()).collect(),
            columns: editions.iter().map(Column::new).collect(),
            watermark: if draft { langs.iter().map(|&l| render::draft_mark(l)).collect() } else { Vec::new() },
            rows: edition::rows(editions)
                .into_iter()
                .filter_map(|row| match row {
                    Row::Section(headings) if headings.iter().any(Option::is_some) => Some(RowData::Heading {
                        cells: headings.iter().zip(&langs).map(|(h, &lang)| h.map(|h| Text::new(h.clone(), lang))).collect(),
                    }),
                    Row::Section(_) => None,
                    Row::Paragraph(paras) => {
                        let cells: Vec<Cell> = paras.iter().zip(&langs).map(|(p, &lang)| Cell::new(p, lang)).collect();
                        Some(RowData::Paragraph { keep: cells.iter().all(|c| c.chars() <= KEEP), cells })
                    }
                })
                .collect(),
        }
    }
}

impl Column {
    fn new(edition: &Edition) -> Self {
        let (lang, front) = (edition.lang, &edition.front);
        Column {
            lang: lang.code(),
            kind: front.kind,
            title: Text::new(front.title.clone(), lang),
            meeting: front.meeting.iter().map(|line| Text::new(line.clone(), lang)).collect(),
            version: front.status.clone(),
            page: "Page",
            of: lang.pick("of", "sur"),
        }
    }
}

impl Cell {
    fn new(para: &Para, lang: Lang) -> Self {
        let facts = para
            .facts
            .iter()
            .map(|group| match group {
                FactGroup::Figures(figures) => FactData::Figures {
                    items: figures.iter().map(|f| Figure { text: Text::new(f.text.clone(), lang), source: attribution(&f.attribution) }).collect(),
                },
                FactGroup::Quote(quote) => FactData::Quote { text: Text::new(quote.text.clone(), lang), attribution: attribution(&quote.attribution) },
            })
            .collect();
        Cell {
            lang: lang.code(),
            number: para.label.printed(),
            mark: para.fallback.map(render::fallback_tag),
            text_lang: para.fallback.unwrap_or(lang).code(),
            pieces: para.pieces.iter().map(|p| PieceData { text: p.text.clone(), bracketed: p.bracketed }).collect(),
            facts,
            amendments: para
                .proposals
                .iter()
                .map(|p| AmendmentData {
                    label: p.label.clone(),
                    edits: p.edits.iter().map(|Edit { kind, text, bracketed }| EditData { kind: *kind, text: text.clone(), bracketed: *bracketed }).collect(),
                })
                .collect(),
        }
    }

    /// Roughly how much the cell prints, to tell a row that fits a third of a page.
    fn chars(&self) -> usize {
        let pieces: usize = self.pieces.iter().map(|p| p.text.len()).sum();
        let facts: usize = self
            .facts
            .iter()
            .map(|f| match f {
                FactData::Figures { items } => items.len() * 160,
                FactData::Quote { .. } => 600,
            })
            .sum();
        let amendments: usize = self.amendments.iter().map(|a| a.edits.iter().map(|e| e.text.len()).sum::<usize>()).sum();
        pieces + facts + amendments
    }
}

fn attribution(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

#[cfg(test)]
#[path = "../../tests/export/outcome_fixture.rs"]
mod fixture;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Languages;

    #[test]
    fn the_template_compiles_without_warnings_in_every_layout() {
        let pending = fixture::pending();
        for layout in [Layout::SideBySide, Layout::Separate] {
            for languages in [Languages::En, Languages::Fr, Languages::Both] {
                let (bytes, warnings) = typeset(&fixture::lagos(), &pending, &OutcomeOptions { languages, layout }).expect("the Lagos document typesets");
                assert!(bytes.starts_with(b"%PDF-"), "{layout} {languages}: a PDF");
                assert!(warnings.is_empty(), "{layout} {languages}: the template is clean: {warnings:?}");
            }
        }
    }

    #[test]
    fn the_same_document_gives_the_same_bytes() {
        let options = OutcomeOptions { languages: Languages::Both, layout: Layout::SideBySide };
        let once = typeset(&fixture::lagos(), &fixture::pending(), &options).expect("typesets").0;
        let twice = typeset(&fixture::lagos(), &fixture::pending(), &options).expect("typesets").0;
        assert!(once == twice, "no clock, no randomness in the output");
    }
}

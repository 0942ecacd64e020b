//! The agenda as DOCX.
//!
//! Written with docx-rs, in named styles (Title, Heading 1 for days, Heading 2 for sessions,
//! Session details…) that the secretariat can restyle. Side by side, each day is a table of
//! two columns, English | Français, whose header row repeats on every page; separate
//! editions put the English agenda, a page break, then the French. Every run carries its
//! language, so spelling and hyphenation follow the text. The page header names the meeting
//! and the version ("DRAFT" / "PROJET" for an unreleased agenda); the footer numbers pages.

pub(crate) mod blocks;
mod markup;
pub(crate) mod styles;

use crate::render::{self, Printed};
use crate::{AgendaOptions, ExportError, Exported, Layout};
use chrono::NaiveDate;
use docx_rs::{
    AlignmentType, Docx, Footer, Header, LineSpacing, NumPages, PageMargin, PageNum, Paragraph, Run, Style, Table, TableCell,
    TableLayoutType, TableRow, WidthType,
};
use plenary_core::Lang;
use plenary_core::agenda::Agenda;
use std::io::Cursor;

/// A4 (docx-rs's default page) less 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 11906 - 2 * MARGIN as usize;
const MARGIN: i32 = 1134;

/// The agenda as a DOCX document.
pub fn agenda(agenda: &Agenda, options: AgendaOptions) -> Result<Exported, ExportError> {
    let langs = options.languages.langs();
    let gaps = agenda.gaps(langs);
    // Fixed document dates keep two exports of one version identical in content.
    let date = agenda.version.as_ref().map_or(agenda.start_date, |v| v.released_on);
    let header = page_header(agenda.version.is_none(), langs, |lang| (render::printed(&agenda.title, lang), render::version_line(agenda, lang)));
    let docx = document(Some(date), header, styles::common().into_iter().chain(styles::agenda()));
    let docx = if langs.len() > 1 && options.layout == Layout::SideBySide {
        side_by_side(docx, agenda, langs)
    } else {
        separate(docx, agenda, langs)
    };
    Ok(Exported { bytes: pack(docx, langs)?, gaps })
}

/// An empty A4 document dated `date` (never the clock: two exports of one version are
/// identical; undated, docx-rs writes 1970), with `header` on every page, numbered pages,
/// and `styles`.
pub(crate) fn document(date: Option<NaiveDate>, header: Header, styles: impl IntoIterator<Item = Style>) -> Docx {
    let mut docx = Docx::new()
        .page_margin(PageMargin { top: MARGIN, left: MARGIN, bottom: MARGIN, right: MARGIN, header: 567, footer: 567, gutter: 0 })
        .default_size(styles::DEFAULT_SIZE)
        .default_line_spacing(LineSpacing::new().after(styles::DEFAULT_AFTER))
        .header(header)
        .footer(footer());
    if let Some(date) = date {
        let stamp = format!("{}T00:00:00Z", date.format("%Y-%m-%d"));
        docx = docx.created_at(&stamp).updated_at(&stamp);
    }
    styles.into_iter().fold(docx, Docx::add_style)
}

/// The finished file: docx-rs's parts with what it cannot write added ([`markup`]), the
/// document's default language being the first of `langs`.
pub(crate) fn pack(docx: Docx, langs: &[Lang]) -> Result<Vec<u8>, ExportError> {
    let mut xml = docx.build();
    xml.document = markup::document(&xml.document)?;
    for part in xml.headers.iter_mut().chain(xml.footers.iter_mut()) {
        *part = markup::document(part)?;
    }
    xml.styles = markup::styles(&xml.styles, styles::tag(langs.first().copied().unwrap_or(Lang::En)))?;
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|e| ExportError::Write(format!("DOCX: {e}")))?;
    Ok(bytes.into_inner())
}

/// One edition per language, each starting on a new page.
fn separate(mut docx: Docx, agenda: &Agenda, langs: &[Lang]) -> Docx {
    for (i, &lang) in langs.iter().enumerate() {
        for (k, paragraph) in blocks::front(agenda, lang).into_iter().enumerate() {
            docx = docx.add_paragraph(if i > 0 && k == 0 { paragraph.page_break_before(true) } else { paragraph });
        }
        for day in &agenda.days {
            docx = docx.add_paragraph(blocks::day(day.date, lang));
            for session in &day.sessions {
                for paragraph in blocks::session(session, lang) {
                    docx = docx.add_paragraph(paragraph);
                }
            }
        }
    }
    docx
}

/// The front matter and each day as tables of one column per language.
fn side_by_side(mut docx: Docx, agenda: &Agenda, langs: &[Lang]) -> Docx {
    let front = row(langs.iter().map(|&lang| blocks::front(agenda, lang)));
    docx = docx.add_table(table(langs, vec![front]));
    for day in &agenda.days {
        docx = docx.add_paragraph(blocks::day_in(day.date, langs));
        if day.sessions.is_empty() {
            continue;
        }
        let rows = day.sessions.iter().map(|session| row(langs.iter().map(|&lang| blocks::session(session, lang)))).collect();
        docx = docx.add_table(table(langs, rows));
    }
    docx
}

fn column_width(columns: usize) -> usize {
    TEXT_WIDTH / columns.max(1)
}

/// A table with a header row naming each column's language, then `rows`.
pub(crate) fn table(langs: &[Lang], rows: Vec<TableRow>) -> Table {
    let heading = row(langs
        .iter()
        .map(|&lang| vec![Paragraph::new().style(styles::COLUMN_HEADING).add_run(blocks::run(lang.pick("English", "Français"), lang))]));
    let width = column_width(langs.len());
    Table::new(std::iter::once(heading).chain(rows).collect())
        .set_grid(vec![width; langs.len()])
        .width(width * langs.len(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// A row of cells, one per language, each holding its paragraphs.
pub(crate) fn row(cells: impl ExactSizeIterator<Item = Vec<Paragraph>>) -> TableRow {
    let width = column_width(cells.len());
    TableRow::new(
        cells
            .map(|paragraphs| paragraphs.into_iter().fold(TableCell::new().width(width, WidthType::Dxa), |cell, p| cell.add_paragraph(p)))
            .collect(),
    )
}

/// "DRAFT · PROJET" when `draft`, then a line per language: the title, a dash, and what
/// `line` gives beside it (the version, the status).
pub(crate) fn page_header(draft: bool, langs: &[Lang], line: impl Fn(Lang) -> (Printed, String)) -> Header {
    let mut header = Header::new();
    if draft {
        let mut mark = Paragraph::new().style(styles::DRAFT_MARK);
        for (i, &lang) in langs.iter().enumerate() {
            if i > 0 {
                mark = mark.add_run(Run::new().add_text(" · "));
            }
            mark = mark.add_run(blocks::run(render::draft_mark(lang), lang));
        }
        header = header.add_paragraph(mark);
    }
    for &lang in langs {
        let (title, beside) = line(lang);
        let paragraph = blocks::printed(Paragraph::new().style(styles::HEADER), &title, lang);
        header = header.add_paragraph(paragraph.add_run(blocks::run(&format!(" — {beside}"), lang)));
    }
    header
}

/// "Page 3 / 12", the same in English and French.
fn footer() -> Footer {
    Footer::new().add_paragraph(
        Paragraph::new()
            .style(styles::FOOTER)
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text("Page "))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" / "))
            .add_num_pages(NumPages::new()),
    )
}

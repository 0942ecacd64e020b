//! The agenda as DOCX.
//!
//! Written with docx-rs, in named styles (Title, Heading 1 for days, Heading 2 for sessions,
//! Session details…) that the secretariat can restyle. Side by side, each day is a table of
//! two columns, English | Français, whose header row repeats on every page; separate
//! editions put the English agenda, a page break, then the French. Every run carries its
//! language, so spelling and hyphenation follow the text. The page header names the meeting
//! and the version ("DRAFT" / "PROJET" for an unreleased agenda); the footer numbers pages.

mod blocks;
mod markup;
mod styles;

use crate::render;
use crate::{AgendaOptions, ExportError, Exported, Layout};
use docx_rs::{
    AlignmentType, Docx, Footer, Header, LineSpacing, NumPages, PageMargin, PageNum, Paragraph, Run, Table, TableCell, TableLayoutType,
    TableRow, WidthType,
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
    let stamp = format!("{}T00:00:00Z", date.format("%Y-%m-%d"));
    let mut docx = Docx::new()
        .page_margin(PageMargin { top: MARGIN, left: MARGIN, bottom: MARGIN, right: MARGIN, header: 567, footer: 567, gutter: 0 })
        .default_size(styles::DEFAULT_SIZE)
        .default_line_spacing(LineSpacing::new().after(styles::DEFAULT_AFTER))
        .created_at(&stamp)
        .updated_at(&stamp)
        .header(header(agenda, langs))
        .footer(footer());
    for style in styles::all() {
        docx = docx.add_style(style);
    }
    docx = if langs.len() > 1 && options.layout == Layout::SideBySide {
        side_by_side(docx, agenda, langs)
    } else {
        separate(docx, agenda, langs)
    };

    let mut xml = docx.build();
    xml.document = markup::document(&xml.document)?;
    for part in xml.headers.iter_mut().chain(xml.footers.iter_mut()) {
        *part = markup::document(part)?;
    }
    xml.styles = markup::styles(&xml.styles, styles::tag(langs.first().copied().unwrap_or(Lang::En)))?;
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|e| ExportError::Write(format!("DOCX: {e}")))?;
    Ok(Exported { bytes: bytes.into_inner(), gaps })
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
fn table(langs: &[Lang], rows: Vec<TableRow>) -> Table {
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
fn row(cells: impl ExactSizeIterator<Item = Vec<Paragraph>>) -> TableRow {
    let width = column_width(cells.len());
    TableRow::new(
        cells
            .map(|paragraphs| paragraphs.into_iter().fold(TableCell::new().width(width, WidthType::Dxa), |cell, p| cell.add_paragraph(p)))
            .collect(),
    )
}

/// "DRAFT · PROJET" for an unreleased agenda, then the title and version in each language.
fn header(agenda: &Agenda, langs: &[Lang]) -> Header {
    let mut header = Header::new();
    if agenda.version.is_none() {
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
        let line = blocks::printed(Paragraph::new().style(styles::HEADER), &render::printed(&agenda.title, lang), lang);
        header = header.add_paragraph(line.add_run(blocks::run(&format!(" — {}", render::version_line(agenda, lang)), lang)));
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

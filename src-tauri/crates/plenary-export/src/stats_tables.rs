//! The statistics of a meeting as tables: XLSX (a "Summary" sheet with the headline in
//! English and French and the totals, then one sheet per table) and CSV (the same, one
//! section per table, a blank line between). Labels are in the language asked for; counts
//! are numbers, labels are texts written as strings once neutralised ([`crate::cells`]).

use crate::participants::sheet::{Book, Cell, Csv};
use crate::{ExportError, Exported};
use chrono::NaiveDate;
use plenary_core::Lang;
use plenary_core::stats::Count;

/// One table: a title and its counted rows.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsTable {
    /// The title, in the tables' language ("By M49 region").
    pub title: String,
    /// The rows, in the order to print.
    pub rows: Vec<Count>,
}

/// Every table of a meeting's statistics, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsTables {
    /// The language of titles and labels.
    pub lang: Lang,
    /// The meeting's first day, the workbook's date (never the clock).
    pub date: NaiveDate,
    /// The headline sentence in English.
    pub headline_en: String,
    /// The headline sentence in French.
    pub headline_fr: String,
    /// The totals of the summary: label and figure.
    pub totals: Vec<(String, u64)>,
    /// The tables, in order.
    pub tables: Vec<StatsTable>,
}

fn headers(lang: Lang) -> [&'static str; 3] {
    lang.pick(["Code", "Label", "Count"], ["Code", "Libellé", "Nombre"])
}

fn row(count: &Count) -> Vec<Cell> {
    vec![Cell::Text(count.key.clone()), Cell::Text(count.label.clone()), Cell::Number(count.count)]
}

/// The tables as an XLSX workbook.
pub fn xlsx(stats: &StatsTables) -> Result<Exported, ExportError> {
    let lang = stats.lang;
    let mut book = Book::new(stats.date);
    let mut summary = vec![
        (lang.pick("Headline (English)", "Chapeau (anglais)").to_owned(), Cell::Text(stats.headline_en.clone())),
        (lang.pick("Headline (French)", "Chapeau (français)").to_owned(), Cell::Text(stats.headline_fr.clone())),
    ];
    summary.extend(stats.totals.iter().map(|(label, n)| (label.clone(), Cell::Number(*n))));
    book.pairs(lang.pick("Summary", "Résumé"), &summary)?;
    for table in &stats.tables {
        book.table(&table.title, &headers(lang), table.rows.iter().map(row))?;
    }
    Ok(Exported { bytes: book.finish()?, gaps: Vec::new() })
}

/// The tables as one CSV file: the summary, then each table under its title.
pub fn csv(stats: &StatsTables) -> Result<Exported, ExportError> {
    let lang = stats.lang;
    let mut out = Csv::new();
    let text = |s: &str| Cell::Text(s.to_owned());
    out.line([text(lang.pick("Summary", "Résumé"))].into_iter());
    out.line([text(lang.pick("Headline (English)", "Chapeau (anglais)")), text(&stats.headline_en)].into_iter());
    out.line([text(lang.pick("Headline (French)", "Chapeau (français)")), text(&stats.headline_fr)].into_iter());
    for (label, n) in &stats.totals {
        out.line([text(label), Cell::Number(*n)].into_iter());
    }
    for table in &stats.tables {
        out.blank();
        out.line([text(&table.title)].into_iter());
        out.line(headers(lang).iter().map(|h| text(h)));
        for count in &table.rows {
            out.line(row(count).into_iter());
        }
    }
    Ok(Exported { bytes: out.finish(), gaps: Vec::new() })
}

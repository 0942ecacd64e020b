//! Tables as spreadsheets: an XLSX workbook of one sheet per table (bold header row frozen
//! in place, filters on, columns as wide as their contents) and CSV. Every text goes through
//! [`cells::neutralise`] and is written as a string: nothing a participant typed into a
//! registration form can become a formula, a link or a computation when the file is opened.

use crate::ExportError;
use crate::cells;
use chrono::Datelike as _;
use chrono::NaiveDate;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

/// One cell of a table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// A text, written as a string once neutralised.
    Text(String),
    /// A count.
    Number(u64),
}

impl Cell {
    /// How many characters the cell shows, for the column's width.
    fn chars(&self) -> usize {
        match self {
            Cell::Text(t) => t.chars().count(),
            Cell::Number(n) => n.to_string().len(),
        }
    }
}

/// Columns are never narrower or wider than this, in characters.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// An XLSX workbook being written.
pub(crate) struct Book {
    workbook: Workbook,
}

fn failed(e: XlsxError) -> ExportError {
    ExportError::Write(format!("XLSX: {e}"))
}

impl Book {
    /// An empty workbook dated `date` (never the clock: two exports of one list are the
    /// same bytes).
    pub(crate) fn new(date: NaiveDate) -> Self {
        let mut workbook = Workbook::new();
        let stamp = u8::try_from(date.month())
            .ok()
            .zip(u8::try_from(date.day()).ok())
            .zip(u16::try_from(date.year()).ok())
            .and_then(|((month, day), year)| ExcelDateTime::from_ymd(year, month, day).ok());
        let stamp = stamp.or_else(|| ExcelDateTime::from_ymd(2000, 1, 1).ok());
        if let Some(stamp) = stamp {
            workbook.set_properties(&DocProperties::new().set_creation_datetime(&stamp));
        }
        Book { workbook }
    }

    /// A sheet named `name` holding `headers` then `rows`.
    pub(crate) fn table(&mut self, name: &str, headers: &[&str], rows: impl Iterator<Item = Vec<Cell>>) -> Result<(), ExportError> {
        let bold = Format::new().set_bold();
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(sheet_name(name)).map_err(failed)?;
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
        for (col, header) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, cells::neutralise(header), &bold).map_err(failed)?;
        }
        let mut last = 0u32;
        for (i, row) in rows.enumerate() {
            let r = u32::try_from(i + 1).map_err(|_| ExportError::Write("XLSX: more rows than a sheet holds".into()))?;
            last = r;
            for (col, cell) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(col) {
                    *w = (*w).max(cell.chars());
                }
                let col = col as u16;
                match cell {
                    Cell::Text(text) => sheet.write_string(r, col, cells::neutralise(text)).map_err(failed)?,
                    Cell::Number(n) => sheet.write_number(r, col, *n as f64).map_err(failed)?,
                };
            }
        }
        for (col, width) in widths.iter().enumerate() {
            sheet.set_column_width(col as u16, (*width).clamp(MIN_WIDTH, MAX_WIDTH) as f64 + 2.0).map_err(failed)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(failed)?;
        if !headers.is_empty() {
            sheet.autofilter(0, 0, last, headers.len() as u16 - 1).map_err(failed)?;
        }
        Ok(())
    }

    /// The sheet of a few labelled lines: `label | value`, labels bold.
    pub(crate) fn pairs(&mut self, name: &str, lines: &[(String, Cell)]) -> Result<(), ExportError> {
        let bold = Format::new().set_bold();
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(sheet_name(name)).map_err(failed)?;
        let mut widths = [MIN_WIDTH, MIN_WIDTH];
        for (i, (label, value)) in lines.iter().enumerate() {
            let r = i as u32;
            sheet.write_string_with_format(r, 0, cells::neutralise(label), &bold).map_err(failed)?;
            match value {
                Cell::Text(text) => sheet.write_string(r, 1, cells::neutralise(text)).map_err(failed)?,
                Cell::Number(n) => sheet.write_number(r, 1, *n as f64).map_err(failed)?,
            };
            widths[0] = widths[0].max(label.chars().count());
            widths[1] = widths[1].max(value.chars());
        }
        for (col, width) in widths.iter().enumerate() {
            sheet.set_column_width(col as u16, (*width).min(2 * MAX_WIDTH) as f64 + 2.0).map_err(failed)?;
        }
        Ok(())
    }

    /// The file's bytes.
    pub(crate) fn finish(mut self) -> Result<Vec<u8>, ExportError> {
        self.workbook.save_to_buffer().map_err(failed)
    }
}

/// A name Excel accepts for a sheet: at most 31 characters, none of `[ ] : * ? / \`.
fn sheet_name(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\')).take(31).collect()
}

/// A CSV file being written: UTF-8 with a byte order mark (without one, Excel reads UTF-8
/// as the local code page and mangles every accent), comma-separated, lines ended by CRLF
/// and fields quoted as RFC 4180 says.
pub(crate) struct Csv {
    bytes: Vec<u8>,
}

impl Csv {
    /// An empty file: the byte order mark only.
    pub(crate) fn new() -> Self {
        Csv { bytes: "\u{feff}".as_bytes().to_vec() }
    }

    /// One line of `cells`, texts neutralised and quoted where they need to be.
    pub(crate) fn line(&mut self, cells: impl Iterator<Item = Cell>) {
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                self.bytes.push(b',');
            }
            match cell {
                Cell::Text(text) => self.field(&cells::neutralise(&text)),
                Cell::Number(n) => self.bytes.extend_from_slice(n.to_string().as_bytes()),
            }
        }
        self.bytes.extend_from_slice(b"\r\n");
    }

    /// An empty line, between two tables of one file.
    pub(crate) fn blank(&mut self) {
        self.bytes.extend_from_slice(b"\r\n");
    }

    fn field(&mut self, text: &str) {
        if text.contains([',', '"', '\n', '\r']) {
            self.bytes.push(b'"');
            self.bytes.extend_from_slice(text.replace('"', "\"\"").as_bytes());
            self.bytes.push(b'"');
        } else {
            self.bytes.extend_from_slice(text.as_bytes());
        }
    }

    /// The file's bytes.
    pub(crate) fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_as_rfc_4180_says_and_formulas_neutralised() {
        let mut csv = Csv::new();
        csv.line(["a,b", "say \"hi\"", "two\nlines", "=1+1", "plain"].into_iter().map(|s| Cell::Text(s.into())).chain([Cell::Number(7)]));
        let text = String::from_utf8(csv.finish()).expect("UTF-8");
        assert_eq!(text, "\u{feff}\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,plain,7\r\n", "BOM, quotes doubled, formula as text");
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("By M49 region [a/b]: *?"), "By M49 region ab ");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}

//! Workbooks (XLSX, XLS, ODS) read through calamine into the same [`Table`] as a CSV file:
//! the header is the first non-empty row, each row keeps the sheet's row number, and cells
//! become the text a person sees (whole numbers without ".0", dates as ISO 8601).

use crate::table::{RowsBuilder, Table, TableError};
use calamine::{Data, Reader, Sheets, open_workbook_auto_from_rs};
use std::io::Cursor;

/// A sheet of a workbook read as a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The workbook's kind: `xlsx`, `xls`, `xlsb` or `ods`.
    pub format: &'static str,
    /// Every sheet's name, in the workbook's order.
    pub sheets: Vec<String>,
    /// The sheet read.
    pub sheet: String,
    /// Its rows.
    pub table: Table,
}

/// Reads sheet `wanted` of the workbook in `bytes` (the first sheet when none is named).
pub fn read(bytes: &[u8], wanted: Option<&str>) -> Result<Sheet, TableError> {
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| TableError::Unreadable(e.to_string()))?;
    let format = match &workbook {
        Sheets::Xls(_) => "xls",
        Sheets::Xlsx(_) => "xlsx",
        Sheets::Xlsb(_) => "xlsb",
        Sheets::Ods(_) => "ods",
    };
    let sheets = workbook.sheet_names();
    let sheet = match wanted {
        Some(name) => sheets.iter().find(|s| *s == name).cloned().ok_or_else(|| TableError::NoSheet(name.to_owned()))?,
        None => sheets.first().cloned().ok_or(TableError::Empty)?,
    };
    let range = workbook.worksheet_range(&sheet).map_err(|e| TableError::Unreadable(e.to_string()))?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let offset = usize::try_from(first_column).unwrap_or(usize::MAX);
    let mut rows = RowsBuilder::default();
    for (i, row) in range.rows().enumerate() {
        // The sheet's own row number, as the spreadsheet shows it beside the row.
        let line = first_row.saturating_add(u32::try_from(i).unwrap_or(u32::MAX)).saturating_add(1);
        let used = row.iter().rposition(|d| !matches!(d, Data::Empty)).map_or(0, |last| last + 1);
        // Columns left of the used range are empty but still count, so that a column's
        // number is the one the spreadsheet shows.
        let mut cells = vec![String::new(); if used == 0 { 0 } else { offset }];
        cells.extend(row[..used].iter().map(text));
        rows.push(line, cells)?;
    }
    let (header, rows) = rows.finish()?;
    Ok(Sheet { format, sheets, sheet, table: Table { encoding: None, delimiter: None, header, rows } })
}

/// A cell as the text a person reads in it.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
            if (h, mi, s, ms) == (0, 0, 0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTime(dt) => number(dt.as_f64()),
        Data::Error(e) => e.to_string(),
    }
}

/// A number as a spreadsheet shows it in general format: whole numbers without ".0" (a
/// phone number or a postcode typed as a number must not come back as "2348030000000.0").
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_a_spreadsheet_shows_them() {
        assert_eq!(number(2348030000000.0), "2348030000000");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(0.25), "0.25");
    }

    #[test]
    fn dates_read_as_iso_dates() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        let date = Data::DateTime(ExcelDateTime::new(45943.0, ExcelDateTimeType::DateTime, false));
        assert_eq!(text(&date), "2025-10-13");
        let moment = Data::DateTime(ExcelDateTime::new(45943.5, ExcelDateTimeType::DateTime, false));
        assert_eq!(text(&moment), "2025-10-13T12:00:00");
    }

    #[test]
    fn bytes_that_are_no_workbook_are_refused_as_unreadable() {
        assert!(matches!(read(b"PK\x03\x04not really a zip", None), Err(TableError::Unreadable(_))));
    }
}

//! A registration list of any kind Plenary reads, recognised by its content, never by its
//! name: a ZIP container is an XLSX or ODS workbook, an OLE container an XLS workbook, and
//! anything else must be text (CSV). Files of known other kinds (PDF, images) are named in
//! the refusal, so the person knows what they picked.

use crate::table::{self, MAX_BYTES, Table, TableError};
use crate::workbook;

/// A file read as a table, with what it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// `csv`, `xlsx`, `xls`, `xlsb` or `ods`.
    pub format: &'static str,
    /// A workbook's sheets (empty for CSV).
    pub sheets: Vec<String>,
    /// The sheet read.
    pub sheet: Option<String>,
    /// The rows.
    pub table: Table,
}

/// What a file starts with, for the kinds told apart here.
const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const OTHERS: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
];

/// Reads `bytes` as a table; `sheet` chooses a workbook's sheet (the first by default).
pub fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Source, TableError> {
    if bytes.len() > MAX_BYTES {
        return Err(TableError::TooBig(bytes.len()));
    }
    if bytes.starts_with(ZIP) || bytes.starts_with(OLE) {
        let read = workbook::read(bytes, sheet).map_err(|e| match e {
            // A ZIP file calamine does not know is an archive, not a damaged workbook.
            TableError::Unreadable(_) if bytes.starts_with(ZIP) && !is_workbook_zip(bytes) => TableError::NotSpreadsheet("a ZIP archive"),
            other => other,
        })?;
        return Ok(Source { format: read.format, sheets: read.sheets, sheet: Some(read.sheet), table: read.table });
    }
    if let Some((_, kind)) = OTHERS.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(TableError::NotSpreadsheet(kind));
    }
    Ok(Source { format: "csv", sheets: Vec::new(), sheet: None, table: table::read(bytes)? })
}

/// Whether a ZIP file names the parts of a workbook (an XLSX's `xl/` or an ODS's mimetype)
/// among its first entries' names.
fn is_workbook_zip(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    has(b"xl/") || has(b"[Content_Types].xml") || has(b"application/vnd.oasis.opendocument.spreadsheet")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_of_other_kinds_are_named_in_the_refusal() {
        assert_eq!(read(b"%PDF-1.7\n1 0 obj\n", None), Err(TableError::NotSpreadsheet("a PDF document")));
        assert_eq!(read(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None), Err(TableError::NotSpreadsheet("a PNG image")));
        assert_eq!(read(b"PK\x03\x04\x14\0\0\0\0\0readme.txt", None), Err(TableError::NotSpreadsheet("a ZIP archive")));
    }

    #[test]
    fn text_is_read_as_csv_whatever_the_name() {
        let source = read(b"Nom;Pays\nDiallo;SN\n", None).expect("a table");
        assert_eq!((source.format, source.sheet, source.table.rows.len()), ("csv", None, 1));
    }
}

//! A delimited text file (CSV) read into rows of cells, whatever produced it.
//!
//! Registration lists arrive from online forms (UTF-8, often with a byte-order mark), from
//! Excel in a French locale (Windows-1252, semicolons), or saved as "Unicode text" (UTF-16,
//! tabs). The encoding is taken from the byte-order mark, else UTF-8 when the bytes are valid
//! UTF-8, else Windows-1252 (every byte is a character there, so nothing is refused for its
//! encoding alone). The delimiter is the one of comma, semicolon and tab that splits the
//! first lines into the same number of cells, quotes respected.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use plenary_core::Lang;
use serde::Serialize;

/// The largest file read, in bytes: a list of 100,000 participants is about 20 MB.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;
/// The most cells a row may have: a registration form has a few dozen columns.
pub const MAX_COLUMNS: usize = 500;

/// A file read into rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// The encoding a text file was read in (`UTF-8`, `UTF-16LE`, `windows-1252`…); none
    /// for a workbook.
    pub encoding: Option<&'static str>,
    /// The delimiter found in a text file; none for a workbook.
    pub delimiter: Option<char>,
    /// The first row's cells, trimmed.
    pub header: Vec<String>,
    /// The other rows with their line number in the file (the header is line 1 of a text
    /// file; a sheet's row number in a workbook); rows whose every cell is empty are left out.
    pub rows: Rows,
}

/// Rows of cells, each with its line.
pub type Rows = Vec<(u32, Vec<String>)>;

/// Why a file cannot be read as a table, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    /// The file has no bytes, or only spaces.
    Empty,
    /// The file has a header and nothing else.
    HeaderOnly,
    /// The bytes are not text (a binary file, an image, a spreadsheet not saved as CSV).
    NotText,
    /// The file is of a known kind that holds no table (an image, a PDF, an archive).
    NotSpreadsheet(&'static str),
    /// A workbook that cannot be read (damaged, encrypted).
    Unreadable(String),
    /// The sheet asked for is not in the workbook.
    NoSheet(String),
    /// The file is bigger than `MAX_BYTES`.
    TooBig(usize),
    /// A row has more cells than `MAX_COLUMNS`.
    TooManyColumns {
        /// The line in the file.
        line: u32,
        /// Its cells.
        count: usize,
    },
    /// The CSV is malformed at a line.
    Malformed {
        /// The line in the file.
        line: u32,
        /// What is wrong.
        reason: String,
    },
}

/// Reads `bytes` as a delimited table.
pub fn read(bytes: &[u8]) -> Result<Table, TableError> {
    if bytes.len() > MAX_BYTES {
        return Err(TableError::TooBig(bytes.len()));
    }
    let (text, encoding) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(TableError::Empty);
    }
    let delimiter = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = RowsBuilder::default();
    // Line numbers are counted here from byte offsets, as a person counts them in an editor
    // (newlines inside quoted cells and blank lines included).
    let mut lines = LineCounter::new(&text);
    for record in reader.records() {
        let record = record.map_err(|e| TableError::Malformed {
            line: e.position().map_or(0, |p| lines.at(p.byte())),
            reason: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        rows.push(line, record.iter().map(|c| c.trim().to_owned()).collect())?;
    }
    let (header, rows) = rows.finish()?;
    Ok(Table { encoding: Some(encoding.name()), delimiter: Some(delimiter), header, rows })
}

impl TableError {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (TableError::Empty, Lang::En) => "the file is empty".to_owned(),
            (TableError::Empty, Lang::Fr) => "le fichier est vide".to_owned(),
            (TableError::HeaderOnly, Lang::En) => "the file has a header row and no participant".to_owned(),
            (TableError::HeaderOnly, Lang::Fr) => "le fichier n’a qu’une ligne d’en-tête et aucun participant".to_owned(),
            (TableError::NotText, Lang::En) => "the file is not a spreadsheet (CSV, XLSX or ODS): it holds binary data".to_owned(),
            (TableError::NotText, Lang::Fr) => "le fichier n’est pas un tableur (CSV, XLSX ou ODS)\u{a0}: il contient des données binaires".to_owned(),
            (TableError::NotSpreadsheet(kind), Lang::En) => format!("the file is not a spreadsheet (CSV, XLSX or ODS) but {kind}"),
            (TableError::NotSpreadsheet(kind), Lang::Fr) => format!("le fichier n’est pas un tableur (CSV, XLSX ou ODS) mais {}", kind_fr(kind)),
            (TableError::Unreadable(reason), Lang::En) => format!("the workbook cannot be read ({reason})"),
            (TableError::Unreadable(reason), Lang::Fr) => format!("le classeur ne peut pas être lu ({reason})"),
            (TableError::NoSheet(name), Lang::En) => format!("the workbook has no sheet named “{name}”"),
            (TableError::NoSheet(name), Lang::Fr) => format!("le classeur n’a pas de feuille nommée «\u{a0}{name}\u{a0}»"),
            (TableError::TooBig(len), Lang::En) => format!("the file is too big: {len} bytes, at most {MAX_BYTES} read"),
            (TableError::TooBig(len), Lang::Fr) => format!("le fichier est trop gros\u{a0}: {len}\u{a0}octets, {MAX_BYTES} au plus"),
            (TableError::TooManyColumns { line, count }, Lang::En) => format!("line {line} has {count} cells, at most {MAX_COLUMNS} read"),
            (TableError::TooManyColumns { line, count }, Lang::Fr) => format!("la ligne {line} a {count}\u{a0}cellules, {MAX_COLUMNS} au plus"),
            (TableError::Malformed { line, reason }, Lang::En) => format!("line {line}: {reason}"),
            (TableError::Malformed { line, reason }, Lang::Fr) => format!("ligne {line}\u{a0}: {reason}"),
        }
    }
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for TableError {}

/// The French of the kinds of files [`TableError::NotSpreadsheet`] names.
fn kind_fr(kind: &str) -> &'static str {
    match kind {
        "a PDF document" => "un document PDF",
        "a PNG image" => "une image PNG",
        "a JPEG image" => "une image JPEG",
        "a GIF image" => "une image GIF",
        "a ZIP archive" => "une archive ZIP",
        _ => "un fichier d’un autre type",
    }
}

/// Collects the rows of a table as they are read: blank rows left out, the first row the
/// header, widths checked; shared by text files and workbooks so both refuse alike.
#[derive(Default)]
pub(crate) struct RowsBuilder {
    header: Option<Vec<String>>,
    rows: Rows,
}

impl RowsBuilder {
    /// Adds the row at `line` (cells trimmed).
    pub(crate) fn push(&mut self, line: u32, cells: Vec<String>) -> Result<(), TableError> {
        if cells.len() > MAX_COLUMNS {
            return Err(TableError::TooManyColumns { line, count: cells.len() });
        }
        if cells.iter().all(String::is_empty) {
            return Ok(());
        }
        match self.header {
            None => self.header = Some(cells),
            Some(_) => self.rows.push((line, cells)),
        }
        Ok(())
    }

    /// The header and the rows; refused when there is no header or nothing under it.
    pub(crate) fn finish(self) -> Result<(Vec<String>, Rows), TableError> {
        let header = self.header.ok_or(TableError::Empty)?;
        if self.rows.is_empty() {
            return Err(TableError::HeaderOnly);
        }
        Ok((header, self.rows))
    }
}

/// Line numbers (from 1) of byte offsets met in increasing order.
struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter { text, offset: 0, line: 1 }
    }

    fn at(&mut self, byte: u64) -> u32 {
        let mut byte = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        // A record's position is taken before the blank lines the reader skips.
        while matches!(self.text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
            byte += 1;
        }
        if byte > self.offset {
            let newlines = self.text.as_bytes()[self.offset..byte].iter().filter(|&&b| b == b'\n').count();
            self.line = self.line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            self.offset = byte;
        }
        self.line
    }
}

/// The file's text and the encoding it was read in.
fn decode(bytes: &[u8]) -> Result<(String, &'static Encoding), TableError> {
    let (encoding, bom) = match Encoding::for_bom(bytes) {
        Some((encoding, len)) => (encoding, len),
        None if looks_utf16(bytes, 0) => (UTF_16LE, 0),
        None if looks_utf16(bytes, 1) => (UTF_16BE, 0),
        None if std::str::from_utf8(bytes).is_ok() => (UTF_8, 0),
        None => (WINDOWS_1252, 0),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
    // A NUL or other control characters in a file that is not UTF-16 means binary data
    // (an .xlsx renamed .csv, a PDF): refuse it rather than import garbage.
    let binary = text.chars().any(|c| c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')));
    if had_errors || binary {
        return Err(TableError::NotText);
    }
    Ok((text.into_owned(), encoding))
}

/// Whether `bytes` look like UTF-16 without a byte-order mark: in a Latin-script table, the
/// high byte of most characters (at `offset` 1 for little-endian, 0 for big-endian) is zero.
fn looks_utf16(bytes: &[u8], zero_at: usize) -> bool {
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(256).collect();
    if pairs.len() < 4 {
        return false;
    }
    let high = if zero_at == 0 { 1 } else { 0 };
    let zeros = pairs.iter().filter(|p| p[high] == 0 && p[zero_at] != 0).count();
    zeros * 10 >= pairs.len() * 9
}

/// The delimiter that cuts the first lines into the same number of cells (more than one),
/// preferring the one giving more cells; a comma when nothing fits.
fn delimiter(text: &str) -> char {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(20).collect();
    let mut best = (',', 0usize);
    for candidate in [',', ';', '\t'] {
        let counts: Vec<usize> = lines.iter().map(|l| cells_in(l, candidate)).collect();
        let Some(&first) = counts.first() else { continue };
        let steady = counts.iter().filter(|&&c| c == first).count() * 10 >= counts.len() * 8;
        if first > 1 && steady && first > best.1 {
            best = (candidate, first);
        }
    }
    best.0
}

/// How many cells `line` has when cut at `delimiter` outside double quotes.
fn cells_in(line: &str, delimiter: char) -> usize {
    let mut quoted = false;
    let mut count = 1;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => count += 1,
            _ => {}
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { vec![] };
        for unit in text.encode_utf16() {
            out.extend_from_slice(&unit.to_le_bytes());
        }
        out
    }

    #[test]
    fn an_online_form_export_in_utf8_with_a_bom() {
        let table = read("\u{feff}Last name,First name,Country\nBaumgartner,Cyrille,France\nAhmed,Tijjani Aliyu,Nigeria\n".as_bytes())
            .expect("reads");
        assert_eq!(table.encoding, Some("UTF-8"));
        assert_eq!(table.header, ["Last name", "First name", "Country"], "the BOM is not part of the first header");
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0], (2, vec!["Baumgartner".into(), "Cyrille".into(), "France".into()]));
    }

    #[test]
    fn a_french_excel_export_in_windows_1252_with_semicolons() {
        let bytes = b"Nom;Pr\xe9nom;Pays\nN'Diaye;Fatou;S\xe9n\xe9gal\n\"Le Gall; Jr\";Ana\xefs;C\xf4te d'Ivoire\n";
        let table = read(bytes).expect("reads");
        assert_eq!((table.encoding, table.delimiter), (Some("windows-1252"), Some(';')));
        assert_eq!(table.header[1], "Prénom");
        assert_eq!(table.rows[1].1, ["Le Gall; Jr", "Anaïs", "Côte d'Ivoire"], "a quoted delimiter is text");
    }

    #[test]
    fn unicode_text_from_excel_in_utf16_with_tabs_with_or_without_bom() {
        for bom in [true, false] {
            let table = read(&utf16le("Nom\tPrénom\nÖzdemir\tAyşe\n", bom)).expect("reads");
            assert_eq!((table.encoding, table.delimiter), (Some("UTF-16LE"), Some('\t')), "bom: {bom}");
            assert_eq!(table.rows[0].1, ["Özdemir", "Ayşe"]);
        }
    }

    #[test]
    fn quoted_fields_may_hold_newlines_and_rows_keep_their_line_numbers() {
        let table = read(b"Name,Function\n\"Ahmed\",\"Federal Commissioner,\nNigeria\"\n\nDiallo,Minister\n").expect("reads");
        assert_eq!(table.rows[0].1[1], "Federal Commissioner,\nNigeria");
        assert_eq!(table.rows[1].0, 5, "the empty line is skipped but counted");
    }

    #[test]
    fn empty_header_only_binary_and_oversized_files_are_refused_with_the_reason() {
        assert_eq!(read(b""), Err(TableError::Empty));
        assert_eq!(read(b"  \n\n"), Err(TableError::Empty));
        assert_eq!(read(b"Nom;Pr\xe9nom\n"), Err(TableError::HeaderOnly));
        assert_eq!(read(b"PK\x03\x04\x14\x00\x06\x00binary"), Err(TableError::NotText), "an .xlsx renamed .csv is not text");
        let wide = format!("{}\n{}\n", vec!["h"; MAX_COLUMNS + 1].join(","), vec!["v"; MAX_COLUMNS + 1].join(","));
        assert_eq!(read(wide.as_bytes()), Err(TableError::TooManyColumns { line: 1, count: MAX_COLUMNS + 1 }));
        assert_eq!(read(&vec![b'a'; MAX_BYTES + 1]), Err(TableError::TooBig(MAX_BYTES + 1)));
    }

    #[test]
    fn the_delimiter_is_the_one_that_cuts_every_line_alike() {
        assert_eq!(delimiter("a;b;c\n1;2,5;3\n"), ';', "a decimal comma does not make commas the delimiter");
        assert_eq!(delimiter("a,b\n\"x;y\",z\n"), ',');
        assert_eq!(delimiter("single\ncolumn\n"), ',');
    }
}

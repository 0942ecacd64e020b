//! Agenda documents: which exporter makes each format, the file names offered, and the
//! writing of the files, each whole or not at all.

use super::ExportFormat;
use crate::files::Staged;
use chrono::Datelike as _;
use plenary_core::agenda::{Agenda, Gap};
use plenary_core::{DomainError, ErrorCode, Lang};
use plenary_export::{AgendaOptions, ExportError, Exported, Languages};
use std::path::{Path, PathBuf};

/// One document to write: where, and its bytes.
pub struct Document {
    /// The file.
    pub path: PathBuf,
    /// Its content.
    pub bytes: Vec<u8>,
}

impl ExportFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Docx => "docx",
            ExportFormat::Html => "html",
            ExportFormat::Ics => "ics",
            ExportFormat::Json => "json",
        }
    }

    /// The format named by a file's extension (`agenda.pdf` → PDF), if it is one of ours.
    pub fn from_path(path: &Path) -> Option<ExportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "htm" => Some(ExportFormat::Html),
            "ical" | "ifb" | "icalendar" => Some(ExportFormat::Ics),
            other => ExportFormat::parse(other).ok(),
        }
    }

    /// The name of the format in a save dialog's filter.
    pub fn filter_name(self, lang: Lang) -> &'static str {
        let (en, fr) = match self {
            ExportFormat::Pdf => ("PDF document", "Document PDF"),
            ExportFormat::Docx => ("Word document", "Document Word"),
            ExportFormat::Html => ("Web page", "Page web"),
            ExportFormat::Ics => ("Calendar (iCalendar)", "Calendrier (iCalendar)"),
            ExportFormat::Json => ("JSON data", "Données JSON"),
        };
        lang.pick(en, fr)
    }

    /// Whether one file of this format holds one language only, so that both languages
    /// take one file each (a calendar event has one summary: RFC 5545 allows no pair).
    fn one_language_per_file(self) -> bool {
        self == ExportFormat::Ics
    }
}

/// The documents of `agenda` in `format`, to be written at `path` (a calendar in both
/// languages becomes `name.en.ics` and `name.fr.ics`), and what they could not print.
pub fn render(agenda: &Agenda, format: ExportFormat, options: AgendaOptions, path: &Path) -> Result<(Vec<Document>, Vec<Gap>), DomainError> {
    let failed = |e: ExportError| DomainError::new(ErrorCode::ExportFailed).field("format").detail(format!("{}: {e}", format.as_str()));
    let path = with_extension(path, format.extension());
    if format.one_language_per_file() && options.languages == Languages::Both {
        // The calendars are independent: each made on a thread of its own.
        let calendars: Vec<_> = std::thread::scope(|scope| {
            let made: Vec<_> = Lang::ALL.iter().map(|&lang| scope.spawn(move || (lang, plenary_export::ics::agenda(agenda, lang)))).collect();
            made.into_iter().map(|thread| thread.join().expect("a calendar is made without panicking")).collect()
        });
        let mut documents = Vec::new();
        let mut gaps: Vec<Gap> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (lang, exported) in calendars {
            let exported = exported.map_err(failed)?;
            for gap in exported.gaps {
                if seen.insert(gap.clone()) {
                    gaps.push(gap);
                }
            }
            documents.push(Document { path: per_language(&path, lang), bytes: exported.bytes });
        }
        return Ok((documents, gaps));
    }
    let Exported { bytes, gaps } = match format {
        ExportFormat::Pdf => plenary_export::pdf::agenda(agenda, options),
        ExportFormat::Docx => plenary_export::docx::agenda(agenda, options),
        ExportFormat::Html => plenary_export::html::agenda(agenda, options),
        ExportFormat::Ics => plenary_export::ics::agenda(agenda, options.languages.langs()[0]),
        ExportFormat::Json => plenary_export::json::agenda(agenda),
    }
    .map_err(failed)?;
    Ok((vec![Document { path, bytes }], gaps))
}

/// `path` with the format's extension added when it has none (a name typed in a save dialog
/// without one); any extension the person chose is kept.
pub(crate) fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some() { path.to_path_buf() } else { path.with_extension(extension) }
}

/// `agenda.ics` → `agenda.en.ics`.
pub(crate) fn per_language(path: &Path, lang: Lang) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_else(|| "ics".into());
    path.with_file_name(format!("{stem}.{}.{ext}", lang.code()))
}

/// Writes every document whole or not at all (see [`crate::files`]): a reader never sees half
/// a file, and a failure leaves what was there before. All temporary files are written before
/// any is renamed, so a full disk cannot leave one language of a pair replaced and not the other.
pub fn write_all(documents: &[Document]) -> Result<(), DomainError> {
    let mut ready = Vec::with_capacity(documents.len());
    for doc in documents {
        ready.push((Staged::write(&doc.path, &doc.bytes).map_err(|e| file_error(&doc.path, &e))?, &doc.path));
    }
    for (staged, path) in ready {
        staged.commit().map_err(|e| file_error(path, &e))?;
    }
    Ok(())
}

fn file_error(path: &Path, err: &std::io::Error) -> DomainError {
    DomainError::new(ErrorCode::ExportFailed).field("file").detail(format!("{}: {err}", path.display()))
}

/// A city as the start of a file name: spaces as hyphens, without the characters file
/// systems refuse; "meeting" when there is none.
pub(crate) fn place_in_name(city: &str) -> String {
    let city: String = city
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    if city.is_empty() { "meeting".to_owned() } else { city }
}

/// A file name that says what the file holds: `Lagos-2025-agenda-Rev2-EN-FR.pdf`: the city
/// and year, `what`, the version (or `draft`), the languages (left out with `None`, for a
/// file of both whatever is asked, or one of a pair of files that each get their own) and
/// the extension.
pub(crate) fn file_name(city: &str, year: i32, what: &str, version: Option<i32>, languages: Option<Languages>, extension: &str) -> String {
    let version = match version {
        Some(n) => format!("Rev{n}"),
        None => "draft".to_owned(),
    };
    let langs = match languages {
        None => "",
        Some(Languages::Both) => "-EN-FR",
        Some(Languages::En) => "-EN",
        Some(Languages::Fr) => "-FR",
    };
    format!("{}-{year}-{what}-{version}{langs}.{extension}", place_in_name(city))
}

/// The file name a save dialog offers: `Lagos-2025-agenda-Rev2-EN-FR.pdf`, or `…-draft-…`
/// for the current draft. A calendar in both languages is offered without the languages
/// (each file gets its own, `.en.ics` and `.fr.ics`); JSON carries both anyway.
pub fn suggested_name(agenda: &Agenda, format: ExportFormat, languages: Languages) -> String {
    let languages = match (format, languages) {
        (ExportFormat::Json, _) | (ExportFormat::Ics, Languages::Both) => None,
        (_, languages) => Some(languages),
    };
    let year = agenda.start_date.year();
    file_name(&agenda.city, year, "agenda", agenda.version.as_ref().map(|v| v.number), languages, format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calendar_in_both_languages_is_two_files_beside_the_one_asked_for() {
        let path = Path::new("/tmp/out/Lagos-2025-agenda-Rev2.ics");
        assert_eq!(per_language(path, Lang::En), Path::new("/tmp/out/Lagos-2025-agenda-Rev2.en.ics"));
        assert_eq!(per_language(path, Lang::Fr), Path::new("/tmp/out/Lagos-2025-agenda-Rev2.fr.ics"));
    }

    #[test]
    fn a_name_without_extension_gets_the_formats() {
        assert_eq!(with_extension(Path::new("agenda"), ExportFormat::Pdf.extension()), Path::new("agenda.pdf"));
        assert_eq!(with_extension(Path::new("agenda.PDF"), "pdf"), Path::new("agenda.PDF"), "the person's own extension is kept");
        assert_eq!(ExportFormat::from_path(Path::new("x/Agenda.Docx")), Some(ExportFormat::Docx));
        assert_eq!(ExportFormat::from_path(Path::new("x/agenda.htm")), Some(ExportFormat::Html));
        assert_eq!(ExportFormat::from_path(Path::new("x/agenda.txt")), None);
    }

    #[test]
    fn writing_replaces_the_file_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("agenda.json");
        std::fs::write(&path, b"old").expect("an older file");
        write_all(&[Document { path: path.clone(), bytes: b"{\"new\":true}".to_vec() }]).expect("written");
        assert_eq!(std::fs::read(&path).expect("read back"), b"{\"new\":true}");
        let names: Vec<_> = std::fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("agenda.json")], "the temporary file was renamed, not left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let fresh = dir.path().join("fresh.json");
            write_all(&[Document { path: fresh.clone(), bytes: b"{}".to_vec() }]).expect("written");
            let expected = 0o666 & !umask(dir.path());
            let mode = std::fs::metadata(&fresh).expect("metadata").permissions().mode() & 0o777;
            assert_eq!(mode, expected, "a new file gets the usual permissions, not the owner-only ones of a temporary file");
        }
    }

    /// The process's umask, as seen on a file created the ordinary way.
    #[cfg(unix)]
    fn umask(dir: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt as _;
        let probe = dir.join("probe");
        std::fs::write(&probe, b"").expect("a probe file");
        let mode = std::fs::metadata(&probe).expect("metadata").permissions().mode() & 0o777;
        std::fs::remove_file(&probe).expect("probe removed");
        0o666 & !mode
    }

    #[test]
    fn a_folder_that_does_not_exist_is_a_typed_error_naming_the_file() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("missing").join("agenda.pdf");
        let err = write_all(&[Document { path: path.clone(), bytes: vec![1] }]).expect_err("no such folder");
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::ExportFailed, Some("file")));
        assert!(err.detail.as_deref().is_some_and(|d| d.contains("agenda.pdf")), "{err:?}");
    }
}

//! Exports of an outcome document (as it is now, or a revision) to DOCX, PDF, HTML and
//! Akoma Ntoso XML, written whole or not at all, and what the save dialog offers.

use super::{current, revisions::revision_of};
use crate::agenda::files::{Document, file_name, per_language, with_extension, write_all};
use crate::{Api, ApiError, ApiResult, ExportResult, SaveDialog};
use chrono::Datelike as _;
use plenary_core::agenda::Gap;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus};
use plenary_core::outcome::{DocumentKind, OutcomeDocument};
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use plenary_export::{ExportError, Exported, Languages, Layout, OutcomeFormat, OutcomeOptions};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What an outcome document export is to contain: everything but where it goes.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveOutcomeArgs {
    /// The document.
    pub document_id: Id,
    /// A revision; none for the document as it is now.
    #[serde(default)]
    pub revision_id: Option<Id>,
    /// The file format.
    pub format: OutcomeFormat,
    /// The languages (Akoma Ntoso in both: one file per language).
    pub languages: Languages,
    /// How two languages share the document.
    pub layout: Layout,
}

impl SaveOutcomeArgs {
    /// The export of this document to `path`.
    pub fn to_path(self, path: PathBuf) -> ExportOutcomeArgs {
        ExportOutcomeArgs {
            document_id: self.document_id,
            revision_id: self.revision_id,
            format: self.format,
            languages: self.languages,
            layout: self.layout,
            path,
        }
    }
}

/// Arguments of `export_outcome`. Only the CLI and the desktop crate (after a save dialog)
/// make one: a path never comes from the webview.
#[derive(Debug, Clone)]
pub struct ExportOutcomeArgs {
    /// The document.
    pub document_id: Id,
    /// A revision; none for the document as it is now.
    pub revision_id: Option<Id>,
    /// The file format.
    pub format: OutcomeFormat,
    /// The languages.
    pub languages: Languages,
    /// How two languages share the document.
    pub layout: Layout,
    /// The file to write (Akoma Ntoso in both languages: `name.en.xml` and `name.fr.xml`).
    pub path: PathBuf,
}

/// The file extension of a format, without the dot.
fn extension(format: OutcomeFormat) -> &'static str {
    match format {
        OutcomeFormat::Docx => "docx",
        OutcomeFormat::Pdf => "pdf",
        OutcomeFormat::Html => "html",
        OutcomeFormat::Akn => "xml",
    }
}

/// The name of a format in a save dialog's filter.
fn filter_name(format: OutcomeFormat, lang: Lang) -> &'static str {
    let (en, fr) = match format {
        OutcomeFormat::Docx => ("Word document", "Document Word"),
        OutcomeFormat::Pdf => ("PDF document", "Document PDF"),
        OutcomeFormat::Html => ("Web page", "Page web"),
        OutcomeFormat::Akn => ("Akoma Ntoso XML", "XML Akoma Ntoso"),
    };
    lang.pick(en, fr)
}

/// What a file name says a document is.
fn kind_in_name(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::OutcomeDocument => "outcome-document",
        DocumentKind::SummaryReport => "summary-report",
        DocumentKind::PressRelease => "press-release",
    }
}

/// The document to export and the amendments it shows as pending: the document as it is
/// now with its proposed amendments, or a revision as it was saved (amendments are not part
/// of a revision, so it shows none).
fn load(api: &Api, document_id: &Id, revision_id: Option<&Id>) -> ApiResult<(OutcomeDocument, Vec<Amendment>)> {
    api.read(|db| match revision_id {
        Some(id) => Ok((revision_of(db, document_id, id)?.1, Vec::new())),
        None => {
            let doc = current(db, document_id)?;
            let pending = db.outcome_amendments(document_id)?.into_iter().filter(|a| a.status == AmendmentStatus::Proposed).collect();
            Ok((doc, pending))
        }
    })
}

/// The documents of `doc` in `format`, to be written at `path`, and what they could not print.
fn render(doc: &OutcomeDocument, pending: &[Amendment], format: OutcomeFormat, options: OutcomeOptions, path: &Path) -> Result<(Vec<Document>, Vec<Gap>), DomainError> {
    let failed = |e: ExportError| DomainError::new(ErrorCode::ExportFailed).field("format").detail(format!("{}: {e}", format.as_str()));
    let path = with_extension(path, extension(format));
    if format == OutcomeFormat::Akn {
        let mut documents = Vec::new();
        let mut gaps: Vec<Gap> = Vec::new();
        let langs = options.languages.langs();
        for &lang in langs {
            let exported = plenary_export::outcome_akn(doc, lang).map_err(failed)?;
            gaps.extend(exported.gaps.into_iter().filter(|g| g.lang == lang));
            let path = if langs.len() > 1 { per_language(&path, lang) } else { path.clone() };
            documents.push(Document { path, bytes: exported.bytes });
        }
        return Ok((documents, gaps));
    }
    let Exported { bytes, gaps } = match format {
        OutcomeFormat::Docx => plenary_export::outcome_docx(doc, pending, &options),
        OutcomeFormat::Pdf => plenary_export::outcome_pdf(doc, pending, &options),
        _ => plenary_export::outcome_html(doc, pending, &options),
    }
    .map_err(failed)?;
    Ok((vec![Document { path, bytes }], gaps))
}

impl Api {
    /// Exports a document (as it is now, with its pending amendments, or a revision as it
    /// was saved) to a file, written whole or not at all. Texts missing or stale in a
    /// language printed are listed in the result and the file is written all the same: a
    /// missing side prints the other, marked. Akoma Ntoso in both languages writes
    /// `name.en.xml` and `name.fr.xml`.
    pub fn export_outcome(&self, args: ExportOutcomeArgs) -> ApiResult<ExportResult> {
        let (doc, pending) = load(self, &args.document_id, args.revision_id.as_ref())?;
        let options = OutcomeOptions { languages: args.languages, layout: args.layout };
        let lang = self.language();
        let (documents, gaps) = render(&doc, &pending, args.format, options, &args.path).map_err(|e| ApiError::from_domain(e, lang))?;
        write_all(&documents).map_err(|e| ApiError::from_domain(e, lang))?;
        Ok(ExportResult {
            paths: documents.iter().map(|d| d.path.display().to_string()).collect(),
            file_names: documents.iter().map(|d| d.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()).collect(),
            bytes: documents.iter().map(|d| d.bytes.len() as u64).sum(),
            gaps,
            version: doc.revision.map(|r| r.number),
        })
    }

    /// What the save dialog of a document's export shows: its title in the user's language,
    /// the file name offered (`Lagos-2025-outcome-document-Rev2-EN-FR.docx`) and the
    /// format's filter.
    pub fn outcome_save_dialog(&self, args: &SaveOutcomeArgs) -> ApiResult<SaveDialog> {
        let (doc, city, year) = self.read(|db| {
            let doc = match &args.revision_id {
                Some(id) => revision_of(db, &args.document_id, id)?.1,
                None => db.outcome_document(&args.document_id)?,
            };
            let meeting = db.meeting(&doc.meeting_id)?;
            Ok((doc, meeting.city, meeting.start_date.year()))
        })?;
        let lang = self.language();
        // Akoma Ntoso in both languages is two files, each named for its own language.
        let languages = (args.format != OutcomeFormat::Akn || args.languages != Languages::Both).then_some(args.languages);
        let revision = doc.revision.as_ref().map(|r| r.number);
        Ok(SaveDialog {
            title: lang.pick("Export the document", "Exporter le document").to_owned(),
            file_name: file_name(&city, year, kind_in_name(doc.kind), revision, languages, extension(args.format)),
            filter_name: filter_name(args.format, lang).to_owned(),
            extension: extension(args.format).to_owned(),
        })
    }
}

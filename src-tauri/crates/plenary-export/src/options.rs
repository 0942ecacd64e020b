//! What the caller chooses about an export, and what every export returns.

use plenary_core::Lang;
use plenary_core::agenda::Gap;

plenary_core::string_enum! {
    /// How two languages share a document (Canadian Heritage's bilingual layouts).
    pub enum Layout ("layout") {
        /// English and French in two columns, side by side, on the same page.
        SideBySide = "side-by-side",
        /// A complete English edition, then a complete French edition.
        Separate = "separate",
    }
}

plenary_core::string_enum! {
    /// Which languages a document carries.
    pub enum Languages ("lang") {
        /// English only.
        En = "en",
        /// French only.
        Fr = "fr",
        /// English and French.
        Both = "both",
    }
}

impl Languages {
    /// The languages, English first.
    pub fn langs(self) -> &'static [Lang] {
        match self {
            Languages::En => &[Lang::En],
            Languages::Fr => &[Lang::Fr],
            Languages::Both => &[Lang::En, Lang::Fr],
        }
    }
}

/// What an agenda export prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgendaOptions {
    /// The languages.
    pub languages: Languages,
    /// How two languages share the document; ignored for one language.
    pub layout: Layout,
}

/// What an outcome document export prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutcomeOptions {
    /// The languages.
    pub languages: Languages,
    /// How two languages share the document; ignored for one language.
    pub layout: Layout,
}

plenary_core::string_enum! {
    /// The file formats an outcome document is exported to.
    pub enum OutcomeFormat ("format") {
        /// Word, with Word's own paragraph numbering and amendments as tracked changes.
        Docx = "docx",
        /// PDF, typeset for printing and circulation.
        Pdf = "pdf",
        /// One self-contained HTML file.
        Html = "html",
        /// Akoma Ntoso 3.0 XML (AKN4UN), one document per language, for archives.
        Akn = "akn",
    }
}

/// A document, and what it could not print as it should.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Texts printed in the other language or without a function, and stale translations.
    pub gaps: Vec<Gap>,
}

/// Why an export failed outright (a gap is not a failure: it is reported in [`Exported`]).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The typesetter refused the document; a bug of ours, never of the user's text.
    #[error("typesetting failed: {0}")]
    Typeset(String),
    /// A document library failed to write.
    #[error("writing the document failed: {0}")]
    Write(String),
}

//! Outcome documents out: DOCX, PDF, HTML, and Akoma Ntoso XML for archives.
//!
//! Every format prints the same document, worded and typeset once per language
//! (`outcome/edition.rs`): the title, the meeting and the status; the preambular paragraphs,
//! unnumbered; the sections with their operative paragraphs numbered on through the whole
//! document; [bracketed] passages kept and marked; the facts a paragraph places, figures as
//! a list and quotes as block quotes. A side missing in one language prints the other,
//! tagged ("[EN]"), and is reported in [`Exported::gaps`].

mod akn;
mod docx;
mod edition;
mod html;
mod pdf;
mod words;

pub use akn::AKN_NS;

use crate::{ExportError, Exported, OutcomeOptions};
use plenary_core::Lang;
use plenary_core::outcome::OutcomeDocument;
use plenary_core::outcome::amendment::Amendment;

/// The document as DOCX, the `pending` amendments shown as Word's tracked changes.
pub fn outcome_docx(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Result<Exported, ExportError> {
    docx::document(doc, pending, options)
}

/// The document as PDF, each pending amendment shown under the paragraph it amends.
pub fn outcome_pdf(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Result<Exported, ExportError> {
    pdf::document(doc, pending, options)
}

/// The document as one HTML file, each pending amendment shown under the paragraph it amends.
pub fn outcome_html(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Result<Exported, ExportError> {
    html::document(doc, pending, options)
}

/// The document in `lang` as Akoma Ntoso 3.0 XML (AKN4UN), for archives: one document per
/// language, as the standard wants.
pub fn outcome_akn(doc: &OutcomeDocument, lang: Lang) -> Result<Exported, ExportError> {
    akn::document(doc, lang)
}

//! Texts to translate, as an XLIFF 2.0 file.
use crate::ExportError;
use plenary_core::{BilingualText, Lang};

/// One text to translate.
#[derive(Debug, Clone)]
pub struct Unit {
    /// The text's id in Plenary (`owner_id/field`): the unit's id in the file.
    pub id: String,
    /// What the text is, for the translator ("Session title — Opening ceremony").
    pub note: String,
    /// The text.
    pub text: BilingualText,
}

/// An XLIFF 2.0 document translating `units` from `source` into the other language.
pub fn write(meeting_id: &str, source: Lang, units: &[Unit]) -> Result<Vec<u8>, ExportError> {
    let _ = (meeting_id, source, units);
    unimplemented!("XLIFF export")
}

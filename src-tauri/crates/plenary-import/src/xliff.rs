//! XLIFF 2.0 files coming back from a translator.

use plenary_core::{Lang, TranslationState};

/// A translated file, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffFile {
    /// The meeting the file was exported from (the `<file id>`), checked by the caller.
    pub meeting_id: String,
    /// The source language (`srcLang`).
    pub source: Lang,
    /// The target language (`trgLang`).
    pub target: Lang,
    /// The units, in file order.
    pub units: Vec<TranslatedUnit>,
}

/// One unit of a translated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedUnit {
    /// The unit's id: the text's id in Plenary.
    pub id: String,
    /// The source text as exported (compared by the caller with the text as it is now).
    pub source: String,
    /// The translation; empty when the translator left the unit untranslated.
    pub target: String,
    /// The segment's state, mapped to Plenary's (`initial` → draft, `translated`,
    /// `reviewed`, `final`).
    pub state: TranslationState,
    /// The line of the unit in the file, for messages.
    pub line: usize,
}

/// Why a file was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason} (line {line})")]
pub struct XliffError {
    /// The line in the file (1-based; 0 when the file as a whole is wrong).
    pub line: usize,
    /// What is wrong, in English; the api maps it to a coded, translated message.
    pub reason: String,
}

/// Reads an XLIFF 2.0 file; refuses anything that is not one (XLIFF 1.2, another XML,
/// bytes that are not XML), naming the line.
pub fn read(bytes: &[u8]) -> Result<XliffFile, XliffError> {
    let _ = bytes;
    unimplemented!("XLIFF import")
}

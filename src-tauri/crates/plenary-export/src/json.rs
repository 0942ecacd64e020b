//! The agenda as JSON, for other systems.
//!
//! The document is `{"format": "plenary-agenda/1", "agenda": {…}, "gaps": […]}`: the
//! [`Agenda`] exactly as Plenary holds it (both languages, each side with its translation
//! state), so a reader that deserialises `agenda` gets back an equal value, and the gaps
//! both languages would print, so another system can tell what is still missing.

use crate::{ExportError, Exported};
use plenary_core::Lang;
use plenary_core::agenda::{AGENDA_FORMAT, Agenda, Gap};
use serde::Serialize;

/// The name of the layout, without its version: `plenary-agenda`.
pub const FORMAT_NAME: &str = "plenary-agenda";

/// The top-level `"format"` of the document: `plenary-agenda/<AGENDA_FORMAT>`, so a reader
/// can refuse a layout it does not know before reading anything else.
pub fn format_id() -> String {
    format!("{FORMAT_NAME}/{AGENDA_FORMAT}")
}

/// The document as written; field order is the order in the file.
#[derive(Serialize)]
struct Document<'a> {
    format: String,
    agenda: &'a Agenda,
    gaps: &'a [Gap],
}

/// The whole agenda, both languages, as pretty-printed JSON.
pub fn agenda(agenda: &Agenda) -> Result<Exported, ExportError> {
    let gaps = agenda.gaps(&Lang::ALL);
    let document = Document { format: format_id(), agenda, gaps: &gaps };
    let mut bytes = serde_json::to_vec_pretty(&document).map_err(|e| ExportError::Write(format!("JSON: {e}")))?;
    bytes.push(b'\n');
    Ok(Exported { bytes, gaps })
}

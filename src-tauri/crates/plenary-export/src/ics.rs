//! The agenda as an iCalendar file (RFC 5545), one calendar per language.
use crate::{ExportError, Exported};
use plenary_core::Lang;
use plenary_core::agenda::Agenda;

/// The agenda as a calendar in `lang`: one event per session (breaks included).
pub fn agenda(agenda: &Agenda, lang: Lang) -> Result<Exported, ExportError> {
    let _ = (agenda, lang);
    unimplemented!("ICS export")
}

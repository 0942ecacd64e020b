//! The agenda as HTML.
use crate::{AgendaOptions, ExportError, Exported};
use plenary_core::agenda::Agenda;

/// The agenda as a HTML document.
pub fn agenda(agenda: &Agenda, options: AgendaOptions) -> Result<Exported, ExportError> {
    let _ = (agenda, options);
    unimplemented!("HTML export")
}

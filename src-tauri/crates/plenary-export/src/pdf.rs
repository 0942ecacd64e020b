//! The agenda as PDF, typeset with Typst.
use crate::{AgendaOptions, ExportError, Exported};
use plenary_core::agenda::Agenda;

/// The agenda as a PDF document.
pub fn agenda(agenda: &Agenda, options: AgendaOptions) -> Result<Exported, ExportError> {
    let _ = (agenda, options);
    unimplemented!("PDF export")
}

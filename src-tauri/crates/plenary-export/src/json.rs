//! The agenda as JSON, for other systems.
use crate::{ExportError, Exported};
use plenary_core::agenda::Agenda;

/// The whole agenda, both languages, as pretty-printed JSON.
pub fn agenda(agenda: &Agenda) -> Result<Exported, ExportError> {
    let _ = agenda;
    unimplemented!("JSON export")
}

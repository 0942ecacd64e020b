//! Dialogues (regional migration processes) that meetings belong to.

use crate::{BilingualText, DomainError, Id, limits};
use serde::{Deserialize, Serialize};

/// A dialogue or process (e.g. the Rabat Process), with its member states and current chair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Dialogue {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: BilingualText,
    /// The country holding the chair (ISO alpha-2), when known.
    pub chair: Option<String>,
    /// Member states (ISO alpha-2), in no particular order.
    pub members: Vec<String>,
}

impl Dialogue {
    /// Checks the name and that each member is a known country, listed once.
    pub fn validate(&self) -> Result<(), DomainError> {
        self.name.validate("name", limits::TITLE, true)?;
        let mut seen = std::collections::BTreeSet::new();
        for code in self.members.iter().chain(self.chair.iter()) {
            if crate::country::country(code).is_none() {
                return Err(DomainError::invalid("country", code));
            }
        }
        for code in &self.members {
            if !seen.insert(code.as_str()) {
                return Err(DomainError::new(crate::ErrorCode::Duplicate).field("country").detail(code.clone()));
            }
        }
        Ok(())
    }
}

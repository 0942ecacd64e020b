//! Identifiers of stored rows.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The identifier of a row: a UUID v7 in its canonical text form.
///
/// Ids are globally unique (never AUTOINCREMENT integers) so that two officers' copies of a
/// meeting can later be merged by primary key. They are made outside this crate (the API
/// injects a generator) so that tests can be deterministic.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// Wraps an id read from storage or received from the UI.
    pub fn new(value: impl Into<String>) -> Self {
        Id(value.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(value: &str) -> Self {
        Id(value.to_owned())
    }
}

impl From<String> for Id {
    fn from(value: String) -> Self {
        Id(value)
    }
}

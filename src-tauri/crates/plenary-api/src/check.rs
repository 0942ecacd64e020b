//! The integrity and consistency report.

use crate::{Api, ApiResult, Problem};
use serde::Serialize;

/// What `check` found.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CheckReport {
    /// Whether no error was found (warnings allowed).
    pub ok: bool,
    /// The schema version of the database.
    pub schema_version: u32,
    /// Everything found, errors first.
    pub problems: Vec<Problem>,
}

impl Api {
    /// Checks the database file and the consistency of its data.
    pub fn check(&self) -> ApiResult<CheckReport> {
        let mut problems = self.read(|db| db.check())?;
        problems.sort_by_key(|p| p.severity != "error");
        let schema_version = self.schema_version()?;
        Ok(CheckReport { ok: problems.iter().all(|p| p.severity != "error"), schema_version, problems })
    }
}

//! Lists of participants brought in from a spreadsheet (CSV, XLSX, ODS): a preview that says
//! row by row what would happen, then the import itself, all rows or none.
//!
//! The preview and the import run the same plan (`import/plan.rs`) over the same file and
//! choices, so what the person saw is what lands; the import recomputes it inside its write
//! transaction, where nothing can change under it.

mod plan;
mod source;

use crate::{Api, ApiResult};
use plenary_core::Id;
pub use plenary_import::columns::Field;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// What the person chose so far; every list may be empty (defaults: the suggested or
/// remembered mapping, the first sheet, duplicates skipped, unknown values unresolved).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ImportOptions {
    /// The sheet of an XLSX or ODS file to read (default: the first).
    pub sheet: Option<String>,
    /// The field of each column, in column order (default: remembered for these headers,
    /// else suggested from them).
    pub mapping: Option<Vec<Option<Field>>>,
    /// Countries chosen for values the file writes in a way not recognised.
    pub countries: Vec<CountryChoice>,
    /// Organisations chosen (or to create) for values not found among the organisations.
    pub organisations: Vec<OrganisationChoice>,
    /// What to do with each duplicate row (default: skip).
    pub duplicates: Vec<DuplicateChoice>,
}

/// The country a value of the file stands for.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct CountryChoice {
    /// The value as the file writes it.
    pub value: String,
    /// The country's ISO alpha-2 code.
    pub country: String,
}

/// The organisation a value of the file stands for.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct OrganisationChoice {
    /// The value as the file writes it.
    pub value: String,
    /// An existing organisation.
    pub organisation_id: Option<Id>,
    /// Create a new organisation named `value` (category: intergovernmental organisation).
    #[serde(default)]
    pub create: bool,
}

/// What to do with a row that duplicates someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateAction {
    /// Leave the row out.
    #[default]
    Skip,
    /// Update the person already there with the row's values.
    Update,
    /// Add the row as another person.
    Add,
}

/// The choice for one duplicate row.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct DuplicateChoice {
    /// The row's line in the file.
    pub line: u32,
    /// What to do.
    pub action: DuplicateAction,
}

/// Arguments of `preview_import` and `import_participants`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportFileArgs {
    /// The meeting the participants join.
    pub meeting_id: Id,
    /// The file to read.
    #[ts(type = "string")]
    pub path: PathBuf,
    /// The choices made so far.
    #[serde(default)]
    pub options: ImportOptions,
}

/// One column of the file as the preview shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct PreviewColumn {
    /// Its number, from 1.
    pub index: u32,
    /// Its header as the file writes it.
    pub header: String,
    /// The field it fills, if any.
    pub field: Option<Field>,
    /// The first three non-empty values.
    pub samples: Vec<String>,
}

/// What is wrong with a row, and where.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ImportIssue {
    /// The line in the file (the sheet's row number for a spreadsheet).
    pub line: u32,
    /// The column, from 1, when one cell is at fault.
    pub column: Option<u32>,
    /// That column's header.
    pub header: Option<String>,
    /// The participant field concerned.
    pub field: Option<String>,
    /// The error code (`invalid`, `not_found`, `duplicate`, `second_head`…).
    pub code: String,
    /// The message, in the API's language.
    pub message: String,
}

/// A value of the file that names no known country or organisation.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct UnknownValue {
    /// The value as written.
    pub value: String,
    /// On how many rows.
    pub count: u32,
    /// The first ten of those rows' lines.
    pub lines: Vec<u32>,
}

/// A row that duplicates someone already at the meeting, or an earlier row of the file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ImportDuplicate {
    /// The row's line.
    pub line: u32,
    /// The name the row gives.
    pub name: String,
    /// The row's delegation.
    pub delegation: String,
    /// The participant already at the meeting (empty for a duplicate within the file).
    pub existing_id: Id,
    /// Their name as printed (for a duplicate within the file, the earlier row's name).
    pub existing_name: String,
    /// `email` (same email in the meeting), `name` (same name in the same delegation) or
    /// `file` (an earlier row of the file is the same person).
    pub reason: String,
    /// What will be done.
    pub action: DuplicateAction,
    /// For a duplicate within the file, the earlier row's line.
    pub existing_line: Option<u32>,
}

/// A delegation the import would create.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct NewDelegation {
    /// Its name in the API's language.
    pub label: String,
    /// How many rows join it.
    pub rows: u32,
}

/// One row as the preview lists it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct PreviewRow {
    /// The line.
    pub line: u32,
    /// The name.
    pub name: String,
    /// The delegation.
    pub delegation: String,
    /// The function (in the API's language, else the other).
    pub function: String,
    /// The email.
    pub email: String,
    /// `ready`, `issue`, `duplicate` or `unresolved` (a country or organisation to choose).
    pub status: String,
}

/// What an import would do with a file and the choices made.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ImportPreview {
    /// The file's name.
    pub file_name: String,
    /// `csv`, `xlsx`, `xls` or `ods`.
    pub format: String,
    /// The encoding a CSV file was read in (`UTF-8`, `UTF-16LE`, `windows-1252`…).
    pub encoding: Option<String>,
    /// The delimiter of a CSV file (`,`, `;` or a tab).
    pub delimiter: Option<String>,
    /// The sheets of a spreadsheet (empty for CSV).
    pub sheets: Vec<String>,
    /// The sheet read.
    pub sheet: Option<String>,
    /// The columns with their fields.
    pub columns: Vec<PreviewColumn>,
    /// Whether the mapping came from an earlier import of a file with these headers.
    pub remembered: bool,
    /// Required fields no column gives: a name, and a country or an organisation.
    pub missing: Vec<Field>,
    /// Rows in the file.
    pub total_rows: u32,
    /// Rows that would be added or updated now.
    pub ready_rows: u32,
    /// The first 500 issues.
    pub issues: Vec<ImportIssue>,
    /// How many issues in all.
    pub issue_count: u32,
    /// Country values not recognised and not yet chosen.
    pub unknown_countries: Vec<UnknownValue>,
    /// Organisation values not found and not yet chosen.
    pub unknown_organisations: Vec<UnknownValue>,
    /// Rows that duplicate someone, with what will be done.
    pub duplicates: Vec<ImportDuplicate>,
    /// Delegations the import would create.
    pub new_delegations: Vec<NewDelegation>,
    /// The first 200 rows.
    pub rows: Vec<PreviewRow>,
    /// No missing field, no issue, no unresolved value: the import can run.
    pub can_import: bool,
}

/// How far an import is.
#[derive(Debug, Clone, Copy, Serialize, ts_rs::TS)]
pub struct ImportProgress {
    /// Rows written.
    pub done: u32,
    /// Rows to write.
    pub total: u32,
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
pub struct ImportReport {
    /// Participants added.
    pub added: u32,
    /// Participants updated.
    pub updated: u32,
    /// Rows left out (duplicates skipped).
    pub skipped: u32,
    /// Delegations created.
    pub delegations_created: u32,
    /// Organisations created.
    pub organisations_created: u32,
}

impl Api {
    /// What importing a file would do with the choices made so far; reads only.
    pub fn preview_import(&self, args: ImportFileArgs) -> ApiResult<ImportPreview> {
        plan::preview(self, args)
    }

    /// Imports a file: refused (code `invalid`, naming the first problem) unless the preview
    /// says it can run; all rows in one transaction, or none.
    pub fn import_participants(&self, args: ImportFileArgs) -> ApiResult<ImportReport> {
        self.import_participants_with_progress(args, &mut |_| {})
    }

    /// As `import_participants`, calling `progress` about every 1% of the rows written.
    pub fn import_participants_with_progress(&self, args: ImportFileArgs, progress: &mut dyn FnMut(ImportProgress)) -> ApiResult<ImportReport> {
        self.snapshot_before(crate::SnapshotReason::Import)?;
        let report = plan::import(self, args, progress)?;
        self.check_after_import()?;
        Ok(report)
    }
}

//! The error every API function returns, as it crosses to the UI and the CLI.

use plenary_core::{DomainError, ErrorCode, Lang};
use plenary_store::StoreError;
use serde::Serialize;
use std::fmt;

/// A typed error: `{code, message, field?, row?}`. The UI matches on `code`; `message` is in
/// the user's language and says what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ApiError {
    /// What went wrong.
    pub code: ErrorCode,
    /// The message, in the user's language.
    pub message: String,
    /// The field concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// The row of an imported file, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub row: Option<u32>,
}

impl ApiError {
    /// The error of `err` with its message in `lang`.
    pub fn from_domain(err: DomainError, lang: Lang) -> Self {
        ApiError { code: err.code, message: err.message(lang), field: err.field.clone(), row: err.row }
    }

    /// The error of a store failure with its message in `lang`.
    pub fn from_store(err: StoreError, lang: Lang) -> Self {
        Self::from_domain(DomainError::from(err), lang)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

/// The API's result type.
pub type ApiResult<T> = Result<T, ApiError>;

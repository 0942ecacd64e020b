//! Errors of the store.

use plenary_core::{DomainError, ErrorCode};

/// What can go wrong in the store: a broken rule, or SQLite itself.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A domain rule refused the write (nothing was written).
    #[error("{0}")]
    Domain(#[from] DomainError),
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database file could not be read or written.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::types::FromSqlError> for StoreError {
    fn from(err: rusqlite::types::FromSqlError) -> Self {
        StoreError::Sqlite(err.into())
    }
}

/// The store's result type.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl From<StoreError> for DomainError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Domain(e) => e,
            StoreError::Sqlite(e) => DomainError::new(ErrorCode::Storage).field("database").detail(e.to_string()),
            StoreError::Io(e) => DomainError::new(ErrorCode::Storage).field("database").detail(e.to_string()),
        }
    }
}

/// Turns "no row" into a typed not-found error naming `field` and `id`.
pub(crate) fn found<T>(result: rusqlite::Result<T>, field: &str, id: &str) -> Result<T> {
    match result {
        Ok(v) => Ok(v),
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(DomainError::not_found(field, id).into()),
        Err(e) => Err(e.into()),
    }
}

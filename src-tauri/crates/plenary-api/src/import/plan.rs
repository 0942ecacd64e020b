//! The plan of an import: what each row of the file becomes.

use super::{ImportFileArgs, ImportPreview, ImportProgress, ImportReport};
use crate::{Api, ApiResult};
use plenary_core::{DomainError, ErrorCode};

pub(super) fn preview(api: &Api, _args: ImportFileArgs) -> ApiResult<ImportPreview> {
    api.fail(DomainError::new(ErrorCode::Invalid).field("file").detail("import not available yet"))
}

pub(super) fn import(api: &Api, _args: ImportFileArgs, _progress: &mut dyn FnMut(ImportProgress)) -> ApiResult<ImportReport> {
    api.fail(DomainError::new(ErrorCode::Invalid).field("file").detail("import not available yet"))
}

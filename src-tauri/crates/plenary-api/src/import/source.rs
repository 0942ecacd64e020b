//! The file of an import read into a table, and the mapping of its columns: chosen,
//! remembered from an earlier file with the same headers, or suggested from the headers.

use plenary_core::participant::fold_name;
use plenary_core::{DomainError, ErrorCode, Lang};
use plenary_import::columns::{self, Field};
use plenary_import::file::{self, Source};
use plenary_import::table::{MAX_BYTES, TableError};
use plenary_store::Db;
use std::path::Path;

/// Reads the file at `path` (sheet `sheet` of a workbook), refusing it with the reason in
/// `lang`. The size is checked before reading, so a huge file is not loaded to be refused.
pub(super) fn read(path: &Path, sheet: Option<&str>, lang: Lang) -> Result<Source, DomainError> {
    let unreadable = |e: std::io::Error| DomainError::new(ErrorCode::MalformedFile).field("file").detail(e.to_string());
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    let refused = |e: TableError| DomainError::new(ErrorCode::MalformedFile).field("file").detail(e.message(lang));
    if size > MAX_BYTES as u64 {
        return Err(refused(TableError::TooBig(usize::try_from(size).unwrap_or(usize::MAX))));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    file::read(&bytes, sheet).map_err(refused)
}

/// The key under which the mapping of files with these headers is remembered: a stable
/// hash (FNV-1a, 64 bits) of the folded headers, so that "Prénom" and "PRENOM" share it.
pub(super) fn fingerprint(header: &[String]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, h) in header.iter().enumerate() {
        let separator = if i == 0 { "" } else { "\u{1f}" };
        for byte in separator.bytes().chain(fold_name(h).bytes()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The mapping to use, one entry per column, and whether it was remembered.
pub(super) fn mapping(db: &Db<'_>, header: &[String], chosen: Option<&[Option<Field>]>) -> plenary_store::Result<(Vec<Option<Field>>, bool)> {
    let fit = |m: &[Option<Field>]| {
        let mut m = m.to_vec();
        m.resize(header.len(), None);
        m
    };
    if let Some(chosen) = chosen {
        return Ok((fit(chosen), false));
    }
    let remembered = db
        .import_mapping(&fingerprint(header))?
        .and_then(|saved| serde_json::from_str::<Vec<Option<Field>>>(&saved).ok())
        .filter(|m| m.len() == header.len());
    Ok(match remembered {
        Some(m) => (m, true),
        None => (columns::suggest(header), false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_that_fold_alike_share_a_fingerprint() {
        let a = fingerprint(&["Prénom".into(), "Nom".into()]);
        assert_eq!(a, fingerprint(&["PRENOM".into(), "nom ".into()]), "case, accents and spaces do not change it");
        assert_ne!(a, fingerprint(&["Nom".into(), "Prénom".into()]), "the order of the columns does");
        assert_ne!(fingerprint(&["a b".into()]), fingerprint(&["a".into(), "b".into()]), "cells are kept apart");
    }
}

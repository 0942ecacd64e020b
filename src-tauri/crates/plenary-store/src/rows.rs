//! Reading domain values out of SQLite rows.

use plenary_core::{BilingualText, DomainError, Id, Lang, TextSide, TranslationState};
use rusqlite::Row;
use rusqlite::types::Type;

/// Turns a domain parse error into the error type row closures must return.
pub(crate) fn conversion(index: usize, err: DomainError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(err))
}

/// Reads column `index` and parses it with `parse`.
pub(crate) fn parsed<T>(row: &Row<'_>, index: usize, parse: impl Fn(&str) -> Result<T, DomainError>) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    parse(&text).map_err(|e| conversion(index, e))
}

/// Reads an optional column and parses it with `parse`.
pub(crate) fn parsed_opt<T>(row: &Row<'_>, index: usize, parse: impl Fn(&str) -> Result<T, DomainError>) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(index)?;
    text.map(|t| parse(&t).map_err(|e| conversion(index, e))).transpose()
}

/// Reads an id column.
pub(crate) fn id(row: &Row<'_>, index: usize) -> rusqlite::Result<Id> {
    Ok(Id::new(row.get::<_, String>(index)?))
}

/// Reads an optional id column.
pub(crate) fn id_opt(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<Id>> {
    Ok(row.get::<_, Option<String>>(index)?.map(Id::new))
}

/// The columns of a joined `texts` row aliased `t`, in the order [`text`] reads them.
macro_rules! text_columns {
    ($alias:literal) => {
        concat!(
            $alias, ".en_text, ", $alias, ".en_state, ", $alias, ".en_source_hash, ", $alias, ".en_source_text, ",
            $alias, ".fr_text, ", $alias, ".fr_state, ", $alias, ".fr_source_hash, ", $alias, ".fr_source_text"
        )
    };
}
pub(crate) use text_columns;

/// How many columns [`text_columns`] yields.
pub(crate) const TEXT_COLUMNS: usize = 8;

/// Reads a bilingual text from the eight columns starting at `start`; a missing row (all
/// NULL, from a LEFT JOIN) reads as an empty text.
pub(crate) fn text(row: &Row<'_>, start: usize) -> rusqlite::Result<BilingualText> {
    let side = |offset: usize| -> rusqlite::Result<TextSide> {
        let i = start + offset;
        Ok(TextSide {
            text: row.get::<_, Option<String>>(i)?.unwrap_or_default(),
            state: parsed_opt(row, i + 1, TranslationState::parse)?.unwrap_or(TranslationState::Missing),
            source_hash: row.get(i + 2)?,
            source_text: row.get(i + 3)?,
        })
    };
    Ok(BilingualText { en: side(0)?, fr: side(4)? })
}

/// Stores a list of languages as `en,fr`.
pub(crate) fn langs_to_text(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

/// Reads a list of languages stored as `en,fr`.
pub(crate) fn langs(row: &Row<'_>, index: usize) -> rusqlite::Result<Vec<Lang>> {
    let text: String = row.get(index)?;
    text.split(',').filter(|s| !s.is_empty()).map(|s| s.parse::<Lang>().map_err(|e| conversion(index, e))).collect()
}

/// The English and French names of the delegation aliased `$alias` (joined with
/// [`delegation_joins`]): the meeting's display name, else the country's or the
/// organisation's name; NULL when there is no delegation.
macro_rules! delegation_names {
    ($alias:literal) => {
        concat!(
            "coalesce(", $alias, ".display_name_en, ", $alias, "c.name_en, ", $alias, "o.name_en), ",
            "coalesce(", $alias, ".display_name_fr, ", $alias, "c.name_fr, ", $alias, "o.name_fr)"
        )
    };
}
pub(crate) use delegation_names;

/// The joins [`delegation_names`] reads: the delegation `$alias` whose id is `$id`, with its
/// country and organisation.
macro_rules! delegation_joins {
    ($alias:literal, $id:literal) => {
        concat!(
            " LEFT JOIN delegations ", $alias, " ON ", $alias, ".id = ", $id,
            " LEFT JOIN countries ", $alias, "c ON ", $alias, "c.alpha2 = ", $alias, ".country",
            " LEFT JOIN organisations ", $alias, "o ON ", $alias, "o.id = ", $alias, ".organisation_id "
        )
    };
}
pub(crate) use delegation_joins;

/// Reads the two columns of [`delegation_names`] at `start`: `None` when there is no delegation.
pub(crate) fn delegation_name(row: &Row<'_>, start: usize) -> rusqlite::Result<Option<plenary_core::agenda::NamePair>> {
    let en: Option<String> = row.get(start)?;
    let fr: Option<String> = row.get(start + 1)?;
    Ok(match (en, fr) {
        (None, None) => None,
        (en, fr) => Some(plenary_core::agenda::NamePair { en: en.unwrap_or_default(), fr: fr.unwrap_or_default() }),
    })
}

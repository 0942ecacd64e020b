//! The ordered lists of an outcome document (its sections, the paragraphs of the preamble
//! and of each section, its facts, the facts a paragraph places, a meeting's documents),
//! whose positions are kept dense (0, 1, 2…) by every insert, move and delete.

use crate::{Db, Result, rows};
use plenary_core::{DomainError, Id};
use rusqlite::params;

/// One ordered list.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Group<'a> {
    /// The documents of a meeting.
    Documents(&'a Id),
    /// The sections of a document.
    Sections(&'a Id),
    /// The paragraphs of a document's preamble (`None`) or of one of its sections.
    Paragraphs(&'a Id, Option<&'a Id>),
    /// The facts of a document.
    Facts(&'a Id),
    /// The facts a paragraph places.
    Placements(&'a Id),
}

impl Db<'_> {
    /// The ids of a list, in order.
    pub(crate) fn group_ids(&self, group: Group<'_>) -> Result<Vec<Id>> {
        let (sql, key, section): (&str, &Id, Option<&Id>) = match group {
            Group::Documents(m) => ("SELECT id FROM outcome_documents WHERE meeting_id = ?1 ORDER BY position, created_at, id", m, None),
            Group::Sections(d) => ("SELECT id FROM outcome_sections WHERE document_id = ?1 ORDER BY position, created_at, id", d, None),
            Group::Paragraphs(d, s) => (
                "SELECT id FROM outcome_paragraphs WHERE document_id = ?1 AND section_id IS ?2 ORDER BY position, created_at, id",
                d,
                s,
            ),
            Group::Facts(d) => ("SELECT id FROM outcome_facts WHERE document_id = ?1 ORDER BY position, created_at, id", d, None),
            Group::Placements(p) => ("SELECT fact_id FROM outcome_placements WHERE paragraph_id = ?1 ORDER BY position, fact_id", p, None),
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let read = |r: &rusqlite::Row<'_>| rows::id(r, 0);
        let ids = match group {
            Group::Paragraphs(..) => stmt.query_map(params![key.as_str(), section.map(Id::as_str)], read)?.collect(),
            _ => stmt.query_map(params![key.as_str()], read)?.collect::<rusqlite::Result<_>>(),
        };
        Ok(ids?)
    }

    /// Gives the rows of a list the positions 0, 1, 2… in the order of `ids` (and, for
    /// paragraphs, the list's section). Only rows whose place changes are written.
    pub(crate) fn write_positions(&self, group: Group<'_>, ids: &[Id]) -> Result<()> {
        for (position, id) in ids.iter().enumerate() {
            let position = i64::try_from(position).unwrap_or(i64::MAX);
            match group {
                Group::Documents(_) => self.conn.prepare_cached(
                    "UPDATE outcome_documents SET position = ?2 WHERE id = ?1 AND position IS NOT ?2",
                )?.execute(params![id.as_str(), position])?,
                Group::Sections(_) => self.conn.prepare_cached(
                    "UPDATE outcome_sections SET position = ?2 WHERE id = ?1 AND position IS NOT ?2",
                )?.execute(params![id.as_str(), position])?,
                Group::Paragraphs(_, section) => self.conn.prepare_cached(
                    "UPDATE outcome_paragraphs SET position = ?2, section_id = ?3
                     WHERE id = ?1 AND (position IS NOT ?2 OR section_id IS NOT ?3)",
                )?.execute(params![id.as_str(), position, section.map(Id::as_str)])?,
                Group::Facts(_) => self.conn.prepare_cached(
                    "UPDATE outcome_facts SET position = ?2 WHERE id = ?1 AND position IS NOT ?2",
                )?.execute(params![id.as_str(), position])?,
                Group::Placements(paragraph) => self.conn.prepare_cached(
                    "UPDATE outcome_placements SET position = ?2 WHERE fact_id = ?1 AND paragraph_id = ?3 AND position IS NOT ?2",
                )?.execute(params![id.as_str(), position, paragraph.as_str()])?,
            };
        }
        Ok(())
    }

    /// Puts `id` at `index` of a list (at the end when `index` is past it), taking it out of
    /// wherever it was in that list, and renumbers the list.
    pub(crate) fn place_in_group(&self, group: Group<'_>, id: &Id, index: usize) -> Result<()> {
        let mut ids = self.group_ids(group)?;
        ids.retain(|other| other != id);
        ids.insert(index.min(ids.len()), id.clone());
        self.write_positions(group, &ids)
    }

    /// Puts a new row just after `after` in a list, or at its end when `after` is `None`;
    /// `after` must be in the list (not found as `field` otherwise).
    pub(crate) fn place_after(&self, group: Group<'_>, id: &Id, after: Option<&Id>, field: &str) -> Result<()> {
        let mut ids = self.group_ids(group)?;
        ids.retain(|other| other != id);
        let index = match after {
            None => ids.len(),
            Some(after) => ids.iter().position(|i| i == after).map(|i| i + 1).ok_or_else(|| DomainError::not_found(field, after.as_str()))?,
        };
        ids.insert(index, id.clone());
        self.write_positions(group, &ids)
    }

    /// Closes the gap a deleted row left in a list.
    pub(crate) fn renumber(&self, group: Group<'_>) -> Result<()> {
        let ids = self.group_ids(group)?;
        self.write_positions(group, &ids)
    }
}

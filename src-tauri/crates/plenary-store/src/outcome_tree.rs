//! A whole outcome document read from its tables in six queries, whatever its size: the
//! document, its sections, its paragraphs, their sessions, their placed facts, its facts.

use crate::error::found;
use crate::rows::{self, TEXT_COLUMNS, text_columns};
use crate::{Db, Result};
use plenary_core::agenda::NamePair;
use plenary_core::outcome::facts::{Fact, FactKind, Generated, Speaker};
use plenary_core::outcome::{DocumentKind, DocumentStatus, MeetingLine, OutcomeDocument, Paragraph, ParagraphState, Section};
use plenary_core::{DomainError, Id};
use std::collections::HashMap;

/// Reads a stored `generated` value.
pub(crate) fn parse_generated(value: &str) -> std::result::Result<Generated, DomainError> {
    match value {
        "meeting_facts" => Ok(Generated::MeetingFacts),
        other => Err(DomainError::invalid("generated", other)),
    }
}

/// A `generated` value as stored.
pub(crate) fn generated_str(generated: Generated) -> &'static str {
    match generated {
        Generated::MeetingFacts => "meeting_facts",
    }
}

/// The columns of a paragraph aliased `p` joined with its text aliased `t`, in the order
/// [`paragraph`] reads them.
macro_rules! paragraph_columns {
    () => {
        concat!("p.id, p.state, p.generated, ", crate::rows::text_columns!("t"))
    };
}
pub(crate) use paragraph_columns;

/// Reads a paragraph (without its sessions and facts) from the columns of
/// [`paragraph_columns`] starting at `start`.
pub(crate) fn paragraph(r: &rusqlite::Row<'_>, start: usize) -> rusqlite::Result<Paragraph> {
    Ok(Paragraph {
        id: rows::id(r, start)?,
        state: rows::parsed(r, start + 1, ParagraphState::parse)?,
        generated: rows::parsed_opt(r, start + 2, parse_generated)?,
        text: rows::text(r, start + 3)?,
        sessions: Vec::new(),
        facts: Vec::new(),
    })
}

impl Db<'_> {
    /// The document `id` as its tables hold it now, paragraphs and facts in order. What is
    /// not stored is left for the caller to fill: the meeting line (default) and the text of
    /// generated paragraphs (empty).
    pub fn outcome_document(&self, id: &Id) -> Result<OutcomeDocument> {
        let d = id.as_str();
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT d.id, d.meeting_id, d.kind, d.status, ", text_columns!("t"),
            " FROM outcome_documents d LEFT JOIN texts t ON t.owner_id = d.id AND t.field = 'title' WHERE d.id = ?1"
        ))?;
        let mut doc = found(
            stmt.query_row([d], |r| {
                Ok(OutcomeDocument {
                    id: rows::id(r, 0)?,
                    meeting_id: rows::id(r, 1)?,
                    kind: rows::parsed(r, 2, DocumentKind::parse)?,
                    status: rows::parsed(r, 3, DocumentStatus::parse)?,
                    title: rows::text(r, 4)?,
                    meeting: MeetingLine::default(),
                    preamble: Vec::new(),
                    sections: Vec::new(),
                    facts: Vec::new(),
                    revision: None,
                })
            }),
            "document",
            d,
        )?;

        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT s.id, s.pillar_id, ", text_columns!("h"),
            " FROM outcome_sections s LEFT JOIN texts h ON h.owner_id = s.id AND h.field = 'heading'
              WHERE s.document_id = ?1 ORDER BY s.position, s.created_at, s.id"
        ))?;
        doc.sections = stmt
            .query_map([d], |r| Ok(Section { id: rows::id(r, 0)?, pillar_id: rows::id_opt(r, 1)?, heading: rows::text(r, 2)?, paragraphs: Vec::new() }))?
            .collect::<rusqlite::Result<_>>()?;

        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT p.section_id, ", paragraph_columns!(),
            " FROM outcome_paragraphs p LEFT JOIN texts t ON t.owner_id = p.id AND t.field = 'text'
              WHERE p.document_id = ?1 ORDER BY p.section_id, p.position, p.created_at, p.id"
        ))?;
        let mut paragraphs: Vec<(Option<Id>, Paragraph)> =
            stmt.query_map([d], |r| Ok((rows::id_opt(r, 0)?, paragraph(r, 1)?)))?.collect::<rusqlite::Result<_>>()?;
        let index: HashMap<Id, usize> = paragraphs.iter().enumerate().map(|(i, (_, p))| (p.id.clone(), i)).collect();

        let mut stmt = self.conn.prepare_cached(
            "SELECT ps.paragraph_id, ps.session_id FROM outcome_paragraph_sessions ps
             JOIN outcome_paragraphs p ON p.id = ps.paragraph_id JOIN sessions s ON s.id = ps.session_id
             WHERE p.document_id = ?1 ORDER BY s.day, s.start_time, s.id",
        )?;
        for link in stmt.query_map([d], |r| Ok((rows::id(r, 0)?, rows::id(r, 1)?)))? {
            let (paragraph, session) = link?;
            if let Some(&i) = index.get(&paragraph) {
                paragraphs[i].1.sessions.push(session);
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT pl.paragraph_id, pl.fact_id FROM outcome_placements pl JOIN outcome_paragraphs p ON p.id = pl.paragraph_id
             WHERE p.document_id = ?1 ORDER BY pl.paragraph_id, pl.position, pl.fact_id",
        )?;
        for placement in stmt.query_map([d], |r| Ok((rows::id(r, 0)?, rows::id(r, 1)?)))? {
            let (paragraph, fact) = placement?;
            if let Some(&i) = index.get(&paragraph) {
                paragraphs[i].1.facts.push(fact);
            }
        }

        let sections: HashMap<Id, usize> = doc.sections.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect();
        // Ordered by section, then position: each list fills in order.
        for (section, paragraph) in paragraphs {
            match section.and_then(|s| sections.get(&s).copied()) {
                Some(i) => doc.sections[i].paragraphs.push(paragraph),
                None => doc.preamble.push(paragraph),
            }
        }

        doc.facts = self.outcome_facts(id)?;
        Ok(doc)
    }

    /// The facts of a document, in order.
    pub fn outcome_facts(&self, document_id: &Id) -> Result<Vec<Fact>> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT f.id, f.kind, f.participant_id, f.speaker_name, ",
            text_columns!("x"), ", ", text_columns!("s"), ", ", text_columns!("n"),
            " FROM outcome_facts f
              LEFT JOIN texts x ON x.owner_id = f.id AND x.field = 'text'
              LEFT JOIN texts s ON s.owner_id = f.id AND s.field = 'source'
              LEFT JOIN texts n ON n.owner_id = f.id AND n.field = 'function'
              WHERE f.document_id = ?1 ORDER BY f.position, f.created_at, f.id"
        ))?;
        let facts = stmt.query_map([document_id.as_str()], fact)?;
        Ok(facts.collect::<rusqlite::Result<_>>()?)
    }

    /// One fact and the document it belongs to.
    pub fn outcome_fact(&self, id: &Id) -> Result<Fact> {
        let document: String = found(
            self.conn.query_row("SELECT document_id FROM outcome_facts WHERE id = ?1", [id.as_str()], |r| r.get(0)),
            "fact",
            id.as_str(),
        )?;
        let facts = self.outcome_facts(&Id::new(document))?;
        facts.into_iter().find(|f| &f.id == id).ok_or_else(|| DomainError::not_found("fact", id.as_str()).into())
    }
}

fn fact(r: &rusqlite::Row<'_>) -> rusqlite::Result<Fact> {
    let participant_id = rows::id_opt(r, 2)?;
    let name: Option<String> = r.get(3)?;
    let function = rows::text(r, 4 + 2 * TEXT_COLUMNS)?;
    let speaker = (participant_id.is_some() || name.is_some()).then(|| Speaker {
        participant_id,
        name: name.unwrap_or_default(),
        function: NamePair { en: function.en.text, fr: function.fr.text },
    });
    Ok(Fact {
        id: rows::id(r, 0)?,
        kind: rows::parsed(r, 1, FactKind::parse)?,
        text: rows::text(r, 4)?,
        source: rows::text(r, 4 + TEXT_COLUMNS)?,
        speaker,
    })
}

//! Writing a revision's snapshot back over a document: its title, sections, paragraphs and
//! facts take the snapshot's texts, states and order under the same ids; rows deleted since
//! are re-created and rows added since are removed.

use crate::outcome_tree::generated_str;
use crate::{Db, Result, rows};
use plenary_core::outcome::{OutcomeDocument, Paragraph};
use plenary_core::{Id, Lang};
use rusqlite::params;
use std::collections::HashSet;

impl Db<'_> {
    /// Makes the document `doc.id` hold exactly `doc` (a snapshot): title, facts, sections,
    /// paragraphs with their sessions and placed facts. The document's kind and status are
    /// left as they are. A link to a session or a participant deleted since is dropped, a
    /// pillar deleted since is left out: the rest of the snapshot still comes back.
    pub fn restore_outcome_document(&self, doc: &OutcomeDocument) -> Result<()> {
        let d = &doc.id;
        self.save_text("outcome_document", d, "title", &doc.title)?;

        for (position, fact) in doc.facts.iter().enumerate() {
            let speaker = fact.speaker.as_ref();
            self.conn.execute(
                "INSERT INTO outcome_facts (id, document_id, kind, participant_id, speaker_name, position, created_at, updated_at)
                 VALUES (?1, ?2, ?3, (SELECT id FROM participants WHERE id = ?4), ?5, ?6, ?7, ?7)
                 ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, participant_id = excluded.participant_id,
                    speaker_name = excluded.speaker_name, position = excluded.position, updated_at = excluded.updated_at
                 WHERE kind IS NOT excluded.kind OR participant_id IS NOT excluded.participant_id
                    OR speaker_name IS NOT excluded.speaker_name OR position IS NOT excluded.position",
                params![
                    fact.id.as_str(), d.as_str(), fact.kind.as_str(),
                    speaker.and_then(|s| s.participant_id.as_ref()).map(Id::as_str),
                    speaker.map(|s| s.name.as_str()), index(position), self.now
                ],
            )?;
            self.save_text("outcome_fact", &fact.id, "text", &fact.text)?;
            self.save_text("outcome_fact", &fact.id, "source", &fact.source)?;
            // A snapshot keeps a speaker's function as printed; the stored text keeps its
            // translation states where a side is unchanged.
            let mut function = self.text(&fact.id, "function")?;
            for lang in Lang::ALL {
                let wanted = speaker.map(|s| s.function.get(lang)).unwrap_or_default();
                if function.get(lang) != wanted {
                    function.edit(lang, wanted);
                }
            }
            self.save_text("outcome_fact", &fact.id, "function", &function)?;
        }
        let facts: HashSet<&Id> = doc.facts.iter().map(|f| &f.id).collect();
        for id in self.ids_of("SELECT id FROM outcome_facts WHERE document_id = ?1", d)? {
            if !facts.contains(&id) {
                self.conn.execute("DELETE FROM outcome_facts WHERE id = ?1", [id.as_str()])?;
            }
        }

        for (position, section) in doc.sections.iter().enumerate() {
            self.conn.execute(
                "INSERT INTO outcome_sections (id, document_id, position, pillar_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, (SELECT id FROM pillars WHERE id = ?4), ?5, ?5)
                 ON CONFLICT (id) DO UPDATE SET position = excluded.position, pillar_id = excluded.pillar_id,
                    updated_at = excluded.updated_at
                 WHERE position IS NOT excluded.position OR pillar_id IS NOT excluded.pillar_id",
                params![section.id.as_str(), d.as_str(), index(position), section.pillar_id.as_ref().map(Id::as_str), self.now],
            )?;
            self.save_text("outcome_section", &section.id, "heading", &section.heading)?;
        }
        for (position, paragraph) in doc.preamble.iter().enumerate() {
            self.restore_paragraph(d, None, position, paragraph)?;
        }
        for section in &doc.sections {
            for (position, paragraph) in section.paragraphs.iter().enumerate() {
                self.restore_paragraph(d, Some(&section.id), position, paragraph)?;
            }
        }
        let paragraphs: HashSet<&Id> = doc.numbered().into_iter().map(|n| &n.paragraph.id).collect();
        for id in self.ids_of("SELECT id FROM outcome_paragraphs WHERE document_id = ?1", d)? {
            if !paragraphs.contains(&id) {
                self.conn.execute("DELETE FROM outcome_paragraphs WHERE id = ?1", [id.as_str()])?;
            }
        }
        let sections: HashSet<&Id> = doc.sections.iter().map(|s| &s.id).collect();
        for id in self.ids_of("SELECT id FROM outcome_sections WHERE document_id = ?1", d)? {
            if !sections.contains(&id) {
                self.conn.execute("DELETE FROM outcome_sections WHERE id = ?1", [id.as_str()])?;
            }
        }
        self.touch_outcome_document(d)
    }

    fn restore_paragraph(&self, document_id: &Id, section_id: Option<&Id>, position: usize, p: &Paragraph) -> Result<()> {
        self.conn.execute(
            "INSERT INTO outcome_paragraphs (id, document_id, section_id, position, state, generated, note_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?7)
             ON CONFLICT (id) DO UPDATE SET section_id = excluded.section_id, position = excluded.position,
                state = excluded.state, generated = excluded.generated, updated_at = excluded.updated_at
             WHERE section_id IS NOT excluded.section_id OR position IS NOT excluded.position
                OR state IS NOT excluded.state OR generated IS NOT excluded.generated",
            params![
                p.id.as_str(), document_id.as_str(), section_id.map(Id::as_str), index(position), p.state.as_str(),
                p.generated.map(generated_str), self.now
            ],
        )?;
        if p.generated.is_none() {
            self.save_text("outcome_paragraph", &p.id, "text", &p.text)?;
        } else {
            // Written from the data at each read: a stored text would only go stale.
            self.conn.execute("DELETE FROM texts WHERE owner_id = ?1", [p.id.as_str()])?;
        }
        self.conn.execute("DELETE FROM outcome_paragraph_sessions WHERE paragraph_id = ?1", [p.id.as_str()])?;
        for session in &p.sessions {
            self.conn.execute(
                "INSERT INTO outcome_paragraph_sessions (paragraph_id, session_id)
                 SELECT ?1, id FROM sessions WHERE id = ?2 ON CONFLICT DO NOTHING",
                params![p.id.as_str(), session.as_str()],
            )?;
        }
        self.conn.execute("DELETE FROM outcome_placements WHERE paragraph_id = ?1", [p.id.as_str()])?;
        let mut placed = 0;
        for fact in &p.facts {
            placed += self.conn.execute(
                "INSERT INTO outcome_placements (paragraph_id, fact_id, position)
                 SELECT ?1, id, ?3 FROM outcome_facts WHERE id = ?2 AND document_id = ?4 ON CONFLICT DO NOTHING",
                params![p.id.as_str(), fact.as_str(), index(placed), document_id.as_str()],
            )?;
        }
        Ok(())
    }

    fn ids_of(&self, sql: &'static str, key: &Id) -> Result<Vec<Id>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        Ok(stmt.query_map([key.as_str()], |r| rows::id(r, 0))?.collect::<rusqlite::Result<_>>()?)
    }
}

fn index(position: usize) -> i64 {
    i64::try_from(position).unwrap_or(i64::MAX)
}


//! The demo meeting's outcome document: a draft in English and French built from what the
//! Lagos meeting published (its 4Ps priorities, the Mixed Migration Centre's figures, the
//! co-chairs' words), with a bracketed passage, a pending amendment, a comment, rapporteurs'
//! notes and a first named revision, so that a new user meets every part of drafting.

use crate::outcome::revisions::save_named;
use plenary_core::agenda::NamePair;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus, Change};
use plenary_core::outcome::facts::{Fact, FactKind, Generated, Speaker};
use plenary_core::outcome::{DocumentKind, Paragraph, ParagraphState, Section};
use plenary_core::{BilingualText, DomainError, Id, Lang, TranslationState};
use plenary_store::{Db, StoreError};
use serde::Deserialize;
use std::collections::HashMap;

const SEED: &str = include_str!("../../seed/lagos-2025-outcome.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Seed {
    kind: DocumentKind,
    title_en: String,
    title_fr: String,
    facts: Vec<SeedFact>,
    preamble: Vec<SeedParagraph>,
    sections: Vec<SeedSection>,
    notes: Vec<SeedNote>,
    revision: String,
    amendments: Vec<SeedAmendment>,
    comments: Vec<SeedComment>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFact {
    key: String,
    kind: FactKind,
    text_en: String,
    text_fr: String,
    source_en: String,
    source_fr: String,
    /// The email of the participant quoted.
    speaker: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedSection {
    pillar: Option<String>,
    heading_en: String,
    heading_fr: String,
    paragraphs: Vec<SeedParagraph>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedParagraph {
    key: String,
    state: ParagraphState,
    generated: Option<Generated>,
    text_en: String,
    text_fr: String,
    sessions: Vec<String>,
    facts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedNote {
    session: String,
    lang: Lang,
    body: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedAmendment {
    paragraph: String,
    /// The country (alpha-2) of the delegation that proposes it.
    delegation: String,
    proposed_en: Option<String>,
    proposed_fr: Option<String>,
    rationale: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedComment {
    paragraph: String,
    author: String,
    delegation: Option<String>,
    body: String,
}

/// What the rest of the demo created, by the keys the seeds use.
pub(super) struct Keys<'a> {
    pub meeting_id: &'a Id,
    pub sessions: &'a HashMap<&'a str, Id>,
    pub people: &'a HashMap<&'a str, Id>,
    pub countries: &'a HashMap<&'a str, Id>,
    pub pillars: &'a HashMap<&'a str, Id>,
}

fn unknown(field: &str, key: &str) -> StoreError {
    DomainError::not_found(field, key).into()
}

fn get<K: std::borrow::Borrow<str> + std::hash::Hash + Eq>(map: &HashMap<K, Id>, field: &str, key: &str) -> Result<Id, StoreError> {
    map.get(key).cloned().ok_or_else(|| unknown(field, key))
}

/// The seed's texts were written in both languages and reviewed.
fn reviewed(en: &str, fr: &str) -> BilingualText {
    BilingualText::pair(en, fr, TranslationState::Reviewed)
}

/// Loads the outcome draft into the meeting, inside the demo's transaction.
pub(super) fn load(db: &Db<'_>, keys: &Keys<'_>, new_id: &dyn Fn() -> Id) -> Result<(), StoreError> {
    let seed: Seed = serde_json::from_str(SEED).map_err(|e| DomainError::invalid("seed", &e.to_string()))?;
    let document_id = new_id();
    db.insert_outcome_document(&document_id, keys.meeting_id, seed.kind, &reviewed(&seed.title_en, &seed.title_fr))?;

    let mut facts: HashMap<&str, Id> = HashMap::new();
    for f in &seed.facts {
        let (speaker, function) = match &f.speaker {
            Some(email) => {
                let row = db.participant(&get(keys.people, "participant", email)?)?;
                let function = row.participant.function.clone();
                let printed = NamePair { en: function.en.text.clone(), fr: function.fr.text.clone() };
                (Some(Speaker { participant_id: Some(row.participant.id.clone()), name: row.display_name, function: printed }), function)
            }
            None => (None, BilingualText::default()),
        };
        let fact = Fact {
            id: new_id(),
            kind: f.kind,
            text: reviewed(&f.text_en, &f.text_fr),
            source: reviewed(&f.source_en, &f.source_fr),
            speaker,
        };
        db.save_outcome_fact(&document_id, &fact, &function)?;
        facts.insert(f.key.as_str(), fact.id);
    }

    let add = |section: Option<&Id>, p: &SeedParagraph, paragraphs: &mut HashMap<String, Id>| -> Result<(), StoreError> {
        let paragraph = Paragraph {
            id: new_id(),
            state: p.state,
            text: if p.generated.is_some() { BilingualText::default() } else { reviewed(&p.text_en, &p.text_fr) },
            sessions: p.sessions.iter().map(|s| get(keys.sessions, "session", s)).collect::<Result<_, _>>()?,
            facts: p.facts.iter().map(|f| get(&facts, "fact", f)).collect::<Result<_, _>>()?,
            generated: p.generated,
        };
        db.insert_outcome_paragraph(&document_id, section, None, &paragraph, None)?;
        paragraphs.insert(p.key.clone(), paragraph.id);
        Ok(())
    };
    let mut by_key: HashMap<String, Id> = HashMap::new();
    for p in &seed.preamble {
        add(None, p, &mut by_key)?;
    }
    for s in &seed.sections {
        let section = Section {
            id: new_id(),
            heading: reviewed(&s.heading_en, &s.heading_fr),
            pillar_id: s.pillar.as_deref().map(|k| get(keys.pillars, "pillar", k)).transpose()?,
            paragraphs: Vec::new(),
        };
        db.insert_outcome_section(&document_id, &section, None)?;
        for p in &s.paragraphs {
            add(Some(&section.id), p, &mut by_key)?;
        }
    }
    let paragraphs = by_key;

    for n in &seed.notes {
        db.save_outcome_note(&new_id(), &get(keys.sessions, "session", &n.session)?, n.lang, &n.body)?;
    }
    save_named(db, &new_id(), &document_id, &seed.revision)?;

    for a in &seed.amendments {
        let paragraph_id = get(&paragraphs, "paragraph", &a.paragraph)?;
        let (_, paragraph) = db.outcome_paragraph(&paragraph_id)?;
        let changes: Vec<Change> = [(Lang::En, &a.proposed_en), (Lang::Fr, &a.proposed_fr)]
            .into_iter()
            .filter_map(|(lang, proposed)| {
                proposed.as_ref().map(|p| Change { lang, original: paragraph.text.get(lang).to_owned(), proposed: p.clone() })
            })
            .collect();
        plenary_core::outcome::amendment::check_changes(&changes)?;
        let amendment = Amendment {
            id: new_id(),
            paragraph_id,
            delegation_id: get(keys.countries, "delegation", &a.delegation)?,
            delegation: NamePair::default(),
            changes,
            rationale: a.rationale.clone(),
            status: AmendmentStatus::Proposed,
            proposed_at: String::new(),
            decided_at: None,
        };
        db.insert_outcome_amendment(&amendment)?;
    }
    for c in &seed.comments {
        let delegation = c.delegation.as_deref().map(|d| get(keys.countries, "delegation", d)).transpose()?;
        db.insert_outcome_comment(&new_id(), &get(&paragraphs, "paragraph", &c.paragraph)?, &c.author, delegation.as_ref(), &c.body)?;
    }
    Ok(())
}

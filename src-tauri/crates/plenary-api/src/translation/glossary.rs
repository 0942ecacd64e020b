//! The glossary of a meeting: its terms, and the check of every text against them.

use super::written_texts;
use crate::{Api, ApiResult, ByIdArgs, MeetingArgs};
use plenary_core::glossary::{Glossary, GlossaryIssue, Term};
use plenary_core::{DomainError, ErrorCode, Id};
use serde::{Deserialize, Serialize};

/// A glossary term as a form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct GlossaryTermInput {
    /// The term to change; none to add one.
    #[serde(default)]
    pub id: Option<Id>,
    /// The meeting whose glossary it belongs to.
    pub meeting_id: Id,
    /// The English term.
    pub en: String,
    /// The French term.
    pub fr: String,
    /// A note for translators.
    #[serde(default)]
    pub note: String,
}

/// A text that does not use the glossary consistently.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct GlossaryFinding {
    /// The text's id.
    pub text_id: String,
    /// What the text is, in English.
    pub label_en: String,
    /// What the text is, in French.
    pub label_fr: String,
    /// The English text.
    pub en: String,
    /// The French text.
    pub fr: String,
    /// Its issues.
    pub issues: Vec<GlossaryIssue>,
}

impl Api {
    /// The terms of a meeting's glossary, by English term.
    pub fn list_glossary(&self, args: MeetingArgs) -> ApiResult<Vec<Term>> {
        self.read(|db| {
            db.meeting(&args.meeting_id)?;
            db.glossary(&args.meeting_id)
        })
    }

    /// Adds a term or changes one. Refused: an empty or over-long side, an English term the
    /// glossary already has (case and accents ignored), a term of another meeting.
    pub fn save_glossary_term(&self, input: GlossaryTermInput) -> ApiResult<Term> {
        let id = input.id.clone().unwrap_or_else(|| self.new_id());
        self.write(|db| {
            db.meeting(&input.meeting_id)?;
            if let Some(existing) = &input.id {
                let old = db.glossary_term(existing)?;
                if old.meeting_id != input.meeting_id {
                    return Err(DomainError::new(ErrorCode::WrongMeeting).field("glossary_term").detail(existing.as_str()).into());
                }
            }
            let term = Term::new(id, input.meeting_id.clone(), &input.en, &input.fr, &input.note)?;
            db.save_glossary_term(&term)?;
            db.glossary_term(&term.id)
        })
    }

    /// Removes a term from its glossary.
    pub fn delete_glossary_term(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_glossary_term(&args.id))
    }

    /// Every text of the meeting that uses a term on one side without its translation on
    /// the other, in reading order.
    pub fn check_glossary(&self, args: MeetingArgs) -> ApiResult<Vec<GlossaryFinding>> {
        self.read(|db| {
            let (texts, labels) = written_texts(db, &args.meeting_id)?;
            let terms = db.glossary(&args.meeting_id)?;
            let glossary = Glossary::new(&terms);
            Ok(texts
                .iter()
                .filter_map(|t| {
                    let issues = glossary.check(&t.text);
                    (!issues.is_empty()).then(|| GlossaryFinding {
                        text_id: t.id.clone(),
                        label_en: labels.label(t, plenary_core::Lang::En),
                        label_fr: labels.label(t, plenary_core::Lang::Fr),
                        en: t.text.en.text.clone(),
                        fr: t.text.fr.text.clone(),
                        issues,
                    })
                })
                .collect())
        })
    }
}

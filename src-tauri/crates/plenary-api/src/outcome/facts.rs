//! Key figures and quotes of a document.

use super::editable;
use crate::text_input;
use crate::{Api, ApiResult};
use plenary_core::agenda::NamePair;
use plenary_core::outcome::facts::{Fact, FactKind, Speaker};
use plenary_core::{BilingualText, DomainError, Id, limits};
use plenary_store::{Db, OutcomeRow, StoreError};
use serde::{Deserialize, Serialize};

/// Arguments of `save_fact`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveFactArgs {
    /// The fact to change; none for a new one.
    #[serde(default)]
    pub fact_id: Option<Id>,
    /// The document.
    pub document_id: Id,
    /// A figure or a quote.
    pub kind: FactKind,
    /// The statement or the words quoted, in English.
    #[serde(default)]
    pub text_en: String,
    /// The statement or the words quoted, in French.
    #[serde(default)]
    pub text_fr: String,
    /// Where a figure comes from, or the occasion of a quote, in English.
    #[serde(default)]
    pub source_en: String,
    /// The same in French.
    #[serde(default)]
    pub source_fr: String,
    /// The participant quoted, if in the list of participants.
    #[serde(default)]
    pub participant_id: Option<Id>,
    /// The speaker's name as printed; none for the participant's.
    #[serde(default)]
    pub speaker_name: Option<String>,
    /// The speaker's function in English; none for the participant's.
    #[serde(default)]
    pub function_en: Option<String>,
    /// The speaker's function in French; none for the participant's.
    #[serde(default)]
    pub function_fr: Option<String>,
}

/// A reference to one fact.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct FactArgs {
    /// The fact.
    pub fact_id: Id,
}

/// The speaker of a quote and their function as a bilingual text: what the form gives,
/// else the participant's name and function. A figure has no speaker.
fn speaker(db: &Db<'_>, args: &SaveFactArgs, mut function: BilingualText) -> Result<(Option<Speaker>, BilingualText), StoreError> {
    if args.kind == FactKind::Figure {
        return Ok((None, BilingualText::default()));
    }
    let participant = args.participant_id.as_ref().map(|id| db.participant(id)).transpose()?;
    let given = limits::optional("speaker", args.speaker_name.as_deref(), limits::NAME)?;
    let name = match (given, &participant) {
        (Some(name), _) => name,
        (None, Some(row)) => row.display_name.clone(),
        (None, None) => return Err(DomainError::required("speaker").into()),
    };
    match (&participant, args.function_en.as_deref(), args.function_fr.as_deref()) {
        (Some(row), None, None) => function = row.participant.function.clone(),
        (_, en, fr) => text_input::apply(&mut function, en, fr),
    }
    function.validate("function", limits::TITLE, false)?;
    let printed = NamePair { en: function.en.text.clone(), fr: function.fr.text.clone() };
    Ok((Some(Speaker { participant_id: args.participant_id.clone(), name, function: printed }), function))
}

impl Api {
    /// Saves a key figure with its source, or a quote attributed to a speaker (a participant
    /// of the meeting, whose name and function are taken unless given, or a name). A new
    /// fact goes after the document's others. Speaker fields are ignored for a figure.
    pub fn save_fact(&self, args: SaveFactArgs) -> ApiResult<Fact> {
        let new_id = self.new_id();
        self.write(|db| {
            editable(db, OutcomeRow::Document, &args.document_id)?;
            let (id, text, source, function) = match &args.fact_id {
                Some(id) => {
                    let fact = db.outcome_fact(id)?;
                    (id.clone(), fact.text, fact.source, db.text(id, "function")?)
                }
                None => (new_id.clone(), BilingualText::default(), BilingualText::default(), BilingualText::default()),
            };
            let mut text = text;
            text_input::apply(&mut text, Some(&args.text_en), Some(&args.text_fr));
            text.validate("text", limits::DESCRIPTION, true)?;
            let mut source = source;
            text_input::apply(&mut source, Some(&args.source_en), Some(&args.source_fr));
            source.validate("source", limits::TITLE, false)?;
            let (speaker, function) = speaker(db, &args, function)?;
            let fact = Fact { id: id.clone(), kind: args.kind, text, source, speaker };
            db.save_outcome_fact(&args.document_id, &fact, &function)?;
            db.outcome_fact(&id)
        })
    }

    /// Deletes a fact; the paragraphs that placed it no longer do.
    pub fn delete_fact(&self, args: FactArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Fact, &args.fact_id)?;
            db.delete_outcome_fact(&args.fact_id)
        })
    }
}

//! Dialogues (processes): create, list, update, delete.

use crate::{Api, ApiResult, ByIdArgs, text_input};
use plenary_core::country;
use plenary_core::dialogue::Dialogue;
use plenary_core::{DomainError, Id};
use serde::{Deserialize, Serialize};

/// What a form sends to create or change a dialogue.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct DialogueInput {
    /// English name.
    pub name_en: String,
    /// French name.
    pub name_fr: String,
    /// The chair (ISO code), if known.
    #[serde(default)]
    pub chair: Option<String>,
    /// Member states (ISO codes).
    #[serde(default)]
    pub members: Vec<String>,
}

/// Arguments of `update_dialogue`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct UpdateDialogueArgs {
    /// The dialogue.
    pub dialogue_id: Id,
    /// The new values.
    pub input: DialogueInput,
}

fn alpha2(code: &str) -> Result<String, DomainError> {
    country::country(code).map(|c| c.alpha2.to_owned()).ok_or_else(|| DomainError::invalid("country", code))
}

impl DialogueInput {
    pub(crate) fn to_dialogue(&self, id: Id, existing: Option<Dialogue>) -> Result<Dialogue, DomainError> {
        let mut name = existing.map(|d| d.name).unwrap_or_default();
        text_input::apply(&mut name, Some(&self.name_en), Some(&self.name_fr));
        let mut members = self.members.iter().map(|c| alpha2(c)).collect::<Result<Vec<_>, _>>()?;
        members.sort();
        let chair = self.chair.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(alpha2).transpose()?;
        let dialogue = Dialogue { id, name, chair, members };
        dialogue.validate()?;
        Ok(dialogue)
    }
}

impl Api {
    /// Every dialogue.
    pub fn list_dialogues(&self) -> ApiResult<Vec<Dialogue>> {
        self.read(|db| db.dialogues())
    }

    /// Creates a dialogue.
    pub fn create_dialogue(&self, input: DialogueInput) -> ApiResult<Dialogue> {
        let dialogue = input.to_dialogue(self.new_id(), None).or_else(|e| self.fail(e))?;
        self.write(|db| {
            db.save_dialogue(&dialogue)?;
            db.dialogue(&dialogue.id)
        })
    }

    /// Changes a dialogue.
    pub fn update_dialogue(&self, args: UpdateDialogueArgs) -> ApiResult<Dialogue> {
        self.write(|db| {
            let existing = db.dialogue(&args.dialogue_id)?;
            let dialogue = args.input.to_dialogue(args.dialogue_id.clone(), Some(existing))?;
            db.save_dialogue(&dialogue)?;
            db.dialogue(&dialogue.id)
        })
    }

    /// Deletes a dialogue no meeting joins.
    pub fn delete_dialogue(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_dialogue(&args.id))
    }
}

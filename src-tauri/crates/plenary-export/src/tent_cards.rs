//! Tent cards as PDF (Typst): one A4 landscape sheet per delegation, folded in two along
//! its length so it stands on the table. The name is printed large on both halves, the
//! upper half turned 180° so that the folded card reads from the front and from the back:
//! English on one side, French on the other, each in its own typography.

use crate::pdf::{self, Template};
use crate::{ExportError, Exported};
use plenary_core::participant_list::ParticipantList;
use plenary_core::typography::typeset;
use plenary_core::Lang;
use serde::Serialize;
use std::sync::LazyLock;

static TEMPLATE: LazyLock<Template> = LazyLock::new(|| Template::new("/tent_cards.typ", include_str!("tent_cards.typ")));

#[derive(Serialize)]
struct Document {
    title: String,
    cards: Vec<Card>,
}

/// One card: the name as each side reads it.
#[derive(Serialize)]
struct Card {
    /// The side facing the room (lower half): English.
    front: String,
    /// The side facing the delegation (upper half, turned): French.
    back: String,
}

/// A card for every delegation of `list` (with or without participants: a seat is laid for
/// each), in the list's order.
pub fn tent_cards(list: &ParticipantList) -> Result<Exported, ExportError> {
    let (bytes, _warnings) = typeset_cards(list)?;
    Ok(Exported { bytes, gaps: Vec::new() })
}

/// The PDF and Typst's warnings (a flaw of the template, never of the list).
pub(crate) fn typeset_cards(list: &ParticipantList) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    let cards = list
        .delegations()
        .map(|d| Card { front: typeset(d.name(Lang::En), Lang::En), back: typeset(d.name(Lang::Fr), Lang::Fr) })
        .collect();
    let title = format!("Tent cards / Chevalets — {}", crate::render::printed(&list.header.title, list.lang).text);
    let data = serde_json::to_vec(&Document { title, cards }).map_err(|e| ExportError::Typeset(e.to_string()))?;
    let ident = format!("{}/tent-cards", list.header.meeting_id);
    pdf::compile(&TEMPLATE, data, Some(list.header.start_date), ident)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participants::fixture;

    #[test]
    fn the_template_compiles_without_warnings_and_twice_the_same() {
        let (bytes, warnings) = typeset_cards(&fixture::list(Lang::En)).expect("cards typeset");
        assert!(warnings.is_empty(), "the template is clean: {warnings:?}");
        assert!(bytes == typeset_cards(&fixture::list(Lang::En)).expect("typesets").0, "no clock, no randomness");
    }
}

//! Bilingual texts: an English and a French side, each with its translation state.
//!
//! Each side remembers a fingerprint (and a copy) of the other side as it was when this side
//! was last written or confirmed. When the other side changes afterwards, this side is
//! **stale**: it may no longer say the same thing. Staleness is derived, never stored, so it
//! cannot drift from the texts.

use crate::{DomainError, Lang, limits};
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// Where a side stands in translation (the XLIFF 2.0 states, plus `missing` and `final`).
    pub enum TranslationState ("state") {
        /// No text yet.
        Missing = "missing",
        /// Written, not yet checked.
        Draft = "draft",
        /// Translated from the other side.
        Translated = "translated",
        /// Translated and reviewed by a second person.
        Reviewed = "reviewed",
        /// Signed off for publication.
        Final = "final",
    }
}

/// One language side of a bilingual text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
pub struct TextSide {
    /// The text itself; empty when missing.
    pub text: String,
    /// Its translation state.
    pub state: TranslationState,
    /// Fingerprint of the other side when this side was last written or confirmed.
    pub source_hash: Option<String>,
    /// The other side as it was then, so that a translator can see what changed.
    pub source_text: Option<String>,
}

impl Default for TranslationState {
    /// A side with no text is missing.
    fn default() -> Self {
        TranslationState::Missing
    }
}

/// A text published in English and French.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
pub struct BilingualText {
    /// The English side.
    pub en: TextSide,
    /// The French side.
    pub fr: TextSide,
}

/// A stable fingerprint of a text (64-bit FNV-1a, hex). Not cryptographic: it only tells
/// whether a text changed, and must never change between versions of Plenary.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

impl BilingualText {
    /// A text written in both languages at once (e.g. imported or seeded): both sides are
    /// aligned with each other and carry `state`.
    pub fn pair(en: &str, fr: &str, state: TranslationState) -> Self {
        let mut text = BilingualText::default();
        text.en.text = en.trim().to_owned();
        text.fr.text = fr.trim().to_owned();
        for lang in Lang::ALL {
            let written = !text.side(lang).text.is_empty();
            text.side_mut(lang).state = if written { state } else { TranslationState::Missing };
            text.align(lang);
        }
        text
    }

    /// A text written in one language only; the other side is missing.
    pub fn original(lang: Lang, value: &str) -> Self {
        let mut text = BilingualText::default();
        text.edit(lang, value);
        text
    }

    /// The side in `lang`.
    pub fn side(&self, lang: Lang) -> &TextSide {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }

    /// The side in `lang`, mutable.
    pub fn side_mut(&mut self, lang: Lang) -> &mut TextSide {
        match lang {
            Lang::En => &mut self.en,
            Lang::Fr => &mut self.fr,
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        &self.side(lang).text
    }

    /// The text in `lang`, or in the other language when `lang` is missing.
    pub fn get_or_other(&self, lang: Lang) -> &str {
        let own = self.get(lang);
        if own.is_empty() { self.get(lang.other()) } else { own }
    }

    /// Whether both sides are empty.
    pub fn is_empty(&self) -> bool {
        self.en.text.is_empty() && self.fr.text.is_empty()
    }

    /// Whether the side in `lang` may no longer match the other side, because the other side
    /// changed after this one was last written or confirmed.
    pub fn is_stale(&self, lang: Lang) -> bool {
        let own = self.side(lang);
        let other = self.side(lang.other());
        if own.text.is_empty() || other.text.is_empty() {
            return false;
        }
        own.source_hash.as_deref() != Some(fingerprint(&other.text).as_str())
    }

    /// Records that the side in `lang` is aligned with the other side as it is now.
    fn align(&mut self, lang: Lang) {
        let other = self.side(lang.other()).text.clone();
        let own = self.side_mut(lang);
        if other.is_empty() {
            own.source_hash = None;
            own.source_text = None;
        } else {
            own.source_hash = Some(fingerprint(&other));
            own.source_text = Some(other);
        }
    }

    /// An author edits the side in `lang`. It becomes a draft aligned with the other side,
    /// which becomes stale, unless this side was missing: filling in a missing translation
    /// does not put the original in doubt. Returns whether anything changed.
    pub fn edit(&mut self, lang: Lang, value: &str) -> bool {
        self.write(lang, value, TranslationState::Draft)
    }

    /// A translator writes the side in `lang` from the other side. Unlike an author's edit,
    /// this never puts the other side in doubt: it is the source the translation was made
    /// from, so both sides end up aligned with each other.
    pub fn translate(&mut self, lang: Lang, value: &str) -> bool {
        let changed = self.write(lang, value, TranslationState::Translated);
        if changed && !self.get(lang).is_empty() {
            self.align(lang.other());
        }
        changed
    }

    fn write(&mut self, lang: Lang, value: &str, state: TranslationState) -> bool {
        let value = value.trim();
        let was_missing = self.get(lang).is_empty();
        if self.get(lang) == value && self.side(lang).state == state {
            return false;
        }
        let other_was_aligned = !self.is_stale(lang.other());
        let side = self.side_mut(lang);
        side.text = value.to_owned();
        side.state = if value.is_empty() { TranslationState::Missing } else { state };
        self.align(lang);
        if was_missing && other_was_aligned {
            self.align(lang.other());
        }
        true
    }

    /// Sets the state of a side (e.g. reviewed, final). Confirming a side at `translated` or
    /// above means it was checked against the other side as it is now, so it is no longer
    /// stale.
    pub fn set_state(&mut self, lang: Lang, state: TranslationState) -> Result<(), DomainError> {
        if self.get(lang).is_empty() {
            if state != TranslationState::Missing {
                return Err(DomainError::required(lang.pick("text_en", "text_fr")));
            }
            return Ok(());
        }
        if state == TranslationState::Missing {
            return Err(DomainError::invalid("state", state.as_str()));
        }
        self.side_mut(lang).state = state;
        if state >= TranslationState::Translated {
            self.align(lang);
        }
        Ok(())
    }

    /// Checks both sides against a length limit; `field` is the base name (`title` gives
    /// `title_en` / `title_fr` in errors). With `required`, at least one side must be written.
    pub fn validate(&self, field: &str, max: usize, required: bool) -> Result<(), DomainError> {
        for lang in Lang::ALL {
            limits::within(&format!("{field}_{lang}"), self.get(lang), max)?;
        }
        if required && self.is_empty() {
            return Err(DomainError::required(&format!("{field}_en")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seeded_pair_is_not_stale() {
        let text = BilingualText::pair("Prevention", "Prévention", TranslationState::Final);
        assert!(!text.is_stale(Lang::En) && !text.is_stale(Lang::Fr));
        assert_eq!(text.fr.state, TranslationState::Final);
    }

    #[test]
    fn editing_one_side_marks_the_other_stale() {
        let mut text = BilingualText::pair("Opening session", "Séance d’ouverture", TranslationState::Reviewed);
        assert!(text.edit(Lang::En, "Opening ceremony"));
        assert!(text.is_stale(Lang::Fr), "the French no longer follows the new English");
        assert!(!text.is_stale(Lang::En), "the side just written is up to date");
        assert_eq!(text.en.state, TranslationState::Draft);
        assert_eq!(text.fr.state, TranslationState::Reviewed, "staleness does not erase the state");
        assert_eq!(text.fr.source_text.as_deref(), Some("Opening session"), "the old source is kept for the diff");

        assert!(text.edit(Lang::Fr, "Cérémonie d’ouverture"));
        assert!(!text.is_stale(Lang::Fr));
        assert!(text.is_stale(Lang::En), "and the other way round");
    }

    #[test]
    fn translating_a_missing_side_does_not_put_the_original_in_doubt() {
        let mut text = BilingualText::original(Lang::En, "Partnership");
        assert_eq!(text.fr.state, TranslationState::Missing);
        assert!(text.translate(Lang::Fr, "Partenariat"));
        assert_eq!(text.fr.state, TranslationState::Translated);
        assert!(!text.is_stale(Lang::En) && !text.is_stale(Lang::Fr));
    }

    #[test]
    fn translating_a_stale_side_leaves_both_sides_aligned() {
        let mut text = BilingualText::pair("Opening session", "Séance d’ouverture", TranslationState::Reviewed);
        text.edit(Lang::En, "Opening ceremony");
        assert!(text.translate(Lang::Fr, "Cérémonie d’ouverture"));
        assert!(!text.is_stale(Lang::Fr), "the new French follows the new English");
        assert!(!text.is_stale(Lang::En), "the English is the translation's source, not in doubt");
        assert_eq!(text.fr.state, TranslationState::Translated);
        assert_eq!(text.en.state, TranslationState::Draft, "the source keeps its own state");
    }

    #[test]
    fn confirming_a_stale_side_clears_staleness() {
        let mut text = BilingualText::pair("Protection", "Protection", TranslationState::Translated);
        text.edit(Lang::En, "Protection of victims");
        assert!(text.is_stale(Lang::Fr));
        text.set_state(Lang::Fr, TranslationState::Reviewed).expect("a written side can be reviewed");
        assert!(!text.is_stale(Lang::Fr));
    }

    #[test]
    fn an_unchanged_edit_changes_nothing() {
        let mut text = BilingualText::pair("Closing", "Clôture", TranslationState::Draft);
        assert!(!text.edit(Lang::En, " Closing "), "same text, same state");
        assert!(!text.is_stale(Lang::Fr));
    }

    #[test]
    fn emptying_a_side_makes_it_missing() {
        let mut text = BilingualText::pair("Closing", "Clôture", TranslationState::Final);
        text.edit(Lang::Fr, "");
        assert_eq!(text.fr.state, TranslationState::Missing);
        assert!(!text.is_stale(Lang::En), "nothing to compare with");
        assert!(text.set_state(Lang::Fr, TranslationState::Final).is_err(), "an empty side cannot be final");
    }

    #[test]
    fn validation_names_the_language_side() {
        let text = BilingualText::pair("ok", &"é".repeat(11), TranslationState::Draft);
        let err = text.validate("title", 10, true).expect_err("French side too long");
        assert_eq!(err.field.as_deref(), Some("title_fr"));
        let err = BilingualText::default().validate("title", 10, true).expect_err("empty");
        assert_eq!(err.code, crate::ErrorCode::Required);
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
    }
}

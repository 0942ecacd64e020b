//! Applying what a form sends to a bilingual text.

use plenary_core::{BilingualText, Lang};

/// Applies the English and French values of a form to `text`: only a side whose value
/// changed is edited, so that editing one language marks the other stale and saving an
/// unchanged form changes nothing. `None` leaves a side as it is.
pub(crate) fn apply(text: &mut BilingualText, en: Option<&str>, fr: Option<&str>) {
    for (lang, value) in [(Lang::En, en), (Lang::Fr, fr)] {
        if let Some(value) = value {
            if text.get(lang) != value.trim() {
                text.edit(lang, value);
            }
        }
    }
}

/// A new bilingual text from a form's two values.
pub(crate) fn new(en: Option<&str>, fr: Option<&str>) -> BilingualText {
    let mut text = BilingualText::default();
    apply(&mut text, en, fr);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_text_in_both_languages_is_aligned() {
        let text = new(Some("Prevention"), Some("Prévention"));
        assert!(!text.is_stale(Lang::En) && !text.is_stale(Lang::Fr));
    }

    #[test]
    fn changing_only_english_marks_french_stale() {
        let mut text = new(Some("Prevention"), Some("Prévention"));
        apply(&mut text, Some("Prevention of trafficking"), Some("Prévention"));
        assert!(text.is_stale(Lang::Fr));
        assert!(!text.is_stale(Lang::En));
    }
}

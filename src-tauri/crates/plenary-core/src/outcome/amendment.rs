//! Amendments proposed by delegations to a paragraph, and how one is merged.
//!
//! An amendment records the paragraph's text as it was when proposed. If the paragraph has
//! changed since (another amendment was accepted, a rapporteur edited it), the amendment
//! **conflicts**: it is shown as such and never merged blindly over the newer text.

use crate::diff::{DiffSpan, word_diff};
use crate::{BilingualText, DomainError, ErrorCode, Id, Lang, agenda::NamePair};
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// Where an amendment stands; only a proposed one can still change.
    pub enum AmendmentStatus ("amendment_status") {
        /// Waiting for a decision.
        Proposed = "proposed",
        /// Accepted and merged into the paragraph.
        Accepted = "accepted",
        /// Rejected.
        Rejected = "rejected",
        /// Withdrawn by the delegation that proposed it.
        Withdrawn = "withdrawn",
    }
}

/// The change an amendment makes in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Change {
    /// The language.
    pub lang: Lang,
    /// The paragraph's text in that language when the amendment was proposed.
    pub original: String,
    /// The text proposed instead.
    pub proposed: String,
}

impl Change {
    /// The proposal as a word diff of the original.
    pub fn diff(&self) -> Vec<DiffSpan> {
        word_diff(&self.original, &self.proposed)
    }
}

/// An amendment to a paragraph, proposed on behalf of a delegation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Amendment {
    /// The amendment's id.
    pub id: Id,
    /// The paragraph it amends.
    pub paragraph_id: Id,
    /// The delegation that proposes it.
    pub delegation_id: Id,
    /// The delegation's name, for display.
    pub delegation: NamePair,
    /// What it changes, in one or both languages (English first).
    pub changes: Vec<Change>,
    /// Why, as the delegation puts it.
    pub rationale: String,
    /// Where it stands.
    pub status: AmendmentStatus,
    /// When it was proposed (UTC, RFC 3339).
    pub proposed_at: String,
    /// When it was accepted, rejected or withdrawn (UTC, RFC 3339).
    pub decided_at: Option<String>,
}

/// Checks a proposal before it is stored: at least one language, no language twice, the
/// proposed text different from the original and within the paragraph limit.
pub fn check_changes(changes: &[Change]) -> Result<(), DomainError> {
    if changes.is_empty() {
        return Err(DomainError::required("proposed"));
    }
    for (i, change) in changes.iter().enumerate() {
        let field = change.lang.pick("proposed_en", "proposed_fr");
        if changes[..i].iter().any(|c| c.lang == change.lang) {
            return Err(DomainError::new(ErrorCode::Duplicate).field(field).detail(change.lang.code()));
        }
        if change.proposed.trim().is_empty() {
            return Err(DomainError::required(field));
        }
        crate::limits::within(field, &change.proposed, super::PARAGRAPH)?;
        if change.proposed.trim() == change.original.trim() {
            let start: String = change.proposed.trim().chars().take(60).collect();
            return Err(DomainError::new(ErrorCode::Unchanged).field(field).detail(start));
        }
    }
    Ok(())
}

impl Amendment {
    /// The languages in which the paragraph no longer reads as the amendment's original.
    pub fn conflicts(&self, current: &BilingualText) -> Vec<Lang> {
        self.changes.iter().filter(|c| current.get(c.lang).trim() != c.original.trim()).map(|c| c.lang).collect()
    }

    /// Checks a decision: only a proposed amendment can be decided, and `proposed` is not a
    /// decision.
    pub fn check_decision(&self, to: AmendmentStatus) -> Result<(), DomainError> {
        if self.status != AmendmentStatus::Proposed || to == AmendmentStatus::Proposed {
            return Err(DomainError::invalid("amendment_status", to.as_str()).detail(format!("{} → {}", self.status, to)));
        }
        Ok(())
    }

    /// Merges the amendment into the paragraph's text. Amended in one language, that side
    /// becomes a draft and the other side stale (it must be brought in line); amended in
    /// both, the two proposals stand as each other's translation. Refused when the paragraph
    /// changed since the amendment was proposed.
    pub fn merge_into(&self, text: &mut BilingualText) -> Result<(), DomainError> {
        let conflicts = self.conflicts(text);
        if let Some(lang) = conflicts.first() {
            return Err(DomainError::new(ErrorCode::Conflict).field(lang.pick("text_en", "text_fr")).detail(self.id.as_str()));
        }
        let mut changes = self.changes.iter();
        if let Some(first) = changes.next() {
            text.edit(first.lang, &first.proposed);
        }
        for change in changes {
            text.translate(change.lang, &change.proposed);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TranslationState;

    fn amendment(changes: Vec<Change>) -> Amendment {
        Amendment {
            id: Id::from("a1"),
            paragraph_id: Id::from("p"),
            delegation_id: Id::from("d"),
            delegation: NamePair { en: "France".into(), fr: "France".into() },
            changes,
            rationale: String::new(),
            status: AmendmentStatus::Proposed,
            proposed_at: "2025-11-05T10:00:00Z".into(),
            decided_at: None,
        }
    }

    fn change(lang: Lang, original: &str, proposed: &str) -> Change {
        Change { lang, original: original.into(), proposed: proposed.into() }
    }

    fn text() -> BilingualText {
        BilingualText::pair("We condemn trafficking.", "Nous condamnons la traite.", TranslationState::Translated)
    }

    #[test]
    fn accepting_in_one_language_marks_the_other_stale() {
        let a = amendment(vec![change(Lang::En, "We condemn trafficking.", "We strongly condemn trafficking.")]);
        let mut t = text();
        a.merge_into(&mut t).expect("no conflict");
        assert_eq!(t.en.text, "We strongly condemn trafficking.");
        assert!(t.is_stale(Lang::Fr), "the French side no longer says what the English says");
        assert!(!t.is_stale(Lang::En));
    }

    #[test]
    fn accepting_in_both_languages_leaves_them_aligned() {
        let a = amendment(vec![
            change(Lang::En, "We condemn trafficking.", "We strongly condemn trafficking."),
            change(Lang::Fr, "Nous condamnons la traite.", "Nous condamnons fermement la traite."),
        ]);
        let mut t = text();
        a.merge_into(&mut t).expect("no conflict");
        assert_eq!(t.fr.text, "Nous condamnons fermement la traite.");
        assert!(!t.is_stale(Lang::En) && !t.is_stale(Lang::Fr));
    }

    #[test]
    fn a_paragraph_changed_since_the_proposal_conflicts_and_is_left_alone() {
        let a = amendment(vec![change(Lang::En, "We condemn trafficking.", "We strongly condemn trafficking.")]);
        let mut t = text();
        t.edit(Lang::En, "We firmly condemn trafficking.");
        let before = t.clone();
        assert_eq!(a.conflicts(&t), [Lang::En]);
        assert_eq!(a.merge_into(&mut t).expect_err("must be refused").code, ErrorCode::Conflict);
        assert_eq!(t, before, "a conflicting amendment must not touch the text");
    }

    #[test]
    fn only_a_proposed_amendment_is_decided() {
        let mut a = amendment(vec![change(Lang::En, "x", "y")]);
        assert!(a.check_decision(AmendmentStatus::Accepted).is_ok());
        assert!(a.check_decision(AmendmentStatus::Proposed).is_err());
        a.status = AmendmentStatus::Withdrawn;
        assert!(a.check_decision(AmendmentStatus::Accepted).is_err(), "a withdrawn amendment stays withdrawn");
    }

    #[test]
    fn proposals_are_checked() {
        assert_eq!(check_changes(&[]).expect_err("must be refused").code, ErrorCode::Required);
        assert_eq!(check_changes(&[change(Lang::En, "a", "a")]).expect_err("must be refused").code, ErrorCode::Unchanged);
        assert_eq!(check_changes(&[change(Lang::En, "a", "b"), change(Lang::En, "a", "c")]).expect_err("must be refused").code, ErrorCode::Duplicate);
        assert_eq!(check_changes(&[change(Lang::Fr, "a", " ")]).expect_err("must be refused").field.as_deref(), Some("proposed_fr"));
        assert!(check_changes(&[change(Lang::En, "a", "b"), change(Lang::Fr, "a", "c")]).is_ok());
        let diff = change(Lang::En, "We condemn", "We strongly condemn").diff();
        assert_eq!(crate::diff::wdiff(&diff), "We {+strongly +}condemn");
    }
}

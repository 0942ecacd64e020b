//! Amendments proposed by delegations: proposing, and deciding (accepting merges).

use super::documents::{ParagraphLabel, labels};
use super::editable;
use super::paragraphs::write_text;
use crate::{Api, ApiResult};
use plenary_core::diff::DiffSpan;
use plenary_core::outcome::OutcomeDocument;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus, Change, check_changes};
use plenary_core::{BilingualText, DomainError, Id, Lang, limits};
use plenary_store::{Db, OutcomeRow, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The word diff of an amendment in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct LangDiff {
    /// The language.
    pub lang: Lang,
    /// The proposal as a word diff of the original.
    pub spans: Vec<DiffSpan>,
}

/// An amendment as the drafting screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct AmendmentView {
    /// The amendment.
    pub amendment: Amendment,
    /// The paragraph's reference now ("OP3").
    pub reference: String,
    /// For a proposed amendment, the languages in which the paragraph changed since it was
    /// proposed: accepting it is refused until it is proposed again.
    pub conflicts: Vec<Lang>,
    /// What it changes, as word diffs, English first.
    pub diffs: Vec<LangDiff>,
}

/// Arguments of `propose_amendment`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ProposeAmendmentArgs {
    /// The paragraph.
    pub paragraph_id: Id,
    /// The delegation proposing it.
    pub delegation_id: Id,
    /// The English text proposed; none (or blank) when English is not amended.
    #[serde(default)]
    pub proposed_en: Option<String>,
    /// The French text proposed; none (or blank) when French is not amended.
    #[serde(default)]
    pub proposed_fr: Option<String>,
    /// Why, as the delegation puts it.
    #[serde(default)]
    pub rationale: String,
}

/// Arguments of `decide_amendment`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct DecideAmendmentArgs {
    /// The amendment.
    pub amendment_id: Id,
    /// The decision: accepted, rejected or withdrawn.
    pub status: AmendmentStatus,
}

/// The views of `amendments` to the paragraphs of `doc`.
pub(crate) fn views(doc: &OutcomeDocument, labels: &[ParagraphLabel], amendments: Vec<Amendment>) -> Vec<AmendmentView> {
    let texts: HashMap<&Id, &BilingualText> = doc.numbered().into_iter().map(|n| (&n.paragraph.id, &n.paragraph.text)).collect();
    let references: HashMap<&Id, &str> = labels.iter().map(|l| (&l.paragraph_id, l.reference.as_str())).collect();
    amendments
        .into_iter()
        .map(|amendment| {
            let conflicts = match (amendment.status, texts.get(&amendment.paragraph_id)) {
                (AmendmentStatus::Proposed, Some(text)) => amendment.conflicts(text),
                _ => Vec::new(),
            };
            AmendmentView {
                reference: references.get(&amendment.paragraph_id).map(|r| (*r).to_owned()).unwrap_or_default(),
                conflicts,
                diffs: amendment.changes.iter().map(|c| LangDiff { lang: c.lang, spans: c.diff() }).collect(),
                amendment,
            }
        })
        .collect()
}

fn view(db: &Db<'_>, document_id: &Id, amendment_id: &Id) -> Result<AmendmentView, StoreError> {
    let doc = db.outcome_document(document_id)?;
    let amendment = db.outcome_amendment(amendment_id)?;
    let mut list = views(&doc, &labels(&doc), vec![amendment]);
    list.pop().ok_or_else(|| DomainError::not_found("amendment", amendment_id.as_str()).into())
}

/// The changes a proposal makes: a blank proposal is a language not amended, and a language
/// proposed as it already reads is left out when the other one changes.
fn changes(text: &BilingualText, proposed: [(Lang, Option<&str>); 2]) -> Vec<Change> {
    let all: Vec<Change> = proposed
        .into_iter()
        .filter_map(|(lang, value)| value.map(str::trim).filter(|v| !v.is_empty()).map(|v| (lang, v)))
        .map(|(lang, value)| Change { lang, original: text.get(lang).to_owned(), proposed: value.to_owned() })
        .collect();
    let changed: Vec<Change> = all.iter().filter(|c| c.proposed != c.original.trim()).cloned().collect();
    if changed.is_empty() { all } else { changed }
}

impl Api {
    /// Proposes an amendment to a paragraph on behalf of a delegation of the meeting, in one
    /// or both languages; the paragraph's text as it is now is kept as the original, so that
    /// a later change of the paragraph shows the amendment as conflicting.
    pub fn propose_amendment(&self, args: ProposeAmendmentArgs) -> ApiResult<AmendmentView> {
        let id = self.new_id();
        self.write(|db| {
            let document = editable(db, OutcomeRow::Paragraph, &args.paragraph_id)?;
            let (_, paragraph) = db.outcome_paragraph(&args.paragraph_id)?;
            if paragraph.generated.is_some() {
                return Err(DomainError::invalid("paragraph", "meeting_facts").into());
            }
            let changes = changes(&paragraph.text, [(Lang::En, args.proposed_en.as_deref()), (Lang::Fr, args.proposed_fr.as_deref())]);
            check_changes(&changes)?;
            let rationale = limits::optional("rationale", Some(&args.rationale), limits::DESCRIPTION)?.unwrap_or_default();
            db.insert_outcome_amendment(&Amendment {
                id: id.clone(),
                paragraph_id: args.paragraph_id.clone(),
                delegation_id: args.delegation_id.clone(),
                delegation: Default::default(),
                changes,
                rationale,
                status: AmendmentStatus::Proposed,
                proposed_at: String::new(),
                decided_at: None,
            })?;
            view(db, &document.document_id, &id)
        })
    }

    /// Accepts, rejects or withdraws a proposed amendment. Accepting merges it into the
    /// paragraph in the same transaction (amended in one language, the other becomes stale);
    /// one whose paragraph changed since it was proposed is refused (`conflict`) and nothing
    /// changes.
    pub fn decide_amendment(&self, args: DecideAmendmentArgs) -> ApiResult<AmendmentView> {
        self.write(|db| {
            let document = editable(db, OutcomeRow::Amendment, &args.amendment_id)?;
            let amendment = db.outcome_amendment(&args.amendment_id)?;
            amendment.check_decision(args.status)?;
            if args.status == AmendmentStatus::Accepted {
                let (_, mut paragraph) = db.outcome_paragraph(&amendment.paragraph_id)?;
                let mut text = paragraph.text.clone();
                amendment.merge_into(&mut text)?;
                write_text(db, &mut paragraph, text)?;
            }
            db.decide_outcome_amendment(&args.amendment_id, args.status)?;
            view(db, &document.document_id, &args.amendment_id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_core::TranslationState;

    #[test]
    fn a_language_proposed_unchanged_beside_a_changed_one_is_left_out() {
        let text = BilingualText::pair("We condemn.", "Nous condamnons.", TranslationState::Translated);
        let both = changes(&text, [(Lang::En, Some("We strongly condemn.")), (Lang::Fr, Some("Nous condamnons."))]);
        assert_eq!(both.iter().map(|c| c.lang).collect::<Vec<_>>(), [Lang::En], "French was sent as it reads");
        let blank = changes(&text, [(Lang::En, Some("  ")), (Lang::Fr, Some("Nous condamnons fermement."))]);
        assert_eq!(blank.iter().map(|c| c.lang).collect::<Vec<_>>(), [Lang::Fr], "a blank side is not amended");
        let same = changes(&text, [(Lang::En, Some("We condemn.")), (Lang::Fr, None)]);
        assert_eq!(same.len(), 1, "kept, so that the check says it changes nothing");
        assert_eq!(check_changes(&same).expect_err("unchanged").code, plenary_core::ErrorCode::Unchanged);
    }
}

//! Two revisions of a document compared paragraph by paragraph, in both languages.
//!
//! Paragraphs are matched by id, not by position, so that a paragraph moved elsewhere shows
//! as moved (with its old and new numbers) rather than as one deleted and one added.

use super::{Label, OutcomeDocument, Paragraph, ParagraphState};
use crate::diff::{DiffSpan, has_changes, word_diff};
use crate::{Id, Lang};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What happened to a paragraph between two revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphChange {
    /// Only in the newer revision.
    Added,
    /// Only in the older revision.
    Removed,
    /// In both, with a different text or state.
    Changed,
    /// In both, the same.
    Unchanged,
}

/// One paragraph of the comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ParagraphComparison {
    /// The paragraph.
    pub paragraph_id: Id,
    /// What happened to it.
    pub change: ParagraphChange,
    /// Its number in the older revision.
    pub old_label: Option<Label>,
    /// Its number in the newer revision.
    pub new_label: Option<Label>,
    /// Whether it changed place relative to the paragraphs both revisions share (a number
    /// shifted only by an insertion above is not a move).
    pub moved: bool,
    /// Its state in the older revision.
    pub old_state: Option<ParagraphState>,
    /// Its state in the newer revision.
    pub new_state: Option<ParagraphState>,
    /// The English text, as a word diff from old to new.
    pub en: Vec<DiffSpan>,
    /// The French text, as a word diff from old to new.
    pub fr: Vec<DiffSpan>,
}

/// Two revisions compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Comparison {
    /// The title in English, as a word diff.
    pub title_en: Vec<DiffSpan>,
    /// The title in French, as a word diff.
    pub title_fr: Vec<DiffSpan>,
    /// Every paragraph of either revision, in the newer revision's order, each removed one
    /// after the paragraph that preceded it in the older revision.
    pub paragraphs: Vec<ParagraphComparison>,
}

impl Comparison {
    /// How many paragraphs were added, removed and changed.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |c| self.paragraphs.iter().filter(|p| p.change == c).count();
        (count(ParagraphChange::Added), count(ParagraphChange::Removed), count(ParagraphChange::Changed))
    }
}

/// Compares `old` with `new`.
pub fn compare(old: &OutcomeDocument, new: &OutcomeDocument) -> Comparison {
    let old_numbered = old.numbered();
    let new_numbered = new.numbered();
    let old_by_id: HashMap<&Id, (usize, Label, &Paragraph)> =
        old_numbered.iter().enumerate().map(|(i, n)| (&n.paragraph.id, (i, n.label(), n.paragraph))).collect();
    let new_ids: HashMap<&Id, usize> = new_numbered.iter().enumerate().map(|(i, n)| (&n.paragraph.id, i)).collect();
    let moved = moved_ids(&old_numbered.iter().map(|n| &n.paragraph.id).collect::<Vec<_>>(), &new_numbered.iter().map(|n| &n.paragraph.id).collect::<Vec<_>>());

    let mut paragraphs = Vec::new();
    // Removed paragraphs go after the old paragraph they followed; collect them by that anchor.
    let mut removed_after: HashMap<Option<&Id>, Vec<ParagraphComparison>> = HashMap::new();
    let mut previous: Option<&Id> = None;
    for n in &old_numbered {
        if !new_ids.contains_key(&n.paragraph.id) {
            removed_after.entry(previous).or_default().push(one(Some((n.label(), n.paragraph)), None, false));
        } else {
            previous = Some(&n.paragraph.id);
        }
    }
    paragraphs.extend(removed_after.remove(&None).unwrap_or_default());
    for n in &new_numbered {
        let id = &n.paragraph.id;
        let before = old_by_id.get(id).map(|(_, label, p)| (label.clone(), *p));
        paragraphs.push(one(before, Some((n.label(), n.paragraph)), moved.contains(&id)));
        paragraphs.extend(removed_after.remove(&Some(id)).unwrap_or_default());
    }
    Comparison {
        title_en: word_diff(old.title.get(Lang::En), new.title.get(Lang::En)),
        title_fr: word_diff(old.title.get(Lang::Fr), new.title.get(Lang::Fr)),
        paragraphs,
    }
}

fn one(old: Option<(Label, &Paragraph)>, new: Option<(Label, &Paragraph)>, moved: bool) -> ParagraphComparison {
    let text = |p: Option<&(Label, &Paragraph)>, lang: Lang| p.map(|(_, p)| p.text.get(lang).to_owned()).unwrap_or_default();
    let en = word_diff(&text(old.as_ref(), Lang::En), &text(new.as_ref(), Lang::En));
    let fr = word_diff(&text(old.as_ref(), Lang::Fr), &text(new.as_ref(), Lang::Fr));
    let old_state = old.as_ref().map(|(_, p)| p.state);
    let new_state = new.as_ref().map(|(_, p)| p.state);
    let change = match (&old, &new) {
        (None, _) => ParagraphChange::Added,
        (_, None) => ParagraphChange::Removed,
        _ if has_changes(&en) || has_changes(&fr) || old_state != new_state => ParagraphChange::Changed,
        _ => ParagraphChange::Unchanged,
    };
    let paragraph_id = new.as_ref().or(old.as_ref()).map(|(_, p)| p.id.clone()).unwrap_or_default();
    ParagraphComparison {
        paragraph_id,
        change,
        old_label: old.map(|(l, _)| l),
        new_label: new.map(|(l, _)| l),
        moved,
        old_state,
        new_state,
        en,
        fr,
    }
}

/// The paragraphs present in both revisions that are not part of the longest run kept in
/// the same relative order: those are the ones that moved.
fn moved_ids<'a>(old: &[&'a Id], new: &[&'a Id]) -> Vec<&'a Id> {
    let in_new: std::collections::HashSet<&Id> = new.iter().copied().collect();
    let in_old: std::collections::HashSet<&Id> = old.iter().copied().collect();
    let old_common: Vec<&Id> = old.iter().copied().filter(|id| in_new.contains(id)).collect();
    let new_common: Vec<&Id> = new.iter().copied().filter(|id| in_old.contains(id)).collect();
    let kept: std::collections::HashSet<&Id> = similar::capture_diff_slices(similar::Algorithm::Patience, &old_common, &new_common)
        .iter()
        .filter_map(|op| match op {
            similar::DiffOp::Equal { old_index, len, .. } => Some(old_common[*old_index..old_index + len].to_vec()),
            _ => None,
        })
        .flatten()
        .collect();
    new_common.into_iter().filter(|id| !kept.contains(id)).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{document, paragraph};
    use super::*;
    use crate::diff::wdiff;

    #[test]
    fn changed_added_removed_and_unchanged_paragraphs_are_told_apart() {
        let old = document(vec![], vec![vec![paragraph("a", "We condemn trafficking.", "Nous condamnons la traite."), paragraph("b", "Gone.", "Parti."), paragraph("c", "Same.", "Pareil.")]]);
        let new = document(vec![], vec![vec![paragraph("a", "We strongly condemn trafficking.", "Nous condamnons la traite."), paragraph("c", "Same.", "Pareil."), paragraph("d", "New.", "Nouveau.")]]);
        let cmp = compare(&old, &new);
        let kinds: Vec<(&str, ParagraphChange)> = cmp.paragraphs.iter().map(|p| (p.paragraph_id.as_str(), p.change)).collect();
        assert_eq!(
            kinds,
            [("a", ParagraphChange::Changed), ("b", ParagraphChange::Removed), ("c", ParagraphChange::Unchanged), ("d", ParagraphChange::Added)],
            "a removed paragraph shows where it was"
        );
        assert_eq!(wdiff(&cmp.paragraphs[0].en), "We {+strongly +}condemn trafficking.");
        assert_eq!(wdiff(&cmp.paragraphs[1].fr), "[-Parti.-]");
        assert_eq!(cmp.counts(), (1, 1, 1));
        let c = &cmp.paragraphs[2];
        assert_eq!((c.old_label.as_ref().map(|l| l.number), c.new_label.as_ref().map(|l| l.number)), (Some(3), Some(2)), "renumbered, not moved");
        assert!(!c.moved, "a number shifted by a removal above is not a move");
    }

    #[test]
    fn a_paragraph_moved_to_another_section_is_a_move_not_a_new_paragraph() {
        let old = document(vec![], vec![vec![paragraph("a", "A", "A"), paragraph("b", "B", "B")], vec![paragraph("c", "C", "C")]]);
        let new = document(vec![], vec![vec![paragraph("b", "B", "B")], vec![paragraph("c", "C", "C"), paragraph("a", "A", "A")]]);
        let cmp = compare(&old, &new);
        let a = cmp.paragraphs.iter().find(|p| p.paragraph_id.as_str() == "a").expect("a is compared");
        assert_eq!(a.change, ParagraphChange::Unchanged);
        assert!(a.moved);
        assert!(!cmp.paragraphs.iter().find(|p| p.paragraph_id.as_str() == "b").is_some_and(|p| p.moved));
    }

    #[test]
    fn a_change_of_state_is_a_change() {
        let old = document(vec![paragraph("a", "A", "A")], vec![]);
        let mut new = old.clone();
        new.preamble[0].state = ParagraphState::Agreed;
        assert_eq!(compare(&old, &new).paragraphs[0].change, ParagraphChange::Changed);
        assert_eq!(compare(&old, &old).counts(), (0, 0, 0));
    }
}

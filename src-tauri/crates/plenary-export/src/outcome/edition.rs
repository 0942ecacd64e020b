//! The outcome document in one language, worded and typeset once for every format: the
//! front matter, the paragraphs with their numbers, their text cut at [brackets], the facts
//! they place and the amendments proposed to them. Two editions of one document have the
//! same shape, paragraph for paragraph, which is what lets a side-by-side layout put each
//! English paragraph beside its French one.

use super::words;
use crate::render::{self, Printed};
use chrono::NaiveDate;
use plenary_core::diff::SpanKind;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus, Change};
use plenary_core::outcome::facts::{Fact, FactKind};
use plenary_core::outcome::{Label, Numbered, OutcomeDocument, ParagraphKind, brackets};
use plenary_core::typography::typeset;
use plenary_core::{Id, Lang};
use std::collections::HashMap;

/// The document in one language.
pub(crate) struct Edition {
    /// The language.
    pub lang: Lang,
    /// What comes before the first paragraph.
    pub front: Front,
    /// The preambular paragraphs.
    pub preamble: Vec<Para>,
    /// The operative sections.
    pub sections: Vec<Part>,
}

/// The front matter.
pub(crate) struct Front {
    /// "Outcome document" / "Document final".
    pub kind: &'static str,
    /// The title.
    pub title: Printed,
    /// The meeting, its dates and place, its co-chairs.
    pub meeting: Vec<Printed>,
    /// "Draft · Rev.1 — 5 November 2025".
    pub status: String,
}

/// An operative section.
pub(crate) struct Part {
    /// Its heading, `None` for an untitled section.
    pub heading: Option<Printed>,
    /// Its paragraphs.
    pub paragraphs: Vec<Para>,
}

/// A paragraph as printed.
pub(crate) struct Para {
    /// Its number.
    pub label: Label,
    /// The language its text is printed in, when it is not the edition's (a missing
    /// translation).
    pub fallback: Option<Lang>,
    /// Its text, typeset, cut into agreed and bracketed runs.
    pub pieces: Vec<Piece>,
    /// The facts it places, consecutive figures grouped into one list.
    pub facts: Vec<FactGroup>,
    /// The pending amendments to it in this language, in the order given.
    pub proposals: Vec<Proposal>,
}

impl Para {
    /// Whether it is operative.
    pub fn is_operative(&self) -> bool {
        self.label.kind == ParagraphKind::Operative
    }

    /// The proposal shown as changes in the text itself, if any (see [`Proposal::in_place`]).
    pub fn in_place(&self) -> Option<&Proposal> {
        self.proposals.iter().find(|p| p.in_place)
    }
}

/// A run of text, inside [brackets] or not. Joined, the pieces give back the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    /// The text, brackets included.
    pub text: String,
    /// Whether it is a contested passage.
    pub bracketed: bool,
}

/// Placed facts: a list of figures, or one quote.
pub(crate) enum FactGroup {
    /// Consecutive figures, printed as one list.
    Figures(Vec<PlacedFact>),
    /// A quote, printed as a block quote with its attribution.
    Quote(PlacedFact),
}

/// A fact as printed.
pub(crate) struct PlacedFact {
    /// The figure's statement or the words quoted.
    pub text: Printed,
    /// "Mixed Migration Centre (MMC)"; "HE Cyrille Baumgartner, Ambassador…".
    pub attribution: String,
}

/// A pending amendment as printed in one language.
pub(crate) struct Proposal {
    /// The delegation, in this language (or the other one when it has no name in this one).
    pub by: String,
    /// When it was proposed, when the stamp can be read.
    pub at: Option<chrono::DateTime<chrono::Utc>>,
    /// "Amendment — France, 5 November 2025".
    pub label: String,
    /// Whether the paragraph's printed text is the text the amendment was proposed on, so
    /// that its changes can be shown in that text; only the first such amendment of a
    /// paragraph is, the others are shown after it, each on its own original.
    pub in_place: bool,
    /// The proposal as a word diff of its original, cut at brackets.
    pub edits: Vec<Edit>,
}

/// A run of an amendment's diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    /// Kept, inserted or deleted.
    pub kind: SpanKind,
    /// The text.
    pub text: String,
    /// Whether it is inside brackets (in the original for kept and deleted text, in the
    /// proposal for inserted text).
    pub bracketed: bool,
}

/// The editions of `doc` in `langs`, in that order.
pub(crate) fn editions(doc: &OutcomeDocument, pending: &[Amendment], langs: &[Lang]) -> Vec<Edition> {
    let mut by_paragraph: HashMap<&Id, Vec<&Amendment>> = HashMap::new();
    for amendment in pending.iter().filter(|a| a.status == AmendmentStatus::Proposed) {
        by_paragraph.entry(&amendment.paragraph_id).or_default().push(amendment);
    }
    langs.iter().map(|&lang| Edition::new(doc, &by_paragraph, lang)).collect()
}

/// The edition of `doc` in `lang`, without amendments.
pub(crate) fn edition(doc: &OutcomeDocument, lang: Lang) -> Edition {
    Edition::new(doc, &HashMap::new(), lang)
}

impl Edition {
    fn new(doc: &OutcomeDocument, pending: &HashMap<&Id, Vec<&Amendment>>, lang: Lang) -> Self {
        let numbered = doc.numbered();
        let para = |n: &Numbered<'_>| Para::new(doc, n, pending.get(&n.paragraph.id).map_or(&[][..], Vec::as_slice), lang);
        let (preamble, mut operative) = numbered.split_at(doc.preamble.len().min(numbered.len()));
        let mut sections = Vec::with_capacity(doc.sections.len());
        for section in &doc.sections {
            let (these, rest) = operative.split_at(section.paragraphs.len().min(operative.len()));
            operative = rest;
            let heading = (!section.heading.is_empty()).then(|| render::printed(&section.heading, lang));
            sections.push(Part { heading, paragraphs: these.iter().map(para).collect() });
        }
        Edition {
            lang,
            front: Front {
                kind: words::kind(doc.kind, lang),
                title: render::printed(&doc.title, lang),
                meeting: words::meeting_lines(doc, lang),
                status: words::status_line(doc, lang),
            },
            preamble: preamble.iter().map(para).collect(),
            sections,
        }
    }
}

/// A step through editions read side by side: each holds the same item of every edition.
pub(crate) enum Row<'e> {
    /// A section starts, with its heading in each edition (none for an untitled section).
    Section(Vec<Option<&'e Printed>>),
    /// A paragraph, in each edition.
    Paragraph(Vec<&'e Para>),
}

/// The preamble's paragraphs, then each section's start and paragraphs, across `editions`
/// (editions of one document, which have the same shape); for one edition, its reading order.
pub(crate) fn rows(editions: &[Edition]) -> Vec<Row<'_>> {
    let Some(first) = editions.first() else { return Vec::new() };
    let across = |pick: &dyn Fn(&Edition) -> &[Para], i: usize| Row::Paragraph(editions.iter().map(|e| &pick(e)[i]).collect());
    let mut rows: Vec<Row<'_>> = (0..first.preamble.len()).map(|i| across(&|e| &e.preamble, i)).collect();
    for (s, part) in first.sections.iter().enumerate() {
        rows.push(Row::Section(editions.iter().map(|e| e.sections[s].heading.as_ref()).collect()));
        rows.extend((0..part.paragraphs.len()).map(|i| across(&|e| &e.sections[s].paragraphs, i)));
    }
    rows
}

impl Para {
    fn new(doc: &OutcomeDocument, n: &Numbered<'_>, pending: &[&Amendment], lang: Lang) -> Self {
        let printed = render::printed(&n.paragraph.text, lang);
        let mut in_place_taken = printed.fallback.is_some();
        let proposals = pending
            .iter()
            .filter_map(|amendment| {
                let change = amendment.changes.iter().find(|c| c.lang == lang)?;
                let conflicts = amendment.conflicts(&n.paragraph.text).contains(&lang);
                let in_place = !conflicts && !in_place_taken;
                in_place_taken |= in_place;
                Some(Proposal::new(amendment, change, conflicts, in_place))
            })
            .collect();
        Para {
            label: n.label(),
            fallback: printed.fallback,
            pieces: pieces(&printed.text),
            facts: fact_groups(n.paragraph.facts.iter().filter_map(|id| doc.fact(id)), lang),
            proposals,
        }
    }
}

impl Proposal {
    fn new(amendment: &Amendment, change: &Change, conflicts: bool, in_place: bool) -> Self {
        let lang = change.lang;
        let by = words::name(&amendment.delegation, lang).map(|p| p.text).unwrap_or_default();
        let at = words::proposed_at(&amendment.proposed_at);
        // Typeset before the diff, so that the kept text reads exactly as the paragraph does.
        let typeset_change = Change { lang, original: typeset(&change.original, lang), proposed: typeset(&change.proposed, lang) };
        Proposal {
            label: words::proposal_label(&by, at.map(|a| a.date_naive()), conflicts, lang),
            by,
            at,
            in_place,
            edits: edits(&typeset_change),
        }
    }

    /// The date Word records for a tracked change: when it was proposed, or `fallback`
    /// (the document's date) for a stamp that cannot be read.
    pub fn word_date(&self, fallback: Option<NaiveDate>) -> String {
        match (self.at, fallback) {
            (Some(at), _) => at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            (None, Some(day)) => format!("{}T00:00:00Z", day.format("%Y-%m-%d")),
            (None, None) => "1970-01-01T00:00:00Z".to_owned(),
        }
    }
}

/// `text` cut into agreed and bracketed runs.
pub(crate) fn pieces(text: &str) -> Vec<Piece> {
    brackets::segments(text).into_iter().map(|s| Piece { bracketed: s.depth > 0, text: s.text }).collect()
}

/// For each character of `text`, whether it is inside brackets.
fn bracketed_chars(text: &str) -> Vec<bool> {
    brackets::segments(text).iter().flat_map(|s| std::iter::repeat_n(s.depth > 0, s.text.chars().count())).collect()
}

/// The change as a word diff ([`Change::diff`]), each span cut where brackets open or close.
fn edits(change: &Change) -> Vec<Edit> {
    let (old, new) = (bracketed_chars(&change.original), bracketed_chars(&change.proposed));
    let (mut at_old, mut at_new) = (0, 0);
    let mut out = Vec::new();
    for span in change.diff() {
        let len = span.text.chars().count();
        let flags = match span.kind {
            SpanKind::Insert => new.get(at_new..at_new + len),
            SpanKind::Equal | SpanKind::Delete => old.get(at_old..at_old + len),
        }
        .unwrap_or(&[]);
        match span.kind {
            SpanKind::Equal => (at_old, at_new) = (at_old + len, at_new + len),
            SpanKind::Delete => at_old += len,
            SpanKind::Insert => at_new += len,
        }
        let mut current: Option<Edit> = None;
        for (i, c) in span.text.chars().enumerate() {
            let bracketed = flags.get(i).copied().unwrap_or(false);
            match &mut current {
                Some(edit) if edit.bracketed == bracketed => edit.text.push(c),
                _ => {
                    out.extend(current.take());
                    current = Some(Edit { kind: span.kind, text: c.to_string(), bracketed });
                }
            }
        }
        out.extend(current);
    }
    out
}

/// The facts as printed in `lang`, consecutive figures in one list.
fn fact_groups<'f>(facts: impl Iterator<Item = &'f Fact>, lang: Lang) -> Vec<FactGroup> {
    let mut groups: Vec<FactGroup> = Vec::new();
    for fact in facts {
        let placed = PlacedFact { text: render::printed(&fact.text, lang), attribution: fact.attribution(lang) };
        match (fact.kind, groups.last_mut()) {
            (FactKind::Figure, Some(FactGroup::Figures(list))) => list.push(placed),
            (FactKind::Figure, _) => groups.push(FactGroup::Figures(vec![placed])),
            (FactKind::Quote, _) => groups.push(FactGroup::Quote(placed)),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(edits: &[Edit]) -> String {
        edits
            .iter()
            .map(|e| {
                let t = if e.bracketed { format!("<{}>", e.text) } else { e.text.clone() };
                match e.kind {
                    SpanKind::Equal => t,
                    SpanKind::Delete => format!("-({t})"),
                    SpanKind::Insert => format!("+({t})"),
                }
            })
            .collect()
    }

    #[test]
    fn diffs_are_cut_where_brackets_open_and_close() {
        let change = Change { lang: Lang::En, original: "We [strongly] condemn it".into(), proposed: "We [firmly] condemn it".into() };
        assert_eq!(show(&edits(&change)), "We <[>-(<strongly>)+(<firmly>)<]> condemn it");
        let change = Change { lang: Lang::En, original: "We condemn it".into(), proposed: "We condemn [all of] it".into() };
        assert_eq!(show(&edits(&change)), "We condemn +(<[all of]>)+( )it", "inserted brackets are marked as the proposal has them");
    }

    #[test]
    fn pieces_rebuild_the_text() {
        let p = pieces("a [b [c] d] e");
        assert_eq!(p.iter().map(|p| p.text.as_str()).collect::<String>(), "a [b [c] d] e");
        assert_eq!(p.iter().filter(|p| p.bracketed).count(), 3);
    }
}

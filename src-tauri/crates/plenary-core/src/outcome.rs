//! Outcome documents: what a meeting agrees, drafted in English and French.
//!
//! A document has a preamble (preambular paragraphs) and sections (e.g. one per pillar, then
//! "Looking ahead") holding operative paragraphs. Numbers are never stored: they follow from
//! the order of the paragraphs, so that moving or deleting a paragraph renumbers the rest and
//! two exports of the same revision always number alike. The same value, serialised, is the
//! snapshot of a named revision, and what every export reads.

pub mod amendment;
pub mod brackets;
pub mod compare;
pub mod facts;

use crate::agenda::{Gap, GapKind, NamePair};
use crate::{BilingualText, DomainError, ErrorCode, Id, Lang};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The version of the snapshot format, written into every stored revision.
pub const OUTCOME_FORMAT: &str = "plenary-outcome/1";

/// The most characters a paragraph side may hold: a long paragraph of a negotiated text is a
/// few thousand; the limit only stops a pasted book.
pub const PARAGRAPH: usize = 50_000;

crate::string_enum! {
    /// What a document is for.
    pub enum DocumentKind ("kind") {
        /// The negotiated outcome of the meeting.
        OutcomeDocument = "outcome_document",
        /// The rapporteurs' summary of the discussions.
        SummaryReport = "summary_report",
        /// A press release.
        PressRelease = "press_release",
    }
}

crate::string_enum! {
    /// Where a document stands; `adopted` is final and locks the text.
    pub enum DocumentStatus ("status") {
        /// Being written.
        Draft = "draft",
        /// Circulated to delegations for comments and amendments.
        UnderReview = "under_review",
        /// Agreed ad referendum, waiting for adoption.
        Agreed = "agreed",
        /// Adopted by the meeting: no more changes.
        Adopted = "adopted",
    }
}

crate::string_enum! {
    /// Where a paragraph stands in the negotiation.
    pub enum ParagraphState ("paragraph_state") {
        /// Written, not yet discussed.
        Draft = "draft",
        /// Contested: some passages are in [brackets].
        Bracketed = "bracketed",
        /// Agreed by all.
        Agreed = "agreed",
    }
}

/// Whether a paragraph belongs to the preamble or to an operative section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Recalls and considerations, before the operative part.
    Preambular,
    /// What the meeting decides, recommends or commits to.
    Operative,
}

impl DocumentStatus {
    /// Whether the text can still change.
    pub fn is_locked(self) -> bool {
        self == DocumentStatus::Adopted
    }

    /// Refuses any change to a locked document, saying why.
    pub fn check_editable(self) -> Result<(), DomainError> {
        if self.is_locked() {
            return Err(DomainError::new(ErrorCode::Locked).field("document").detail(self.as_str()));
        }
        Ok(())
    }

    /// Checks a change of status. A document moves freely between draft, under review and
    /// agreed; it can be adopted only once agreed, and adoption cannot be undone.
    pub fn check_transition(self, to: DocumentStatus) -> Result<(), DomainError> {
        self.check_editable()?;
        if to == DocumentStatus::Adopted && self != DocumentStatus::Agreed {
            return Err(DomainError::invalid("status", to.as_str()).detail(format!("{} → {}", self.as_str(), to.as_str())));
        }
        Ok(())
    }
}

/// An outcome document with everything it prints, as it is now or as a revision froze it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OutcomeDocument {
    /// The document's id.
    pub id: Id,
    /// The meeting it belongs to.
    pub meeting_id: Id,
    /// What it is for.
    pub kind: DocumentKind,
    /// Where it stands.
    pub status: DocumentStatus,
    /// Its title.
    pub title: BilingualText,
    /// The meeting's titles, dates and place as the document's front page shows them.
    pub meeting: MeetingLine,
    /// Preambular paragraphs, in order.
    pub preamble: Vec<Paragraph>,
    /// Operative sections, in order.
    pub sections: Vec<Section>,
    /// Key figures and quotes that paragraphs place.
    pub facts: Vec<facts::Fact>,
    /// The named revision this is, or `None` for the document as it is now.
    pub revision: Option<RevisionInfo>,
}

/// What identifies a named revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RevisionInfo {
    /// The number, from 1, in the order revisions were made.
    pub number: i32,
    /// The name the rapporteur gave it ("Rev.1", "Final draft").
    pub name: String,
    /// The day it was made, in the venue's zone.
    pub saved_on: NaiveDate,
}

/// What an outcome document says of its meeting in its front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingLine {
    /// The meeting's title.
    pub title: NamePair,
    /// Dates and place, as printed ("Lagos, 4–5 November 2025").
    pub dates_and_place: NamePair,
    /// The co-chairs ("Nigeria and France").
    pub co_chairs: NamePair,
}

/// An operative section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Section {
    /// The section's id.
    pub id: Id,
    /// Its heading; may be empty for an untitled section.
    pub heading: BilingualText,
    /// The pillar it covers, if any.
    pub pillar_id: Option<Id>,
    /// Its paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A numbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Paragraph {
    /// The paragraph's id: stable across edits, moves and revisions.
    pub id: Id,
    /// Its state in the negotiation.
    pub state: ParagraphState,
    /// Its text; contested passages are in [brackets].
    pub text: BilingualText,
    /// The sessions it comes from (e.g. turned from a rapporteur's note).
    pub sessions: Vec<Id>,
    /// The facts it places after its text, in order.
    pub facts: Vec<Id>,
    /// What generates its text from the meeting's data, if anything.
    pub generated: Option<facts::Generated>,
}

/// A paragraph's number as printed and as the drafting screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Label {
    /// The paragraph's kind.
    pub kind: ParagraphKind,
    /// Its place among the paragraphs of its kind, from 1.
    pub number: u32,
}

impl Label {
    /// The reference delegations use in negotiation: "PP2" for the second preambular
    /// paragraph, "OP5" for the fifth operative one.
    pub fn reference(&self) -> String {
        match self.kind {
            ParagraphKind::Preambular => format!("PP{}", self.number),
            ParagraphKind::Operative => format!("OP{}", self.number),
        }
    }

    /// The number printed before the paragraph: operative paragraphs only ("5."), as in UN
    /// outcome documents, whose preambular paragraphs are unnumbered.
    pub fn printed(&self) -> Option<String> {
        (self.kind == ParagraphKind::Operative).then(|| format!("{}.", self.number))
    }
}

/// A paragraph with its label, in reading order.
#[derive(Debug, Clone, Copy)]
pub struct Numbered<'a> {
    /// Its number.
    pub label: (ParagraphKind, u32),
    /// The section it is in (`None` in the preamble).
    pub section: Option<&'a Section>,
    /// The paragraph.
    pub paragraph: &'a Paragraph,
}

impl Numbered<'_> {
    /// The label as a value.
    pub fn label(&self) -> Label {
        Label { kind: self.label.0, number: self.label.1 }
    }
}

impl OutcomeDocument {
    /// Every paragraph in reading order with its number: preambular paragraphs 1…, then
    /// operative paragraphs numbered on through all sections (a section does not restart
    /// the count, so "paragraph 12" names one paragraph of the whole document).
    pub fn numbered(&self) -> Vec<Numbered<'_>> {
        let mut out = Vec::new();
        for (i, paragraph) in self.preamble.iter().enumerate() {
            out.push(Numbered { label: (ParagraphKind::Preambular, number(i)), section: None, paragraph });
        }
        let mut n = 0;
        for section in &self.sections {
            for paragraph in &section.paragraphs {
                n += 1;
                out.push(Numbered { label: (ParagraphKind::Operative, n), section: Some(section), paragraph });
            }
        }
        out
    }

    /// The paragraph `id` with its label.
    pub fn paragraph(&self, id: &Id) -> Option<Numbered<'_>> {
        self.numbered().into_iter().find(|p| &p.paragraph.id == id)
    }

    /// The fact `id`.
    pub fn fact(&self, id: &Id) -> Option<&facts::Fact> {
        self.facts.iter().find(|f| &f.id == id)
    }

    /// How many paragraphs it has.
    pub fn paragraph_count(&self) -> usize {
        self.preamble.len() + self.sections.iter().map(|s| s.paragraphs.len()).sum::<usize>()
    }
}

impl OutcomeDocument {
    /// Every text `langs` would print that is missing or stale, in reading order. The field
    /// says where: `title`, `heading:N` (section N), a paragraph's reference (`OP3`), or
    /// `fact:N` / `source:N` (fact N).
    pub fn gaps(&self, langs: &[Lang]) -> Vec<Gap> {
        let mut gaps = Vec::new();
        let mut check = |field: String, text: &BilingualText| {
            if text.is_empty() {
                return;
            }
            for &lang in langs {
                let kind = if text.get(lang).is_empty() {
                    GapKind::Missing
                } else if text.is_stale(lang) {
                    GapKind::Stale
                } else {
                    continue;
                };
                let start: String = text.get_or_other(lang).chars().take(60).collect();
                gaps.push(Gap { session_id: None, field: field.clone(), lang, kind, label: format!("{field} — {start}") });
            }
        };
        check("title".to_owned(), &self.title);
        for (i, section) in self.sections.iter().enumerate() {
            check(format!("heading:{}", i + 1), &section.heading);
        }
        for n in self.numbered() {
            check(n.label().reference(), &n.paragraph.text);
        }
        for (i, fact) in self.facts.iter().enumerate() {
            check(format!("fact:{}", i + 1), &fact.text);
            check(format!("source:{}", i + 1), &fact.source);
        }
        gaps
    }
}

fn number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

impl Paragraph {
    /// Checks a change of state: a paragraph with open brackets cannot be agreed, and one
    /// marked bracketed should have something in brackets.
    pub fn check_state(&self, to: ParagraphState) -> Result<(), DomainError> {
        let open = Lang::ALL.iter().any(|&lang| brackets::has_brackets(self.text.get(lang)));
        if to == ParagraphState::Agreed && open {
            return Err(DomainError::new(ErrorCode::Bracketed).field("paragraph_state"));
        }
        Ok(())
    }
}

impl Paragraph {
    /// The state the paragraph takes once its text has changed: a draft in which a passage
    /// is now in [brackets] becomes bracketed (it is contested); any other state stays, since
    /// only people agree a text or lift its brackets.
    pub fn state_after_edit(&self) -> ParagraphState {
        let open = Lang::ALL.iter().any(|&lang| brackets::has_brackets(self.text.get(lang)));
        if self.state == ParagraphState::Draft && open { ParagraphState::Bracketed } else { self.state }
    }
}

/// Checks one side of a paragraph's text against the paragraph limit.
pub fn check_paragraph_text(lang: Lang, text: &str) -> Result<(), DomainError> {
    crate::limits::within(lang.pick("text_en", "text_fr"), text, PARAGRAPH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TranslationState;

    pub(crate) fn paragraph(id: &str, en: &str, fr: &str) -> Paragraph {
        Paragraph {
            id: Id::from(id),
            state: ParagraphState::Draft,
            text: BilingualText::pair(en, fr, TranslationState::Draft),
            sessions: vec![],
            facts: vec![],
            generated: None,
        }
    }

    pub(crate) fn document(preamble: Vec<Paragraph>, sections: Vec<Vec<Paragraph>>) -> OutcomeDocument {
        OutcomeDocument {
            id: Id::from("doc"),
            meeting_id: Id::from("m"),
            kind: DocumentKind::OutcomeDocument,
            status: DocumentStatus::Draft,
            title: BilingualText::pair("Outcome document", "Document final", TranslationState::Draft),
            meeting: MeetingLine::default(),
            preamble,
            sections: sections
                .into_iter()
                .enumerate()
                .map(|(i, paragraphs)| Section { id: Id::new(format!("s{i}")), heading: BilingualText::default(), pillar_id: None, paragraphs })
                .collect(),
            facts: vec![],
            revision: None,
        }
    }

    #[test]
    fn gaps_name_the_paragraph_by_its_reference() {
        let mut doc = document(vec![], vec![vec![paragraph("a", "Text", "")]]);
        doc.sections[0].paragraphs[0].text.edit(Lang::En, "Text");
        let gaps = doc.gaps(&[Lang::En, Lang::Fr]);
        assert_eq!(gaps.len(), 1, "only the French side of OP1 is missing: {gaps:?}");
        assert_eq!((gaps[0].field.as_str(), gaps[0].lang, gaps[0].kind), ("OP1", Lang::Fr, GapKind::Missing));
    }

    #[test]
    fn operative_numbers_run_on_through_sections_and_preambular_ones_apart() {
        let doc = document(
            vec![paragraph("p1", "Recalling", "Rappelant"), paragraph("p2", "Noting", "Notant")],
            vec![vec![paragraph("o1", "a", "a"), paragraph("o2", "b", "b")], vec![paragraph("o3", "c", "c")]],
        );
        let refs: Vec<String> = doc.numbered().iter().map(|n| n.label().reference()).collect();
        assert_eq!(refs, ["PP1", "PP2", "OP1", "OP2", "OP3"], "a new section must not restart the operative count");
        let printed: Vec<Option<String>> = doc.numbered().iter().map(|n| n.label().printed()).collect();
        assert_eq!(printed, [None, None, Some("1.".into()), Some("2.".into()), Some("3.".into())]);
        assert_eq!(doc.paragraph(&Id::from("o3")).map(|n| n.label().reference()), Some("OP3".into()));
        assert_eq!(doc.paragraph_count(), 5);
    }

    #[test]
    fn numbers_follow_the_order_after_a_move() {
        let mut doc = document(vec![], vec![vec![paragraph("a", "a", "a"), paragraph("b", "b", "b")]]);
        doc.sections[0].paragraphs.swap(0, 1);
        assert_eq!(doc.paragraph(&Id::from("b")).map(|n| n.label().number), Some(1));
    }

    #[test]
    fn adoption_locks_and_needs_agreement_first() {
        assert!(DocumentStatus::Draft.check_transition(DocumentStatus::Adopted).is_err(), "a draft cannot be adopted directly");
        assert!(DocumentStatus::Agreed.check_transition(DocumentStatus::Adopted).is_ok());
        assert!(DocumentStatus::Agreed.check_transition(DocumentStatus::Draft).is_ok(), "an agreed text can be reopened before adoption");
        let locked = DocumentStatus::Adopted.check_transition(DocumentStatus::Draft).expect_err("must be refused");
        assert_eq!(locked.code, ErrorCode::Locked);
        assert_eq!(DocumentStatus::Adopted.check_editable().expect_err("must be refused").code, ErrorCode::Locked);
    }

    #[test]
    fn a_paragraph_with_brackets_cannot_be_agreed() {
        let p = paragraph("p", "We [strongly] condemn", "Nous condamnons");
        assert_eq!(p.check_state(ParagraphState::Agreed).expect_err("must be refused").code, ErrorCode::Bracketed);
        assert!(p.check_state(ParagraphState::Bracketed).is_ok());
        assert!(paragraph("q", "We condemn", "Nous condamnons").check_state(ParagraphState::Agreed).is_ok());
    }

    #[test]
    fn a_draft_given_brackets_becomes_bracketed_and_other_states_stay() {
        let mut p = paragraph("p", "We [strongly] condemn", "Nous condamnons");
        assert_eq!(p.state_after_edit(), ParagraphState::Bracketed);
        p.state = ParagraphState::Agreed;
        assert_eq!(p.state_after_edit(), ParagraphState::Agreed, "agreeing, or undoing it, is a person's decision");
        assert_eq!(paragraph("q", "We condemn", "").state_after_edit(), ParagraphState::Draft);
    }

    #[test]
    fn fifty_thousand_characters_fit_and_one_more_does_not() {
        assert!(check_paragraph_text(Lang::En, &"é".repeat(PARAGRAPH)).is_ok());
        assert_eq!(check_paragraph_text(Lang::Fr, &"a".repeat(PARAGRAPH + 1)).expect_err("must be refused").code, ErrorCode::TooLong);
    }
}

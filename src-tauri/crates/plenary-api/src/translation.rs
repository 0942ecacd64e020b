//! The translation workflow over the texts of a meeting: the worklist of what is missing,
//! stale or awaiting review, with the word diff of a changed source and the glossary's
//! warnings; a translator's writes and a reviewer's states; the glossary; XLIFF files for
//! translators working in their own tools.
//!
//! Everything here works on "the texts of a meeting" as the store lists them
//! (`Db::meeting_texts`), whatever they belong to, so that any text a meeting publishes
//! joins the same worklist, check and files.

mod glossary;
mod labels;
mod xliff;

pub use glossary::{GlossaryFinding, GlossaryTermInput};
pub use xliff::{ExportXliffArgs, ImportXliffArgs, OpenXliffArgs, RefusedUnit, SaveXliffArgs, XliffExport, XliffImport};

use crate::{Api, ApiResult};
use labels::Labels;
use plenary_core::diff::{DiffSpan, word_diff};
use plenary_core::glossary::{Glossary, GlossaryIssue};
use plenary_core::{BilingualText, DomainError, Id, Lang, TranslationState, limits};
use plenary_store::{Db, MeetingText, StoreError};
use serde::{Deserialize, Serialize};

plenary_core::string_enum! {
    /// Which texts the worklist shows, judged on the target language's side.
    pub enum WorklistFilter ("filter") {
        /// Every text with something written on either side.
        All = "all",
        /// The target side is empty while the other side is written.
        Missing = "missing",
        /// The target side was written before the other side last changed.
        Stale = "stale",
        /// The target side is up to date but only a draft or a translation, not yet reviewed.
        ToReview = "to_review",
    }
}

impl Default for WorklistFilter {
    /// The worklist opens on everything.
    fn default() -> Self {
        WorklistFilter::All
    }
}

/// Arguments of `translation_worklist`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct WorklistArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// Which texts to list (default: all).
    #[serde(default)]
    pub filter: WorklistFilter,
    /// The language being translated into; none for both directions (a text is listed when
    /// either side matches the filter).
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// One language side of a text in the worklist.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SideStatus {
    /// The text; empty when missing.
    pub text: String,
    /// Its state.
    pub state: TranslationState,
    /// Whether the other side changed since this side was written or confirmed.
    pub stale: bool,
    /// For a stale side: how the other side changed since, word by word, from the text this
    /// side was translated from to the text as it is now. None when not stale, or when the
    /// old text was not kept.
    pub source_diff: Option<Vec<DiffSpan>>,
}

/// A text of the meeting as a translator sees it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct WorklistItem {
    /// The text's id (`owner_id/field`).
    pub text_id: String,
    /// The kind of row it belongs to (`meeting`, `pillar`, `session`, `agenda_item`, `participant`).
    pub owner_kind: String,
    /// The row it belongs to.
    pub owner_id: Id,
    /// Which of the row's texts it is.
    pub field: String,
    /// What it is, in English ("Session title — Opening ceremony").
    pub label_en: String,
    /// What it is, in French (« Titre de la séance — Cérémonie d’ouverture »).
    pub label_fr: String,
    /// The English side.
    pub en: SideStatus,
    /// The French side.
    pub fr: SideStatus,
    /// The glossary's warnings on this text.
    pub issues: Vec<GlossaryIssue>,
}

/// How many language sides are in one state.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct StateCount {
    /// The state.
    pub state: TranslationState,
    /// How many sides are in it.
    pub count: u32,
}

/// The meeting's texts by state, for a progress bar: every side counted (of the target
/// language only when one is chosen), whatever the filter.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Progress {
    /// Sides per state, in the order of the states (missing → final).
    pub by_state: Vec<StateCount>,
    /// Sides that are stale (they also count in their state).
    pub stale: u32,
    /// All sides counted.
    pub total: u32,
}

/// The worklist: the texts that match the filter, and the progress of all of them.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Worklist {
    /// The texts, in reading order of the meeting.
    pub items: Vec<WorklistItem>,
    /// The progress of every text of the meeting.
    pub progress: Progress,
}

/// Arguments of `translate_text`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct TranslateTextArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The text (`owner_id/field`).
    pub text_id: String,
    /// The side written.
    pub lang: Lang,
    /// The translation.
    pub value: String,
}

/// Arguments of `set_text_state`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SetTextStateArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The text (`owner_id/field`).
    pub text_id: String,
    /// The side.
    pub lang: Lang,
    /// Its new state: `draft` (back to the translator), `translated`, `reviewed` or `final`.
    pub state: TranslationState,
}

/// Whether the side in `lang` matches `filter`.
fn side_matches(text: &BilingualText, lang: Lang, filter: WorklistFilter) -> bool {
    let own = text.side(lang);
    let other_written = !text.get(lang.other()).is_empty();
    match filter {
        WorklistFilter::All => true,
        WorklistFilter::Missing => own.text.is_empty() && other_written,
        WorklistFilter::Stale => text.is_stale(lang),
        WorklistFilter::ToReview => {
            !own.text.is_empty() && !text.is_stale(lang) && matches!(own.state, TranslationState::Draft | TranslationState::Translated)
        }
    }
}

fn side_status(text: &BilingualText, lang: Lang) -> SideStatus {
    let side = text.side(lang);
    let stale = text.is_stale(lang);
    let source_diff = match (&side.source_text, stale) {
        (Some(old), true) => Some(word_diff(old, text.get(lang.other()))),
        _ => None,
    };
    SideStatus { text: side.text.clone(), state: side.state, stale, source_diff }
}

/// The characters a side of `text` may hold: a paragraph of an outcome document is long, a
/// description or a fact's statement medium, a title or a name short.
fn limit(text: &MeetingText) -> usize {
    match (text.owner_kind.as_str(), text.field.as_str()) {
        ("outcome_paragraph", _) => plenary_core::outcome::PARAGRAPH,
        ("outcome_fact", "text") | (_, "description" | "note") => limits::DESCRIPTION,
        _ => limits::TITLE,
    }
}

/// Refuses (`locked`) a change to a text of an adopted outcome document.
fn check_unlocked(db: &Db<'_>, meeting_id: &Id, text: &MeetingText) -> Result<(), StoreError> {
    if crate::outcome::locked_owners(db, meeting_id)?.contains(&text.owner_id) {
        return Err(DomainError::new(plenary_core::ErrorCode::Locked).field("document").into());
    }
    Ok(())
}

/// The field name of the side in `lang`, as errors name it.
fn side_field(lang: Lang) -> &'static str {
    lang.pick("text_en", "text_fr")
}

pub(crate) fn item(text: &MeetingText, labels: &Labels, glossary: &Glossary<'_>) -> WorklistItem {
    WorklistItem {
        text_id: text.id.clone(),
        owner_kind: text.owner_kind.clone(),
        owner_id: text.owner_id.clone(),
        field: text.field.clone(),
        label_en: labels.label(text, Lang::En),
        label_fr: labels.label(text, Lang::Fr),
        en: side_status(&text.text, Lang::En),
        fr: side_status(&text.text, Lang::Fr),
        issues: glossary.check(&text.text),
    }
}

/// The texts of a meeting that have something written, in reading order, with their labels.
pub(crate) fn written_texts(db: &Db<'_>, meeting_id: &Id) -> Result<(Vec<MeetingText>, Labels), StoreError> {
    let labels = Labels::read(db, meeting_id)?;
    let mut texts: Vec<MeetingText> = db.meeting_texts(meeting_id)?.into_iter().filter(|t| !t.text.is_empty()).collect();
    labels.sort(&mut texts);
    Ok((texts, labels))
}

/// The text `text_id` of `meeting_id`, or a not-found error naming it.
pub(crate) fn find_text(db: &Db<'_>, meeting_id: &Id, text_id: &str) -> Result<MeetingText, StoreError> {
    db.meeting(meeting_id)?;
    db.meeting_text(meeting_id, text_id)?.ok_or_else(|| DomainError::not_found("text", text_id).into())
}

fn progress(texts: &[MeetingText], langs: &[Lang]) -> Progress {
    let mut by_state: Vec<StateCount> = TranslationState::ALL.iter().map(|s| StateCount { state: *s, count: 0 }).collect();
    let (mut stale, mut total) = (0, 0);
    for t in texts {
        for lang in langs {
            let state = t.text.side(*lang).state;
            if let Some(c) = by_state.iter_mut().find(|c| c.state == state) {
                c.count += 1;
            }
            stale += u32::from(t.text.is_stale(*lang));
            total += 1;
        }
    }
    Progress { by_state, stale, total }
}

impl Api {
    /// The translation worklist of a meeting: its texts that match `filter` on the side of
    /// `lang` (or of either language), each with both sides and their states, the word diff
    /// of what changed in the source of a stale side, and the glossary's warnings; and the
    /// progress of all the meeting's texts by state.
    pub fn translation_worklist(&self, args: WorklistArgs) -> ApiResult<Worklist> {
        self.read(|db| {
            let (texts, labels) = written_texts(db, &args.meeting_id)?;
            let terms = db.glossary(&args.meeting_id)?;
            let glossary = Glossary::new(&terms);
            let langs: Vec<Lang> = args.lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
            let items = texts
                .iter()
                .filter(|t| langs.iter().any(|l| side_matches(&t.text, *l, args.filter)))
                .map(|t| item(t, &labels, &glossary))
                .collect();
            Ok(Worklist { items, progress: progress(&texts, &langs) })
        })
    }

    /// A translator writes the side in `lang` of a text from its other side: the side takes
    /// the state `translated` and is aligned with the other side as it is now, which is no
    /// longer stale either. Refused: an empty translation, a text with nothing to translate
    /// from, a translation over the text's length limit.
    pub fn translate_text(&self, args: TranslateTextArgs) -> ApiResult<WorklistItem> {
        self.write(|db| {
            let mut text = find_text(db, &args.meeting_id, &args.text_id)?;
            check_unlocked(db, &args.meeting_id, &text)?;
            let value = args.value.trim();
            if value.is_empty() {
                return Err(DomainError::required(side_field(args.lang)).into());
            }
            if text.text.get(args.lang.other()).is_empty() {
                return Err(DomainError::required(side_field(args.lang.other())).into());
            }
            limits::within(side_field(args.lang), value, limit(&text))?;
            text.text.translate(args.lang, value);
            // Also when the value is the translation already there: saving it confirms it.
            text.text.set_state(args.lang, TranslationState::Translated)?;
            db.save_meeting_text(&text)?;
            fresh_item(db, &args.meeting_id, &text)
        })
    }

    /// Sets the state of one side of a text: `reviewed` or `final` once checked (which also
    /// confirms a stale side against the other side as it is now), `draft` to send it back.
    /// Refused: `missing` (empty the text instead), or any state on an empty side.
    pub fn set_text_state(&self, args: SetTextStateArgs) -> ApiResult<WorklistItem> {
        self.write(|db| {
            let mut text = find_text(db, &args.meeting_id, &args.text_id)?;
            if text.text.get(args.lang).is_empty() {
                return Err(DomainError::required(side_field(args.lang)).into());
            }
            text.text.set_state(args.lang, args.state)?;
            db.save_meeting_text(&text)?;
            fresh_item(db, &args.meeting_id, &text)
        })
    }
}

/// The worklist item of a text just written.
fn fresh_item(db: &Db<'_>, meeting_id: &Id, text: &MeetingText) -> Result<WorklistItem, StoreError> {
    let labels = Labels::read(db, meeting_id)?;
    let terms = db.glossary(meeting_id)?;
    Ok(item(text, &labels, &Glossary::new(&terms)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_judge_the_target_side() {
        let mut text = BilingualText::pair("Opening session", "Séance d’ouverture", TranslationState::Reviewed);
        assert!(!side_matches(&text, Lang::Fr, WorklistFilter::Stale));
        assert!(!side_matches(&text, Lang::Fr, WorklistFilter::ToReview), "reviewed is done");
        text.edit(Lang::En, "Opening ceremony");
        assert!(side_matches(&text, Lang::Fr, WorklistFilter::Stale));
        assert!(!side_matches(&text, Lang::Fr, WorklistFilter::ToReview), "a stale side is listed as stale, not to review");
        assert!(side_matches(&text, Lang::En, WorklistFilter::ToReview), "the new English is a draft");
        let one = BilingualText::original(Lang::En, "Closing");
        assert!(side_matches(&one, Lang::Fr, WorklistFilter::Missing));
        assert!(!side_matches(&one, Lang::En, WorklistFilter::Missing), "the source is not missing");
        assert!(side_matches(&one, Lang::En, WorklistFilter::All));
    }

    #[test]
    fn a_stale_side_carries_the_diff_of_its_source() {
        let mut text = BilingualText::pair("Opening session", "Séance d’ouverture", TranslationState::Reviewed);
        text.edit(Lang::En, "Opening ceremony");
        let fr = side_status(&text, Lang::Fr);
        let diff = fr.source_diff.expect("a stale side has a diff");
        let shown: Vec<(plenary_core::diff::SpanKind, &str)> = diff.iter().map(|s| (s.kind, s.text.as_str())).collect();
        use plenary_core::diff::SpanKind::*;
        assert_eq!(shown, [(Equal, "Opening "), (Delete, "session"), (Insert, "ceremony")]);
        assert!(side_status(&text, Lang::En).source_diff.is_none(), "the side just written is not stale");
    }
}

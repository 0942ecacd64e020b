//! XLIFF 2.0 files for translators who work in their own tools: the texts of a meeting that
//! need translation go out, translated units come back.
//!
//! A unit comes back only onto the text it left from: its `<source>` must still be that
//! text's source exactly, or the translation would silently pair a new source with a
//! translation of the old one. Refusals are listed unit by unit; by default one refused
//! unit refuses the whole file, and nothing at all is written.

use super::{side_field, written_texts};
use crate::{Api, ApiError, ApiResult};
use plenary_core::{BilingualText, DomainError, ErrorCode, Id, Lang, TranslationState, limits};
use plenary_export::xliff::Unit;
use plenary_import::xliff::{TranslatedUnit, XliffFile};
use plenary_store::{Db, MeetingText, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::PathBuf;

/// Arguments of `export_xliff`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ExportXliffArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The language translated from; the file translates into the other one.
    pub source: Lang,
    /// Where to write the file (chosen in a dialog, never sent by the webview).
    #[ts(type = "string")]
    pub path: PathBuf,
}

/// Arguments of the desktop's `save_xliff`, which asks where to save and then exports.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveXliffArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The language translated from.
    pub source: Lang,
}

/// What `export_xliff` wrote.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct XliffExport {
    /// How many texts the file holds; with none to translate, no file is written.
    pub units: u32,
    /// The language translated from.
    pub source: Lang,
    /// The language translated into.
    pub target: Lang,
    /// The file written, if any.
    pub path: Option<String>,
}

/// Arguments of `import_xliff`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportXliffArgs {
    /// The meeting the file must belong to.
    pub meeting_id: Id,
    /// The translated file (chosen in a dialog, never sent by the webview).
    #[ts(type = "string")]
    pub path: PathBuf,
    /// Apply the units that can be applied even when others are refused.
    #[serde(default)]
    pub apply_partial: bool,
}

/// Arguments of the desktop's `open_xliff`, which asks for the file and then imports it.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct OpenXliffArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// Apply the units that can be applied even when others are refused.
    #[serde(default)]
    pub apply_partial: bool,
    /// Import the file chosen last time again instead of asking (after a refusal, to
    /// import the units that can be).
    #[serde(default)]
    pub same_file: bool,
}

/// A unit of a translated file that was not applied, and why.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct RefusedUnit {
    /// The unit's id (the text's id).
    pub id: String,
    /// Its line in the file.
    pub line: u32,
    /// What the text is, in English (empty when the id is unknown).
    pub label_en: String,
    /// What the text is, in French (empty when the id is unknown).
    pub label_fr: String,
    /// Why it was refused; `row` is the line.
    pub error: ApiError,
}

/// What `import_xliff` did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct XliffImport {
    /// The language the file translates from.
    pub source: Lang,
    /// The language it translates into.
    pub target: Lang,
    /// Units written (none when the file was refused).
    pub applied: u32,
    /// Units that can be written: with refusals and without `apply_partial`, the number
    /// that importing "the others" would write.
    pub applicable: u32,
    /// Units the translator left without a translation (nothing to write).
    pub untranslated: u32,
    /// Units refused, in file order.
    pub refused: Vec<RefusedUnit>,
}

/// Whether the side in `target` needs a translator: missing, stale, a draft, or translated
/// but not yet reviewed. Reviewed and final sides are left alone, and a text whose source
/// side is empty has nothing to translate from.
pub(crate) fn needs_translation(text: &BilingualText, target: Lang) -> bool {
    if text.get(target.other()).is_empty() {
        return false;
    }
    let side = text.side(target);
    side.text.is_empty()
        || text.is_stale(target)
        || matches!(side.state, TranslationState::Missing | TranslationState::Draft | TranslationState::Translated)
}

/// The state a unit's translation is written with: the file's, but at least `draft`.
fn applied_state(unit: &TranslatedUnit) -> TranslationState {
    unit.state.max(TranslationState::Draft)
}

fn malformed(detail: impl Into<String>, line: usize) -> DomainError {
    let err = DomainError::new(ErrorCode::MalformedFile).field("xliff").detail(detail);
    match u32::try_from(line) {
        Ok(row) if row > 0 => err.row(row),
        _ => err,
    }
}

fn direction(source: Lang, target: Lang) -> String {
    format!("{source} → {target}")
}

/// Checks one unit against the text it names; `Ok(None)` for an untranslated unit.
fn check_unit<'a>(
    file: &XliffFile,
    unit: &TranslatedUnit,
    text: Option<&'a MeetingText>,
    locked: &HashSet<Id>,
) -> Result<Option<&'a MeetingText>, DomainError> {
    let line = u32::try_from(unit.line).unwrap_or(u32::MAX);
    let Some(text) = text else {
        return Err(DomainError::not_found("text", &unit.id).row(line));
    };
    if unit.target.trim().is_empty() {
        return Ok(None);
    }
    if locked.contains(&text.owner_id) {
        return Err(DomainError::new(ErrorCode::Locked).field("document").row(line));
    }
    let current = text.text.get(file.source);
    if unit.source != current {
        let swapped = !current.is_empty() && unit.source == text.text.get(file.target);
        return Err(if swapped {
            DomainError::new(ErrorCode::WrongDirection).field("unit").detail(direction(file.target, file.source)).row(line)
        } else {
            DomainError::new(ErrorCode::SourceChanged).field("unit").detail(unit.id.clone()).row(line)
        });
    }
    limits::within(side_field(file.target), unit.target.trim(), super::limit(text)).map_err(|e| e.row(line))?;
    Ok(Some(text))
}

impl Api {
    /// Writes the texts of a meeting that need translation from `source` into the other
    /// language as an XLIFF 2.0 file at `path`, one unit per text (its id, what it is, its
    /// source and, if any, its current translation with its state). A text needs translation
    /// when its target side is missing, stale, a draft, or translated but not yet reviewed.
    /// With nothing to translate, no file is written. Returns how many units the file holds.
    pub fn export_xliff(&self, args: ExportXliffArgs) -> ApiResult<XliffExport> {
        let target = args.source.other();
        let units = self.read(|db| {
            let (texts, labels) = written_texts(db, &args.meeting_id)?;
            // The texts of an adopted document can no longer change: nothing to translate there.
            let locked = crate::outcome::locked_owners(db, &args.meeting_id)?;
            Ok(texts
                .into_iter()
                .filter(|t| needs_translation(&t.text, target) && !locked.contains(&t.owner_id))
                .map(|t| Unit { note: labels.label(&t, args.source), id: t.id, text: t.text })
                .collect::<Vec<Unit>>())
        })?;
        let count = u32::try_from(units.len()).unwrap_or(u32::MAX);
        if units.is_empty() {
            return Ok(XliffExport { units: 0, source: args.source, target, path: None });
        }
        let failed = |detail: String| DomainError::new(ErrorCode::ExportFailed).field("xliff").detail(detail);
        let bytes = plenary_export::xliff::write(args.meeting_id.as_str(), args.source, &units)
            .map_err(|e| failed(e.to_string()))
            .or_else(|e| self.fail(e))?;
        crate::files::write_file_atomically(&args.path, &bytes).map_err(|e| failed(format!("{}: {e}", args.path.display()))).or_else(|e| self.fail(e))?;
        Ok(XliffExport { units: count, source: args.source, target, path: Some(args.path.display().to_string()) })
    }

    /// Reads a translated XLIFF file back into the meeting's texts. The file is refused as a
    /// whole, naming the line where it can, when it is not XLIFF 2.0, belongs to another
    /// meeting, translates a language into itself, or holds a unit twice. Each unit is then
    /// checked: its id must be a text of the meeting, and its source must be exactly the text's
    /// source as it is now. By default one refused unit refuses the whole file and nothing
    /// is written; with `apply_partial`, the other units are written (in one transaction)
    /// and the refused ones listed. A written unit takes the file's state (at least
    /// `draft`), aligned with the current source; an untranslated unit changes nothing.
    pub fn import_xliff(&self, args: ImportXliffArgs) -> ApiResult<XliffImport> {
        let bytes = std::fs::read(&args.path)
            .map_err(|e| malformed(format!("{}: {e}", args.path.display()), 0))
            .or_else(|e| self.fail(e))?;
        let file = plenary_import::xliff::read(&bytes).map_err(|e| malformed(e.reason, e.line)).or_else(|e| self.fail(e))?;
        let lang = self.language();
        self.snapshot_before(crate::SnapshotReason::Import)?;
        let imported = self.write_unrecorded(|db| {
            db.meeting(&args.meeting_id)?;
            if file.meeting_id != args.meeting_id.as_str() {
                return Err(DomainError::new(ErrorCode::WrongMeeting).field("xliff").detail(file.meeting_id.clone()).into());
            }
            if file.source == file.target {
                return Err(DomainError::new(ErrorCode::WrongDirection).field("xliff").detail(direction(file.source, file.target)).into());
            }
            apply(db, &args, &file, lang)
        })?;
        self.check_after_import()?;
        Ok(imported)
    }
}

/// Checks every unit of `file`, then writes the applicable ones unless refusals forbid it.
fn apply(db: &Db<'_>, args: &ImportXliffArgs, file: &XliffFile, lang: Lang) -> Result<XliffImport, StoreError> {
    let (texts, labels) = written_texts(db, &args.meeting_id)?;
    let locked = crate::outcome::locked_owners(db, &args.meeting_id)?;
    let mut refused = Vec::new();
    let mut ready: Vec<(MeetingText, &TranslatedUnit)> = Vec::new();
    let mut untranslated = 0;
    for unit in &file.units {
        let text = texts.iter().find(|t| t.id == unit.id);
        // The reader refuses a file that holds one unit twice, so each id comes once here.
        match check_unit(file, unit, text, &locked) {
            Ok(Some(text)) => ready.push((text.clone(), unit)),
            Ok(None) => untranslated += 1,
            Err(err) => refused.push(RefusedUnit {
                id: unit.id.clone(),
                line: u32::try_from(unit.line).unwrap_or(u32::MAX),
                label_en: text.map(|t| labels.label(t, Lang::En)).unwrap_or_default(),
                label_fr: text.map(|t| labels.label(t, Lang::Fr)).unwrap_or_default(),
                error: ApiError::from_domain(err, lang),
            }),
        }
    }
    let applicable = u32::try_from(ready.len()).unwrap_or(u32::MAX);
    let mut report = XliffImport { source: file.source, target: file.target, applied: 0, applicable, untranslated, refused };
    if !report.refused.is_empty() && !args.apply_partial {
        return Ok(report);
    }
    for (mut text, unit) in ready {
        text.text.translate(file.target, unit.target.trim());
        // Also when the translation is the text already there: confirming it aligns it.
        text.text.set_state(file.target, applied_state(unit))?;
        db.save_meeting_text(&text)?;
        report.applied += 1;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_needs_translation() {
        let reviewed = BilingualText::pair("Opening", "Ouverture", TranslationState::Reviewed);
        assert!(!needs_translation(&reviewed, Lang::Fr), "reviewed and up to date");
        let mut stale = reviewed.clone();
        stale.edit(Lang::En, "Opening ceremony");
        assert!(needs_translation(&stale, Lang::Fr), "stale");
        assert!(!needs_translation(&BilingualText::original(Lang::Fr, "Clôture"), Lang::Fr), "nothing to translate from");
        assert!(needs_translation(&BilingualText::original(Lang::En, "Closing"), Lang::Fr), "missing");
        let draft = BilingualText::pair("Lunch", "Déjeuner", TranslationState::Draft);
        assert!(needs_translation(&draft, Lang::Fr), "a draft");
        let translated = BilingualText::pair("Lunch", "Déjeuner", TranslationState::Translated);
        assert!(needs_translation(&translated, Lang::Fr), "translated, not reviewed");
    }

    #[test]
    fn an_initial_unit_with_text_is_a_draft() {
        let unit = |state| TranslatedUnit { id: "x".into(), source: "a".into(), target: "b".into(), state, line: 3 };
        assert_eq!(applied_state(&unit(TranslationState::Missing)), TranslationState::Draft);
        assert_eq!(applied_state(&unit(TranslationState::Draft)), TranslationState::Draft);
        assert_eq!(applied_state(&unit(TranslationState::Final)), TranslationState::Final);
    }
}

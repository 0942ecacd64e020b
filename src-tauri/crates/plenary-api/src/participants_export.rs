//! Lists of participants, badges, tent cards and statistics tables out of a meeting: the
//! list assembled in one read (`assemble.rs`), printed by plenary-export, written whole or
//! not at all, and what each save dialog offers.

mod assemble;
mod stats;

use crate::agenda::files::{Document, place_in_name, with_extension, write_all};
use crate::{Api, ApiError, ApiResult, ExportResult, SaveDialog};
use chrono::Datelike as _;
use plenary_core::protocol::ProtocolOrder;
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use plenary_export::{ExportError, Exported};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

pub use plenary_export::badges::BadgeLayout;

plenary_core::string_enum! {
    /// The file formats of a list of participants.
    pub enum ListFormat ("format") {
        /// PDF, typeset to print and circulate.
        Pdf = "pdf",
        /// Word, in named styles.
        Docx = "docx",
        /// An Excel workbook.
        Xlsx = "xlsx",
        /// Comma-separated values (UTF-8).
        Csv = "csv",
    }
}

plenary_core::string_enum! {
    /// The file formats of the statistics tables.
    pub enum StatsFormat ("format") {
        /// An Excel workbook: a summary sheet, then a sheet per table.
        Xlsx = "xlsx",
        /// Comma-separated values: one section per table.
        Csv = "csv",
    }
}

/// What a list of participants is to contain: everything but where it goes.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveParticipantsArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The file format.
    pub format: ListFormat,
    /// The language of names, functions and headings.
    pub lang: Lang,
    /// `un` (the default: UN listing groups, alphabetical in `lang` within each), `alpha`
    /// (every delegation alphabetical in `lang`, without group headings) or `lot:XX`
    /// (member states from the country drawn by lot).
    #[serde(default)]
    pub order: Option<String>,
    /// Whether participants' emails and phones are printed: personal data, left out unless
    /// asked.
    #[serde(default)]
    pub include_contacts: bool,
}

/// Arguments of `export_participants`. Only the CLI and the desktop crate (after a save
/// dialog) make one: a path never comes from the webview.
#[derive(Debug, Clone)]
pub struct ExportParticipantsArgs {
    /// What to export.
    pub what: SaveParticipantsArgs,
    /// The file to write.
    pub path: PathBuf,
}

impl SaveParticipantsArgs {
    /// The export of this list to `path`.
    pub fn to_path(self, path: PathBuf) -> ExportParticipantsArgs {
        ExportParticipantsArgs { what: self, path }
    }
}

/// What the badges are to contain: everything but where they go.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveBadgesArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// One A6 badge per page, or four per A4 sheet.
    pub layout: BadgeLayout,
    /// The language of bands and functions.
    pub lang: Lang,
    /// Only this delegation's badges (a late registration); none for everyone.
    #[serde(default)]
    pub delegation_id: Option<Id>,
}

/// Arguments of `export_badges`.
#[derive(Debug, Clone)]
pub struct ExportBadgesArgs {
    /// What to export.
    pub what: SaveBadgesArgs,
    /// The file to write.
    pub path: PathBuf,
}

impl SaveBadgesArgs {
    /// The export of these badges to `path`.
    pub fn to_path(self, path: PathBuf) -> ExportBadgesArgs {
        ExportBadgesArgs { what: self, path }
    }
}

/// What the tent cards are to contain: everything but where they go.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveTentCardsArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The order of the cards, as for the list (`un`, `alpha`, `lot:XX`), in English.
    #[serde(default)]
    pub order: Option<String>,
}

/// Arguments of `export_tent_cards`.
#[derive(Debug, Clone)]
pub struct ExportTentCardsArgs {
    /// What to export.
    pub what: SaveTentCardsArgs,
    /// The file to write.
    pub path: PathBuf,
}

impl SaveTentCardsArgs {
    /// The export of these cards to `path`.
    pub fn to_path(self, path: PathBuf) -> ExportTentCardsArgs {
        ExportTentCardsArgs { what: self, path }
    }
}

/// What the statistics tables are to contain: everything but where they go.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveStatsArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The file format.
    pub format: StatsFormat,
    /// The language of titles and labels (the headline is in both).
    pub lang: Lang,
}

/// Arguments of `export_stats`.
#[derive(Debug, Clone)]
pub struct ExportStatsArgs {
    /// What to export.
    pub what: SaveStatsArgs,
    /// The file to write.
    pub path: PathBuf,
}

impl SaveStatsArgs {
    /// The export of these tables to `path`.
    pub fn to_path(self, path: PathBuf) -> ExportStatsArgs {
        ExportStatsArgs { what: self, path }
    }
}

/// The order named by `value` (`un` when none): `un`, the UN listing groups, delegations
/// alphabetical in `lang`'s collation within each; `alpha`, every delegation alphabetical
/// whatever its group (the list then has no group headings); `lot:XX`, the UN groups with
/// the member states from the country drawn.
fn order(value: Option<&str>, lang: Lang) -> Result<ProtocolOrder, DomainError> {
    match value.map(str::trim).unwrap_or("un") {
        "" | "un" => Ok(ProtocolOrder::UnListing(lang)),
        "alpha" => Ok(ProtocolOrder::Alphabetical(lang)),
        other if other.starts_with("lot:") => ProtocolOrder::parse(other, lang),
        other => Err(DomainError::invalid("order", other)),
    }
}

/// The export failed in the exporter (`what` names the format).
fn failed(what: &str) -> impl Fn(ExportError) -> DomainError + '_ {
    move |e| DomainError::new(ErrorCode::ExportFailed).field("format").detail(format!("{what}: {e}"))
}

/// `Lagos-2025-participants-EN.pdf`: the city and year, what the file holds, the language
/// when it has one, the extension.
fn name(city: &str, year: i32, what: &str, lang: Option<Lang>, extension: &str) -> String {
    let lang = lang.map(|l| format!("-{}", l.code().to_uppercase())).unwrap_or_default();
    format!("{}-{year}-{what}{lang}.{extension}", place_in_name(city))
}

impl Api {
    /// Writes `exported` to `path` (with `extension` added when it has none), whole or not at
    /// all, and says what was written.
    fn write_export(&self, exported: Result<Exported, DomainError>, path: &std::path::Path, extension: &str) -> ApiResult<ExportResult> {
        let lang = self.language();
        let Exported { bytes, gaps } = exported.map_err(|e| ApiError::from_domain(e, lang))?;
        let document = Document { path: with_extension(path, extension), bytes };
        write_all(std::slice::from_ref(&document)).map_err(|e| ApiError::from_domain(e, lang))?;
        Ok(ExportResult {
            paths: vec![document.path.display().to_string()],
            file_names: vec![document.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()],
            bytes: document.bytes.len() as u64,
            gaps,
            version: None,
        })
    }

    /// Exports the list of participants of a meeting: groups in UN listing order,
    /// delegations in the order asked, head of delegation first, in one language. A
    /// function missing in that language prints the other, tagged, and is listed in the
    /// result's gaps. XLSX and CSV write every text as text: no formula can run. Emails and
    /// phones are printed only with `include_contacts`.
    pub fn export_participants(&self, args: ExportParticipantsArgs) -> ApiResult<ExportResult> {
        let what = &args.what;
        let order = order(what.order.as_deref(), what.lang).or_else(|e| self.fail(e))?;
        let list = self.read(|db| assemble::list(db, &what.meeting_id, &order, what.lang))?.with_contacts(what.include_contacts);
        let exported = match what.format {
            ListFormat::Pdf => plenary_export::participants::pdf(&list),
            ListFormat::Docx => plenary_export::participants::docx(&list),
            ListFormat::Xlsx => plenary_export::participants::xlsx(&list),
            ListFormat::Csv => plenary_export::participants::csv(&list),
        };
        self.write_export(exported.map_err(failed(what.format.as_str())), &args.path, what.format.as_str())
    }

    /// Exports the badges of a meeting (or of one of its delegations) in list order.
    pub fn export_badges(&self, args: ExportBadgesArgs) -> ApiResult<ExportResult> {
        let what = &args.what;
        let list = self.read(|db| assemble::list(db, &what.meeting_id, &ProtocolOrder::UnListing(what.lang), what.lang))?;
        let list = match &what.delegation_id {
            Some(id) if list.delegations().any(|d| &d.id == id) => list.only(id),
            Some(id) => return self.fail(DomainError::not_found("delegation", id.as_str())),
            None => list,
        };
        self.write_export(plenary_export::badges::badges(&list, what.layout).map_err(failed("badges")), &args.path, "pdf")
    }

    /// Exports a tent card for every delegation of a meeting, in the order asked.
    pub fn export_tent_cards(&self, args: ExportTentCardsArgs) -> ApiResult<ExportResult> {
        let what = &args.what;
        let order = order(what.order.as_deref(), Lang::En).or_else(|e| self.fail(e))?;
        let list = self.read(|db| assemble::list(db, &what.meeting_id, &order, Lang::En))?;
        self.write_export(plenary_export::tent_cards::tent_cards(&list).map_err(failed("tent cards")), &args.path, "pdf")
    }

    /// Exports the statistics tables of a meeting: by country, M49 region and sub-region,
    /// delegation category, role, gender and attendance, with the headline in both languages.
    pub fn export_stats(&self, args: ExportStatsArgs) -> ApiResult<ExportResult> {
        let what = &args.what;
        let tables = self.read(|db| stats::tables(db, &what.meeting_id, what.lang))?;
        let exported = match what.format {
            StatsFormat::Xlsx => plenary_export::stats_tables::xlsx(&tables),
            StatsFormat::Csv => plenary_export::stats_tables::csv(&tables),
        };
        self.write_export(exported.map_err(failed(what.format.as_str())), &args.path, what.format.as_str())
    }

    /// A save dialog titled `title` (English, French) offering `Lagos-2025-<what>[-LANG].<ext>`.
    fn save_dialog(&self, meeting_id: &Id, title: (&str, &str), what: &str, doc_lang: Option<Lang>, ext: &str) -> ApiResult<SaveDialog> {
        let (city, year) = self.read(|db| db.meeting(meeting_id).map(|m| (m.city, m.start_date.year())))?;
        let lang = self.language();
        Ok(SaveDialog {
            title: lang.pick(title.0, title.1).to_owned(),
            file_name: name(&city, year, what, doc_lang, ext),
            filter_name: filter_name(ext, lang).to_owned(),
            extension: ext.to_owned(),
        })
    }

    /// What the save dialog of a list export shows: `Lagos-2025-participants-EN.pdf`.
    pub fn participants_save_dialog(&self, args: &SaveParticipantsArgs) -> ApiResult<SaveDialog> {
        let title = ("Export the list of participants", "Exporter la liste des participants");
        self.save_dialog(&args.meeting_id, title, "participants", Some(args.lang), args.format.as_str())
    }

    /// What the save dialog of the badges shows: `Lagos-2025-badges-A6-EN.pdf`.
    pub fn badges_save_dialog(&self, args: &SaveBadgesArgs) -> ApiResult<SaveDialog> {
        let what = format!("badges-{}", args.layout.as_str().to_uppercase());
        self.save_dialog(&args.meeting_id, ("Export the badges", "Exporter les badges"), &what, Some(args.lang), "pdf")
    }

    /// What the save dialog of the tent cards shows: `Lagos-2025-tent-cards.pdf`.
    pub fn tent_cards_save_dialog(&self, args: &SaveTentCardsArgs) -> ApiResult<SaveDialog> {
        self.save_dialog(&args.meeting_id, ("Export the tent cards", "Exporter les chevalets"), "tent-cards", None, "pdf")
    }

    /// What the save dialog of the statistics shows: `Lagos-2025-statistics-EN.xlsx`.
    pub fn stats_save_dialog(&self, args: &SaveStatsArgs) -> ApiResult<SaveDialog> {
        let title = ("Export the statistics", "Exporter les statistiques");
        self.save_dialog(&args.meeting_id, title, "statistics", Some(args.lang), args.format.as_str())
    }
}

/// The name of a format in a save dialog's filter.
fn filter_name(extension: &str, lang: Lang) -> &'static str {
    let (en, fr) = match extension {
        "pdf" => ("PDF document", "Document PDF"),
        "docx" => ("Word document", "Document Word"),
        "xlsx" => ("Excel workbook", "Classeur Excel"),
        _ => ("CSV file", "Fichier CSV"),
    };
    lang.pick(en, fr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_keep_the_un_groups_and_refuse_what_they_do_not_know() {
        assert_eq!(order(None, Lang::Fr).expect("default"), ProtocolOrder::UnListing(Lang::Fr));
        assert_eq!(order(Some("alpha"), Lang::Fr).expect("alpha"), ProtocolOrder::Alphabetical(Lang::Fr));
        assert_eq!(order(Some("lot:NG"), Lang::En).expect("lot"), ProtocolOrder::Lot { lang: Lang::En, from: "NG".into() });
        assert_eq!(order(Some("random"), Lang::En).expect_err("unknown").field.as_deref(), Some("order"));
        assert_eq!(order(Some("lot:ZZ"), Lang::En).expect_err("no such country").field.as_deref(), Some("order"));
    }

    #[test]
    fn file_names_say_what_the_file_holds() {
        assert_eq!(name("Lagos", 2025, "participants", Some(Lang::Fr), "xlsx"), "Lagos-2025-participants-FR.xlsx");
        assert_eq!(name("Addis Ababa", 2026, "tent-cards", None, "pdf"), "Addis-Ababa-2026-tent-cards.pdf");
    }
}

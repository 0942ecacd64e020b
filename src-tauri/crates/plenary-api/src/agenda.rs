//! The agenda: the published view of the timetable, its released versions, the changes
//! between them, and its exports.

pub(crate) mod assemble;
pub(crate) mod files;

use crate::{Api, ApiResult, MeetingArgs};
use chrono::{DateTime, NaiveDate};
use plenary_core::agenda::{Agenda, AgendaVersionInfo, Gap};
use plenary_core::changelog::{Change, changelog};
use plenary_core::{DomainError, ErrorCode, Id, Lang, calendar, limits};
use plenary_export::{AgendaOptions, Languages, Layout};
use plenary_store::{AgendaVersionRow, Db, StoreError};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

plenary_core::string_enum! {
    /// A file format the agenda is exported in.
    pub enum ExportFormat ("format") {
        /// PDF, typeset.
        Pdf = "pdf",
        /// Word document.
        Docx = "docx",
        /// A web page.
        Html = "html",
        /// iCalendar (RFC 5545), one calendar per language.
        Ics = "ics",
        /// JSON, both languages, for other systems.
        Json = "json",
    }
}

/// Arguments of `agenda`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// A released version's number; none for the current draft.
    #[serde(default)]
    #[ts(optional)]
    pub version: Option<i32>,
}

/// What releasing the agenda now would do.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ReleaseCheck {
    /// The texts missing or stale in English or French.
    pub gaps: Vec<Gap>,
    /// The number the release would take.
    pub next_number: i32,
    /// The day it would be dated, in the venue's zone.
    pub released_on: NaiveDate,
    /// How many sessions the agenda holds.
    pub sessions: u32,
}

/// Arguments of `release_agenda`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ReleaseAgendaArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// What the organiser notes about this version ("speakers of panel 2 confirmed").
    #[serde(default)]
    pub note: String,
    /// Release even though some texts are missing or stale (the person saw the list).
    #[serde(default)]
    pub acknowledge_gaps: bool,
}

/// A released version of the agenda.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AgendaVersion {
    /// The version.
    #[serde(flatten)]
    pub row: AgendaVersionRow,
    /// "Rev. 2 — 20 October 2025".
    pub label_en: String,
    /// "Rév. 2 — 20 octobre 2025".
    pub label_fr: String,
}

impl From<AgendaVersionRow> for AgendaVersion {
    fn from(row: AgendaVersionRow) -> Self {
        let label = |lang: Lang| format!("{} {} — {}", lang.pick("Rev.", "Rév."), row.number, calendar::date(row.released_on, lang));
        AgendaVersion { label_en: label(Lang::En), label_fr: label(Lang::Fr), row }
    }
}

/// What `release_agenda` did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ReleasedAgenda {
    /// The new version.
    pub version: AgendaVersion,
    /// The gaps it was released with (acknowledged).
    pub gaps: Vec<Gap>,
}

/// Arguments of `agenda_changelog`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaChangelogArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The older version's number.
    pub from: i32,
    /// The newer version's number; none for the current draft.
    #[serde(default)]
    #[ts(optional)]
    pub to: Option<i32>,
}

/// One change, with its sentence in each language.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ChangeEntry {
    /// The change.
    #[serde(flatten)]
    pub change: Change,
    /// The sentence in English.
    pub en: String,
    /// The sentence in French.
    pub fr: String,
}

/// The changes between two versions of the agenda.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AgendaChangelog {
    /// The older version.
    pub from: AgendaVersion,
    /// The newer version; none for the current draft.
    pub to: Option<AgendaVersion>,
    /// The changes, in agenda order.
    pub changes: Vec<ChangeEntry>,
}

/// What an agenda export is to contain: everything but where it goes.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SaveAgendaArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The file format.
    pub format: ExportFormat,
    /// The languages.
    pub languages: Languages,
    /// How two languages share the document.
    pub layout: Layout,
    /// A released version's number; none for the current draft.
    #[serde(default)]
    #[ts(optional)]
    pub version: Option<i32>,
}

impl SaveAgendaArgs {
    /// The export of this agenda to `path`.
    pub fn to_path(self, path: PathBuf) -> ExportAgendaArgs {
        ExportAgendaArgs { what: self, path }
    }
}

/// Arguments of `export_agenda`. Only the CLI and the desktop crate (after a save dialog)
/// make one: a path never comes from the webview.
#[derive(Debug, Clone)]
pub struct ExportAgendaArgs {
    /// What to export.
    pub what: SaveAgendaArgs,
    /// The file to write (a calendar in both languages: `name.en.ics` and `name.fr.ics`).
    pub path: PathBuf,
}

/// What `export_agenda` wrote.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ExportResult {
    /// The files written (two for a calendar in both languages).
    pub paths: Vec<String>,
    /// Their names, for a message.
    pub file_names: Vec<String>,
    /// Their total size.
    pub bytes: u64,
    /// What the documents could not print as they should (printed in the other language,
    /// without a function, stale): the files are written all the same.
    pub gaps: Vec<Gap>,
    /// The version exported; none for the current draft.
    pub version: Option<i32>,
}

/// What a save dialog for an agenda export shows.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SaveDialog {
    /// The dialog's title, in the user's language.
    pub title: String,
    /// The file name offered.
    pub file_name: String,
    /// The filter's name ("PDF document").
    pub filter_name: String,
    /// The filter's extension, without the dot.
    pub extension: String,
}

/// Today in the venue's zone, by the clock of the transaction (the injected one).
pub(crate) fn today_at_venue(db: &Db<'_>, agenda: &Agenda) -> Result<NaiveDate, DomainError> {
    let now = DateTime::parse_from_rfc3339(db.now()).map_err(|e| DomainError::invalid("released_on", &e.to_string()))?;
    let zone = plenary_core::meeting::parse_time_zone(&agenda.time_zone)?;
    Ok(now.with_timezone(&zone).date_naive())
}

/// The agenda of a meeting: a released version's snapshot, or the current draft.
fn load(db: &Db<'_>, meeting_id: &Id, version: Option<i32>) -> Result<Agenda, StoreError> {
    match version {
        None => assemble::current(db, meeting_id),
        Some(number) => {
            db.meeting(meeting_id)?;
            let (_, json) = db.agenda_version(meeting_id, number)?;
            Ok(assemble::snapshot(&json, number)?)
        }
    }
}

impl Api {
    /// The agenda of a meeting as the timetable holds it now, or a released version exactly
    /// as it was released.
    pub fn agenda(&self, args: AgendaArgs) -> ApiResult<Agenda> {
        self.read(|db| load(db, &args.meeting_id, args.version))
    }

    /// What releasing now would do: the gaps in English and French, the number and the date.
    pub fn agenda_release_check(&self, args: MeetingArgs) -> ApiResult<ReleaseCheck> {
        self.read(|db| {
            let agenda = assemble::current(db, &args.meeting_id)?;
            let last = db.agenda_versions(&args.meeting_id)?.last().map_or(0, |v| v.number);
            Ok(ReleaseCheck {
                gaps: agenda.gaps(&Lang::ALL),
                next_number: last + 1,
                released_on: today_at_venue(db, &agenda)?,
                sessions: u32::try_from(agenda.sessions().count()).unwrap_or(u32::MAX),
            })
        })
    }

    /// Releases the current agenda as the next numbered version, dated today in the venue's
    /// zone: a frozen snapshot that later edits of the timetable do not touch. Refused with
    /// `gaps_not_acknowledged` (and the count) while texts are missing or stale, unless the
    /// person saw the list and confirmed.
    pub fn release_agenda(&self, args: ReleaseAgendaArgs) -> ApiResult<ReleasedAgenda> {
        let id = self.new_id();
        self.write(|db| {
            let note = limits::optional("note", Some(&args.note), limits::DESCRIPTION)?.unwrap_or_default();
            let mut agenda = assemble::current(db, &args.meeting_id)?;
            let gaps = agenda.gaps(&Lang::ALL);
            if !gaps.is_empty() && !args.acknowledge_gaps {
                return Err(DomainError::new(ErrorCode::GapsNotAcknowledged).field("acknowledge_gaps").detail(gaps.len().to_string()).into());
            }
            let released_on = today_at_venue(db, &agenda)?;
            let row = db.insert_agenda_version(&id, &args.meeting_id, released_on, &note, |number| {
                agenda.version = Some(AgendaVersionInfo { number, released_on });
                serde_json::to_string(&agenda).map_err(|e| DomainError::invalid("version", &e.to_string()))
            })?;
            Ok(ReleasedAgenda { version: row.into(), gaps })
        })
    }

    /// The released versions of a meeting's agenda, oldest first.
    pub fn list_agenda_versions(&self, args: MeetingArgs) -> ApiResult<Vec<AgendaVersion>> {
        self.read(|db| {
            db.meeting(&args.meeting_id)?;
            Ok(db.agenda_versions(&args.meeting_id)?.into_iter().map(AgendaVersion::from).collect())
        })
    }

    /// The changes from released version `from` to version `to` (or to the current draft),
    /// each as a sentence in English and in French.
    pub fn agenda_changelog(&self, args: AgendaChangelogArgs) -> ApiResult<AgendaChangelog> {
        self.read(|db| {
            db.meeting(&args.meeting_id)?;
            let (from_row, from_json) = db.agenda_version(&args.meeting_id, args.from)?;
            let old = assemble::snapshot(&from_json, args.from)?;
            let (to, new) = match args.to {
                Some(number) => {
                    let (row, json) = db.agenda_version(&args.meeting_id, number)?;
                    (Some(AgendaVersion::from(row)), assemble::snapshot(&json, number)?)
                }
                None => (None, assemble::current(db, &args.meeting_id)?),
            };
            let changes = changelog(&old, &new)
                .into_iter()
                .map(|change| ChangeEntry { en: change.describe(Lang::En), fr: change.describe(Lang::Fr), change })
                .collect();
            Ok(AgendaChangelog { from: from_row.into(), to, changes })
        })
    }

    /// Exports the agenda (the draft or a released version) to a file, written whole or not
    /// at all. Texts that cannot be printed as they should are listed in the result, and the
    /// file is written all the same: nothing is invented, nothing silently dropped.
    pub fn export_agenda(&self, args: ExportAgendaArgs) -> ApiResult<ExportResult> {
        let what = &args.what;
        let agenda = self.read(|db| load(db, &what.meeting_id, what.version))?;
        let options = AgendaOptions { languages: what.languages, layout: what.layout };
        let lang = self.language();
        let (documents, gaps) = files::render(&agenda, what.format, options, &args.path).map_err(|e| crate::ApiError::from_domain(e, lang))?;
        files::write_all(&documents).map_err(|e| crate::ApiError::from_domain(e, lang))?;
        Ok(ExportResult {
            paths: documents.iter().map(|d| d.path.display().to_string()).collect(),
            file_names: documents.iter().map(|d| d.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()).collect(),
            bytes: documents.iter().map(|d| d.bytes.len() as u64).sum(),
            gaps,
            version: agenda.version.map(|v| v.number),
        })
    }

    /// What the save dialog of an agenda export shows: its title in the user's language, the
    /// file name offered (`Lagos-2025-agenda-Rev2-EN-FR.pdf`) and the format's filter.
    pub fn agenda_save_dialog(&self, args: &SaveAgendaArgs) -> ApiResult<SaveDialog> {
        let agenda = self.read(|db| load(db, &args.meeting_id, args.version))?;
        let lang = self.language();
        Ok(SaveDialog {
            title: lang.pick("Export the agenda", "Exporter l’ordre du jour").to_owned(),
            file_name: files::suggested_name(&agenda, args.format, args.languages),
            filter_name: args.format.filter_name(lang).to_owned(),
            extension: args.format.extension().to_owned(),
        })
    }
}

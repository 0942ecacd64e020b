//! `plenary agenda release|versions|changelog`: the released versions of a meeting's agenda.

use clap::Subcommand;
use plenary_api::core::agenda::{Gap, GapKind};
use plenary_api::{AgendaChangelogArgs, Api, Lang, MeetingArgs, ReleaseAgendaArgs};
use serde::Serialize;
use std::io::Write as _;

/// What to do with the agenda.
#[derive(Subcommand)]
pub enum AgendaCommand {
    /// Release the current agenda as the next numbered version ("Rev. 2 — 20 October 2025").
    /// Refused while texts are missing or stale in English or French (they are listed on
    /// stderr), unless --force.
    Release {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// What to note about this version.
        #[arg(long, default_value = "")]
        note: String,
        /// Release even though some texts are missing or stale.
        #[arg(long)]
        force: bool,
    },
    /// List the released versions, oldest first.
    Versions {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
    },
    /// What changed from one released version to another, or to the current draft.
    Changelog {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// The older version's number.
        #[arg(long)]
        from: i32,
        /// The newer version's number (default: the current draft).
        #[arg(long)]
        to: Option<i32>,
    },
}

/// Runs `plenary agenda …`.
pub fn run(api: &Api, json: bool, command: &AgendaCommand) -> anyhow::Result<()> {
    let lang = api.language();
    let mut out = std::io::stdout().lock();
    match command {
        AgendaCommand::Release { meeting, note, force } => {
            let meeting_id = crate::meeting_id(api, meeting)?;
            let check = api.agenda_release_check(MeetingArgs { meeting_id: meeting_id.clone() })?;
            gap_report(&check.gaps, lang)?;
            if !check.gaps.is_empty() && !force {
                let hint = lang.pick("Use --force to release it as it is.", "Utilisez --force pour le publier tel quel.");
                writeln!(std::io::stderr().lock(), "{hint}")?;
            }
            let released = api.release_agenda(ReleaseAgendaArgs { meeting_id, note: note.clone(), acknowledge_gaps: *force })?;
            if json {
                return print_json(&released);
            }
            let label = lang.pick(&released.version.label_en, &released.version.label_fr);
            writeln!(out, "{} {label}", lang.pick("Released", "Publié\u{a0}:"))?;
        }
        AgendaCommand::Versions { meeting } => {
            let meeting_id = crate::meeting_id(api, meeting)?;
            let versions = api.list_agenda_versions(MeetingArgs { meeting_id })?;
            if json {
                return print_json(&versions);
            }
            if versions.is_empty() {
                writeln!(out, "{}", lang.pick("No released version yet.", "Aucune version publiée pour l’instant."))?;
            }
            for v in &versions {
                let note = if v.row.note.is_empty() { String::new() } else { format!("  {}", v.row.note) };
                writeln!(out, "{}{note}", lang.pick(&v.label_en, &v.label_fr))?;
            }
        }
        AgendaCommand::Changelog { meeting, from, to } => {
            let meeting_id = crate::meeting_id(api, meeting)?;
            let log = api.agenda_changelog(AgendaChangelogArgs { meeting_id, from: *from, to: *to })?;
            if json {
                return print_json(&log);
            }
            let to = match &log.to {
                Some(v) => lang.pick(&v.label_en, &v.label_fr).to_owned(),
                None => lang.pick("current draft", "projet actuel").to_owned(),
            };
            writeln!(out, "{} → {to}", lang.pick(&log.from.label_en, &log.from.label_fr))?;
            if log.changes.is_empty() {
                writeln!(out, "{}", lang.pick("No changes.", "Aucun changement."))?;
            }
            for c in &log.changes {
                writeln!(out, "- {}", lang.pick(&c.en, &c.fr))?;
            }
        }
    }
    Ok(())
}

/// Prints `value` as pretty JSON on stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Lists on stderr the texts a document cannot print as it should, one a line:
/// `FR  missing        Lunch — title`. Prints nothing when there are none.
pub fn gap_report(gaps: &[Gap], lang: Lang) -> anyhow::Result<()> {
    if gaps.is_empty() {
        return Ok(());
    }
    let mut err = std::io::stderr().lock();
    let n = gaps.len();
    let heading = match (lang, n) {
        (Lang::En, 1) => "1 text is missing or stale:".to_owned(),
        (Lang::En, _) => format!("{n} texts are missing or stale:"),
        (Lang::Fr, 1) => "1\u{a0}texte manque ou n’est pas à jour\u{a0}:".to_owned(),
        (Lang::Fr, _) => format!("{n}\u{a0}textes manquent ou ne sont pas à jour\u{a0}:"),
    };
    writeln!(err, "{heading}")?;
    for g in gaps {
        let kind = match g.kind {
            GapKind::Missing => lang.pick("missing", "manquant"),
            GapKind::Stale => lang.pick("stale", "à mettre à jour"),
            GapKind::NoFunction => lang.pick("no function", "sans fonction"),
        };
        writeln!(err, "  {}  {kind:<15}  {}", g.lang.code().to_uppercase(), g.label)?;
    }
    Ok(())
}

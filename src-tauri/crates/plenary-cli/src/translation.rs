//! `plenary translation`, `plenary glossary` and `plenary xliff`: the translation workflow
//! from the command line, for a translator's scripts and for checks before printing.

use crate::output::Output;
use clap::Subcommand;
use plenary_api::core::diff::DiffSpan;
use plenary_api::core::glossary::{GlossaryIssue, Term};
use plenary_api::{
    Api, ByIdArgs, ExportXliffArgs, GlossaryTermInput, Id, ImportXliffArgs, Lang, MeetingArgs, SideStatus, Worklist,
    WorklistArgs, WorklistFilter, WorklistItem, XliffImport,
};
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// `plenary translation …`
#[derive(Subcommand)]
pub enum TranslationCommand {
    /// List the texts to translate or review, with what changed in a stale text's source.
    Worklist {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// all, missing, stale or to_review.
        #[arg(long, default_value = "all", value_parser = parse_filter)]
        filter: WorklistFilter,
        /// The language translated into (default: both). The global --lang is the language
        /// of messages and labels.
        #[arg(long, value_parser = crate::parse_lang)]
        target: Option<Lang>,
    },
}

/// `plenary glossary …`
#[derive(Subcommand)]
pub enum GlossaryCommand {
    /// List the meeting's terms.
    List {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
    },
    /// Add a term: its English and its French.
    Add {
        /// The English term.
        en: String,
        /// The French term.
        fr: String,
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// A note for translators.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Remove a term by its id.
    Remove {
        /// The term's id.
        id: String,
    },
    /// List the texts that use a term on one side and not its translation on the other;
    /// exits with 1 when there are some.
    Check {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
    },
}

/// `plenary xliff …`
#[derive(Subcommand)]
pub enum XliffCommand {
    /// Write the texts that need translation as an XLIFF 2.0 file.
    Export {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// The language translated from: en or fr.
        #[arg(long, value_parser = crate::parse_lang)]
        source: Lang,
        /// The file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Read a translated XLIFF 2.0 file back; exits with 1 when it is refused.
    Import {
        /// The translated file.
        file: PathBuf,
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// Apply the units that can be applied even when others are refused.
        #[arg(long)]
        partial: bool,
    },
}

fn parse_filter(value: &str) -> Result<WorklistFilter, String> {
    WorklistFilter::parse(&value.replace('-', "_")).map_err(|_| format!("unknown filter {value:?}: use all, missing, stale or to_review"))
}

/// Prints a line on standard output, returning the error instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        writeln!(io::stdout().lock(), $($arg)*)?
    };
}

/// A line on standard error, prefixed like the CLI's other messages.
fn warn(message: &str) -> anyhow::Result<()> {
    writeln!(io::stderr().lock(), "plenary: {message}")?;
    Ok(())
}

fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

fn meeting(api: &Api, value: &str) -> anyhow::Result<Id> {
    Ok(crate::meeting_id(api, value)?)
}

/// Runs `plenary translation …`.
pub fn translation(api: &Api, out: &Output, command: &TranslationCommand) -> anyhow::Result<ExitCode> {
    match command {
        TranslationCommand::Worklist { meeting: m, filter, target } => {
            let list = api.translation_worklist(WorklistArgs { meeting_id: meeting(api, m)?, filter: *filter, lang: *target })?;
            if out.json {
                json(&list)?;
            } else {
                print_worklist(out.lang, &list, *target)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `plenary glossary …`.
pub fn glossary(api: &Api, out: &Output, command: &GlossaryCommand) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    match command {
        GlossaryCommand::List { meeting: m } => {
            let terms = api.list_glossary(MeetingArgs { meeting_id: meeting(api, m)? })?;
            if out.json {
                return json(&terms).map(|()| ExitCode::SUCCESS);
            }
            for t in &terms {
                print_term(t)?;
            }
            say!("{} {}", terms.len(), lang.pick("terms", "termes"));
        }
        GlossaryCommand::Add { en, fr, meeting: m, note } => {
            let input = GlossaryTermInput { id: None, meeting_id: meeting(api, m)?, en: en.clone(), fr: fr.clone(), note: note.clone() };
            let term = api.save_glossary_term(input)?;
            if out.json {
                return json(&term).map(|()| ExitCode::SUCCESS);
            }
            print_term(&term)?;
        }
        GlossaryCommand::Remove { id } => {
            api.delete_glossary_term(ByIdArgs { id: Id::new(id.trim()) })?;
            if out.json {
                return json(&serde_json::json!({ "removed": id.trim() })).map(|()| ExitCode::SUCCESS);
            }
            say!("{} {}", lang.pick("Removed:", "Supprimé\u{a0}:"), id.trim());
        }
        GlossaryCommand::Check { meeting: m } => {
            let findings = api.check_glossary(MeetingArgs { meeting_id: meeting(api, m)? })?;
            if out.json {
                json(&findings)?;
            } else {
                let colon = lang.pick(":", "\u{a0}:");
                for f in &findings {
                    say!("{}", lang.pick(&f.label_en, &f.label_fr));
                    say!("  EN{colon} {}", f.en);
                    say!("  FR{colon} {}", f.fr);
                    for issue in &f.issues {
                        say!("  ! {}", issue_line(issue, lang));
                    }
                }
                if findings.is_empty() {
                    say!("{}", lang.pick("Every text uses the glossary's terms.", "Tous les textes emploient les termes du glossaire."));
                }
            }
            if !findings.is_empty() {
                let n = findings.len();
                warn(&lang.pick(format!("{n} text(s) do not use the glossary's terms"), format!("{n}\u{a0}texte(s) n’emploient pas les termes du glossaire")))?;
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `plenary xliff …`.
pub fn xliff(api: &Api, out: &Output, command: &XliffCommand) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    match command {
        XliffCommand::Export { meeting: m, source, output } => {
            let done = api.export_xliff(ExportXliffArgs { meeting_id: meeting(api, m)?, source: *source, path: output.clone() })?;
            if out.json {
                json(&done)?;
            } else if done.units == 0 {
                say!("{}", lang.pick("Nothing to translate: no file written.", "Rien à traduire\u{a0}: aucun fichier écrit."));
            } else {
                let colon = lang.pick(":", "\u{a0}:");
                say!("{} {} → {}{colon} {}", done.units, lang.pick("texts", "textes"), output.display(), direction(done.source, done.target));
            }
        }
        XliffCommand::Import { file, meeting: m, partial } => {
            let report = api.import_xliff(ImportXliffArgs { meeting_id: meeting(api, m)?, path: file.clone(), apply_partial: *partial })?;
            if out.json {
                json(&report)?;
            } else {
                print_import(lang, &report, *partial)?;
            }
            if !report.refused.is_empty() && !partial {
                for r in &report.refused {
                    let label = lang.pick(&r.label_en, &r.label_fr);
                    let label = if label.is_empty() { String::new() } else { format!(" ({label})") };
                    warn(&format!("{} {}{label}{} {}", lang.pick("refused", "refusé"), r.id, lang.pick(":", "\u{a0}:"), r.error.message))?;
                }
                warn(&lang.pick(
                    format!("the file was refused; nothing was written ({} other unit(s) could be applied with --partial)", report.applicable),
                    format!("le fichier a été refusé\u{a0}; rien n’a été écrit ({}\u{a0}autre(s) unité(s) applicable(s) avec --partial)", report.applicable),
                ))?;
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn direction(source: Lang, target: Lang) -> String {
    format!("{} → {}", source.code().to_uppercase(), target.code().to_uppercase())
}

fn print_term(t: &Term) -> anyhow::Result<()> {
    let note = if t.note.is_empty() { String::new() } else { format!("  ({})", t.note) };
    say!("{}  {} ↔ {}{note}", t.id, t.en, t.fr);
    Ok(())
}

fn issue_line(issue: &GlossaryIssue, lang: Lang) -> String {
    let (used, wanted) = match issue.missing_in {
        Lang::Fr => (&issue.en, &issue.fr),
        Lang::En => (&issue.fr, &issue.en),
    };
    let mut wanted = format!("“{wanted}”");
    for alt in &issue.alternatives {
        wanted.push_str(&lang.pick(format!(" or “{alt}”"), format!(" ou «\u{a0}{alt}\u{a0}»")));
    }
    match (lang, issue.missing_in) {
        (Lang::En, Lang::Fr) => format!("uses “{used}”; the French should say {wanted}"),
        (Lang::En, Lang::En) => format!("uses “{used}”; the English should say {wanted}"),
        (Lang::Fr, Lang::Fr) => format!("emploie «\u{a0}{used}\u{a0}»\u{a0}; le français devrait dire {}", wanted.replace('“', "«\u{a0}").replace('”', "\u{a0}»")),
        (Lang::Fr, Lang::En) => format!("emploie «\u{a0}{used}\u{a0}»\u{a0}; l’anglais devrait dire {}", wanted.replace('“', "«\u{a0}").replace('”', "\u{a0}»")),
    }
}

/// A diff as text: deleted words in [-…-], inserted words in {+…+} (wdiff's notation).
fn diff_line(spans: &[DiffSpan]) -> String {
    plenary_api::core::diff::wdiff(spans)
}

fn state_label(side: &SideStatus, lang: Lang) -> String {
    let state = match (side.state.as_str(), lang) {
        (s, Lang::En) => s.replace('_', " "),
        ("missing", Lang::Fr) => "manquant".into(),
        ("draft", Lang::Fr) => "brouillon".into(),
        ("translated", Lang::Fr) => "traduit".into(),
        ("reviewed", Lang::Fr) => "révisé".into(),
        ("final", Lang::Fr) => "définitif".into(),
        (s, Lang::Fr) => s.to_owned(),
    };
    if side.stale { format!("{state}, {}", lang.pick("stale", "à revoir")) } else { state }
}

fn print_item(item: &WorklistItem, lang: Lang) -> anyhow::Result<()> {
    let colon = lang.pick(":", "\u{a0}:");
    say!("{}  [{}]", lang.pick(&item.label_en, &item.label_fr), item.text_id);
    for (code, side) in [("EN", &item.en), ("FR", &item.fr)] {
        say!("  {code} ({}){colon} {}", state_label(side, lang), side.text);
        if let Some(diff) = &side.source_diff {
            say!("     {}{colon} {}", lang.pick("source changed", "la source a changé"), diff_line(diff));
        }
    }
    for issue in &item.issues {
        say!("  ! {}", issue_line(issue, lang));
    }
    Ok(())
}

fn print_worklist(lang: Lang, list: &Worklist, target: Option<Lang>) -> anyhow::Result<()> {
    for item in &list.items {
        print_item(item, lang)?;
    }
    let p = &list.progress;
    let counts: Vec<String> = p
        .by_state
        .iter()
        .map(|c| format!("{} {}", c.count, state_label(&SideStatus { text: String::new(), state: c.state, stale: false, source_diff: None }, lang)))
        .collect();
    let which = match target {
        Some(l) => format!(" ({})", l.code().to_uppercase()),
        None => String::new(),
    };
    let colon = lang.pick(":", "\u{a0}:");
    let semicolon = lang.pick(";", "\u{a0};");
    say!(
        "{}{which}{colon} {}{semicolon} {} {}{semicolon} {} {}",
        lang.pick("Progress", "Avancement"),
        counts.join(", "),
        p.stale,
        lang.pick("stale", "à revoir"),
        list.items.len(),
        lang.pick("listed", "listés"),
    );
    Ok(())
}

fn print_import(lang: Lang, report: &XliffImport, partial: bool) -> anyhow::Result<()> {
    let colon = lang.pick(":", "\u{a0}:");
    if partial {
        // With --partial the refusals are part of the result, not a failure.
        for r in &report.refused {
            let label = lang.pick(&r.label_en, &r.label_fr);
            let label = if label.is_empty() { String::new() } else { format!(" ({label})") };
            say!("{} {}{label}{colon} {}", lang.pick("refused", "refusé"), r.id, r.error.message);
        }
    }
    let semicolon = lang.pick(";", "\u{a0};");
    let dir = direction(report.source, report.target);
    if !report.refused.is_empty() && !partial {
        say!(
            "{dir}{colon} {} {}{semicolon} {} {} ({})",
            report.refused.len(),
            lang.pick("unit(s) refused, nothing written", "unité(s) refusée(s), rien n’a été écrit"),
            report.applicable,
            lang.pick("could be applied", "pourraient être appliquées"),
            lang.pick("--partial applies them", "--partial les applique"),
        );
    } else {
        say!(
            "{dir}{colon} {} {}, {} {}, {} {}",
            report.applied,
            lang.pick("applied", "appliquées"),
            report.untranslated,
            lang.pick("untranslated", "non traduites"),
            report.refused.len(),
            lang.pick("refused", "refusées"),
        );
    }
    Ok(())
}

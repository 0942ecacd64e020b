//! `plenary export <kind>`: documents out of a meeting. The agenda is the first kind; the
//! participants list and the outcome document will join it as subcommands of their own.

use crate::agenda::{gap_report, print_json};
use clap::builder::ArgPredicate;
use clap::{Args, Subcommand};
use plenary_api::{Api, ExportFormat, ExportResult, Lang, Languages, Layout, SaveAgendaArgs};
use std::io::Write as _;
use std::path::PathBuf;

/// What to export.
#[derive(Subcommand)]
pub enum ExportKind {
    /// A meeting's agenda as PDF, Word, a web page, a calendar or JSON. Texts that cannot be
    /// printed as they should (missing or stale translations, people without a function) are
    /// listed on stderr; the file is written all the same.
    Agenda(AgendaExport),
}

/// `plenary export agenda …`.
#[derive(Args)]
pub struct AgendaExport {
    /// The meeting (id or unique id prefix).
    #[arg(long)]
    meeting: String,
    /// pdf, docx, html, ics or json (default: from the extension of -o).
    #[arg(long, value_parser = parse_format)]
    format: Option<ExportFormat>,
    /// The document's languages: en, fr or both (the default; a calendar in both languages
    /// is two files, NAME.en.ics and NAME.fr.ics).
    //
    // This `--lang` takes the place of the global one (clap does not give a command a global
    // option whose id it already has), and its value goes up to the global like any global's:
    // so it must be a `Lang` too. "both" reads as English for messages, and the two hidden
    // flags below, set by clap from the raw value, say what was asked for the document.
    #[arg(long = "lang", id = "lang", ignore_case = true, value_parser = parse_document_lang)]
    lang: Option<Lang>,
    #[arg(long = "lang-both", hide = true, default_value_if("lang", "both", "true"))]
    lang_both: bool,
    #[arg(long = "lang-given", hide = true, default_value_if("lang", ArgPredicate::IsPresent, "true"))]
    lang_given: bool,
    /// How two languages share the document: side-by-side or separate.
    #[arg(long, default_value = "side-by-side", value_parser = parse_layout)]
    layout: Layout,
    /// A released version's number (default: the current draft).
    #[arg(long)]
    version: Option<i32>,
    /// The file to write.
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
}

fn parse_format(value: &str) -> Result<ExportFormat, String> {
    ExportFormat::parse(&value.to_ascii_lowercase()).map_err(|_| format!("unknown format {value:?}: use pdf, docx, html, ics or json"))
}

fn parse_document_lang(value: &str) -> Result<Lang, String> {
    match Languages::parse(&value.to_ascii_lowercase()) {
        Ok(Languages::Fr) => Ok(Lang::Fr),
        Ok(Languages::En | Languages::Both) => Ok(Lang::En),
        Err(_) => Err(format!("unknown languages {value:?}: use en, fr or both")),
    }
}

fn parse_layout(value: &str) -> Result<Layout, String> {
    Layout::parse(&value.to_ascii_lowercase()).map_err(|_| format!("unknown layout {value:?}: use side-by-side or separate"))
}

/// Runs `plenary export <kind>`.
pub fn run(api: &Api, json: bool, kind: &ExportKind) -> anyhow::Result<()> {
    match kind {
        ExportKind::Agenda(args) => agenda(api, json, args),
    }
}

fn agenda(api: &Api, json: bool, args: &AgendaExport) -> anyhow::Result<()> {
    let lang = api.language();
    let format = match args.format.or_else(|| ExportFormat::from_path(&args.output)) {
        Some(f) => f,
        None => anyhow::bail!(lang.pick(
            "say which format to write with --format (pdf, docx, html, ics or json), or give the file one of these extensions",
            "indiquez le format avec --format (pdf, docx, html, ics ou json), ou donnez au fichier l’une de ces extensions",
        )),
    };
    let meeting_id = crate::meeting_id(api, &args.meeting)?;
    let languages = match (args.lang_given && !args.lang_both, args.lang) {
        (true, Some(Lang::Fr)) => Languages::Fr,
        (true, Some(Lang::En)) => Languages::En,
        _ => Languages::Both,
    };
    let what = SaveAgendaArgs { meeting_id, format, languages, layout: args.layout, version: args.version };
    let result = api.export_agenda(what.to_path(args.output.clone()))?;
    gap_report(&result.gaps, lang)?;
    if json {
        return print_json(&result);
    }
    wrote(&result, lang)
}

fn wrote(result: &ExportResult, lang: Lang) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for path in &result.paths {
        writeln!(out, "{} {path}", lang.pick("Wrote", "Écrit\u{a0}:"))?;
    }
    Ok(())
}

//! `plenary export <kind>`: documents out of a meeting: the agenda and the outcome document
//! (the participants list will join them as a subcommand of its own).

use crate::agenda::{gap_report, print_json};
use clap::builder::ArgPredicate;
use clap::{Args, Subcommand};
use plenary_api::{Api, ExportFormat, ExportOutcomeArgs, ExportResult, Lang, Languages, Layout, OutcomeFormat, SaveAgendaArgs};
use std::io::Write as _;
use std::path::PathBuf;

/// What to export.
#[derive(Subcommand)]
pub enum ExportKind {
    /// A meeting's agenda as PDF, Word, a web page, a calendar or JSON. Texts that cannot be
    /// printed as they should (missing or stale translations, people without a function) are
    /// listed on stderr; the file is written all the same.
    Agenda(AgendaExport),
    /// A meeting's outcome document as Word (numbered paragraphs, pending amendments as
    /// tracked changes), PDF, a web page, or Akoma Ntoso XML for archives (one file per
    /// language: NAME.en.xml and NAME.fr.xml). Missing or stale texts are listed on stderr.
    Outcome(OutcomeExport),
}

/// The languages of a document: `--lang en|fr|both`.
#[derive(Args)]
pub struct DocumentLangs {
    /// The document's languages: en, fr or both (the default).
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
}

impl DocumentLangs {
    /// The languages asked for.
    fn languages(&self) -> Languages {
        match (self.lang_given && !self.lang_both, self.lang) {
            (true, Some(Lang::Fr)) => Languages::Fr,
            (true, Some(Lang::En)) => Languages::En,
            _ => Languages::Both,
        }
    }
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
    /// A calendar in both languages is two files, NAME.en.ics and NAME.fr.ics.
    #[command(flatten)]
    langs: DocumentLangs,
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

/// `plenary export outcome …`.
#[derive(Args)]
pub struct OutcomeExport {
    #[command(flatten)]
    which: crate::outcome::Which,
    /// docx, pdf, html or akn (default: from the extension of -o; .xml is akn).
    #[arg(long, value_parser = parse_outcome_format)]
    format: Option<OutcomeFormat>,
    #[command(flatten)]
    langs: DocumentLangs,
    /// How two languages share the document: side-by-side or separate.
    #[arg(long, default_value = "side-by-side", value_parser = parse_layout)]
    layout: Layout,
    /// A named revision (its number or name; default: the text as it is now).
    #[arg(long)]
    revision: Option<String>,
    /// The file to write.
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
}

fn parse_outcome_format(value: &str) -> Result<OutcomeFormat, String> {
    OutcomeFormat::parse(&value.to_ascii_lowercase()).map_err(|_| format!("unknown format {value:?}: use docx, pdf, html or akn"))
}

/// The outcome format named by a file's extension (`.xml` is Akoma Ntoso).
fn outcome_format_of(path: &std::path::Path) -> Option<OutcomeFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "htm" => Some(OutcomeFormat::Html),
        "xml" => Some(OutcomeFormat::Akn),
        other => OutcomeFormat::parse(other).ok(),
    }
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
        ExportKind::Outcome(args) => outcome(api, json, args),
    }
}

fn outcome(api: &Api, json: bool, args: &OutcomeExport) -> anyhow::Result<()> {
    let lang = api.language();
    let format = match args.format.or_else(|| outcome_format_of(&args.output)) {
        Some(f) => f,
        None => anyhow::bail!(lang.pick(
            "say which format to write with --format (docx, pdf, html or akn), or give the file one of the extensions .docx, .pdf, .html, .xml",
            "indiquez le format avec --format (docx, pdf, html ou akn), ou donnez au fichier l’une des extensions .docx, .pdf, .html, .xml",
        )),
    };
    let document_id = crate::outcome::document_id(api, &args.which)?;
    let revision_id = match &args.revision {
        Some(r) => Some(crate::outcome::revision_id(api, &document_id, r)?),
        None => None,
    };
    let what = ExportOutcomeArgs {
        document_id,
        revision_id,
        format,
        languages: args.langs.languages(),
        layout: args.layout,
        path: args.output.clone(),
    };
    let result = api.export_outcome(what)?;
    gap_report(&result.gaps, lang)?;
    if json {
        return print_json(&result);
    }
    wrote(&result, lang)
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
    let what = SaveAgendaArgs { meeting_id, format, languages: args.langs.languages(), layout: args.layout, version: args.version };
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

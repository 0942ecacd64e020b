//! `plenary export <kind>`: documents out of a meeting: the agenda, the outcome document,
//! the list of participants, badges, tent cards and the statistics tables.

use crate::agenda::{gap_report, print_json};
use clap::builder::ArgPredicate;
use clap::{Args, Subcommand};
use plenary_api::{
    Api, BadgeLayout, ExportFormat, ExportOutcomeArgs, ExportResult, Id, Lang, Languages, Layout, ListDelegationsArgs, ListFormat,
    OutcomeFormat, SaveAgendaArgs, SaveBadgesArgs, SaveParticipantsArgs, SaveStatsArgs, SaveTentCardsArgs, StatsFormat,
};
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
    /// A meeting's list of participants as PDF, Word, Excel or CSV, in the language of
    /// --lang: groups in UN listing order, head of delegation first. Functions missing in
    /// that language print the other, tagged, and are listed on stderr. Names that a
    /// spreadsheet would run as formulas (=, +, -, @) are written as text.
    Participants(ParticipantsExport),
    /// Badges as PDF: A6, one per page, or four per A4 sheet with cut marks; a band per role,
    /// a QR code of the participant's id, and beside it the meeting's title, dates and city.
    Badges(BadgesExport),
    /// Tent cards as PDF: one A4 landscape sheet per delegation, folded, English on one side,
    /// French on the other.
    TentCards(TentCardsExport),
    /// A meeting's statistics tables as Excel (a sheet per table) or CSV, labels in --lang,
    /// the headline in both languages.
    Stats(StatsExport),
}

/// `plenary export participants …`.
#[derive(Args)]
pub struct ParticipantsExport {
    /// The meeting (id or unique id prefix).
    #[arg(long)]
    meeting: String,
    /// pdf, docx, xlsx or csv (default: from the extension of -o).
    #[arg(long, value_parser = parse_list_format)]
    format: Option<ListFormat>,
    /// un (UN listing groups, the default), alpha (every delegation alphabetically, no group
    /// headings), or lot:XX (member states from the country drawn).
    #[arg(long, default_value = "un")]
    order: String,
    /// Print participants' emails and phones too (personal data: left out by default).
    #[arg(long)]
    with_contacts: bool,
    /// The file to write.
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
}

/// `plenary export badges …`.
#[derive(Args)]
pub struct BadgesExport {
    /// The meeting (id or unique id prefix).
    #[arg(long)]
    meeting: String,
    /// a6 (one badge per page) or a4 (four per sheet, with cut marks).
    #[arg(long, default_value = "a6", value_parser = parse_badge_layout)]
    layout: BadgeLayout,
    /// Only this delegation: its id (or unique prefix), its name, or its country's ISO code.
    #[arg(long)]
    delegation: Option<String>,
    /// The file to write.
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
}

/// `plenary export tent-cards …`.
#[derive(Args)]
pub struct TentCardsExport {
    /// The meeting (id or unique id prefix).
    #[arg(long)]
    meeting: String,
    /// un (the default), alpha, or lot:XX.
    #[arg(long, default_value = "un")]
    order: String,
    /// The file to write.
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
}

/// `plenary export stats …`.
#[derive(Args)]
pub struct StatsExport {
    /// The meeting (id or unique id prefix).
    #[arg(long)]
    meeting: String,
    /// xlsx or csv (default: from the extension of -o).
    #[arg(long, value_parser = parse_stats_format)]
    format: Option<StatsFormat>,
    /// The file to write.
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
}

fn parse_list_format(value: &str) -> Result<ListFormat, String> {
    ListFormat::parse(&value.to_ascii_lowercase()).map_err(|_| format!("unknown format {value:?}: use pdf, docx, xlsx or csv"))
}

fn parse_stats_format(value: &str) -> Result<StatsFormat, String> {
    StatsFormat::parse(&value.to_ascii_lowercase()).map_err(|_| format!("unknown format {value:?}: use xlsx or csv"))
}

fn parse_badge_layout(value: &str) -> Result<BadgeLayout, String> {
    BadgeLayout::parse(&value.to_ascii_lowercase()).map_err(|_| format!("unknown layout {value:?}: use a6 or a4"))
}

/// The lower-cased extension of `path`.
fn extension_of(path: &std::path::Path) -> Option<String> {
    Some(path.extension()?.to_str()?.to_ascii_lowercase())
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
        ExportKind::Participants(args) => participants(api, json, args),
        ExportKind::Badges(args) => badges(api, json, args),
        ExportKind::TentCards(args) => tent_cards(api, json, args),
        ExportKind::Stats(args) => stats(api, json, args),
    }
}

/// Reports the gaps on stderr, then what was written (or the result as JSON).
fn done(result: &ExportResult, json: bool, lang: Lang) -> anyhow::Result<()> {
    gap_report(&result.gaps, lang)?;
    if json {
        return print_json(result);
    }
    wrote(result, lang)
}

fn participants(api: &Api, json: bool, args: &ParticipantsExport) -> anyhow::Result<()> {
    let lang = api.language();
    let format = match args.format.or_else(|| extension_of(&args.output).and_then(|e| ListFormat::parse(&e).ok())) {
        Some(f) => f,
        None => anyhow::bail!(lang.pick(
            "say which format to write with --format (pdf, docx, xlsx or csv), or give the file one of these extensions",
            "indiquez le format avec --format (pdf, docx, xlsx ou csv), ou donnez au fichier l’une de ces extensions",
        )),
    };
    let meeting_id = crate::meeting_id(api, &args.meeting)?;
    let what = SaveParticipantsArgs { meeting_id, format, lang, order: Some(args.order.clone()), include_contacts: args.with_contacts };
    done(&api.export_participants(what.to_path(args.output.clone()))?, json, lang)
}

fn badges(api: &Api, json: bool, args: &BadgesExport) -> anyhow::Result<()> {
    let lang = api.language();
    let meeting_id = crate::meeting_id(api, &args.meeting)?;
    let delegation_id = match &args.delegation {
        Some(value) => Some(delegation_id(api, &meeting_id, value)?),
        None => None,
    };
    let what = SaveBadgesArgs { meeting_id, layout: args.layout, lang, delegation_id };
    done(&api.export_badges(what.to_path(args.output.clone()))?, json, lang)
}

/// Finds a delegation of the meeting by id (or unique prefix), name in either language
/// (case ignored) or ISO country code.
fn delegation_id(api: &Api, meeting_id: &Id, value: &str) -> anyhow::Result<Id> {
    let value = value.trim();
    let rows = api.list_delegations(ListDelegationsArgs { meeting_id: meeting_id.clone(), order: None, lang: None })?;
    let named: Vec<&Id> = rows
        .iter()
        .filter(|d| {
            d.name_en.eq_ignore_ascii_case(value)
                || d.name_fr.to_lowercase() == value.to_lowercase()
                || matches!(&d.delegation.party, plenary_api::core::delegation::Party::Country(code) if code.eq_ignore_ascii_case(value))
        })
        .map(|d| &d.delegation.id)
        .collect();
    let by_id: Vec<&Id> = rows.iter().map(|d| &d.delegation.id).filter(|id| !value.is_empty() && id.as_str().starts_with(value)).collect();
    match (named.as_slice(), by_id.as_slice()) {
        ([one], _) | ([], [one]) => Ok((*one).clone()),
        ([], []) => Err(crate::error(api, plenary_api::core::DomainError::not_found("delegation", value)).into()),
        _ => Err(crate::error(api, plenary_api::core::DomainError::invalid("delegation", value)).into()),
    }
}

fn tent_cards(api: &Api, json: bool, args: &TentCardsExport) -> anyhow::Result<()> {
    let lang = api.language();
    let meeting_id = crate::meeting_id(api, &args.meeting)?;
    let what = SaveTentCardsArgs { meeting_id, order: Some(args.order.clone()) };
    done(&api.export_tent_cards(what.to_path(args.output.clone()))?, json, lang)
}

fn stats(api: &Api, json: bool, args: &StatsExport) -> anyhow::Result<()> {
    let lang = api.language();
    let format = match args.format.or_else(|| extension_of(&args.output).and_then(|e| StatsFormat::parse(&e).ok())) {
        Some(f) => f,
        None => anyhow::bail!(lang.pick(
            "say which format to write with --format (xlsx or csv), or give the file the extension .xlsx or .csv",
            "indiquez le format avec --format (xlsx ou csv), ou donnez au fichier l’extension .xlsx ou .csv",
        )),
    };
    let meeting_id = crate::meeting_id(api, &args.meeting)?;
    let what = SaveStatsArgs { meeting_id, format, lang };
    done(&api.export_stats(what.to_path(args.output.clone()))?, json, lang)
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
    done(&api.export_outcome(what)?, json, lang)
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
    done(&api.export_agenda(what.to_path(args.output.clone()))?, json, lang)
}

fn wrote(result: &ExportResult, lang: Lang) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for path in &result.paths {
        writeln!(out, "{} {path}", lang.pick("Wrote", "Écrit\u{a0}:"))?;
    }
    Ok(())
}

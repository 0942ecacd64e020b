//! `plenary`: the command line over plenary-api. Anything the app can do, a script can do.

mod agenda;
mod backup;
mod export;
mod import;
mod outcome;
mod output;
mod purge;
mod translation;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use plenary_api::{
    Api, ApiError, Id, Lang, ListDelegationsArgs, ListParticipantsArgs, MeetingArgs, ParticipantFilter, SearchArgs,
    StatsArgs,
};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plenary: meetings, delegations, timetables and bilingual agendas, offline.
#[derive(Parser)]
#[command(name = "plenary", version)]
struct Cli {
    /// The database file (default: the platform data directory).
    #[arg(long, global = true, env = "PLENARY_DB")]
    db: Option<PathBuf>,
    /// Machine-readable JSON output.
    #[arg(long, global = true)]
    json: bool,
    /// Language of messages and labels: en or fr.
    #[arg(long, global = true, default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the Lagos joint thematic meeting (4–5 November 2025), unless it is already there;
    /// with `--scale cop|N`, a generated meeting of that many participants instead.
    Demo {
        /// `cop` (70,000 participants, 200 delegations, 1,000 sessions) or a number of participants.
        #[arg(long, value_parser = parse_scale)]
        scale: Option<plenary_api::ScaleSpec>,
        /// What the generated meeting is drawn from: the same seed gives the same meeting.
        #[arg(long, requires = "scale")]
        seed: Option<u64>,
    },
    /// List the meetings.
    Meetings,
    /// List a meeting's delegations.
    Delegations {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// en, fr (alphabetical), protocol (UN listing order) or lot:XX (from the country drawn).
        #[arg(long, default_value = "protocol")]
        order: String,
    },
    /// List a meeting's participants.
    Participants {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// Search names, functions, emails and delegations (accents ignored).
        #[arg(long)]
        search: Option<String>,
        /// name (default), en, fr, protocol or lot:XX.
        #[arg(long, default_value = "name")]
        order: String,
        /// At most this many.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// List a meeting's sessions, day by day.
    Sessions {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
    },
    /// A meeting's statistics and headline.
    Stats {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
    },
    /// Search participants, delegations, organisations, sessions and outcome paragraphs.
    Search {
        /// The words to look for.
        text: String,
        /// Only this meeting.
        #[arg(long)]
        meeting: Option<String>,
    },
    /// Check the database's integrity and consistency; exits with 1 when something is wrong.
    Check,
    /// Take a verified snapshot of the database: into the snapshots folder (`backups/`
    /// beside the database), or to OUT.
    Backup {
        /// Where to write the copy: a file, or a folder to put it in (default: the snapshots folder).
        out: Option<PathBuf>,
    },
    /// List the snapshots, newest first: date, reason, meetings and counts, size.
    Backups,
    /// Restore a snapshot (a name from `plenary backups`, or a path); the current state is
    /// snapshotted first. A damaged database is kept as `.damaged` and replaced.
    Restore {
        /// The snapshot's name or path.
        snapshot: String,
    },
    /// Remove the emails and phones of a meeting's participants (personal data), keeping
    /// its statistics; says how many were removed.
    PurgePersonalData {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
    },
    /// Export a document of a meeting:
    /// `plenary export agenda|outcome|participants|badges|tent-cards|stats --meeting M -o FILE`.
    Export {
        #[command(subcommand)]
        kind: export::ExportKind,
    },
    /// Import a list of participants: `plenary import participants FILE --meeting M`.
    Import {
        #[command(subcommand)]
        kind: import::ImportKind,
    },
    /// Release the agenda as a numbered version, list the versions, compare two of them.
    Agenda {
        #[command(subcommand)]
        command: agenda::AgendaCommand,
    },
    /// The translation worklist of a meeting.
    Translation {
        #[command(subcommand)]
        command: translation::TranslationCommand,
    },
    /// A meeting's glossary of EN↔FR terms, and the check of its texts against it.
    Glossary {
        #[command(subcommand)]
        command: translation::GlossaryCommand,
    },
    /// XLIFF 2.0 files for translators: export the texts to translate, import translations.
    Xliff {
        #[command(subcommand)]
        command: translation::XliffCommand,
    },
    /// Outcome documents: print one with its paragraph numbers, save, compare and restore
    /// named revisions.
    Outcome {
        #[command(subcommand)]
        command: outcome::OutcomeCommand,
    },
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    value.parse::<Lang>().map_err(|_| format!("unknown language {value:?}: use en or fr"))
}

fn parse_scale(value: &str) -> Result<plenary_api::ScaleSpec, String> {
    if value.eq_ignore_ascii_case("cop") {
        return Ok(plenary_api::ScaleSpec::cop());
    }
    match value.replace([',', '_'], "").parse::<u32>() {
        Ok(n) if n > 0 => Ok(plenary_api::ScaleSpec::of(n)),
        _ => Err(format!("{value:?} is not a scale: use cop or a number of participants (at least 1)")),
    }
}

fn default_db() -> anyhow::Result<PathBuf> {
    plenary_api::default_database_path().context("no data directory on this system: pass --db PATH or set PLENARY_DB")
}

/// Finds a meeting by id or unique id prefix.
fn meeting_id(api: &Api, value: &str) -> Result<Id, ApiError> {
    let meetings = api.list_meetings()?;
    let matches: Vec<&Id> = meetings.iter().map(|m| &m.meeting.id).filter(|id| id.as_str().starts_with(value.trim())).collect();
    match matches.as_slice() {
        // Before `[one]`: an empty value is a prefix of every id, so with a single meeting it
        // would otherwise be taken as that meeting.
        _ if value.trim().is_empty() => Err(error(api, plenary_api::core::DomainError::required("meeting"))),
        [one] => Ok((*one).clone()),
        [] => Err(error(api, plenary_api::core::DomainError::not_found("meeting", value))),
        _ => Err(error(api, plenary_api::core::DomainError::invalid("meeting", value))),
    }
}

/// The language delegation names are printed in: that of an alphabetical order (`en`, `fr`),
/// so that a list sorted in French reads in French; otherwise `--lang`.
fn names_lang(order: &str, lang: Lang) -> Lang {
    plenary_api::core::protocol::ProtocolOrder::parse(order, lang).map_or(lang, |o| o.lang())
}

fn error(api: &Api, err: plenary_api::core::DomainError) -> ApiError {
    ApiError::from_domain(err, api.language())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            match err.downcast_ref::<ApiError>() {
                Some(api) if cli.json => eprintln!("{}", serde_json::json!({ "error": api })),
                Some(api) => eprintln!("plenary: {}", api.message),
                None => eprintln!("plenary: {err:#}"),
            }
            ExitCode::FAILURE
        }
    }
}

/// Whether the output was cut short by its reader (`plenary participants … | head`), which is
/// not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
        || err.downcast_ref::<serde_json::Error>().is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let path = match &cli.db {
        Some(p) => p.clone(),
        None => default_db()?,
    };
    let out = output::Output { json: cli.json, lang: cli.lang };
    // Both work on a database that cannot be opened (a damaged one).
    match &cli.command {
        Command::Backups => return backup::list(&path, &out),
        Command::Restore { snapshot } => return backup::restore(&path, &out, snapshot),
        _ => {}
    }
    let api = Api::open(&path, cli.lang)?;
    match &cli.command {
        Command::Demo { scale: None, .. } => out.demo(&api.demo()?)?,
        Command::Demo { scale: Some(spec), seed } => {
            let spec = plenary_api::ScaleSpec { seed: seed.unwrap_or(spec.seed), ..spec.clone() };
            out.demo_scale(&spec, &api.demo_scale(&spec)?)?
        }
        Command::Meetings => out.meetings(&api.list_meetings()?)?,
        Command::Delegations { meeting, order } => {
            let meeting_id = meeting_id(&api, meeting)?;
            let rows = api.list_delegations(ListDelegationsArgs { meeting_id, order: Some(order.clone()), lang: Some(cli.lang) })?;
            out.delegations(&rows, names_lang(order, cli.lang), !matches!(order.as_str(), "en" | "fr"))?
        }
        Command::Participants { meeting, search, order, limit } => {
            let meeting_id = meeting_id(&api, meeting)?;
            let filter = ParticipantFilter { meeting_id, search: search.clone(), limit: *limit, ..ParticipantFilter::default() };
            let page = api.list_participants(ListParticipantsArgs { filter, order: Some(order.clone()), lang: Some(cli.lang) })?;
            out.participants(&page, names_lang(order, cli.lang))?
        }
        Command::Sessions { meeting } => {
            let meeting_id = meeting_id(&api, meeting)?;
            let detail = api.get_meeting(MeetingArgs { meeting_id: meeting_id.clone() })?;
            out.sessions(&detail, &api.list_sessions(MeetingArgs { meeting_id })?)?
        }
        Command::Stats { meeting } => {
            let meeting_id = meeting_id(&api, meeting)?;
            out.stats(&api.meeting_stats(StatsArgs { meeting_id, lang: Some(cli.lang) })?)?
        }
        Command::Search { text, meeting } => {
            let meeting_id = meeting.as_deref().map(|m| meeting_id(&api, m)).transpose()?;
            out.hits(&api.search(SearchArgs { text: text.clone(), meeting_id, lang: Some(cli.lang), ..Default::default() })?)?
        }
        Command::Export { kind } => export::run(&api, cli.json, kind)?,
        Command::Import { kind } => return import::run(&api, &out, kind),
        Command::Agenda { command } => agenda::run(&api, cli.json, command)?,
        Command::Translation { command } => return translation::translation(&api, &out, command),
        Command::Glossary { command } => return translation::glossary(&api, &out, command),
        Command::Xliff { command } => return translation::xliff(&api, &out, command),
        Command::Outcome { command } => outcome::run(&api, cli.json, command)?,
        Command::PurgePersonalData { meeting } => purge::run(&api, cli.json, meeting)?,
        Command::Backup { out: to } => return backup::backup(&api, &out, to.as_deref()),
        Command::Backups | Command::Restore { .. } => {}
        Command::Check => {
            let report = api.check()?;
            out.check(&report)?;
            if !report.ok {
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

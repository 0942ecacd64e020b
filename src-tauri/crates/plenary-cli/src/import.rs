//! `plenary import participants FILE --meeting M`: a registration list into a meeting, with
//! the same preview and checks as the app's import wizard. `--dry-run` prints the preview
//! only; a refused import exits with 1 and writes nothing.

use crate::output::Output;
use anyhow::{Context as _, bail};
use clap::{Subcommand, ValueEnum};
use plenary_api::core::participant::fold_name;
use plenary_api::{
    Api, DuplicateAction, DuplicateChoice, Field, ImportFileArgs, ImportOptions, ImportPreview, ImportReport, OrganisationChoice,
};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// What to import.
#[derive(Subcommand)]
pub enum ImportKind {
    /// A list of participants (CSV, XLSX or ODS) into a meeting.
    Participants {
        /// The file.
        file: PathBuf,
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
        /// The field of a column, as COLUMN=FIELD: COLUMN is its header or its number from 1,
        /// FIELD one of family_name, given_name, full_name, honorific_prefix, country,
        /// organisation, function_en, function_fr, email, phone, gender, language,
        /// head_of_delegation, or "none" to leave the column out. Repeat for each column to change.
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        /// The sheet of an XLSX or ODS file (default: the first).
        #[arg(long)]
        sheet: Option<String>,
        /// Print what would be imported, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// What to do with people already at the meeting (or twice in the file).
        #[arg(long, value_enum, default_value = "skip")]
        on_duplicate: OnDuplicate,
        /// Create the organisations the file names that Plenary does not know.
        #[arg(long)]
        create_organisations: bool,
    },
}

/// `--on-duplicate`.
#[derive(Clone, Copy, ValueEnum)]
pub enum OnDuplicate {
    /// Leave the row out.
    Skip,
    /// Update the person already there.
    Update,
    /// Add the row as another person.
    Add,
}

pub fn run(api: &Api, out: &Output, kind: &ImportKind) -> anyhow::Result<ExitCode> {
    let ImportKind::Participants { file, meeting, map, sheet, dry_run, on_duplicate, create_organisations } = kind;
    let meeting_id = crate::meeting_id(api, meeting)?;
    let args = |options: ImportOptions| ImportFileArgs { meeting_id: meeting_id.clone(), path: file.clone(), options };
    let mut options = ImportOptions { sheet: sheet.clone(), ..ImportOptions::default() };
    let first = api.preview_import(args(options.clone()))?;
    if !map.is_empty() {
        options.mapping = Some(mapping(&first, map)?);
    }
    // The choices depend on what the mapping reads: preview again with it before choosing.
    let read = if map.is_empty() { first } else { api.preview_import(args(options.clone()))? };
    let action = match on_duplicate {
        OnDuplicate::Skip => DuplicateAction::Skip,
        OnDuplicate::Update => DuplicateAction::Update,
        OnDuplicate::Add => DuplicateAction::Add,
    };
    options.duplicates = read.duplicates.iter().map(|d| DuplicateChoice { line: d.line, action }).collect();
    if *create_organisations {
        options.organisations =
            read.unknown_organisations.iter().map(|u| OrganisationChoice { value: u.value.clone(), organisation_id: None, create: true }).collect();
    }
    let preview = api.preview_import(args(options.clone()))?;
    if *dry_run {
        print_preview(out, &preview)?;
        return Ok(if preview.can_import { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    if !preview.can_import && !out.json {
        print_preview(out, &preview)?;
    }
    let report = api.import_participants(args(options))?;
    print_report(out, &report)?;
    Ok(ExitCode::SUCCESS)
}

/// The mapping of the columns: the preview's (remembered or suggested), changed by each
/// `COLUMN=FIELD`.
fn mapping(preview: &ImportPreview, map: &[String]) -> anyhow::Result<Vec<Option<Field>>> {
    let mut mapping: Vec<Option<Field>> = preview.columns.iter().map(|c| c.field).collect();
    for entry in map {
        let (column, field) = entry.rsplit_once('=').with_context(|| format!("--map {entry:?}: expected COLUMN=FIELD"))?;
        let index = match column.trim().parse::<usize>() {
            Ok(n) if (1..=mapping.len()).contains(&n) => n - 1,
            Ok(n) => bail!("--map {entry:?}: the file has {} columns, not {n}", mapping.len()),
            Err(_) => preview
                .columns
                .iter()
                .position(|c| fold_name(&c.header) == fold_name(column))
                .with_context(|| format!("--map {entry:?}: no column is headed {column:?}"))?,
        };
        let field = match field.trim() {
            "none" | "" => None,
            name => Some(
                serde_json::from_value::<Field>(serde_json::Value::String(name.to_owned()))
                    .map_err(|_| anyhow::anyhow!("--map {entry:?}: unknown field {name:?}"))?,
            ),
        };
        // One column per field: the one named here takes it from any other.
        if field.is_some() {
            mapping.iter_mut().filter(|m| **m == field).for_each(|m| *m = None);
        }
        mapping[index] = field;
    }
    Ok(mapping)
}

fn field_name(field: Option<Field>) -> String {
    field.and_then(|f| serde_json::to_value(f).ok()).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| "-".to_owned())
}

fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    let mut stdout = io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, value)?;
    writeln!(stdout)?;
    Ok(())
}

fn print_preview(out: &Output, p: &ImportPreview) -> anyhow::Result<()> {
    if out.json {
        return print_json(p);
    }
    let t = |en: &'static str, fr: &'static str| out.lang.pick(en, fr);
    let mut o = io::stdout().lock();
    let how = [p.encoding.clone(), p.delimiter.as_ref().map(|d| format!("{d:?}")), p.sheet.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    writeln!(o, "{} ({}, {how}): {} {}, {} {}", p.file_name, p.format, p.total_rows, t("rows", "lignes"), p.ready_rows, t("ready", "prêtes"))?;
    let remembered = if p.remembered { t(" (remembered)", " (mémorisées)") } else { "" };
    writeln!(o, "{}{remembered}:", t("Columns", "Colonnes"))?;
    for c in &p.columns {
        writeln!(o, "  {:>3}  {} → {}", c.index, c.header, field_name(c.field))?;
    }
    if !p.missing.is_empty() {
        let missing: Vec<String> = p.missing.iter().map(|f| field_name(Some(*f))).collect();
        writeln!(o, "{}: {}", t("No column for", "Aucune colonne pour"), missing.join(", "))?;
    }
    if p.issue_count > 0 {
        writeln!(o, "{} ({}):", t("Issues", "Problèmes"), p.issue_count)?;
        for i in &p.issues {
            let at = match (i.column, &i.header) {
                (Some(c), Some(h)) => format!("{} {}, {} {c} ({h})", t("line", "ligne"), i.line, t("column", "colonne")),
                _ => format!("{} {}", t("line", "ligne"), i.line),
            };
            writeln!(o, "  {at}: {}", i.message)?;
        }
    }
    for (label, list) in [(t("Unknown countries", "Pays inconnus"), &p.unknown_countries), (t("Unknown organisations", "Organisations inconnues"), &p.unknown_organisations)] {
        if !list.is_empty() {
            writeln!(o, "{label}:")?;
            for u in list {
                let lines: Vec<String> = u.lines.iter().map(u32::to_string).collect();
                writeln!(o, "  {} ({} × {}: {})", u.value, u.count, t("lines", "lignes"), lines.join(", "))?;
            }
        }
    }
    if !p.duplicates.is_empty() {
        writeln!(o, "{}:", t("Duplicates", "Doublons"))?;
        for d in &p.duplicates {
            let action = field_action(d.action, out);
            writeln!(o, "  {} {}: {} ({}) = {} [{}] → {action}", t("line", "ligne"), d.line, d.name, d.delegation, d.existing_name, d.reason)?;
        }
    }
    if !p.new_delegations.is_empty() {
        let list: Vec<String> = p.new_delegations.iter().map(|d| format!("{} ({})", d.label, d.rows)).collect();
        writeln!(o, "{}: {}", t("New delegations", "Nouvelles délégations"), list.join(", "))?;
    }
    let verdict = if p.can_import { t("Ready to import.", "Prêt à importer.") } else { t("Cannot be imported as it is.", "Ne peut pas être importé en l’état.") };
    writeln!(o, "{verdict}")?;
    Ok(())
}

fn field_action(action: DuplicateAction, out: &Output) -> &'static str {
    match action {
        DuplicateAction::Skip => out.lang.pick("skip", "ignorer"),
        DuplicateAction::Update => out.lang.pick("update", "mettre à jour"),
        DuplicateAction::Add => out.lang.pick("add", "ajouter"),
    }
}

fn print_report(out: &Output, r: &ImportReport) -> anyhow::Result<()> {
    if out.json {
        return print_json(r);
    }
    let t = |en: &'static str, fr: &'static str| out.lang.pick(en, fr);
    writeln!(
        io::stdout().lock(),
        "{} {}, {} {}, {} {}; {} {}, {} {}",
        r.added,
        t("added", "ajoutés"),
        r.updated,
        t("updated", "mis à jour"),
        r.skipped,
        t("skipped", "ignorés"),
        r.delegations_created,
        t("delegations created", "délégations créées"),
        r.organisations_created,
        t("organisations created", "organisations créées"),
    )?;
    Ok(())
}

//! `plenary outcome …`: a meeting's outcome documents from the terminal — the text with its
//! paragraph numbers, the named revisions, comparing and restoring them — and the
//! resolution of `--document` / `--revision` that `plenary export outcome` shares.

use crate::agenda::print_json;
use clap::Subcommand;
use plenary_api::core::diff::wdiff;
use plenary_api::core::outcome::compare::ParagraphChange;
use plenary_api::core::outcome::{OutcomeDocument, brackets};
use plenary_api::{Api, ApiError, CompareArgs, DocumentArgs, Id, Lang, MeetingArgs, RevisionArgs, SaveRevisionArgs};
use std::io::Write as _;

/// What to do with an outcome document.
#[derive(Subcommand)]
pub enum OutcomeCommand {
    /// List the meeting's documents: kind, status, paragraphs, pending amendments.
    List {
        /// The meeting (id or unique id prefix).
        #[arg(long)]
        meeting: String,
    },
    /// Print a document with its paragraph numbers, in one language (`--lang`).
    Show(Which),
    /// List the named revisions, newest first.
    Revisions(Which),
    /// Save the document as it is now as a named revision ("Rev.1").
    Revise {
        #[command(flatten)]
        which: Which,
        /// The revision's name.
        #[arg(long)]
        name: String,
    },
    /// Compare two revisions paragraph by paragraph, or a revision with the text now.
    Compare {
        #[command(flatten)]
        which: Which,
        /// The older revision (number or name).
        #[arg(long)]
        from: String,
        /// The newer revision (number or name; default: the text now).
        #[arg(long)]
        to: Option<String>,
    },
    /// Restore a revision as the current text. The text before restoring is kept as a
    /// revision of its own, and no revision is ever removed.
    Restore {
        #[command(flatten)]
        which: Which,
        /// The revision to restore (number or name).
        #[arg(long)]
        revision: String,
    },
}

/// Which document of which meeting.
#[derive(clap::Args)]
pub struct Which {
    /// The meeting (id or unique id prefix).
    #[arg(long)]
    pub meeting: String,
    /// The document (id or unique id prefix; default: the meeting's outcome document, or its
    /// only document).
    #[arg(long)]
    pub document: Option<String>,
}

/// The id of the document `which` names.
pub fn document_id(api: &Api, which: &Which) -> anyhow::Result<Id> {
    let meeting_id = crate::meeting_id(api, &which.meeting)?;
    let documents = api.outcome_documents(MeetingArgs { meeting_id })?;
    let lang = api.language();
    let chosen: Vec<&Id> = match which.document.as_deref().map(str::trim) {
        Some(prefix) if !prefix.is_empty() => documents.iter().map(|d| &d.id).filter(|id| id.as_str().starts_with(prefix)).collect(),
        _ => {
            let outcome: Vec<&Id> = documents
                .iter()
                .filter(|d| d.kind == plenary_api::core::outcome::DocumentKind::OutcomeDocument)
                .map(|d| &d.id)
                .collect();
            if outcome.len() == 1 { outcome } else { documents.iter().map(|d| &d.id).collect() }
        }
    };
    match chosen.as_slice() {
        [one] => Ok((*one).clone()),
        [] => anyhow::bail!(lang.pick("no such outcome document in this meeting", "aucun document final de ce type dans cette réunion")),
        _ => anyhow::bail!(lang.pick(
            "this meeting has several documents: say which with --document (see `plenary outcome list`)",
            "cette réunion a plusieurs documents\u{a0}: précisez-le avec --document (voir `plenary outcome list`)",
        )),
    }
}

/// The id of the revision named `value` (its number or its name) of `document_id`.
pub fn revision_id(api: &Api, document_id: &Id, value: &str) -> anyhow::Result<Id> {
    let revisions = api.outcome_revisions(DocumentArgs { document_id: document_id.clone() })?;
    let value = value.trim();
    let found = revisions
        .iter()
        .find(|r| r.number.to_string() == value || r.name.eq_ignore_ascii_case(value))
        .map(|r| r.id.clone());
    found.ok_or_else(|| {
        let err = plenary_api::core::DomainError::not_found("revision", value);
        ApiError::from_domain(err, api.language()).into()
    })
}

/// Runs `plenary outcome …`.
pub fn run(api: &Api, json: bool, command: &OutcomeCommand) -> anyhow::Result<()> {
    let lang = api.language();
    let mut out = std::io::stdout().lock();
    match command {
        OutcomeCommand::List { meeting } => {
            let meeting_id = crate::meeting_id(api, meeting)?;
            let documents = api.outcome_documents(MeetingArgs { meeting_id })?;
            if json {
                return print_json(&documents);
            }
            if documents.is_empty() {
                writeln!(out, "{}", lang.pick("No outcome document yet.", "Aucun document final pour l’instant."))?;
            }
            for d in &documents {
                let amendments = match (lang, d.pending_amendments) {
                    (Lang::En, 1) => "1 pending amendment".to_owned(),
                    (Lang::En, n) => format!("{n} pending amendments"),
                    (Lang::Fr, n) if n < 2 => format!("{n}\u{a0}amendement en attente"),
                    (Lang::Fr, n) => format!("{n}\u{a0}amendements en attente"),
                };
                writeln!(
                    out,
                    "{}  {:<16}  {:<12}  {:>4} ¶  {amendments}  {}",
                    d.id,
                    d.kind.as_str(),
                    d.status.as_str(),
                    d.paragraphs,
                    d.title.get_or_other(lang),
                )?;
            }
        }
        OutcomeCommand::Show(which) => {
            let document_id = document_id(api, which)?;
            let draft = api.outcome_document(DocumentArgs { document_id })?;
            if json {
                return print_json(&draft);
            }
            write_text(&mut out, &draft.document, lang)?;
        }
        OutcomeCommand::Revisions(which) => {
            let document_id = document_id(api, which)?;
            let revisions = api.outcome_revisions(DocumentArgs { document_id })?;
            if json {
                return print_json(&revisions);
            }
            if revisions.is_empty() {
                writeln!(out, "{}", lang.pick("No revision yet.", "Aucune révision pour l’instant."))?;
            }
            for r in &revisions {
                let auto = if r.automatic { lang.pick("  (automatic)", "  (automatique)") } else { "" };
                writeln!(out, "{:>3}  {}  {}  {} ¶{auto}", r.number, r.saved_on, r.name, r.paragraphs)?;
            }
        }
        OutcomeCommand::Revise { which, name } => {
            let document_id = document_id(api, which)?;
            let saved = api.save_revision(SaveRevisionArgs { document_id, name: name.clone() })?;
            if json {
                return print_json(&saved);
            }
            writeln!(out, "{} {} ({})", lang.pick("Saved revision", "Révision enregistrée\u{a0}:"), saved.name, saved.number)?;
        }
        OutcomeCommand::Compare { which, from, to } => {
            let document_id = document_id(api, which)?;
            let from = Some(revision_id(api, &document_id, from)?);
            let to = match to {
                Some(to) => Some(revision_id(api, &document_id, to)?),
                None => None,
            };
            let comparison = api.compare_revisions(CompareArgs { document_id, from, to })?;
            if json {
                return print_json(&comparison);
            }
            for p in comparison.paragraphs.iter().filter(|p| p.change != ParagraphChange::Unchanged || p.moved) {
                let label = |l: &Option<plenary_api::core::outcome::Label>| l.as_ref().map_or_else(|| "—".to_owned(), |l| l.reference());
                let change = match p.change {
                    ParagraphChange::Added => lang.pick("added", "ajouté"),
                    ParagraphChange::Removed => lang.pick("removed", "supprimé"),
                    ParagraphChange::Changed => lang.pick("changed", "modifié"),
                    ParagraphChange::Unchanged => lang.pick("moved", "déplacé"),
                };
                writeln!(out, "{} → {}  {change}", label(&p.old_label), label(&p.new_label))?;
                for (code, spans) in [("EN", &p.en), ("FR", &p.fr)] {
                    if plenary_api::core::diff::has_changes(spans) {
                        writeln!(out, "  {code}  {}", wdiff(spans))?;
                    }
                }
            }
            let (added, removed, changed) = comparison.counts();
            writeln!(out, "{}", lang.pick(
                format!("{added} added, {removed} removed, {changed} changed"),
                format!("{added} ajouté(s), {removed} supprimé(s), {changed} modifié(s)"),
            ))?;
        }
        OutcomeCommand::Restore { which, revision } => {
            let document_id = document_id(api, which)?;
            let revision_id = revision_id(api, &document_id, revision)?;
            let saved = api.restore_revision(RevisionArgs { revision_id })?;
            if json {
                return print_json(&saved);
            }
            writeln!(out, "{} {} ({})", lang.pick("Restored as revision", "Restauré comme révision\u{a0}:"), saved.name, saved.number)?;
        }
    }
    Ok(())
}

/// The document as plain text: title, preamble, sections, each paragraph with its reference
/// and state, the facts it places, and a mark where the side is missing or stale.
fn write_text(out: &mut impl std::io::Write, doc: &OutcomeDocument, lang: Lang) -> anyhow::Result<()> {
    writeln!(out, "{}", doc.title.get_or_other(lang))?;
    let mut section: Option<&plenary_api::core::outcome::Section> = None;
    for n in doc.numbered() {
        if let Some(s) = n.section {
            if section.map(|x| &x.id) != Some(&s.id) {
                writeln!(out, "\n## {}", s.heading.get_or_other(lang))?;
                section = Some(s);
            }
        }
        let text = &n.paragraph.text;
        let mark = if text.get(lang).is_empty() {
            lang.other().pick(" [EN]", " [FR]")
        } else if text.is_stale(lang) {
            lang.pick(" (stale)", " (à mettre à jour)")
        } else {
            ""
        };
        let open = if brackets::unbalanced(text.get(lang)).is_empty() { "" } else { lang.pick(" (unbalanced brackets)", " (crochets non appariés)") };
        writeln!(out, "\n{} [{}]{mark}{open}\n{}", n.label().reference(), n.paragraph.state.as_str(), text.get_or_other(lang))?;
        for fact in n.paragraph.facts.iter().filter_map(|id| doc.fact(id)) {
            writeln!(out, "  – {} ({})", fact.text.get_or_other(lang), fact.attribution(lang))?;
        }
    }
    Ok(())
}

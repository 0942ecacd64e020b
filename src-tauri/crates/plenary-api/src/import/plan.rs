//! The plan of an import: what each row of the file becomes (a new participant, an update,
//! a skipped duplicate, an issue, or a row waiting for a country or organisation to be
//! chosen), with the delegations and organisations to create. The preview shows it; the
//! import writes it, or refuses it whole.

use super::source;
use super::{
    DuplicateAction, Field, ImportDuplicate, ImportFileArgs, ImportIssue, ImportOptions, ImportPreview, ImportProgress, ImportReport,
    NewDelegation, PreviewColumn, PreviewRow, UnknownValue,
};
use crate::{Api, ApiResult, text_input};
use plenary_core::delegation::{Accreditation, Delegation, Party};
use plenary_core::organisation::{OrgCategory, Organisation};
use plenary_core::participant::{Participant, Rank, fold_name};
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use plenary_import::file::Source;
use plenary_import::rows::{self, Candidate};
use plenary_store::{Db, ImportRow, MeetingPerson};
use std::collections::HashMap;

/// How many issues and rows a preview lists (the counts cover them all).
const MAX_ISSUES: usize = 500;
const MAX_ROWS: usize = 200;

/// A problem of one row, kept with the value at fault so that a refusal can name it.
struct Issue {
    line: u32,
    column: Option<u32>,
    header: Option<String>,
    error: DomainError,
    value: String,
}

/// Where a row's participant goes.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Target {
    Country(&'static str),
    Organisation(Id),
    /// An organisation created by the import, by its folded name.
    NewOrganisation(String),
}

/// Everything an import would do.
struct Plan {
    preview: ImportPreview,
    issues: Vec<Issue>,
    /// The first unresolved value (field, value, line), for a refusal.
    unresolved: Option<(&'static str, String, u32)>,
    organisations: Vec<Organisation>,
    delegations: Vec<Delegation>,
    rows: Vec<ImportRow>,
    report: ImportReport,
    mapping: Vec<Option<Field>>,
    header: Vec<String>,
}

pub(super) fn preview(api: &Api, args: ImportFileArgs) -> ApiResult<ImportPreview> {
    let lang = api.language();
    let source = source::read(&args.path, args.options.sheet.as_deref(), lang).or_else(|e| api.fail(e))?;
    api.read(|db| Ok(plan(api, db, &args, source, lang)?.preview))
}

pub(super) fn import(api: &Api, args: ImportFileArgs, progress: &mut dyn FnMut(ImportProgress)) -> ApiResult<ImportReport> {
    let lang = api.language();
    let source = source::read(&args.path, args.options.sheet.as_deref(), lang).or_else(|e| api.fail(e))?;
    api.write_unrecorded(|db| {
        // Planned inside the write transaction: what is checked is what is written.
        let plan = plan(api, db, &args, source, lang)?;
        if let Some(refusal) = refusal(&plan, lang) {
            return Err(refusal.into());
        }
        for o in &plan.organisations {
            db.save_organisation(o)?;
        }
        for d in &plan.delegations {
            db.save_delegation(d)?;
        }
        let total = u32::try_from(plan.rows.len()).unwrap_or(u32::MAX);
        progress(ImportProgress { done: 0, total });
        db.import_rows(&plan.rows, &mut |done| progress(ImportProgress { done: u32::try_from(done).unwrap_or(u32::MAX), total }))?;
        let mapping = serde_json::to_string(&plan.mapping).map_err(|e| DomainError::new(ErrorCode::Storage).detail(e.to_string()))?;
        db.remember_import_mapping(&source::fingerprint(&plan.header), &mapping)?;
        Ok(plan.report)
    })
}

/// Why the plan cannot run, naming its first problem; `None` when it can.
fn refusal(plan: &Plan, lang: Lang) -> Option<DomainError> {
    if let Some(field) = plan.preview.missing.first() {
        let name = field_name(*field);
        return Some(DomainError::new(ErrorCode::Invalid).field(name).detail(lang.pick("no column of the file", "aucune colonne du fichier")));
    }
    if let Some(issue) = plan.issues.first() {
        let field = issue.error.field.clone().unwrap_or_else(|| "file".to_owned());
        return Some(DomainError::new(ErrorCode::Invalid).field(field).detail(issue.value.clone()).row(issue.line));
    }
    plan.unresolved
        .as_ref()
        .map(|(field, value, line)| DomainError::new(ErrorCode::Invalid).field(*field).detail(value.clone()).row(*line))
}

/// The API name of a required field, as errors name it.
fn field_name(field: Field) -> &'static str {
    match field {
        Field::Country | Field::Organisation => "country",
        _ => "family_name",
    }
}

/// The delegations of the meeting and what rows name, resolved.
struct Places<'a> {
    lang: Lang,
    meeting_id: &'a Id,
    /// Existing delegations by target, with their label.
    existing: HashMap<Target, (Id, String)>,
    /// Organisations by folded name or acronym (either language).
    organisations: HashMap<String, (Id, String)>,
    countries: HashMap<String, &'static str>,
    organisation_choices: HashMap<String, OrgChoice>,
    /// Delegations and organisations to create, in order of first use.
    new_delegations: Vec<(Target, Delegation, String, u32)>,
    new_organisations: Vec<(String, Organisation)>,
}

enum OrgChoice {
    Existing(Id),
    Create,
}

impl Places<'_> {
    /// The target of a candidate; `Err` with the field and value left to choose.
    fn target(&self, c: &Candidate) -> Result<Target, (&'static str, String)> {
        if let Some(code) = c.country {
            return Ok(Target::Country(code));
        }
        if let Some(value) = &c.unknown_country {
            return self.countries.get(&fold_name(value)).map(|code| Target::Country(code)).ok_or(("country", value.clone()));
        }
        let value = c.organisation.clone().unwrap_or_default();
        let folded = fold_name(&value);
        if let Some((id, _)) = self.organisations.get(&folded) {
            return Ok(Target::Organisation(id.clone()));
        }
        match self.organisation_choices.get(&folded) {
            Some(OrgChoice::Existing(id)) => Ok(Target::Organisation(id.clone())),
            Some(OrgChoice::Create) => Ok(Target::NewOrganisation(folded)),
            None => Err(("organisation", value)),
        }
    }

    /// The delegation of `target` (created in the plan if the meeting has none) and its label.
    fn delegation(&mut self, api: &Api, target: &Target, value: &str) -> (Id, String) {
        if let Some(found) = self.existing.get(target) {
            return found.clone();
        }
        if let Some(i) = self.new_delegations.iter().position(|(t, ..)| t == target) {
            self.new_delegations[i].3 += 1;
            let (_, d, label, _) = &self.new_delegations[i];
            return (d.id.clone(), label.clone());
        }
        let (party, label) = match target {
            Target::Country(code) => {
                let name = plenary_core::country::country(code).map_or((*code).to_owned(), |c| self.lang.pick(c.name_en, c.name_fr).to_owned());
                (Party::Country((*code).to_owned()), name)
            }
            Target::Organisation(id) => {
                let label = self.organisations.values().find(|(o, _)| o == id).map(|(_, l)| l.clone()).unwrap_or_default();
                (Party::Organisation(id.clone()), label)
            }
            Target::NewOrganisation(folded) => {
                let id = match self.new_organisations.iter().find(|(f, _)| f == folded) {
                    Some((_, o)) => o.id.clone(),
                    None => {
                        let o = Organisation {
                            id: api.new_id(),
                            name_en: value.to_owned(),
                            name_fr: value.to_owned(),
                            acronym_en: None,
                            acronym_fr: None,
                            category: OrgCategory::IntergovernmentalOrganisation,
                        };
                        let id = o.id.clone();
                        self.new_organisations.push((folded.clone(), o));
                        id
                    }
                };
                (Party::Organisation(id), value.to_owned())
            }
        };
        let d = Delegation {
            id: api.new_id(),
            meeting_id: self.meeting_id.clone(),
            party,
            display_name_en: None,
            display_name_fr: None,
            // People registered on a list are coming: the delegation is confirmed.
            status: Accreditation::Confirmed,
            credentials: None,
        };
        let out = (d.id.clone(), label.clone());
        self.new_delegations.push((target.clone(), d, label, 1));
        out
    }
}

/// The people already at the meeting and those planned so far, for duplicates.
#[derive(Default)]
struct People {
    by_email: HashMap<String, usize>,
    by_name: HashMap<(Id, String, String), usize>,
    /// Planned rows by email and by name in their delegation, with the line they come from.
    file_email: HashMap<String, (usize, u32)>,
    file_name: HashMap<(Id, String, String), (usize, u32)>,
}

fn name_key(delegation: &Id, given: &str, family: &str) -> (Id, String, String) {
    (delegation.clone(), fold_name(given), fold_name(family))
}

fn plan(api: &Api, db: &Db<'_>, args: &ImportFileArgs, source: Source, lang: Lang) -> plenary_store::Result<Plan> {
    db.meeting(&args.meeting_id)?;
    let options = &args.options;
    let table = &source.table;
    let (mapping, remembered) = source::mapping(db, &table.header, options.mapping.as_deref())?;
    let missing: Vec<Field> = rows::missing_columns(&mapping)
        .into_iter()
        .map(|m| if m == "country" { Field::Country } else { Field::FamilyName })
        .collect();
    let column = |field: Field| mapping.iter().position(|m| *m == Some(field));
    let file_name = args.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let total_rows = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
    let columns = table
        .header
        .iter()
        .enumerate()
        .map(|(i, header)| PreviewColumn {
            index: u32::try_from(i + 1).unwrap_or(u32::MAX),
            header: header.clone(),
            field: mapping.get(i).copied().flatten(),
            samples: table.rows.iter().filter_map(|(_, cells)| cells.get(i).filter(|c| !c.is_empty()).cloned()).take(3).collect(),
        })
        .collect();

    let mut places = places(db, &args.meeting_id, options, lang)?;
    let mut issues: Vec<Issue> = Vec::new();
    let mut status: HashMap<u32, (&'static str, String)> = HashMap::new();
    let mut unknown: Vec<(&'static str, String, UnknownValue)> = Vec::new();
    let mut found = Found::default();
    let mut report = ImportReport::default();
    if missing.is_empty() {
        let (candidates, row_issues) = rows::candidates(table, &mapping);
        for i in row_issues {
            let value = i.column.and_then(|c| cell(table, i.line, c as usize - 1)).unwrap_or_default();
            status.insert(i.line, ("issue", String::new()));
            issues.push(Issue { line: i.line, column: i.column, header: (!i.header.is_empty()).then_some(i.header), error: i.error, value });
        }
        let existing = db.meeting_people(&args.meeting_id)?;
        let mut people = People::default();
        for (i, p) in existing.iter().enumerate() {
            if let Some(email) = &p.email {
                people.by_email.insert(email.clone(), i);
            }
            people.by_name.insert(name_key(&p.delegation_id, &p.given_name, &p.family_name), i);
        }
        let choices: HashMap<u32, DuplicateAction> = options.duplicates.iter().map(|d| (d.line, d.action)).collect();
        let email_column = column(Field::Email);
        for c in &candidates {
            let target = match places.target(c) {
                Ok(t) => t,
                Err((field, value)) => {
                    note_unknown(&mut unknown, field, &value, c.line);
                    status.insert(c.line, ("unresolved", value));
                    continue;
                }
            };
            let value = c.organisation.clone().unwrap_or_default();
            let (delegation_id, label) = places.delegation(api, &target, &value);
            let row = Row { c, meeting_id: &args.meeting_id, delegation_id: &delegation_id, label: &label, choices: &choices };
            let state = match row.plan(api, db, &existing, &mut people, &mut found)? {
                Outcome::Planned => "ready",
                Outcome::Skipped => {
                    report.skipped += 1;
                    "duplicate"
                }
                Outcome::Merged => "duplicate",
                Outcome::Refused(error) => {
                    let at = if error.field.as_deref() == Some("email") { email_column } else { None };
                    let value = at.and_then(|i| cell(table, c.line, i)).or_else(|| c.email.clone()).unwrap_or_default();
                    let header = at.and_then(|i| table.header.get(i).cloned());
                    issues.push(Issue { line: c.line, column: at.map(|i| i as u32 + 1), header, error, value });
                    "issue"
                }
            };
            status.insert(c.line, (state, label));
        }
        let head_column = column(Field::HeadOfDelegation);
        for line in second_heads(&existing, &mut found) {
            let header = head_column.and_then(|h| table.header.get(h).cloned());
            let value = head_column.and_then(|h| cell(table, line.0, h)).unwrap_or_default();
            let error = DomainError::new(ErrorCode::SecondHead).field("head").detail(line.1).row(line.0);
            issues.push(Issue { line: line.0, column: head_column.map(|h| h as u32 + 1), header, error, value });
            if let Some(s) = status.get_mut(&line.0) {
                s.0 = "issue";
            }
        }
    }
    issues.sort_by_key(|i| (i.line, i.column));
    report.updated = u32::try_from(found.updating.iter().filter(|u| **u).count()).unwrap_or(u32::MAX);
    report.added = u32::try_from(found.planned.len()).unwrap_or(u32::MAX) - report.updated;
    report.delegations_created = u32::try_from(places.new_delegations.len()).unwrap_or(u32::MAX);
    report.organisations_created = u32::try_from(places.new_organisations.len()).unwrap_or(u32::MAX);
    let unresolved = unknown.first().map(|(field, _, u)| (*field, u.value.clone(), u.lines.first().copied().unwrap_or(0)));
    let preview_rows =
        table.rows.iter().take(MAX_ROWS).map(|(line, cells)| preview_row(*line, cells, &mapping, status.get(line), lang)).collect();
    let (unknown_countries, unknown_organisations): (Vec<_>, Vec<_>) = unknown.into_iter().partition(|(field, ..)| *field == "country");
    let preview = ImportPreview {
        file_name,
        format: source.format.to_owned(),
        encoding: table.encoding.map(str::to_owned),
        delimiter: table.delimiter.map(String::from),
        sheets: source.sheets.clone(),
        sheet: source.sheet.clone(),
        columns,
        remembered,
        can_import: missing.is_empty() && issues.is_empty() && unresolved.is_none(),
        missing,
        total_rows,
        ready_rows: report.added + report.updated,
        issues: issues.iter().take(MAX_ISSUES).map(|i| issue_view(i, lang)).collect(),
        issue_count: u32::try_from(issues.len()).unwrap_or(u32::MAX),
        unknown_countries: unknown_countries.into_iter().map(|(_, _, u)| u).collect(),
        unknown_organisations: unknown_organisations.into_iter().map(|(_, _, u)| u).collect(),
        duplicates: found.duplicates,
        new_delegations: places.new_delegations.iter().map(|(_, _, label, rows)| NewDelegation { label: label.clone(), rows: *rows }).collect(),
        rows: preview_rows,
    };
    Ok(Plan {
        preview,
        issues,
        unresolved,
        organisations: places.new_organisations.into_iter().map(|(_, o)| o).collect(),
        delegations: places.new_delegations.into_iter().map(|(_, d, ..)| d).collect(),
        rows: found.planned,
        report,
        mapping,
        header: table.header.clone(),
    })
}

/// What the rows planned so far come to.
#[derive(Default)]
struct Found {
    planned: Vec<ImportRow>,
    /// Whether each planned row updates someone already at the meeting.
    updating: Vec<bool>,
    duplicates: Vec<ImportDuplicate>,
}

impl Found {
    fn push(&mut self, people: &mut People, line: u32, participant: Participant, update: bool) {
        let index = self.planned.len();
        if let Some(email) = &participant.email {
            people.file_email.entry(email.clone()).or_insert((index, line));
        }
        people.file_name.entry(name_key(&participant.delegation_id, &participant.given_name, &participant.family_name)).or_insert((index, line));
        self.planned.push(ImportRow { line, participant });
        self.updating.push(update);
    }
}

enum Outcome {
    Planned,
    Skipped,
    /// An earlier row of the file takes this row's values.
    Merged,
    Refused(DomainError),
}

/// One candidate on its way into the plan.
struct Row<'a> {
    c: &'a Candidate,
    meeting_id: &'a Id,
    delegation_id: &'a Id,
    label: &'a str,
    choices: &'a HashMap<u32, DuplicateAction>,
}

impl Row<'_> {
    /// Plans the row: a duplicate of someone at the meeting (same email anywhere, or same
    /// name in the same delegation) or of an earlier row is skipped, updates, or is added
    /// as the person chose; anyone else is added.
    fn plan(&self, api: &Api, db: &Db<'_>, existing: &[MeetingPerson], people: &mut People, found: &mut Found) -> plenary_store::Result<Outcome> {
        let c = self.c;
        let action = self.choices.get(&c.line).copied().unwrap_or_default();
        let key = name_key(self.delegation_id, &c.given_name, &c.family_name);
        let email = c.email.as_ref();
        let at_meeting = email.and_then(|e| people.by_email.get(e)).map(|i| (*i, "email")).or_else(|| people.by_name.get(&key).map(|i| (*i, "name")));
        if let Some((i, reason)) = at_meeting {
            let person = &existing[i];
            found.duplicates.push(self.duplicate(person.id.clone(), person.display.clone(), reason, action, None));
            match action {
                DuplicateAction::Skip => return Ok(Outcome::Skipped),
                DuplicateAction::Update => {
                    let mut p = db.participant(&person.id)?.participant;
                    if let Err(e) = self.apply(&mut p) {
                        return Ok(Outcome::Refused(e));
                    }
                    found.push(people, c.line, p, true);
                    return Ok(Outcome::Planned);
                }
                DuplicateAction::Add if reason == "email" => return Ok(Outcome::Refused(same_email(&person.display, email))),
                DuplicateAction::Add => {}
            }
        }
        let in_file = email.and_then(|e| people.file_email.get(e)).map(|x| (*x, "email")).or_else(|| people.file_name.get(&key).map(|x| (*x, "name")));
        if let Some(((index, line), reason)) = in_file {
            let earlier = found.planned[index].participant.display_name();
            found.duplicates.push(self.duplicate(Id::default(), earlier.clone(), "file", action, Some(line)));
            match action {
                DuplicateAction::Skip => return Ok(Outcome::Skipped),
                DuplicateAction::Update => {
                    let mut p = found.planned[index].participant.clone();
                    if let Err(e) = self.apply(&mut p) {
                        return Ok(Outcome::Refused(e));
                    }
                    found.planned[index].participant = p;
                    return Ok(Outcome::Merged);
                }
                DuplicateAction::Add if reason == "email" => return Ok(Outcome::Refused(same_email(&earlier, email))),
                DuplicateAction::Add => {}
            }
        }
        let mut p = Participant {
            id: api.new_id(),
            meeting_id: self.meeting_id.clone(),
            delegation_id: self.delegation_id.clone(),
            honorific_prefix: c.honorific_prefix.clone(),
            honorific_suffix: None,
            given_name: c.given_name.clone(),
            family_name: c.family_name.clone(),
            family_name_first: false,
            function: text_input::new(c.function_en.as_deref(), c.function_fr.as_deref()),
            gender: c.gender,
            email: c.email.clone(),
            phone: c.phone.clone(),
            language: c.language,
            rank: Rank::Official,
            is_head: c.head,
            roles: Vec::new(),
            registered: false,
            attended: false,
            badge_printed: false,
        };
        if let Err(e) = p.validate() {
            return Ok(Outcome::Refused(e.row(c.line)));
        }
        found.push(people, c.line, p, false);
        Ok(Outcome::Planned)
    }

    fn duplicate(&self, existing_id: Id, existing_name: String, reason: &str, action: DuplicateAction, existing_line: Option<u32>) -> ImportDuplicate {
        ImportDuplicate {
            line: self.c.line,
            name: candidate_name(self.c),
            delegation: self.label.to_owned(),
            existing_id,
            existing_name,
            reason: reason.to_owned(),
            action,
            existing_line,
        }
    }

    /// Puts the row's values over a participant's: what the file gives replaces, what it
    /// leaves empty stays; the delegation is the row's.
    fn apply(&self, p: &mut Participant) -> Result<(), DomainError> {
        let c = self.c;
        p.delegation_id = self.delegation_id.clone();
        if c.honorific_prefix.is_some() {
            p.honorific_prefix = c.honorific_prefix.clone();
        }
        if !c.given_name.is_empty() {
            p.given_name = c.given_name.clone();
        }
        p.family_name = c.family_name.clone();
        text_input::apply(&mut p.function, c.function_en.as_deref(), c.function_fr.as_deref());
        p.email = c.email.clone().or(p.email.take());
        p.phone = c.phone.clone().or(p.phone.take());
        p.gender = c.gender.or(p.gender);
        p.language = c.language.or(p.language);
        p.is_head |= c.head;
        p.validate().map_err(|e| e.row(c.line))
    }
}

fn same_email(other: &str, email: Option<&String>) -> DomainError {
    DomainError::new(ErrorCode::Duplicate).field("email").detail(format!("{other} <{}>", email.map_or("", String::as_str)))
}

/// The planned heads that would be a delegation's second head, with the head they would
/// join (their line and that head's name); those rows leave the plan.
fn second_heads(existing: &[MeetingPerson], found: &mut Found) -> Vec<(u32, String)> {
    let mut heads: HashMap<Id, (Id, String)> =
        existing.iter().filter(|p| p.is_head).map(|p| (p.delegation_id.clone(), (p.id.clone(), p.display.clone()))).collect();
    let mut refused = Vec::new();
    let mut keep = Vec::with_capacity(found.planned.len());
    for row in &found.planned {
        let p = &row.participant;
        let ok = !p.is_head
            || match heads.get(&p.delegation_id) {
                Some((id, name)) if *id != p.id => {
                    refused.push((row.line, name.clone()));
                    false
                }
                Some(_) => true,
                None => {
                    heads.insert(p.delegation_id.clone(), (p.id.clone(), p.display_name()));
                    true
                }
            };
        keep.push(ok);
    }
    let mut i = 0;
    found.planned.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    let mut i = 0;
    found.updating.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    refused
}

/// The delegations of the meeting, the organisations, and the person's choices, indexed.
fn places<'a>(db: &Db<'_>, meeting_id: &'a Id, options: &ImportOptions, lang: Lang) -> plenary_store::Result<Places<'a>> {
    let mut existing = HashMap::new();
    for d in db.delegations(meeting_id)? {
        let target = match &d.delegation.party {
            Party::Country(code) => match plenary_core::country::country(code) {
                Some(c) => Target::Country(c.alpha2),
                None => continue,
            },
            Party::Organisation(id) => Target::Organisation(id.clone()),
        };
        existing.insert(target, (d.delegation.id.clone(), d.name(lang).to_owned()));
    }
    let mut organisations = HashMap::new();
    for o in db.organisations()? {
        let label = lang.pick(&o.name_en, &o.name_fr).clone();
        for name in [Some(&o.name_en), Some(&o.name_fr), o.acronym_en.as_ref(), o.acronym_fr.as_ref()].into_iter().flatten() {
            organisations.entry(fold_name(name)).or_insert_with(|| (o.id.clone(), label.clone()));
        }
    }
    let mut countries = HashMap::new();
    for choice in &options.countries {
        let country = plenary_core::country::country(&choice.country).ok_or_else(|| DomainError::invalid("country", &choice.country))?;
        countries.insert(fold_name(&choice.value), country.alpha2);
    }
    let mut organisation_choices = HashMap::new();
    for choice in &options.organisations {
        let chosen = match (&choice.organisation_id, choice.create) {
            (_, true) => OrgChoice::Create,
            (Some(id), false) => OrgChoice::Existing(db.organisation(id)?.id),
            (None, false) => continue,
        };
        organisation_choices.insert(fold_name(&choice.value), chosen);
    }
    Ok(Places { lang, meeting_id, existing, organisations, countries, organisation_choices, new_delegations: Vec::new(), new_organisations: Vec::new() })
}

/// The text of the cell at `line` and `column` (from 0), if the row has it.
fn cell(table: &plenary_import::table::Table, line: u32, column: usize) -> Option<String> {
    // Rows are in line order.
    let at = table.rows.binary_search_by_key(&line, |(l, _)| *l).ok()?;
    table.rows[at].1.get(column).cloned()
}

fn note_unknown(unknown: &mut Vec<(&'static str, String, UnknownValue)>, field: &'static str, value: &str, line: u32) {
    let folded = fold_name(value);
    match unknown.iter_mut().find(|(f, k, _)| *f == field && *k == folded) {
        Some((_, _, u)) => {
            u.count += 1;
            if u.lines.len() < 10 {
                u.lines.push(line);
            }
        }
        None => unknown.push((field, folded, UnknownValue { value: value.to_owned(), count: 1, lines: vec![line] })),
    }
}

fn candidate_name(c: &Candidate) -> String {
    [c.honorific_prefix.as_deref(), Some(c.given_name.as_str()), Some(c.family_name.as_str())]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn issue_view(i: &Issue, lang: Lang) -> ImportIssue {
    ImportIssue {
        line: i.line,
        column: i.column,
        header: i.header.clone(),
        field: i.error.field.clone(),
        code: i.error.code.as_str().to_owned(),
        message: i.error.message(lang),
    }
}

/// A row of the file as the preview lists it, from its cells as written.
fn preview_row(line: u32, cells: &[String], mapping: &[Option<Field>], status: Option<&(&'static str, String)>, lang: Lang) -> PreviewRow {
    let get = |field: Field| mapping.iter().position(|m| *m == Some(field)).and_then(|i| cells.get(i)).cloned().unwrap_or_default();
    let name = match get(Field::FullName) {
        full if !full.is_empty() => [get(Field::HonorificPrefix), full].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" "),
        _ => [get(Field::HonorificPrefix), get(Field::GivenName), get(Field::FamilyName)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    };
    let delegation = match status {
        Some((_, label)) if !label.is_empty() => label.clone(),
        _ => Some(get(Field::Country)).filter(|s| !s.is_empty()).unwrap_or_else(|| get(Field::Organisation)),
    };
    let (first, second) = lang.pick((Field::FunctionEn, Field::FunctionFr), (Field::FunctionFr, Field::FunctionEn));
    let function = Some(get(first)).filter(|s| !s.is_empty()).unwrap_or_else(|| get(second));
    PreviewRow { line, name, delegation, function, email: get(Field::Email), status: status.map_or("issue", |s| s.0).to_owned() }
}

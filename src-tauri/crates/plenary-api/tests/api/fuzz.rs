//! Property tests of the command surface: random JSON thrown at every command's argument
//! type, generic values and values shaped like the type (its own keys, with real ids of the
//! Lagos demo, wrong types, huge or odd strings, extreme numbers, deep nesting). Whatever
//! deserialises is passed to the API function on a copy of the demo database: no call may
//! panic, a call that answers with an error leaves every row of the file as it was, and an
//! error about a value (unknown id, invalid, required, too long) names its field.
//!
//! The importers get the same treatment with files: the CSV, XLSX and ODS fixtures and an
//! XLIFF file of the demo, damaged, or random bytes, go through `preview_import`,
//! `import_participants` and `import_xliff`; a refusal leaves the file as it was.
//!
//! The table in `commands()` names every command of the desktop app (the desktop crate's
//! tests read this file and fail when a command is missing here). `PROPTEST_CASES` sets the
//! number of cases per command (8 by default, so that the whole run stays well under a
//! minute in debug).

use crate::host::{db_path, dump};
use plenary_api::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use tempfile::TempDir;

/// A command and how to throw JSON at it.
struct Entry {
    name: &'static str,
    /// Values shaped like the argument type (any JSON for a command without arguments).
    shape: fn() -> BoxedStrategy<Value>,
    /// Deserialises the value into the argument type and, when that succeeds, calls the API;
    /// `None` when the value does not deserialise. `files` holds the files a command reads.
    call: fn(&Api, Value, &Files) -> Option<ApiResult<()>>,
}

/// The files the commands whose path comes from a dialog read or write.
struct Files {
    db: PathBuf,
    out: PathBuf,
    participants: PathBuf,
    xliff: PathBuf,
}

/// The top-level keys of a type, read from its TypeScript declaration.
fn keys<T: ts_rs::TS>() -> Vec<String> {
    let decl = T::inline(&ts_rs::Config::new());
    let mut keys = Vec::new();
    let mut depth = 0;
    let mut word = String::new();
    for c in decl.chars() {
        match c {
            '{' | '[' | '(' | '<' => depth += 1,
            '}' | ']' | ')' | '>' => depth -= 1,
            ':' if depth == 1 && !word.is_empty() => keys.push(word.trim_end_matches('?').to_owned()),
            _ => {}
        }
        if c.is_alphanumeric() || c == '_' || c == '?' {
            word.push(c);
        } else if c != ':' {
            word.clear();
        }
    }
    keys
}

macro_rules! api {
    ($name:ident, $args:ty) => {
        Entry {
            name: stringify!($name),
            shape: shaped::<$args>,
            call: |api, v, _| serde_json::from_value::<$args>(v).ok().map(|a| api.$name(a).map(drop)),
        }
    };
}

macro_rules! no_args {
    ($name:ident) => {
        Entry { name: stringify!($name), shape: || any_json(2).boxed(), call: |api, _, _| Some(api.$name().map(drop)) }
    };
}

/// A command whose arguments the desktop crate completes (a path from a dialog): the same
/// argument type, the API function it ends in, with the test's file.
macro_rules! by_hand {
    ($name:ident, $args:ty, $call:expr) => {
        Entry {
            name: stringify!($name),
            shape: shaped::<$args>,
            call: |api, v, files| serde_json::from_value::<$args>(v).ok().map(|a| ($call)(api, a, files)),
        }
    };
}

/// What the import commands of the desktop crate take (`ImportChoicesArgs` there).
#[derive(Deserialize, ts_rs::TS)]
struct ImportChoices {
    meeting_id: Id,
    #[serde(default)]
    options: ImportOptions,
}

/// What the desktop crate's `restore_damaged_database` takes (`RestoreDamagedArgs` there).
#[derive(Deserialize, ts_rs::TS)]
struct RestoreDamaged {
    name: String,
    lang: Lang,
}

impl ImportChoices {
    fn with(self, path: &Path) -> ImportFileArgs {
        ImportFileArgs { meeting_id: self.meeting_id, path: path.to_owned(), options: self.options }
    }
}

/// Every command of the app. `app_status` and `mark_first_paint` take no arguments and touch
/// no data (the app's state, a line in the log): they are listed with the API call nearest to
/// them, so that the table stays complete.
fn commands() -> Vec<Entry> {
    vec![
        api!(change_language, LanguageArgs),
        no_args!(check),
        by_hand!(app_status, LanguageArgs, |api: &Api, _a: LanguageArgs, _f: &Files| api.schema_version().map(drop)),
        by_hand!(mark_first_paint, LanguageArgs, |api: &Api, _a: LanguageArgs, _f: &Files| api.schema_version().map(drop)),
        no_args!(list_meetings),
        api!(get_meeting, MeetingArgs),
        api!(create_meeting, MeetingInput),
        api!(update_meeting, UpdateMeetingArgs),
        api!(delete_meeting, MeetingArgs),
        api!(set_meeting_dialogues, SetMeetingDialoguesArgs),
        api!(set_co_chairs, SetCoChairsArgs),
        api!(save_pillar, PillarInput),
        api!(delete_pillar, ByIdArgs),
        api!(save_room, RoomInput),
        api!(delete_room, ByIdArgs),
        no_args!(list_dialogues),
        api!(create_dialogue, DialogueInput),
        api!(update_dialogue, UpdateDialogueArgs),
        api!(delete_dialogue, ByIdArgs),
        api!(meeting_stats, StatsArgs),
        no_args!(list_organisations),
        api!(create_organisation, OrganisationInput),
        api!(update_organisation, UpdateOrganisationArgs),
        api!(delete_organisation, ByIdArgs),
        api!(list_countries, ListCountriesArgs),
        api!(list_delegations, ListDelegationsArgs),
        api!(get_delegation, ByIdArgs),
        api!(create_delegation, DelegationInput),
        api!(update_delegation, UpdateDelegationArgs),
        api!(delete_delegation, ByIdArgs),
        api!(list_participants, ListParticipantsArgs),
        api!(get_participant, ByIdArgs),
        api!(create_participant, ParticipantInput),
        api!(update_participant, UpdateParticipantArgs),
        api!(delete_participant, ByIdArgs),
        api!(search, SearchArgs),
        api!(personal_data_counts, MeetingArgs),
        api!(purge_personal_data, MeetingArgs),
        by_hand!(open_participants_import, MeetingArgs, |api: &Api, a: MeetingArgs, f: &Files| api
            .preview_import(ImportFileArgs { meeting_id: a.meeting_id, path: f.participants.clone(), options: ImportOptions::default() })
            .map(drop)),
        by_hand!(preview_participants_import, ImportChoices, |api: &Api, a: ImportChoices, f: &Files| api
            .preview_import(a.with(&f.participants))
            .map(drop)),
        by_hand!(import_participants, ImportChoices, |api: &Api, a: ImportChoices, f: &Files| api
            .import_participants(a.with(&f.participants))
            .map(drop)),
        api!(list_sessions, MeetingArgs),
        api!(get_session, ByIdArgs),
        api!(create_session, SessionInput),
        api!(update_session, UpdateSessionArgs),
        api!(delete_session, ByIdArgs),
        api!(set_session_people, SetSessionPeopleArgs),
        api!(save_agenda_item, AgendaItemInput),
        api!(delete_agenda_item, ByIdArgs),
        api!(list_conflicts, MeetingArgs),
        api!(agenda, AgendaArgs),
        api!(agenda_release_check, MeetingArgs),
        api!(release_agenda, ReleaseAgendaArgs),
        api!(list_agenda_versions, MeetingArgs),
        api!(agenda_changelog, AgendaChangelogArgs),
        by_hand!(save_agenda, SaveAgendaArgs, |api: &Api, a: SaveAgendaArgs, f: &Files| api.export_agenda(a.to_path(f.out.clone())).map(drop)),
        api!(translation_worklist, WorklistArgs),
        api!(translate_text, TranslateTextArgs),
        api!(set_text_state, SetTextStateArgs),
        api!(list_glossary, MeetingArgs),
        api!(save_glossary_term, GlossaryTermInput),
        api!(delete_glossary_term, ByIdArgs),
        api!(check_glossary, MeetingArgs),
        by_hand!(save_xliff, SaveXliffArgs, |api: &Api, a: SaveXliffArgs, f: &Files| api
            .export_xliff(ExportXliffArgs { meeting_id: a.meeting_id, source: a.source, path: f.out.clone() })
            .map(drop)),
        by_hand!(open_xliff, OpenXliffArgs, |api: &Api, a: OpenXliffArgs, f: &Files| api
            .import_xliff(ImportXliffArgs { meeting_id: a.meeting_id, path: f.xliff.clone(), apply_partial: a.apply_partial })
            .map(drop)),
        api!(outcome_documents, MeetingArgs),
        api!(outcome_document, DocumentArgs),
        api!(create_outcome_document, CreateOutcomeArgs),
        api!(delete_outcome_document, DocumentArgs),
        api!(set_outcome_status, SetStatusArgs),
        api!(save_outcome_title, SaveTextArgs),
        api!(add_outcome_section, AddSectionArgs),
        api!(save_section_heading, SaveTextArgs),
        api!(delete_outcome_section, SectionArgs),
        api!(move_outcome_section, MoveArgs),
        api!(add_paragraph, AddParagraphArgs),
        api!(save_paragraph_text, SaveTextArgs),
        api!(set_paragraph_state, SetParagraphStateArgs),
        api!(move_paragraph, MoveParagraphArgs),
        api!(delete_paragraph, ParagraphArgs),
        api!(link_paragraph_session, LinkArgs),
        api!(place_fact, LinkArgs),
        api!(paragraph_history, ParagraphArgs),
        api!(session_notes, MeetingArgs),
        api!(save_note, SaveNoteArgs),
        api!(delete_note, NoteArgs),
        api!(note_to_paragraph, NoteToParagraphArgs),
        api!(paragraph_comments, ParagraphArgs),
        api!(add_comment, AddCommentArgs),
        api!(resolve_comment, ResolveCommentArgs),
        api!(delete_comment, CommentArgs),
        api!(propose_amendment, ProposeAmendmentArgs),
        api!(decide_amendment, DecideAmendmentArgs),
        api!(save_fact, SaveFactArgs),
        api!(delete_fact, FactArgs),
        api!(outcome_revisions, DocumentArgs),
        api!(save_revision, SaveRevisionArgs),
        api!(restore_revision, RevisionArgs),
        api!(compare_revisions, CompareArgs),
        by_hand!(save_outcome, SaveOutcomeArgs, |api: &Api, a: SaveOutcomeArgs, f: &Files| api.export_outcome(a.to_path(f.out.clone())).map(drop)),
        by_hand!(save_participants, SaveParticipantsArgs, |api: &Api, a: SaveParticipantsArgs, f: &Files| api
            .export_participants(a.to_path(f.out.clone()))
            .map(drop)),
        by_hand!(save_badges, SaveBadgesArgs, |api: &Api, a: SaveBadgesArgs, f: &Files| api.export_badges(a.to_path(f.out.clone())).map(drop)),
        by_hand!(save_tent_cards, SaveTentCardsArgs, |api: &Api, a: SaveTentCardsArgs, f: &Files| api
            .export_tent_cards(a.to_path(f.out.clone()))
            .map(drop)),
        by_hand!(save_stats, SaveStatsArgs, |api: &Api, a: SaveStatsArgs, f: &Files| api.export_stats(a.to_path(f.out.clone())).map(drop)),
        no_args!(undo),
        no_args!(redo),
        no_args!(undo_state),
        no_args!(list_backups),
        no_args!(backup_now),
        api!(restore_backup, RestoreArgs),
        by_hand!(restore_damaged_database, RestoreDamaged, |_api: &Api, a: RestoreDamaged, f: &Files| plenary_api::restore_damaged(
            &f.db, &a.name, a.lang
        )
        .map(drop)),
    ]
}

/// The Lagos demo in a database file, an XLIFF file of its texts, and every id it holds.
struct Template {
    _dir: TempDir,
    db: PathBuf,
    xliff: PathBuf,
    ids: Vec<String>,
}

static TEMPLATE: LazyLock<Template> = LazyLock::new(|| {
    let (dir, api) = crate::host::host();
    let meeting_id = api.demo().expect("the demo").meeting_id;
    let xliff = dir.path().join("texts.xlf");
    api.export_xliff(ExportXliffArgs { meeting_id, source: Lang::En, path: xliff.clone() }).expect("the XLIFF of the demo");
    drop(api);
    let conn = crate::host::raw(&dir);
    let mut ids = Vec::new();
    for table in ["meetings", "delegations", "participants", "sessions", "agenda_items", "organisations", "rooms", "pillars", "dialogues", "outcome_documents", "outcome_sections", "outcome_paragraphs", "glossary_terms"] {
        if let Ok(mut stmt) = conn.prepare(&format!("SELECT id FROM \"{table}\" LIMIT 40")) {
            let found: Vec<String> = stmt.query_map([], |r| r.get::<_, String>(0)).and_then(|r| r.collect()).unwrap_or_default();
            ids.extend(found);
        }
    }
    drop(conn);
    assert!(ids.len() > 100, "the demo's ids, to aim the random values at real rows: {}", ids.len());
    Template { db: db_path(&dir), xliff, ids, _dir: dir }
});

/// A string no form would hold: huge, control characters, bidirectional overrides, markup,
/// formulas, template syntax, invalid-looking ids.
fn odd_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "\\PC{0,40}",
        2 => "[\\x00-\\x1f\u{202e}\u{200f}\u{feff}\u{fffd}<>&\"'=+@#{}*/\\\\ -]{0,40}",
        1 => Just("<img src=x onerror=window.__pwned=1>".to_owned()),
        1 => Just("=HYPERLINK(\"http://x\",\"y\")".to_owned()),
        1 => Just("{{7*7}} #set page(width: 1pt) #sys.inputs".to_owned()),
        1 => Just("\u{202e}evil\u{202c}".to_owned()),
        1 => Just("' OR 1=1; DROP TABLE participants; --".to_owned()),
        1 => (1usize..4).prop_map(|n| "x".repeat(n * 333_334)),
        1 => (0usize..3).prop_map(|n| "é".repeat([201, 501, 10_001][n])),
        1 => Just("2025-02-30".to_owned()),
        1 => Just("25:61".to_owned()),
        2 => prop::sample::select(vec!["en", "fr", "both", "pdf", "docx", "xlsx", "csv", "html", "ics", "json", "un", "alpha", "lot:NG", "draft", "final", "a6", "a4", "member_state", "head", "female", "accepted", "rejected", "Africa/Lagos", "2025-11-04", "09:00", "NG", "FR"]).prop_map(str::to_owned),
    ]
}

/// A number JSON can carry, from the ordinary to the extreme.
fn odd_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        (-3i64..40).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::sample::select(vec![f64::MAX, f64::MIN, f64::MIN_POSITIVE, -0.0, 0.5, 1e300, -1e-300, 4_294_967_296.0]).prop_map(Value::from),
    ]
}

/// Any JSON value, nested up to `depth` levels.
fn any_json(depth: u32) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![Just(Value::Null), any::<bool>().prop_map(Value::Bool), odd_number(), odd_string().prop_map(Value::String)];
    leaf.prop_recursive(depth, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A value nested `n` levels deep (arrays in arrays), for parsers that recurse.
fn deep(n: usize) -> Value {
    (0..n).fold(json!("bottom"), |v, _| json!([v]))
}

/// The TypeScript declaration of a generated type (ui/src/lib/ipc/bindings), comments and
/// imports left out: what the UI may send for it.
fn binding(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../../ui/src/lib/ipc/bindings/{name}.ts"));
    let text = std::fs::read_to_string(path).ok()?;
    let mut out = String::new();
    let mut in_comment = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("/*") {
            in_comment = true;
        }
        if !in_comment && !trimmed.starts_with("//") && !trimmed.starts_with("import ") {
            out.push_str(line);
            out.push(' ');
        }
        if in_comment && trimmed.contains("*/") {
            in_comment = false;
        }
    }
    let out = without_comments(&out);
    let body = out.split_once(&format!("export type {name} ="))?.1.trim().trim_end_matches(';').trim().to_owned();
    Some(body)
}

/// `text` without its `/* … */` comments (ts-rs writes the doc comments into declarations).
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// `text` split at `sep` outside brackets, quotes and generics.
fn split_top(text: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let (mut depth, mut quoted) = (0i32, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '{' | '[' | '(' | '<' if !quoted => depth += 1,
            '}' | ']' | ')' | '>' if !quoted => depth -= 1,
            _ => {}
        }
        if c == sep && depth == 0 && !quoted {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts.into_iter().map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect()
}

/// The fields of an object type `{ key: T, other?: U, }`.
fn fields(object: &str) -> Vec<(String, String)> {
    let inner = object.trim().trim_start_matches('{').trim_end_matches('}');
    split_top(inner, ',')
        .into_iter()
        .filter_map(|f| f.split_once(':').map(|(k, t)| (k.trim().trim_end_matches('?').trim_matches('"').to_owned(), t.trim().to_owned())))
        .collect()
}

/// A plain, likely valid string for `key`, so that a value gets past the shape to the checks.
fn plain_string(key: &str, ids: &'static [String]) -> BoxedStrategy<String> {
    if key.ends_with("id") || key.ends_with("_ids") || key == "id" {
        return prop::sample::select(ids).boxed();
    }
    let choices: Vec<&'static str> = match key {
        k if k.contains("date") || k == "day" => vec!["2025-11-04", "2025-11-05", "2025-11-03", "2026-01-01"],
        k if k.contains("time") || k == "start" || k == "end" => vec!["09:00", "10:30", "18:00", "23:59"],
        k if k.contains("zone") => vec!["Africa/Lagos", "Europe/Paris", "UTC"],
        k if k.contains("country") || k == "from" => vec!["NG", "FR", "GH", "SN"],
        k if k.contains("email") => vec!["a.b@example.org", "x@gov.ng"],
        "order" => vec!["un", "alpha", "lot:NG", "protocol", "name"],
        "text" | "search" | "q" => vec!["Ahmed", "migration", "a", "Lagos"],
        _ => vec!["Plenary test", "Réunion", "Opening", "A"],
    };
    prop::sample::select(choices).prop_map(str::to_owned).boxed()
}

/// Values of the TypeScript type `ty` (as the bindings spell it) for a field named `key`:
/// mostly of the type, sometimes anything odd in its place.
fn typed(ty: &str, key: &str, depth: u32) -> BoxedStrategy<Value> {
    let ids: &'static [String] = &TEMPLATE.ids;
    let ty = ty.trim();
    let alternatives = split_top(ty, '|');
    let of_type: BoxedStrategy<Value> = if alternatives.len() > 1 {
        let all: Vec<BoxedStrategy<Value>> = alternatives.iter().map(|a| typed(a, key, depth)).collect();
        proptest::strategy::Union::new(all).boxed()
    } else if ty == "null" {
        Just(Value::Null).boxed()
    } else if ty == "string" {
        plain_string(key, ids).prop_map(Value::String).boxed()
    } else if ty == "number" || ty == "bigint" {
        prop_oneof![4 => (0i64..6).prop_map(Value::from), 1 => odd_number()].boxed()
    } else if ty == "boolean" {
        any::<bool>().prop_map(Value::Bool).boxed()
    } else if let Some(literal) = ty.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Just(Value::String(literal.to_owned())).boxed()
    } else if let Some(item) = ty.strip_prefix("Array<").and_then(|t| t.strip_suffix('>')) {
        prop::collection::vec(typed(item, key, depth + 1), 0..4).prop_map(Value::Array).boxed()
    } else if ty.starts_with('{') && !ty.contains("[key in") && depth < 6 {
        let strategies: Vec<BoxedStrategy<Option<(String, Value)>>> = fields(ty)
            .into_iter()
            .map(|(k, t)| prop::option::weighted(0.95, typed(&t, &k, depth + 1).prop_map(move |v| (k.clone(), v))).boxed())
            .collect();
        strategies.prop_map(|kv| Value::Object(kv.into_iter().flatten().collect::<Map<String, Value>>())).boxed()
    } else if ty.chars().all(|c| c.is_alphanumeric() || c == '_') && depth < 6 {
        match binding(ty) {
            Some(decl) => return typed(&decl, key, depth + 1),
            None => any_json(2).boxed(),
        }
    } else {
        any_json(2).boxed()
    };
    prop_oneof![
        40 => of_type,
        1 => odd_string().prop_map(Value::String),
        1 => any_json(2),
        1 => (1usize..64).prop_map(deep),
    ]
    .boxed()
}

/// Values shaped like the argument type `T` (its fields, typed as the bindings say, with odd
/// values mixed in), or sometimes any JSON at all.
fn shaped<T: ts_rs::TS>() -> BoxedStrategy<Value> {
    let decl = without_comments(&T::inline(&ts_rs::Config::new()));
    prop_oneof![6 => typed(&decl, "", 0), 1 => any_json(4)].boxed()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(8)
}

/// How the values thrown at one command fared.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    /// Did not deserialise into the argument type.
    shapeless: u32,
    /// Called, and answered.
    ok: u32,
    /// Called, and refused (nothing written).
    refused: u32,
}

/// Throws `cases()` values at one command on a fresh copy of the demo database.
fn fuzz(entry: &Entry) -> Result<Tally, String> {
    let dir = tempfile::tempdir().expect("a temp folder");
    std::fs::copy(&TEMPLATE.db, db_path(&dir)).expect("a copy of the demo database");
    let api = Api::open(&db_path(&dir), Lang::En).expect("the copy opens");
    let files = Files {
        db: db_path(&dir),
        out: dir.path().join("out"),
        participants: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/import/utf8-bom.csv"),
        xliff: TEMPLATE.xliff.clone(),
    };
    let mut before: Option<BTreeMap<String, Vec<String>>> = None;
    let mut runner = TestRunner::new(Config { cases: cases(), failure_persistence: None, ..Config::default() });
    let before = std::cell::RefCell::new(before.take());
    let tally = std::cell::Cell::new(Tally::default());
    let count = |f: fn(&mut Tally)| {
        let mut t = tally.get();
        f(&mut t);
        tally.set(t);
    };
    runner
        .run(&(entry.shape)(), |value| {
            let snapshot = before.borrow_mut().take().unwrap_or_else(|| dump(&dir));
            match (entry.call)(&api, value, &files) {
                None => {
                    count(|t| t.shapeless += 1);
                    *before.borrow_mut() = Some(snapshot);
                }
                Some(Ok(())) => count(|t| t.ok += 1),
                Some(Err(err)) => {
                    count(|t| t.refused += 1);
                    let after = dump(&dir);
                    let changed = crate::host::changed_tables(&snapshot, &after);
                    prop_assert!(changed.is_empty(), "{} answered {:?} ({}) but changed {:?}", entry.name, err.code, err.message, changed);
                    prop_assert!(!err.message.is_empty(), "{}: an error says why", entry.name);
                    let about_a_value = matches!(err.code, ErrorCode::NotFound | ErrorCode::Invalid | ErrorCode::Required | ErrorCode::TooLong);
                    prop_assert!(!about_a_value || err.field.is_some(), "{}: {:?} names the field it is about: {}", entry.name, err.code, err.message);
                    *before.borrow_mut() = Some(after);
                }
            }
            Ok::<(), TestCaseError>(())
        })
        .map_err(|e| format!("{}: {e}", entry.name))?;
    Ok(tally.get())
}

#[test]
fn random_json_at_every_command_never_panics_and_a_refusal_writes_nothing() {
    let table = commands();
    let mut names: Vec<&str> = table.iter().map(|e| e.name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "a command appears twice in the table");
    let mut failures = Vec::new();
    let mut reached = 0;
    for entry in &table {
        match fuzz(entry) {
            Ok(t) => {
                eprintln!("{:<28} {:>3} not of the type, {:>3} answered, {:>3} refused", entry.name, t.shapeless, t.ok, t.refused);
                reached += usize::from(t.ok + t.refused > 0);
            }
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "commands that panicked or wrote on a refusal:\n{}", failures.join("\n\n"));
    // The values are shaped so that most commands are called, not only refused by serde.
    assert!(reached * 4 >= table.len() * 3, "only {reached} of {} commands were reached by a value of their type", table.len());
}

#[test]
fn shaped_values_have_the_fields_of_their_type() {
    assert_eq!(keys::<MeetingArgs>(), ["meeting_id"], "one key");
    let participant = fields(&without_comments(&<ParticipantInput as ts_rs::TS>::inline(&ts_rs::Config::new())));
    for key in ["delegation_id", "given_name", "family_name", "email", "roles"] {
        assert!(participant.iter().any(|(k, _)| k == key), "{key} in {participant:?}");
    }
    assert_eq!(binding("Lang").as_deref(), Some("\"en\" | \"fr\""), "an enum's values are read from its binding");
    let mut runner = TestRunner::deterministic();
    let typed_ok = (0..200)
        .filter(|_| {
            let value = shaped::<ParticipantInput>().new_tree(&mut runner).expect("a value").current();
            serde_json::from_value::<ParticipantInput>(value).is_ok()
        })
        .count();
    assert!(typed_ok > 20, "a fair share of shaped values are of the type, so that they reach the API: {typed_ok} of 200");
}

/// A real file with some of its bytes replaced, some inserted, and sometimes its end cut.
fn damaged_file(original: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = original.len().max(1);
    (prop::collection::vec((0..len, any::<u8>(), any::<bool>()), 0..4), prop::option::weighted(0.3, 0..=len)).prop_map(move |(edits, keep)| {
        let mut bytes = original.clone();
        for (at, byte, insert) in edits {
            let at = at.min(bytes.len());
            if insert || at == bytes.len() {
                bytes.insert(at, byte);
            } else {
                bytes[at] = byte;
            }
        }
        if let Some(keep) = keep {
            bytes.truncate(keep.max(1));
        }
        bytes
    })
}

#[test]
fn damaged_and_random_files_given_to_the_importers_never_panic_nor_write_in_part() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/import");
    let originals: Vec<Vec<u8>> = ["utf8-bom.csv", "participants.xlsx", "participants.ods", "windows-1252-semicolon.csv"]
        .iter()
        .map(|n| std::fs::read(fixtures.join(n)).expect("a fixture"))
        .chain(std::iter::once(std::fs::read(&TEMPLATE.xliff).expect("the XLIFF")))
        .collect();
    let dir = tempfile::tempdir().expect("a temp folder");
    std::fs::copy(&TEMPLATE.db, db_path(&dir)).expect("a copy of the demo database");
    let api = Api::open(&db_path(&dir), Lang::En).expect("the copy opens");
    let meeting_id = api.list_meetings().expect("meetings")[0].meeting.id.clone();
    let file = dir.path().join("incoming");
    let strategy = prop_oneof![
        4 => prop::sample::select(originals).prop_flat_map(damaged_file),
        1 => prop::collection::vec(any::<u8>(), 0..2048),
    ];
    let mut runner = TestRunner::new(Config { cases: cases() * 2, failure_persistence: None, ..Config::default() });
    runner
        .run(&strategy, |bytes| {
            std::fs::write(&file, &bytes).expect("the file is written");
            let before = dump(&dir);
            let options = ImportOptions::default();
            let preview = api.preview_import(ImportFileArgs { meeting_id: meeting_id.clone(), path: file.clone(), options: options.clone() });
            prop_assert_eq!(crate::host::changed_tables(&before, &dump(&dir)), Vec::<String>::new(), "a preview writes nothing");
            let imported = api.import_participants(ImportFileArgs { meeting_id: meeting_id.clone(), path: file.clone(), options });
            if let Err(err) = &imported {
                prop_assert!(crate::host::changed_tables(&before, &dump(&dir)).is_empty(), "a refused import ({:?}) writes nothing", err.code);
            }
            prop_assert!(preview.is_ok() || imported.is_err(), "a file the preview refuses is not imported");
            let after_import = dump(&dir);
            let xliff = api.import_xliff(ImportXliffArgs { meeting_id: meeting_id.clone(), path: file.clone(), apply_partial: false });
            if let Err(err) = &xliff {
                prop_assert!(crate::host::changed_tables(&after_import, &dump(&dir)).is_empty(), "a refused XLIFF ({:?}) writes nothing", err.code);
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(api.integrity_check().expect("integrity_check"), "ok", "the database is sound after every import");
}

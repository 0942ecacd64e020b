//! The worker: a process that works on the database through the API until it is killed.
//!
//! Every operation is announced on stdout with `begin …` before the API is called and
//! confirmed with `ok …` once the call has returned Ok, each line flushed at once: a line
//! `ok` is a promise that the change is committed, which the supervisor holds the database
//! to after the kill. The lines name what changed as `<kind> <set|del> <key> [value]`; a
//! backup's `ok` line names the snapshot made, which its `begin` line cannot know.

use crate::seed::Seeded;
use plenary_api::core::meeting::{MeetingKind, MeetingStatus};
use plenary_api::core::outcome::DocumentStatus;
use plenary_api::core::session::SessionKind;
use plenary_api::{
    AddParagraphArgs, Api, ApiResult, ByIdArgs, Id, ImportFileArgs, Lang, ListDelegationsArgs, MeetingArgs, MeetingInput,
    ParagraphArgs, ParticipantInput, SaveParticipantsArgs, SaveTextArgs, SessionInput, UpdateParticipantArgs, UpdateSessionArgs,
};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The title of the meeting each import goes into, before its tag.
pub const IMPORT_MEETING: &str = "Crash import ";
/// How many operations a worker does at most if nobody kills it.
const MAX_STEPS: u32 = 400;

/// What the supervisor tells a worker (through the environment).
pub struct Orders {
    /// The database.
    pub db: PathBuf,
    /// The folder for exports and generated import files.
    pub files: PathBuf,
    /// The trial's number: part of every key, so that keys never repeat.
    pub trial: u32,
    /// The trial's seed.
    pub seed: u64,
    /// Rows per import.
    pub rows: u32,
}

impl Orders {
    /// The orders from the environment, if this process is a worker.
    pub fn from_env() -> Option<Orders> {
        let db = std::env::var_os("PLENARY_CRASH_WORKER_DB")?;
        let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set for a worker"));
        Some(Orders {
            db: db.into(),
            files: var("PLENARY_CRASH_WORKER_FILES").into(),
            trial: var("PLENARY_CRASH_WORKER_TRIAL").parse().expect("a trial number"),
            seed: var("PLENARY_CRASH_WORKER_SEED").parse().expect("a seed"),
            rows: var("PLENARY_CRASH_WORKER_ROWS").parse().expect("a row count"),
        })
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    // A worker that cannot report is useless to the supervisor: stop at once.
    writeln!(out, "{line}").and_then(|()| out.flush()).expect("stdout is the supervisor's pipe");
}

/// Announces `line`, runs `f`, and confirms `line` once `f` returned Ok.
fn step<T>(line: String, f: impl FnOnce() -> ApiResult<T>) -> T {
    say(&format!("begin {line}"));
    let out = f().unwrap_or_else(|e| panic!("{line}: {e:?}"));
    say(&format!("ok {line}"));
    out
}

/// Works until killed (or until `MAX_STEPS` operations are done).
pub fn run(orders: &Orders) {
    let mut rng = Seeded::new(orders.seed);
    let api = step("open".into(), || Api::open(&orders.db, Lang::En));
    let meeting = api.demo().expect("the demo meeting is there").meeting_id;
    let delegation = api
        .list_delegations(ListDelegationsArgs { meeting_id: meeting.clone(), order: None, lang: None })
        .expect("the demo's delegations")
        .into_iter()
        .next()
        .expect("the demo meeting has a delegation")
        .delegation
        .id;
    let document = editable_document(&api, &meeting);
    let day = api.get_meeting(MeetingArgs { meeting_id: meeting.clone() }).expect("the demo meeting").meeting.start_date.to_string();
    // Earlier trials' imports go, so that the database stays the same size over 1,000 trials
    // (and the cascade of a meeting's delete is killed now and then too).
    for old in api.list_meetings().expect("the meetings") {
        if let Some(tag) = old.meeting.title.get(Lang::En).strip_prefix(IMPORT_MEETING) {
            let id = old.meeting.id.clone();
            step(format!("import del {tag}"), || api.delete_meeting(MeetingArgs { meeting_id: id }));
        }
    }
    let mix = MIXES[rng.below(MIXES.len() as u64) as usize];
    let total: u64 = mix.iter().map(|(_, w)| w).sum();
    let mut last_import: Option<Id> = None;
    for n in 0..MAX_STEPS {
        let key = format!("{}n{n}", orders.trial);
        let mut pick = rng.below(total);
        let op = mix.iter().find(|(_, w)| pick < *w || { pick -= w; false }).map(|(op, _)| *op).expect("a weighted pick");
        match op {
            Op::Participant => participant(&api, &mut rng, &delegation, &key),
            Op::Session => session(&api, &mut rng, &meeting, &day, &key),
            Op::Paragraph => paragraph(&api, &mut rng, &document, &key),
            Op::Import => last_import = Some(import(&api, orders, &key)),
            Op::Backup => backup(&api),
            Op::Export => export(&api, &orders.files.join(format!("list-{}.xlsx", n % 3)), last_import.as_ref().unwrap_or(&meeting)),
        }
    }
}

/// What a worker does.
#[derive(Clone, Copy)]
enum Op {
    Participant,
    Session,
    Paragraph,
    Import,
    Backup,
    Export,
}

/// The mixes of operations a worker draws one of, with their weights. An import (with its
/// snapshot and integrity check) takes far longer than an edit, so a single mix would have
/// nearly every kill land in an import: each mix gives one kind of work most of the time.
const MIXES: [&[(Op, u64)]; 4] = [
    &[(Op::Participant, 40), (Op::Session, 30), (Op::Paragraph, 30)],
    &[(Op::Participant, 20), (Op::Export, 80)],
    &[(Op::Participant, 20), (Op::Session, 10), (Op::Import, 70)],
    &[(Op::Participant, 20), (Op::Session, 10), (Op::Paragraph, 10), (Op::Import, 15), (Op::Backup, 25), (Op::Export, 20)],
];

/// The demo meeting's first outcome document that is not adopted (an adopted one is locked).
pub fn editable_document(api: &Api, meeting: &Id) -> Id {
    api.outcome_documents(MeetingArgs { meeting_id: meeting.clone() })
        .expect("the demo's documents")
        .into_iter()
        .find(|d| d.status != DocumentStatus::Adopted)
        .expect("the demo meeting has a document open to edits")
        .id
}

fn participant(api: &Api, rng: &mut Seeded, delegation: &Id, key: &str) {
    let family = format!("Crash{key}");
    let form = |given: &str| ParticipantInput {
        delegation_id: delegation.clone(),
        given_name: given.into(),
        family_name: family.clone(),
        ..ParticipantInput::default()
    };
    let id = step(format!("participant set {family} G0"), || api.create_participant(form("G0"))).participant.id;
    if rng.chance(60) {
        step(format!("participant set {family} G1"), || {
            api.update_participant(UpdateParticipantArgs { participant_id: id.clone(), input: form("G1") })
        });
    }
    if rng.chance(40) {
        step(format!("participant del {family}"), || api.delete_participant(ByIdArgs { id }));
    }
}

fn session(api: &Api, rng: &mut Seeded, meeting: &Id, day: &str, key: &str) {
    let title = format!("Crashsess{key}");
    let form = |end: &str| SessionInput {
        meeting_id: meeting.clone(),
        day: day.into(),
        start: "07:00".into(),
        end: end.into(),
        room_id: None,
        kind: SessionKind::Plenary,
        title_en: title.clone(),
        title_fr: title.clone(),
        description_en: String::new(),
        description_fr: String::new(),
        pillar_id: None,
        interpretation: vec![Lang::En, Lang::Fr],
        people: None,
    };
    let id = step(format!("session set {title} 07:30"), || api.create_session(form("07:30"))).session.id;
    if rng.chance(60) {
        step(format!("session set {title} 07:45"), || api.update_session(UpdateSessionArgs { session_id: id.clone(), input: form("07:45") }));
    }
    if rng.chance(40) {
        step(format!("session del {title}"), || api.delete_session(ByIdArgs { id }));
    }
}

fn paragraph(api: &Api, rng: &mut Seeded, document: &Id, key: &str) {
    let key = format!("Crashpara{key}");
    let add = AddParagraphArgs { document_id: document.clone(), section_id: None, after: None, lang: Lang::En, text: format!("{key} v0"), generated: None };
    let id = step(format!("paragraph set {key} v0"), || api.add_paragraph(add)).id;
    if rng.chance(60) {
        step(format!("paragraph set {key} v1"), || {
            api.save_paragraph_text(SaveTextArgs { id: id.clone(), lang: Lang::En, text: format!("{key} v1"), translation: None })
        });
    }
    if rng.chance(40) {
        step(format!("paragraph del {key}"), || api.delete_paragraph(ParagraphArgs { paragraph_id: id }));
    }
}

/// A meeting of its own, then the import of `orders.rows` people into it, all or nothing.
fn import(api: &Api, orders: &Orders, key: &str) -> Id {
    let form = MeetingInput {
        title_en: format!("{IMPORT_MEETING}{key}"),
        title_fr: format!("{IMPORT_MEETING}{key}"),
        kind: MeetingKind::ThematicMeeting,
        start_date: "2026-03-02".into(),
        end_date: "2026-03-03".into(),
        venue_en: "Hall".into(),
        venue_fr: "Salle".into(),
        city: "Accra".into(),
        country: Some("GH".into()),
        time_zone: "Africa/Accra".into(),
        languages: vec![Lang::En, Lang::Fr],
        status: MeetingStatus::Planning,
    };
    let meeting_id = step(format!("import set {key} 0"), || api.create_meeting(form)).meeting.id;
    let file = orders.files.join(format!("import-{key}.csv"));
    let mut text = String::from("Last name,First name,Country,Email\n");
    for row in 0..orders.rows {
        let country = ["NG", "GH", "SN", "CI", "FR", "MA"][row as usize % 6];
        text.push_str(&format!("Batch{key}r{row},Adaeze,{country},b{key}r{row}@example.org\n"));
    }
    std::fs::write(&file, text).expect("the import file is written");
    let args = ImportFileArgs { meeting_id: meeting_id.clone(), path: file.clone(), options: Default::default() };
    let rows = orders.rows;
    step(format!("import set {key} {rows}"), || {
        let report = api.import_participants(args)?;
        assert_eq!(report.added, rows, "every generated row is new and valid");
        Ok(report)
    });
    std::fs::remove_file(&file).expect("the import file is removed");
    meeting_id
}

/// "Back up now": the snapshot's name is only known once it is made, so the `ok` line names it.
fn backup(api: &Api) {
    say("begin backup set pending");
    let info = api.backup_now().unwrap_or_else(|e| panic!("backup: {e:?}"));
    say(&format!("ok backup set {} listed", info.name));
}

fn export(api: &Api, path: &Path, meeting: &Id) {
    // Through JSON, as the app sends it: options added to the export later keep their defaults.
    let what: SaveParticipantsArgs = serde_json::from_value(serde_json::json!({ "meeting_id": meeting, "format": "xlsx", "lang": "en" }))
        .expect("the export's arguments");
    let path = path.to_path_buf();
    step(format!("export set {} complete", path.display()), || api.export_participants(what.to_path(path.clone())));
}

//! Sessions of the timetable: create, list, update, delete; their people, agenda items and
//! conflicts.

use crate::{Api, ApiResult, ByIdArgs, MeetingArgs, SessionRow, text_input};
use plenary_core::meeting::{Meeting, parse_date};
use plenary_core::session::{AgendaItem, Session, SessionKind, SessionRole, parse_time};
use plenary_core::timetable::{Conflict, conflicts};
use plenary_core::{DomainError, Id, Lang, limits};
use plenary_store::{Db, StoreError};
use serde::{Deserialize, Serialize};

/// A person's part in a session.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SessionPersonInput {
    /// The participant.
    pub participant_id: Id,
    /// Their part (speakers in the order given).
    pub role: SessionRole,
}

/// An agenda item as a form sends it.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaItemInput {
    /// The item to change; none to create one.
    #[serde(default)]
    pub id: Option<Id>,
    /// The session.
    pub session_id: Id,
    /// Place in the session, from 1.
    pub position: i64,
    /// English title.
    #[serde(default)]
    pub title_en: String,
    /// French title.
    #[serde(default)]
    pub title_fr: String,
}

/// What a form sends to create or change a session. Day `YYYY-MM-DD`, times `HH:MM` in the
/// venue's time zone.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SessionInput {
    /// The meeting.
    pub meeting_id: Id,
    /// The day.
    pub day: String,
    /// Start time.
    pub start: String,
    /// End time.
    pub end: String,
    /// The room.
    #[serde(default)]
    pub room_id: Option<Id>,
    /// Kind.
    pub kind: SessionKind,
    /// English title.
    #[serde(default)]
    pub title_en: String,
    /// French title.
    #[serde(default)]
    pub title_fr: String,
    /// English description.
    #[serde(default)]
    pub description_en: String,
    /// French description.
    #[serde(default)]
    pub description_fr: String,
    /// The pillar.
    #[serde(default)]
    pub pillar_id: Option<Id>,
    /// Languages interpreted.
    #[serde(default)]
    pub interpretation: Vec<Lang>,
    /// The people, if they are to be set at the same time.
    #[serde(default)]
    pub people: Option<Vec<SessionPersonInput>>,
}

/// Arguments of `update_session`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct UpdateSessionArgs {
    /// The session.
    pub session_id: Id,
    /// The new values.
    pub input: SessionInput,
}

/// Arguments of `set_session_people`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SetSessionPeopleArgs {
    /// The session.
    pub session_id: Id,
    /// The people and their parts, in order.
    pub people: Vec<SessionPersonInput>,
}

impl SessionInput {
    fn to_session(&self, id: Id, meeting: &Meeting, existing: Option<&Session>) -> Result<Session, DomainError> {
        let mut title = existing.map(|s| s.title.clone()).unwrap_or_default();
        text_input::apply(&mut title, Some(&self.title_en), Some(&self.title_fr));
        let mut description = existing.map(|s| s.description.clone()).unwrap_or_default();
        text_input::apply(&mut description, Some(&self.description_en), Some(&self.description_fr));
        let mut interpretation = self.interpretation.clone();
        interpretation.sort();
        interpretation.dedup();
        let s = Session {
            id,
            meeting_id: meeting.id.clone(),
            day: parse_date("day", &self.day)?,
            start: parse_time("start", &self.start)?,
            end: parse_time("end", &self.end)?,
            room_id: self.room_id.clone(),
            kind: self.kind,
            title,
            description,
            pillar_id: self.pillar_id.clone(),
            interpretation,
        };
        s.validate(meeting)?;
        Ok(s)
    }
}

pub(crate) fn save(db: &Db<'_>, input: &SessionInput, id: Id, existing: Option<&Session>) -> Result<SessionRow, StoreError> {
    let meeting = db.meeting(&input.meeting_id)?;
    let session = input.to_session(id, &meeting, existing)?;
    db.save_session(&session, meeting.time_zone.name())?;
    if let Some(people) = &input.people {
        set_people(db, &session.id, people)?;
    }
    db.session(&session.id)
}

fn set_people(db: &Db<'_>, session_id: &Id, people: &[SessionPersonInput]) -> Result<(), StoreError> {
    let list: Vec<(Id, SessionRole)> = people.iter().map(|p| (p.participant_id.clone(), p.role)).collect();
    db.set_session_people(session_id, &list)?;
    // Search entries of sessions do not include people, so nothing to re-index here.
    Ok(())
}

impl Api {
    /// The sessions of a meeting in time order.
    pub fn list_sessions(&self, args: MeetingArgs) -> ApiResult<Vec<SessionRow>> {
        self.read(|db| {
            db.meeting(&args.meeting_id)?;
            db.sessions(&args.meeting_id)
        })
    }

    /// One session.
    pub fn get_session(&self, args: ByIdArgs) -> ApiResult<SessionRow> {
        self.read(|db| db.session(&args.id))
    }

    /// Creates a session. Refused: an end before the start, a day outside the meeting, a time
    /// that a DST change skips or repeats, a room or pillar of another meeting.
    pub fn create_session(&self, input: SessionInput) -> ApiResult<SessionRow> {
        let id = self.new_id();
        self.write(|db| save(db, &input, id, None))
    }

    /// Changes a session.
    pub fn update_session(&self, args: UpdateSessionArgs) -> ApiResult<SessionRow> {
        self.write(|db| {
            let existing = db.session(&args.session_id)?.session;
            if existing.meeting_id != args.input.meeting_id {
                return Err(DomainError::new(plenary_core::ErrorCode::WrongMeeting).field("meeting").detail(args.input.meeting_id.as_str()).into());
            }
            save(db, &args.input, existing.id.clone(), Some(&existing))
        })
    }

    /// Deletes a session with its people and agenda items.
    pub fn delete_session(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_session(&args.id))
    }

    /// Replaces the people of a session.
    pub fn set_session_people(&self, args: SetSessionPeopleArgs) -> ApiResult<SessionRow> {
        self.write(|db| {
            set_people(db, &args.session_id, &args.people)?;
            db.session(&args.session_id)
        })
    }

    /// Creates or changes an agenda item.
    pub fn save_agenda_item(&self, input: AgendaItemInput) -> ApiResult<SessionRow> {
        let id = input.id.clone().unwrap_or_else(|| self.new_id());
        self.write(|db| {
            let session = db.session(&input.session_id)?;
            let existing = session.items.iter().find(|i| i.id == id);
            if input.id.is_some() && existing.is_none() {
                return Err(DomainError::not_found("agenda_item", id.as_str()).into());
            }
            let mut title = existing.map(|i| i.title.clone()).unwrap_or_default();
            text_input::apply(&mut title, Some(&input.title_en), Some(&input.title_fr));
            title.validate("title", limits::TITLE, true)?;
            db.save_agenda_item(&AgendaItem { id, session_id: input.session_id.clone(), position: input.position, title })?;
            db.session(&input.session_id)
        })
    }

    /// Deletes an agenda item.
    pub fn delete_agenda_item(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_agenda_item(&args.id))
    }

    /// The clashes in a meeting's timetable: rooms booked twice, people in two places.
    pub fn list_conflicts(&self, args: MeetingArgs) -> ApiResult<Vec<Conflict>> {
        let rows = self.list_sessions(args)?;
        Ok(conflicts(&rows.iter().map(SessionRow::slot).collect::<Vec<_>>()))
    }
}

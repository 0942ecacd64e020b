//! Meetings: create, read, update, delete; their dialogues, pillars, rooms and co-chairs.

use crate::{Api, ApiResult, ByIdArgs, DelegationRow, MeetingArgs, text_input};
use plenary_core::dialogue::Dialogue;
use plenary_core::meeting::{
    Meeting, MeetingKind, MeetingStatus, Pillar, Room, check_dates, parse_date, parse_time_zone,
};
use plenary_core::{DomainError, Id, Lang, limits};
use serde::{Deserialize, Serialize};

/// What a form sends to create or change a meeting. Dates are `YYYY-MM-DD`, the time zone an
/// IANA name; errors name the field that is wrong.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingInput {
    /// English title.
    pub title_en: String,
    /// French title.
    pub title_fr: String,
    /// Kind.
    pub kind: MeetingKind,
    /// First day.
    pub start_date: String,
    /// Last day.
    pub end_date: String,
    /// Venue in English.
    #[serde(default)]
    pub venue_en: String,
    /// Venue in French.
    #[serde(default)]
    pub venue_fr: String,
    /// Host city.
    pub city: String,
    /// Host country (ISO alpha-2 or alpha-3).
    #[serde(default)]
    pub country: Option<String>,
    /// IANA time zone of the venue.
    pub time_zone: String,
    /// Working languages (default: English and French).
    #[serde(default = "both_languages")]
    pub languages: Vec<Lang>,
    /// Status.
    #[serde(default = "planning")]
    pub status: MeetingStatus,
}

fn both_languages() -> Vec<Lang> {
    vec![Lang::En, Lang::Fr]
}

fn planning() -> MeetingStatus {
    MeetingStatus::Planning
}

/// Arguments of `update_meeting`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct UpdateMeetingArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The new values.
    pub input: MeetingInput,
}

/// A meeting in the list of meetings.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct MeetingSummary {
    /// The meeting.
    #[serde(flatten)]
    pub meeting: Meeting,
    /// Its participants.
    pub participants: u64,
    /// Its delegations.
    pub delegations: u64,
}

/// A meeting with everything its overview shows.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct MeetingDetail {
    /// The meeting.
    #[serde(flatten)]
    pub meeting: Meeting,
    /// The dialogues it joins.
    pub dialogues: Vec<Dialogue>,
    /// Its thematic pillars in order.
    pub pillars: Vec<Pillar>,
    /// Its rooms.
    pub rooms: Vec<Room>,
    /// Its co-chairs, in order.
    pub co_chairs: Vec<DelegationRow>,
}

/// Arguments of `set_meeting_dialogues`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SetMeetingDialoguesArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The dialogues it joins.
    pub dialogue_ids: Vec<Id>,
}

/// Arguments of `set_co_chairs`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SetCoChairsArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// Its co-chairing delegations, in order.
    pub delegation_ids: Vec<Id>,
}

/// What a form sends to create or change a pillar.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct PillarInput {
    /// The pillar to change; none to create one.
    #[serde(default)]
    pub id: Option<Id>,
    /// The meeting.
    pub meeting_id: Id,
    /// A short stable key (`prevention`).
    pub key: String,
    /// English name.
    pub name_en: String,
    /// French name.
    pub name_fr: String,
    /// Place in the list, from 1.
    pub position: i64,
}

/// What a form sends to create or change a room.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct RoomInput {
    /// The room to change; none to create one.
    #[serde(default)]
    pub id: Option<Id>,
    /// The meeting.
    pub meeting_id: Id,
    /// Its name.
    pub name: String,
    /// Seats.
    #[serde(default)]
    pub capacity: Option<i64>,
}

impl MeetingInput {
    /// Builds the meeting `id` from the form, over `existing` texts when updating.
    pub(crate) fn to_meeting(&self, id: Id, existing: Option<&Meeting>) -> Result<Meeting, DomainError> {
        let start_date = parse_date("start_date", &self.start_date)?;
        let end_date = parse_date("end_date", &self.end_date)?;
        check_dates(start_date, end_date)?;
        let country = match self.country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            Some(code) => Some(
                plenary_core::country::country(code).ok_or_else(|| DomainError::invalid("country", code))?.alpha2.to_owned(),
            ),
            None => None,
        };
        let mut title = existing.map(|m| m.title.clone()).unwrap_or_default();
        text_input::apply(&mut title, Some(&self.title_en), Some(&self.title_fr));
        let mut venue = existing.map(|m| m.venue.clone()).unwrap_or_default();
        text_input::apply(&mut venue, Some(&self.venue_en), Some(&self.venue_fr));
        let mut languages = self.languages.clone();
        languages.sort();
        languages.dedup();
        let meeting = Meeting {
            id,
            title,
            kind: self.kind,
            start_date,
            end_date,
            venue,
            city: self.city.trim().to_owned(),
            country,
            time_zone: parse_time_zone(&self.time_zone)?,
            languages,
            status: self.status,
        };
        meeting.validate()?;
        Ok(meeting)
    }
}

impl Api {
    /// Every meeting, the most recent first, with its counts.
    pub fn list_meetings(&self) -> ApiResult<Vec<MeetingSummary>> {
        self.read(|db| {
            db.meetings()?
                .into_iter()
                .map(|meeting| {
                    let delegations = db.delegations(&meeting.id)?;
                    Ok(MeetingSummary {
                        participants: delegations.iter().map(|d| d.participants).sum(),
                        delegations: delegations.len() as u64,
                        meeting,
                    })
                })
                .collect()
        })
    }

    /// One meeting with its dialogues, pillars, rooms and co-chairs.
    pub fn get_meeting(&self, args: MeetingArgs) -> ApiResult<MeetingDetail> {
        self.read(|db| detail(db, &args.meeting_id))
    }

    /// Creates a meeting.
    pub fn create_meeting(&self, input: MeetingInput) -> ApiResult<MeetingDetail> {
        let meeting = input.to_meeting(self.new_id(), None).or_else(|e| self.fail(e))?;
        self.write(|db| {
            db.insert_meeting(&meeting)?;
            detail(db, &meeting.id)
        })
    }

    /// Changes a meeting. Its sessions must still fall inside its days.
    pub fn update_meeting(&self, args: UpdateMeetingArgs) -> ApiResult<MeetingDetail> {
        self.write(|db| {
            let existing = db.meeting(&args.meeting_id)?;
            let meeting = args.input.to_meeting(args.meeting_id.clone(), Some(&existing))?;
            for s in db.sessions(&meeting.id)? {
                s.session.validate(&meeting)?;
            }
            db.update_meeting(&meeting)?;
            detail(db, &meeting.id)
        })
    }

    /// Deletes a meeting and everything in it.
    pub fn delete_meeting(&self, args: MeetingArgs) -> ApiResult<()> {
        self.snapshot_before(crate::SnapshotReason::BulkDelete)?;
        self.write(|db| db.delete_meeting(&args.meeting_id))
    }

    /// Sets the dialogues a meeting joins.
    pub fn set_meeting_dialogues(&self, args: SetMeetingDialoguesArgs) -> ApiResult<MeetingDetail> {
        self.write(|db| {
            db.meeting(&args.meeting_id)?;
            db.set_meeting_dialogues(&args.meeting_id, &args.dialogue_ids)?;
            detail(db, &args.meeting_id)
        })
    }

    /// Sets the meeting's co-chairs (delegations of the meeting, in order).
    pub fn set_co_chairs(&self, args: SetCoChairsArgs) -> ApiResult<MeetingDetail> {
        self.write(|db| {
            db.meeting(&args.meeting_id)?;
            db.set_co_chairs(&args.meeting_id, &args.delegation_ids)?;
            detail(db, &args.meeting_id)
        })
    }

    /// Creates or changes a pillar.
    pub fn save_pillar(&self, input: PillarInput) -> ApiResult<Pillar> {
        let id = input.id.clone().unwrap_or_else(|| self.new_id());
        self.write(|db| {
            db.meeting(&input.meeting_id)?;
            let key = limits::required("key", &input.key, limits::ACRONYM)?;
            let existing = db.pillars(&input.meeting_id)?.into_iter().find(|p| p.id == id);
            if input.id.is_some() && existing.is_none() {
                return Err(DomainError::not_found("pillar", id.as_str()).into());
            }
            let mut name = existing.map(|p| p.name).unwrap_or_default();
            text_input::apply(&mut name, Some(&input.name_en), Some(&input.name_fr));
            name.validate("name", limits::TITLE, true)?;
            let pillar = Pillar { id: id.clone(), meeting_id: input.meeting_id.clone(), key, name, position: input.position };
            db.save_pillar(&pillar)?;
            Ok(pillar)
        })
    }

    /// Deletes a pillar; its sessions lose the pillar.
    pub fn delete_pillar(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_pillar(&args.id))
    }

    /// Creates or changes a room.
    pub fn save_room(&self, input: RoomInput) -> ApiResult<Room> {
        let id = input.id.clone().unwrap_or_else(|| self.new_id());
        self.write(|db| {
            db.meeting(&input.meeting_id)?;
            if input.id.is_some() && !db.rooms(&input.meeting_id)?.iter().any(|r| r.id == id) {
                return Err(DomainError::not_found("room", id.as_str()).into());
            }
            if let Some(c) = input.capacity.filter(|c| *c <= 0) {
                return Err(DomainError::invalid("capacity", &c.to_string()).into());
            }
            let room = Room {
                id: id.clone(),
                meeting_id: input.meeting_id.clone(),
                name: limits::required("name", &input.name, limits::NAME)?,
                capacity: input.capacity,
            };
            db.save_room(&room)?;
            Ok(room)
        })
    }

    /// Deletes a room; its sessions lose their room.
    pub fn delete_room(&self, args: ByIdArgs) -> ApiResult<()> {
        self.write(|db| db.delete_room(&args.id))
    }
}

pub(crate) fn detail(db: &plenary_store::Db<'_>, id: &Id) -> Result<MeetingDetail, plenary_store::StoreError> {
    let meeting = db.meeting(id)?;
    let dialogues = db.meeting_dialogues(id)?.iter().map(|d| db.dialogue(d)).collect::<Result<_, _>>()?;
    let co_chairs = db.co_chairs(id)?.iter().map(|d| db.delegation_row(d)).collect::<Result<_, _>>()?;
    Ok(MeetingDetail { pillars: db.pillars(id)?, rooms: db.rooms(id)?, dialogues, co_chairs, meeting })
}

//! The meeting: its dates, venue, time zone, pillars, rooms and co-chairs.

use crate::{BilingualText, DomainError, ErrorCode, Id, Lang, limits};
use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// The kind of a meeting.
    pub enum MeetingKind ("kind") {
        /// A joint thematic meeting of several dialogues.
        JointThematicMeeting = "joint_thematic_meeting",
        /// A thematic meeting of one dialogue.
        ThematicMeeting = "thematic_meeting",
        /// A senior officials' meeting.
        SeniorOfficialsMeeting = "senior_officials_meeting",
        /// A ministerial conference.
        MinisterialConference = "ministerial_conference",
        /// A steering committee meeting.
        SteeringCommittee = "steering_committee",
        /// A workshop or training.
        Workshop = "workshop",
        /// Any other meeting.
        Other = "other",
    }
}

crate::string_enum! {
    /// Where a meeting stands.
    pub enum MeetingStatus ("status") {
        /// Being planned.
        Planning = "planning",
        /// Dates and venue confirmed.
        Confirmed = "confirmed",
        /// Took place.
        Held = "held",
        /// Closed: outcome published.
        Closed = "closed",
    }
}

/// A meeting of a dialogue or of several dialogues.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Meeting {
    /// Its id.
    pub id: Id,
    /// Its title.
    pub title: BilingualText,
    /// Its kind.
    pub kind: MeetingKind,
    /// The first day, in the venue's time zone.
    pub start_date: NaiveDate,
    /// The last day, in the venue's time zone.
    pub end_date: NaiveDate,
    /// The venue (a building or conference centre).
    pub venue: BilingualText,
    /// The host city.
    pub city: String,
    /// The host country (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// The venue's IANA time zone (e.g. `Africa/Lagos`).
    #[ts(type = "string")]
    pub time_zone: Tz,
    /// The working languages.
    pub languages: Vec<Lang>,
    /// Where the meeting stands.
    pub status: MeetingStatus,
}

impl Meeting {
    /// The days of the meeting, first to last.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.start_date.iter_days().take_while(|d| *d <= self.end_date)
    }

    /// Whether `day` is one of the meeting's days.
    pub fn has_day(&self, day: NaiveDate) -> bool {
        (self.start_date..=self.end_date).contains(&day)
    }

    /// Checks the rules of a meeting: a title, a city, dates in order and at most 60 days.
    pub fn validate(&self) -> Result<(), DomainError> {
        self.title.validate("title", limits::TITLE, true)?;
        self.venue.validate("venue", limits::TITLE, false)?;
        limits::required("city", &self.city, limits::NAME)?;
        check_dates(self.start_date, self.end_date)?;
        if self.languages.is_empty() {
            return Err(DomainError::required("language"));
        }
        Ok(())
    }
}

/// The longest meeting Plenary plans: a COP lasts two weeks; 60 days leaves room.
pub const MAX_MEETING_DAYS: i64 = 60;

/// Checks that a meeting's dates are in order and within [`MAX_MEETING_DAYS`].
pub fn check_dates(start: NaiveDate, end: NaiveDate) -> Result<(), DomainError> {
    if end < start {
        return Err(DomainError::new(ErrorCode::EndBeforeStart).field("end_date").detail(start.to_string()));
    }
    if (end - start).num_days() >= MAX_MEETING_DAYS {
        return Err(DomainError::new(ErrorCode::InvalidDate)
            .field("end_date")
            .detail(format!("{end} ({MAX_MEETING_DAYS} days at most)")));
    }
    Ok(())
}

/// Parses an ISO date (`2025-11-04`), naming `field` when it is not one.
pub fn parse_date(field: &str, value: &str) -> Result<NaiveDate, DomainError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| DomainError::new(ErrorCode::InvalidDate).field(field).detail(value.trim()))
}

/// Parses an IANA time-zone name.
pub fn parse_time_zone(value: &str) -> Result<Tz, DomainError> {
    value.trim().parse::<Tz>().map_err(|_| DomainError::invalid("time_zone", value.trim()))
}

/// A thematic pillar of a meeting (e.g. one of the "4Ps").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Pillar {
    /// Its id.
    pub id: Id,
    /// The meeting.
    pub meeting_id: Id,
    /// A short stable key (`prevention`).
    pub key: String,
    /// Its name.
    pub name: BilingualText,
    /// Its place in the list, from 1.
    pub position: i64,
}

/// A room of the venue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Room {
    /// Its id.
    pub id: Id,
    /// The meeting.
    pub meeting_id: Id,
    /// Its name as signposted at the venue.
    pub name: String,
    /// Seats, when known.
    pub capacity: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lagos() -> Meeting {
        Meeting {
            id: Id::from("m"),
            title: BilingualText::pair("Joint Thematic Meeting", "Réunion thématique conjointe", crate::TranslationState::Final),
            kind: MeetingKind::JointThematicMeeting,
            start_date: parse_date("start_date", "2025-11-04").expect("valid"),
            end_date: parse_date("end_date", "2025-11-05").expect("valid"),
            venue: BilingualText::default(),
            city: "Lagos".into(),
            country: Some("NG".into()),
            time_zone: parse_time_zone("Africa/Lagos").expect("known zone"),
            languages: vec![Lang::En, Lang::Fr],
            status: MeetingStatus::Held,
        }
    }

    #[test]
    fn a_meeting_has_its_days() {
        let m = lagos();
        assert!(m.validate().is_ok());
        assert_eq!(m.days().count(), 2);
        assert!(m.has_day(m.end_date) && !m.has_day(m.end_date.succ_opt().expect("date")));
    }

    #[test]
    fn dates_must_be_in_order() {
        let mut m = lagos();
        std::mem::swap(&mut m.start_date, &mut m.end_date);
        assert_eq!(m.validate().expect_err("end before start").code, ErrorCode::EndBeforeStart);
    }

    #[test]
    fn bad_dates_and_zones_are_named() {
        let err = parse_date("start_date", "2025-02-30").expect_err("no 30 February");
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::InvalidDate, Some("start_date")));
        assert!(parse_time_zone("Africa/Atlantis").is_err());
    }

    #[test]
    fn a_meeting_needs_a_title_and_a_city() {
        let mut m = lagos();
        m.city = " ".into();
        assert_eq!(m.validate().expect_err("no city").field.as_deref(), Some("city"));
        let mut m = lagos();
        m.title = BilingualText::default();
        assert_eq!(m.validate().expect_err("no title").code, ErrorCode::Required);
    }
}

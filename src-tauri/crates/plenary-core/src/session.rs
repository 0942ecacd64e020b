//! Sessions of the timetable and their agenda items, with the rules on their times.

use crate::meeting::Meeting;
use crate::{BilingualText, DomainError, ErrorCode, Id, Lang, limits};
use chrono::{LocalResult, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// The kind of a session.
    pub enum SessionKind ("kind") {
        /// Opening session or ceremony.
        Opening = "opening",
        /// Plenary session.
        Plenary = "plenary",
        /// Panel discussion.
        Panel = "panel",
        /// Working group or breakout.
        WorkingGroup = "working_group",
        /// Coffee or lunch break.
        Break = "break",
        /// Side event.
        SideEvent = "side_event",
        /// Closing session.
        Closing = "closing",
    }
}

impl SessionKind {
    /// The kind's label in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let (en, fr) = match self {
            SessionKind::Opening => ("Opening", "Ouverture"),
            SessionKind::Plenary => ("Plenary", "Plénière"),
            SessionKind::Panel => ("Panel", "Panel"),
            SessionKind::WorkingGroup => ("Working group", "Groupe de travail"),
            SessionKind::Break => ("Break", "Pause"),
            SessionKind::SideEvent => ("Side event", "Événement parallèle"),
            SessionKind::Closing => ("Closing", "Clôture"),
        };
        lang.pick(en, fr)
    }
}

crate::string_enum! {
    /// What a person does in a session.
    pub enum SessionRole ("role") {
        /// Chairs the session.
        Chair = "chair",
        /// Co-chairs the session.
        CoChair = "co_chair",
        /// Moderates the session.
        Moderator = "moderator",
        /// Speaks, in order.
        Speaker = "speaker",
        /// Reports on the session.
        Rapporteur = "rapporteur",
    }
}

impl SessionRole {
    /// The part's label in `lang`, singular or plural ("Speakers", "Intervenants").
    pub fn label(self, lang: Lang, plural: bool) -> &'static str {
        let (en, fr, en_pl, fr_pl) = match self {
            SessionRole::Chair => ("Chair", "Présidence", "Chairs", "Présidence"),
            SessionRole::CoChair => ("Co-chair", "Coprésidence", "Co-chairs", "Coprésidence"),
            SessionRole::Moderator => ("Moderator", "Modération", "Moderators", "Modération"),
            SessionRole::Speaker => ("Speaker", "Intervenant·e", "Speakers", "Intervenant·es"),
            SessionRole::Rapporteur => ("Rapporteur", "Rapporteur·rice", "Rapporteurs", "Rapporteur·rices"),
        };
        if plural { lang.pick(en_pl, fr_pl) } else { lang.pick(en, fr) }
    }
}

/// A session of the timetable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Session {
    /// Its id.
    pub id: Id,
    /// The meeting.
    pub meeting_id: Id,
    /// The day, in the venue's time zone.
    pub day: NaiveDate,
    /// Start, venue time.
    pub start: NaiveTime,
    /// End, venue time.
    pub end: NaiveTime,
    /// The room, if set.
    pub room_id: Option<Id>,
    /// Its kind.
    pub kind: SessionKind,
    /// Its title.
    pub title: BilingualText,
    /// Its description.
    pub description: BilingualText,
    /// The thematic pillar, if any.
    pub pillar_id: Option<Id>,
    /// Languages interpreted.
    pub interpretation: Vec<Lang>,
}

impl Session {
    /// Checks the texts and the times against the meeting (see [`check_slot`]).
    pub fn validate(&self, meeting: &Meeting) -> Result<(), DomainError> {
        self.title.validate("title", limits::TITLE, true)?;
        self.description.validate("description", limits::DESCRIPTION, false)?;
        check_slot(meeting, self.day, self.start, self.end)
    }
}

/// An item on a session's agenda, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaItem {
    /// Its id.
    pub id: Id,
    /// The session.
    pub session_id: Id,
    /// Its place, from 1.
    pub position: i64,
    /// Its title.
    pub title: BilingualText,
}

/// Checks that a session of `day`, `start`–`end` (venue time) ends after it starts, falls
/// inside the meeting's days, and that both times exist exactly once in the venue's zone:
/// a time skipped or repeated by a daylight-saving change would make the agenda ambiguous.
pub fn check_slot(meeting: &Meeting, day: NaiveDate, start: NaiveTime, end: NaiveTime) -> Result<(), DomainError> {
    if end <= start {
        return Err(DomainError::new(ErrorCode::EndBeforeStart).field("end").detail(start.format("%H:%M").to_string()));
    }
    if !meeting.has_day(day) {
        return Err(DomainError::new(ErrorCode::OutsideMeeting)
            .field("day")
            .detail(format!("{day} ({} – {})", meeting.start_date, meeting.end_date)));
    }
    check_local_time(meeting.time_zone, day, start, "start")?;
    check_local_time(meeting.time_zone, day, end, "end")
}

/// Refuses a local time that falls in a DST gap or fold of `zone`.
pub fn check_local_time(zone: Tz, day: NaiveDate, time: NaiveTime, field: &str) -> Result<(), DomainError> {
    let detail = || format!("{day} {}", time.format("%H:%M"));
    match zone.from_local_datetime(&day.and_time(time)) {
        LocalResult::Single(_) => Ok(()),
        LocalResult::None => Err(DomainError::new(ErrorCode::DstGap).field(field).detail(detail())),
        LocalResult::Ambiguous(..) => Err(DomainError::new(ErrorCode::DstFold).field(field).detail(detail())),
    }
}

/// Parses a time of day (`09:30`), naming `field` when it is not one.
pub fn parse_time(field: &str, value: &str) -> Result<NaiveTime, DomainError> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(value.trim(), "%H:%M:%S"))
        .map_err(|_| DomainError::invalid(field, value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::{MeetingKind, MeetingStatus, parse_date, parse_time_zone};

    fn meeting(zone: &str, start: &str, end: &str) -> Meeting {
        Meeting {
            id: Id::from("m"),
            title: BilingualText::original(Lang::En, "Meeting"),
            kind: MeetingKind::Other,
            start_date: parse_date("start_date", start).expect("date"),
            end_date: parse_date("end_date", end).expect("date"),
            venue: BilingualText::default(),
            city: "Lagos".into(),
            country: None,
            time_zone: parse_time_zone(zone).expect("zone"),
            languages: vec![Lang::En],
            status: MeetingStatus::Planning,
        }
    }

    fn t(v: &str) -> NaiveTime {
        parse_time("start", v).expect("time")
    }

    fn d(v: &str) -> NaiveDate {
        parse_date("day", v).expect("date")
    }

    #[test]
    fn a_session_ends_after_it_starts() {
        let m = meeting("Africa/Lagos", "2025-11-04", "2025-11-05");
        assert!(check_slot(&m, d("2025-11-04"), t("09:00"), t("10:30")).is_ok());
        let err = check_slot(&m, d("2025-11-04"), t("10:30"), t("09:00")).expect_err("end before start");
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::EndBeforeStart, Some("end")));
        assert!(check_slot(&m, d("2025-11-04"), t("10:30"), t("10:30")).is_err(), "a session lasts");
    }

    #[test]
    fn a_session_falls_inside_the_meetings_days() {
        let m = meeting("Africa/Lagos", "2025-11-04", "2025-11-05");
        for day in ["2025-11-03", "2025-11-06"] {
            let err = check_slot(&m, d(day), t("09:00"), t("10:00")).expect_err("outside");
            assert_eq!((err.code, err.field.as_deref()), (ErrorCode::OutsideMeeting, Some("day")));
        }
        assert!(check_slot(&m, d("2025-11-05"), t("16:00"), t("17:00")).is_ok());
    }

    #[test]
    fn times_skipped_by_a_dst_change_are_refused() {
        // Paris moved from 02:00 to 03:00 on 30 March 2025.
        let m = meeting("Europe/Paris", "2025-03-30", "2025-03-31");
        let err = check_slot(&m, d("2025-03-30"), t("02:30"), t("04:00")).expect_err("02:30 never happened");
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::DstGap, Some("start")));
        assert!(check_slot(&m, d("2025-03-30"), t("03:00"), t("04:00")).is_ok());
    }

    #[test]
    fn times_repeated_by_a_dst_change_are_refused() {
        // Paris went from 03:00 back to 02:00 on 26 October 2025.
        let m = meeting("Europe/Paris", "2025-10-25", "2025-10-26");
        let err = check_slot(&m, d("2025-10-26"), t("01:00"), t("02:30")).expect_err("02:30 happened twice");
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::DstFold, Some("end")));
        let m = meeting("Africa/Lagos", "2025-10-25", "2025-10-26");
        assert!(check_slot(&m, d("2025-10-26"), t("01:00"), t("02:30")).is_ok(), "Lagos has no DST");
    }

    #[test]
    fn bad_times_are_named() {
        let err = parse_time("end", "25:00").expect_err("no 25 o'clock");
        assert_eq!(err.field.as_deref(), Some("end"));
        assert_eq!(parse_time("start", "09:30:00").expect("seconds allowed"), t("09:30"));
    }
}

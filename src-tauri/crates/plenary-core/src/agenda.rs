//! The agenda: the published view of a meeting's timetable, in both languages.
//!
//! An [`Agenda`] is self-contained: everything an export prints is in it, already resolved
//! (room names, people with their functions and delegations, pillar names). That is what
//! makes a released version exportable again exactly as it was released: the snapshot is
//! this value serialised, and the exporters never go back to the database.

use crate::session::{SessionKind, SessionRole};
use crate::{BilingualText, Id, Lang};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The version of the [`Agenda`] layout stored in released snapshots; bumped when a field
/// changes meaning so an old snapshot can still be read.
pub const AGENDA_FORMAT: i32 = 1;

/// A meeting's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Agenda {
    /// The layout version of this value ([`AGENDA_FORMAT`]).
    pub format: i32,
    /// The meeting.
    pub meeting_id: Id,
    /// The meeting's title.
    pub title: BilingualText,
    /// The venue.
    pub venue: BilingualText,
    /// The city.
    pub city: String,
    /// The host country's name in English and French, when known.
    pub country: Option<NamePair>,
    /// The first day.
    pub start_date: NaiveDate,
    /// The last day.
    pub end_date: NaiveDate,
    /// The IANA zone the times are in (e.g. `Africa/Lagos`).
    pub time_zone: String,
    /// The co-chairs of the meeting, in order.
    pub co_chairs: Vec<NamePair>,
    /// The released version this agenda is, or `None` for the current draft.
    pub version: Option<AgendaVersionInfo>,
    /// The days, in order, each with its sessions in order.
    pub days: Vec<AgendaDay>,
}

/// A name in English and French (a country, an organisation, a delegation).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct NamePair {
    /// The English name.
    pub en: String,
    /// The French name.
    pub fr: String,
}

impl NamePair {
    /// The name in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.fr)
    }
}

/// What identifies a released version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaVersionInfo {
    /// The number, from 1 ("Rev. 1").
    pub number: i32,
    /// The day it was released, in the venue's zone.
    pub released_on: NaiveDate,
}

/// One day of the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaDay {
    /// The date.
    pub date: NaiveDate,
    /// The sessions and breaks of the day, by start time, then room.
    pub sessions: Vec<AgendaSession>,
}

/// A session (or a break) as the agenda prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaSession {
    /// The session's id: stable across versions, so changelogs and calendar UIDs follow it.
    pub id: Id,
    /// Its kind.
    pub kind: SessionKind,
    /// Start, venue time.
    pub start: NaiveTime,
    /// End, venue time.
    pub end: NaiveTime,
    /// The room's name.
    pub room: Option<String>,
    /// The pillar's name.
    pub pillar: Option<BilingualText>,
    /// The title.
    pub title: BilingualText,
    /// The description.
    pub description: BilingualText,
    /// The people with a part, by part (chair, co-chair, moderator, speaker, rapporteur),
    /// then in order.
    pub people: Vec<AgendaPerson>,
    /// The agenda items, in order.
    pub items: Vec<BilingualText>,
    /// The interpretation languages.
    pub interpretation: Vec<Lang>,
}

impl AgendaSession {
    /// The people with the part `role`, in order.
    pub fn with_role(&self, role: SessionRole) -> impl Iterator<Item = &AgendaPerson> {
        self.people.iter().filter(move |p| p.role == role)
    }
}

/// A person with a part in a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaPerson {
    /// The participant.
    pub participant_id: Id,
    /// Their part.
    pub role: SessionRole,
    /// The name as printed, with honorifics ("HE Ms Jane Doe").
    pub name: String,
    /// Their function.
    pub function: BilingualText,
    /// Their delegation.
    pub delegation: NamePair,
}

impl Agenda {
    /// Every session of every day, in order.
    pub fn sessions(&self) -> impl Iterator<Item = (&AgendaDay, &AgendaSession)> {
        self.days.iter().flat_map(|d| d.sessions.iter().map(move |s| (d, s)))
    }
}

/// What an export could not print as it should, found before printing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
pub struct Gap {
    /// The session concerned, or `None` for the meeting's header.
    pub session_id: Option<Id>,
    /// Where: `title`, `description`, `venue`, `pillar`, `item:N`, `function:<participant id>`.
    pub field: String,
    /// The language of the missing or stale side.
    pub lang: Lang,
    /// What is wrong.
    pub kind: GapKind,
    /// What the reader sees in the list, e.g. "Opening session — title".
    pub label: String,
}

crate::string_enum! {
    /// Why a text is listed in a [`Gap`].
    pub enum GapKind ("gap") {
        /// The side is empty: the export prints the other language's text, marked.
        Missing = "missing",
        /// The side was written against an older version of the other side.
        Stale = "stale",
        /// A person has no function in this language: the export prints the name alone.
        NoFunction = "no_function",
    }
}

impl Agenda {
    /// Every text `langs` would print that is missing or stale, in agenda order. Empty texts
    /// on both sides (a session without description) are not gaps: there is nothing to say.
    pub fn gaps(&self, langs: &[Lang]) -> Vec<Gap> {
        let mut gaps = Vec::new();
        let check = |session: Option<&AgendaSession>, field: &str, text: &BilingualText, gaps: &mut Vec<Gap>| {
            if text.is_empty() {
                return;
            }
            for &lang in langs {
                let kind = if text.get(lang).is_empty() {
                    GapKind::Missing
                } else if text.is_stale(lang) {
                    GapKind::Stale
                } else {
                    continue;
                };
                let label = match session {
                    Some(s) => format!("{} — {field}", s.title.get_or_other(lang)),
                    None => field.to_owned(),
                };
                gaps.push(Gap { session_id: session.map(|s| s.id.clone()), field: field.to_owned(), lang, kind, label });
            }
        };
        check(None, "title", &self.title, &mut gaps);
        check(None, "venue", &self.venue, &mut gaps);
        for (_, s) in self.sessions() {
            check(Some(s), "title", &s.title, &mut gaps);
            check(Some(s), "description", &s.description, &mut gaps);
            if let Some(pillar) = &s.pillar {
                check(Some(s), "pillar", pillar, &mut gaps);
            }
            for (i, item) in s.items.iter().enumerate() {
                check(Some(s), &format!("item:{}", i + 1), item, &mut gaps);
            }
            for p in &s.people {
                for &lang in langs {
                    let kind = if p.function.get(lang).is_empty() {
                        GapKind::NoFunction
                    } else if p.function.is_stale(lang) {
                        GapKind::Stale
                    } else {
                        continue;
                    };
                    gaps.push(Gap {
                        session_id: Some(s.id.clone()),
                        field: format!("function:{}", p.participant_id),
                        lang,
                        kind,
                        label: format!("{} — {}", s.title.get_or_other(lang), p.name),
                    });
                }
            }
        }
        gaps
    }
}

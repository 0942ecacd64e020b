//! Conflicts in a timetable: a room booked twice, a person in two places at once.

use crate::Id;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What the conflict check needs to know of a session.
#[derive(Debug, Clone)]
pub struct Slot {
    /// The session.
    pub session_id: Id,
    /// Its day.
    pub day: NaiveDate,
    /// Its start.
    pub start: NaiveTime,
    /// Its end.
    pub end: NaiveTime,
    /// Its room.
    pub room_id: Option<Id>,
    /// The people who must be there (chairs, moderator, speakers, rapporteur).
    pub people: Vec<Id>,
}

/// Two sessions that cannot both happen as planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Conflict {
    /// Two overlapping sessions in one room.
    RoomDoubleBooked {
        /// The room.
        room_id: Id,
        /// The earlier session.
        first: Id,
        /// The later session.
        second: Id,
    },
    /// One person expected in two overlapping sessions.
    PersonDoubleBooked {
        /// The participant.
        participant_id: Id,
        /// The earlier session.
        first: Id,
        /// The later session.
        second: Id,
    },
}

/// Every conflict in `slots`, each pair once. Sessions that merely touch (one ends at 10:30,
/// the next starts at 10:30) do not conflict. Runs a sweep per room and per person, so the
/// cost grows with the overlaps, not with the square of the sessions.
pub fn conflicts(slots: &[Slot]) -> Vec<Conflict> {
    let mut by_room: HashMap<&Id, Vec<&Slot>> = HashMap::new();
    let mut by_person: HashMap<&Id, Vec<&Slot>> = HashMap::new();
    for slot in slots {
        if let Some(room) = &slot.room_id {
            by_room.entry(room).or_default().push(slot);
        }
        let mut people: Vec<&Id> = slot.people.iter().collect();
        people.sort();
        people.dedup();
        for person in people {
            by_person.entry(person).or_default().push(slot);
        }
    }
    let mut out = Vec::new();
    for (room, list) in by_room {
        for (first, second) in overlapping(list) {
            out.push(Conflict::RoomDoubleBooked { room_id: room.clone(), first, second });
        }
    }
    for (person, list) in by_person {
        for (first, second) in overlapping(list) {
            out.push(Conflict::PersonDoubleBooked { participant_id: person.clone(), first, second });
        }
    }
    out.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    out
}

fn overlapping(mut list: Vec<&Slot>) -> Vec<(Id, Id)> {
    list.sort_by_key(|s| (s.day, s.start, s.end));
    let mut pairs = Vec::new();
    let mut open: Vec<&Slot> = Vec::new();
    for slot in list {
        open.retain(|o| o.day == slot.day && o.end > slot.start);
        for o in &open {
            pairs.push((o.session_id.clone(), slot.session_id.clone()));
        }
        open.push(slot);
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(id: &str, start: &str, end: &str, room: Option<&str>, people: &[&str]) -> Slot {
        Slot {
            session_id: Id::from(id),
            day: NaiveDate::from_ymd_opt(2025, 11, 4).expect("date"),
            start: NaiveTime::parse_from_str(start, "%H:%M").expect("time"),
            end: NaiveTime::parse_from_str(end, "%H:%M").expect("time"),
            room_id: room.map(Id::from),
            people: people.iter().map(|p| Id::from(*p)).collect(),
        }
    }

    #[test]
    fn a_room_booked_twice_is_a_conflict() {
        let found = conflicts(&[slot("a", "09:00", "10:30", Some("hall"), &[]), slot("b", "10:00", "11:00", Some("hall"), &[])]);
        assert_eq!(found, vec![Conflict::RoomDoubleBooked { room_id: "hall".into(), first: "a".into(), second: "b".into() }]);
    }

    #[test]
    fn back_to_back_sessions_do_not_conflict() {
        let found = conflicts(&[slot("a", "09:00", "10:30", Some("hall"), &["p"]), slot("b", "10:30", "11:00", Some("hall"), &["p"])]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_person_in_two_places_is_a_conflict() {
        let found = conflicts(&[
            slot("a", "09:00", "10:30", Some("hall"), &["p", "q"]),
            slot("b", "10:00", "11:00", Some("room 2"), &["p"]),
            slot("c", "11:00", "12:00", Some("room 2"), &["p"]),
        ]);
        assert_eq!(found, vec![Conflict::PersonDoubleBooked { participant_id: "p".into(), first: "a".into(), second: "b".into() }]);
    }

    #[test]
    fn a_person_listed_twice_in_one_session_is_not_a_conflict() {
        assert!(conflicts(&[slot("a", "09:00", "10:00", None, &["p", "p"])]).is_empty());
    }
}

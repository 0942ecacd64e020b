//! The current agenda, assembled from the timetable in one read.

use plenary_core::agenda::{AGENDA_FORMAT, Agenda, AgendaDay, AgendaPerson, AgendaSession, NamePair};
use plenary_core::{DomainError, Id};
use plenary_store::{Db, SessionRow, StoreError};
use std::collections::BTreeMap;

/// The agenda of `meeting_id` as the timetable holds it now (the draft): every day of the
/// meeting, and any other day a session is on (a session left outside shortened dates is
/// printed, not dropped); sessions by start time, then room; people by part, then order.
/// Three queries fetch every session with its people and items, whatever their number.
pub fn current(db: &Db<'_>, meeting_id: &Id) -> Result<Agenda, StoreError> {
    let mut agenda = header(db, meeting_id)?;
    let mut days: BTreeMap<_, Vec<AgendaSession>> =
        agenda.start_date.iter_days().take_while(|d| *d <= agenda.end_date).map(|d| (d, Vec::new())).collect();
    for row in db.sessions(meeting_id)? {
        let day = row.session.day;
        days.entry(day).or_default().push(session(row));
    }
    for sessions in days.values_mut() {
        // A session without a room comes after those with one at the same time.
        sessions.sort_by_cached_key(|s| (s.start, s.room.is_none(), s.room.as_deref().map(str::to_lowercase), s.end, s.id.clone()));
    }
    agenda.days = days.into_iter().map(|(date, sessions)| AgendaDay { date, sessions }).collect();
    Ok(agenda)
}

/// The agenda of `meeting_id` without its days: the meeting's titles, dates, place and
/// co-chairs, as the front of every document of the meeting prints them.
pub fn header(db: &Db<'_>, meeting_id: &Id) -> Result<Agenda, StoreError> {
    let meeting = db.meeting(meeting_id)?;
    let co_chairs = db
        .co_chairs(meeting_id)?
        .iter()
        .map(|d| db.delegation_row(d).map(|row| NamePair { en: row.name_en, fr: row.name_fr }))
        .collect::<Result<Vec<_>, _>>()?;
    let country = meeting
        .country
        .as_deref()
        .and_then(plenary_core::country::country)
        .map(|c| NamePair { en: c.name_en.to_owned(), fr: c.name_fr.to_owned() });
    Ok(Agenda {
        format: AGENDA_FORMAT,
        meeting_id: meeting.id.clone(),
        title: meeting.title,
        venue: meeting.venue,
        city: meeting.city,
        country,
        start_date: meeting.start_date,
        end_date: meeting.end_date,
        time_zone: meeting.time_zone.name().to_owned(),
        co_chairs,
        version: None,
        days: Vec::new(),
    })
}

fn session(row: SessionRow) -> AgendaSession {
    let mut people: Vec<_> = row.people;
    // The store orders them so already; the agenda's order must not depend on it.
    people.sort_by_key(|p| (p.role, p.position));
    let mut items = row.items;
    items.sort_by_key(|i| i.position);
    let s = row.session;
    AgendaSession {
        id: s.id,
        kind: s.kind,
        start: s.start,
        end: s.end,
        room: row.room,
        pillar: row.pillar,
        title: s.title,
        description: s.description,
        people: people
            .into_iter()
            .map(|p| AgendaPerson {
                participant_id: p.participant_id,
                role: p.role,
                name: p.display_name,
                function: p.function,
                delegation: NamePair { en: p.delegation_en, fr: p.delegation_fr },
            })
            .collect(),
        items: items.into_iter().map(|i| i.title).collect(),
        interpretation: s.interpretation,
    }
}

/// A released snapshot read back, refused when a newer Plenary wrote it in a layout this
/// one does not know.
pub fn snapshot(json: &str, number: i32) -> Result<Agenda, DomainError> {
    let agenda: Agenda = serde_json::from_str(json).map_err(|e| DomainError::invalid("version", &format!("{number}: {e}")))?;
    if agenda.format > AGENDA_FORMAT {
        return Err(DomainError::invalid("version", &format!("{number} (format {})", agenda.format)));
    }
    Ok(agenda)
}

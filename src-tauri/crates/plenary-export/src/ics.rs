//! The agenda as an iCalendar file (RFC 5545), one calendar per language.
//!
//! SUMMARY, DESCRIPTION and LOCATION appear once per event, so a calendar carries one
//! language (tagged with `LANGUAGE=`); the caller exports one file per language.
//!
//! Times are written in UTC, converted from the venue's zone, so no VTIMEZONE is needed and
//! every client shows the same instant. A local time that falls in a daylight-saving gap
//! (clocks jump forward: the time never exists) cannot be placed: the event is left out and
//! reported as a gap on the field `time`. A local time that exists twice (clocks go back)
//! is taken at its earlier instant. The timetable refuses both when sessions are entered,
//! so this only happens with a zone whose rules changed after the agenda was written.
//!
//! The output is deterministic: UIDs come from session ids (`<session id>@plenary`), so a
//! re-import updates events instead of duplicating them; DTSTAMP is the release date (the
//! meeting's first day for a draft) and SEQUENCE the version number.

use crate::render::{self, Printed};
use crate::{ExportError, Exported};
use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, Component, Event, EventLike, Property};
use plenary_core::Lang;
use plenary_core::agenda::{Agenda, AgendaDay, AgendaSession, Gap, GapKind};
use plenary_core::session::SessionKind;
use plenary_core::typography::typeset;

/// The agenda as a calendar in `lang`: one event per session (breaks included).
pub fn agenda(agenda: &Agenda, lang: Lang) -> Result<Exported, ExportError> {
    let zone: Tz = agenda
        .time_zone
        .parse()
        .map_err(|_| ExportError::Write(format!("the meeting's time zone {:?} is not an IANA zone", agenda.time_zone)))?;
    let mut gaps = agenda.gaps(&[lang]);
    let stamp = midnight_utc(agenda.version.as_ref().map_or(agenda.start_date, |v| v.released_on));
    let sequence = agenda.version.as_ref().map_or(0, |v| u32::try_from(v.number).unwrap_or(0));

    let mut calendar = Calendar::empty();
    let name = format!("{} — {}", render::printed(&agenda.title, lang).text, render::agenda_word(lang));
    for (key, value) in [("VERSION", "2.0"), ("PRODID", "-//Plenary//Agenda//EN"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")] {
        calendar.append_property(Property::new(key, value));
    }
    // The library escapes only the TEXT properties it knows; these extensions are escaped here.
    calendar.append_property(Property::new("X-WR-CALNAME", escape(&clean(&name))));
    calendar.append_property(Property::new("X-WR-TIMEZONE", escape(&agenda.time_zone)));
    calendar.append_property(
        Property::new("X-WR-CALDESC", escape(&clean(&render::dates_and_place(agenda, lang)))).add_parameter("LANGUAGE", lang.code()).done(),
    );

    for (day, session) in agenda.sessions() {
        let Some((start, end)) = instants(zone, day, session) else {
            gaps.push(Gap {
                session_id: Some(session.id.clone()),
                field: "time".to_owned(),
                lang,
                kind: GapKind::Missing,
                label: format!("{} — {}", session.title.get_or_other(lang), lang.pick("time", "heure")),
            });
            continue;
        };
        let mut event = Event::with_uid(&format!("{}@plenary", session.id));
        event
            .timestamp(stamp)
            .sequence(sequence)
            .starts(start)
            .ends(end)
            .add_property("TRANSP", if session.kind == SessionKind::Break { "TRANSPARENT" } else { "OPAQUE" })
            .add_property("STATUS", if agenda.version.is_some() { "CONFIRMED" } else { "TENTATIVE" })
            .append_property(text_property("SUMMARY", &marked(&render::printed(&session.title, lang)), lang))
            .append_property(text_property("LOCATION", &location(agenda, session, lang), lang));
        let description = description(session, lang);
        if !description.is_empty() {
            event.append_property(text_property("DESCRIPTION", &description, lang));
        }
        if let Some(pillar) = session.pillar.as_ref().filter(|p| !p.is_empty()) {
            event.append_property(text_property("CATEGORIES", &marked(&render::printed(pillar, lang)), lang));
        }
        calendar.push(event.done());
    }
    Ok(Exported { bytes: calendar.to_string().into_bytes(), gaps })
}

/// The UTC instants of a session's start and end, or `None` when one of them does not exist
/// in the venue's zone. An end before the start means the session runs past midnight.
fn instants(zone: Tz, day: &AgendaDay, session: &AgendaSession) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start = instant(zone, day.date, session.start)?;
    let end_date = if session.end < session.start { day.date + Duration::days(1) } else { day.date };
    let end = instant(zone, end_date, session.end)?;
    Some((start, end))
}

/// A venue-time instant in UTC: the earlier of two when the clocks go back, none when they
/// jump over it.
fn instant(zone: Tz, date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earlier, _) => Some(earlier.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

fn midnight_utc(date: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&date.and_time(NaiveTime::MIN))
}

/// A text property tagged with its language; the library escapes it.
fn text_property(key: &str, value: &str, lang: Lang) -> Property {
    Property::new(key, clean(value)).add_parameter("LANGUAGE", lang.code()).done()
}

/// Line breaks as LF (escaped as `\n` in the file); other control characters, which
/// RFC 5545 forbids in TEXT, as spaces.
fn clean(value: &str) -> String {
    value
        .replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\n' | '\t' => c,
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// TEXT escaping (RFC 5545, 3.3.11): backslash, comma, semicolon and line feed.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A printed text with its fallback marked ("[EN] …"), as a calendar has no styling.
fn marked(printed: &Printed) -> String {
    match printed.fallback {
        Some(other) => format!("{} {}", render::fallback_tag(other), printed.text),
        None => printed.text.clone(),
    }
}

/// "Plenary Hall, Transcorp Hilton, Lagos".
fn location(agenda: &Agenda, session: &AgendaSession, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(room) = session.room.as_deref().filter(|r| !r.trim().is_empty()) {
        parts.push(room.trim().to_owned());
    }
    let venue = render::printed(&agenda.venue, lang).text;
    if !venue.is_empty() {
        parts.push(venue);
    }
    if !agenda.city.is_empty() {
        parts.push(agenda.city.clone());
    }
    typeset(&parts.join(", "), lang)
}

/// The description, then the items, then the people by part, one per line.
fn description(session: &AgendaSession, lang: Lang) -> String {
    let mut blocks: Vec<String> = Vec::new();
    if !session.description.is_empty() {
        blocks.push(marked(&render::printed(&session.description, lang)));
    }
    let items: Vec<String> = session
        .items
        .iter()
        .filter(|item| !item.is_empty())
        .enumerate()
        .map(|(i, item)| format!("{}. {}", i + 1, marked(&render::printed(item, lang))))
        .collect();
    if !items.is_empty() {
        blocks.push(format!("{}\n{}", label(lang.pick("Agenda items", "Points de l'ordre du jour"), lang), items.join("\n")));
    }
    for (role, people) in render::people_by_role(session) {
        let lines: Vec<String> = people.iter().map(|p| format!("• {}", render::person_line(p, lang))).collect();
        blocks.push(format!("{}\n{}", label(role.label(lang, lines.len() > 1), lang), lines.join("\n")));
    }
    blocks.join("\n\n")
}

/// "Speakers:" / "Intervenant·es :".
fn label(text: &str, lang: Lang) -> String {
    typeset(&format!("{text}:"), lang)
}

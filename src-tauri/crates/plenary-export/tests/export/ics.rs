//! iCalendar, read back by Python's icalendar: instants, UIDs, languages, folding, escaping.

use crate::fixture::{lagos, large};
use crate::readers::{python, temp_file};
use chrono::{NaiveDate, NaiveTime};
use plenary_core::agenda::{Agenda, AgendaDay, GapKind};
use plenary_core::typography::typeset;
use plenary_core::{BilingualText, Lang, TranslationState};
use plenary_export::ics;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The calendar as Python's icalendar reads it, with every parse error it collected.
const DUMP: &str = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def text(c, key):
    return str(c[key]) if key in c else None
def lang(c, key):
    return c[key].params.get('LANGUAGE') if key in c else None
events = []
errors = list(cal.errors)
for e in cal.walk('VEVENT'):
    errors += e.errors
    cats = e.get('CATEGORIES')
    events.append({
        "uid": text(e, 'UID'),
        "start": e.decoded('DTSTART').isoformat(),
        "end": e.decoded('DTEND').isoformat(),
        "stamp": e.decoded('DTSTAMP').isoformat(),
        "sequence": int(e['SEQUENCE']),
        "summary": text(e, 'SUMMARY'),
        "summary_lang": lang(e, 'SUMMARY'),
        "description": text(e, 'DESCRIPTION'),
        "description_lang": lang(e, 'DESCRIPTION'),
        "location": text(e, 'LOCATION'),
        "categories": [str(c) for c in cats.cats] if cats is not None else [],
        "transp": text(e, 'TRANSP'),
        "status": text(e, 'STATUS'),
    })
print(json.dumps({"name": text(cal, 'X-WR-CALNAME'), "errors": errors, "events": events}))
"#;

#[derive(Debug, Deserialize)]
struct Cal {
    name: Option<String>,
    errors: Vec<serde_json::Value>,
    events: Vec<Ev>,
}

#[derive(Debug, Deserialize)]
struct Ev {
    uid: String,
    start: String,
    end: String,
    stamp: String,
    sequence: u32,
    summary: String,
    summary_lang: Option<String>,
    description: Option<String>,
    description_lang: Option<String>,
    location: Option<String>,
    categories: Vec<String>,
    transp: Option<String>,
    status: Option<String>,
}

fn read(bytes: &[u8]) -> Cal {
    let (_dir, path) = temp_file("agenda.ics", bytes);
    let cal: Cal = serde_json::from_str(&python(DUMP, &path)).expect("the dump is JSON");
    assert!(cal.errors.is_empty(), "Python's icalendar found errors: {:?}", cal.errors);
    cal
}

fn by_uid(cal: &Cal) -> BTreeMap<&str, &Ev> {
    cal.events.iter().map(|e| (e.uid.as_str(), e)).collect()
}

#[test]
fn one_event_per_session_at_the_right_utc_instant() {
    let agenda = lagos(true);
    let exported = ics::agenda(&agenda, Lang::En).expect("the calendar is written");
    let cal = read(&exported.bytes);
    let uids: Vec<&str> = cal.events.iter().map(|e| e.uid.as_str()).collect();
    assert_eq!(uids, ["s-opening@plenary", "s-coffee@plenary", "s-prevention@plenary", "s-side@plenary", "s-closing@plenary"]);
    let events = by_uid(&cal);
    let opening = events["s-opening@plenary"];
    assert_eq!(opening.start, "2025-11-04T08:00:00+00:00", "09:00 in Lagos (UTC+1) is 08:00Z");
    assert_eq!(opening.end, "2025-11-04T09:30:00+00:00");
    assert_eq!(events["s-closing@plenary"].start, "2025-11-05T15:00:00+00:00");
    assert_eq!(opening.stamp, "2025-10-20T00:00:00+00:00", "DTSTAMP is the release date: the file is deterministic");
    assert_eq!(opening.sequence, 2, "SEQUENCE is the version number");
    assert_eq!(opening.status.as_deref(), Some("CONFIRMED"));
    assert_eq!(events["s-coffee@plenary"].transp.as_deref(), Some("TRANSPARENT"), "a break does not block the calendar");
    assert_eq!(opening.transp.as_deref(), Some("OPAQUE"));
    assert_eq!(opening.location.as_deref(), Some("Plenary Hall, Transcorp Hilton, Lagos"));
    assert_eq!(events["s-prevention@plenary"].categories, ["Prevention"], "CATEGORIES is the pillar");
    assert_eq!(opening.summary_lang.as_deref(), Some("en"));
    let description = opening.description.as_deref().expect("a description");
    assert!(
        description.starts_with("Welcome by the co-chairs: why the \"4Ps\" matter?\n\nAgenda items:\n1. Welcome remarks"),
        "{description}"
    );
    assert!(
        description.contains("Co-chairs:\n• Hon Tijjani Aliyu Ahmed, Director General, NAPTIP (Nigeria)\n• HE Cyrille Baumgartner"),
        "{description}"
    );
    assert!(description.ends_with("Speaker:\n• Ms Amina Bello (Nigeria)"), "a speaker without function: {description}");
    assert_eq!(cal.name.as_deref(), Some("Joint Thematic Meeting on Trafficking in Persons and Smuggling of Migrants — Agenda"));
    assert_eq!(exported.gaps, agenda.gaps(&[Lang::En]));
}

#[test]
fn the_french_calendar_is_in_french_and_marks_borrowed_english() {
    let agenda = lagos(true);
    let cal = read(&ics::agenda(&agenda, Lang::Fr).expect("written").bytes);
    let events = by_uid(&cal);
    let opening = events["s-opening@plenary"];
    assert_eq!(opening.summary, "Cérémonie d'ouverture");
    assert_eq!(opening.summary_lang.as_deref(), Some("fr"));
    assert_eq!(opening.description_lang.as_deref(), Some("fr"));
    assert!(
        opening
            .description
            .as_deref()
            .is_some_and(|d| d.contains("Coprésidence\u{202f}:\n• Hon Tijjani Aliyu Ahmed, Directeur général, NAPTIP (Nigéria)")),
        "{:?}",
        opening.description
    );
    assert_eq!(events["s-prevention@plenary"].summary, "Prévention\u{202f}: s'attaquer aux causes profondes de la traite des personnes");
    assert_eq!(events["s-side@plenary"].summary, "[EN] Side event: <script>alert(1)</script> & {{ markup }} #heading");
    assert_eq!(events["s-closing@plenary"].categories, ["Partenariat"]);
    assert_eq!(
        cal.name.as_deref(),
        Some("Réunion thématique conjointe sur la traite des personnes et le trafic illicite de migrants — Ordre du jour")
    );
}

#[test]
fn uids_and_bytes_are_stable_across_exports() {
    let first = ics::agenda(&lagos(true), Lang::En).expect("written");
    let second = ics::agenda(&lagos(true), Lang::En).expect("written");
    assert_eq!(first.bytes, second.bytes, "the same version exports to the same bytes");
    let mut edited = lagos(true);
    edited.days[0].sessions[0].title.edit(Lang::En, "Opening ceremony (moved)");
    let a: Vec<String> = read(&first.bytes).events.into_iter().map(|e| e.uid).collect();
    let b: Vec<String> = read(&ics::agenda(&edited, Lang::En).expect("written").bytes).events.into_iter().map(|e| e.uid).collect();
    assert_eq!(a, b, "an edited session keeps its UID, so a re-import updates it");

    let draft = read(&ics::agenda(&lagos(false), Lang::En).expect("written").bytes);
    assert_eq!(draft.events[0].sequence, 0);
    assert_eq!(draft.events[0].stamp, "2025-11-04T00:00:00+00:00", "a draft is stamped with the meeting's first day");
    assert_eq!(draft.events[0].status.as_deref(), Some("TENTATIVE"));
}

#[test]
fn long_french_text_with_separators_is_folded_and_escaped() {
    let mut agenda = lagos(true);
    let french = "Séance consacrée aux coûts, aux risques; au « passage » \\ barre oblique inverse; \
                  et aux itinéraires, notamment la Méditerranée centrale.\nDeuxième ligne : chiffres, sources; \
                  citations « entre guillemets » et encore des virgules, des points-virgules; des barres \\ obliques.\r\nTroisième.";
    agenda.days[0].sessions[0].description = BilingualText::pair("Long text.", french, TranslationState::Translated);
    let exported = ics::agenda(&agenda, Lang::Fr).expect("written");
    let raw = std::str::from_utf8(&exported.bytes).expect("UTF-8");
    assert!(raw.ends_with("\r\n") && !raw.replace("\r\n", "").contains('\n'), "every line ends with CRLF");
    for line in raw.split("\r\n") {
        assert!(line.len() <= 75, "a line is at most 75 octets ({}): {line:?}", line.len());
    }
    assert!(raw.contains("\\,") && raw.contains("\\;") && raw.contains("\\\\") && raw.contains("\\n"), "TEXT is escaped");
    let cal = read(&exported.bytes);
    let description = by_uid(&cal)["s-opening@plenary"].description.clone().expect("a description");
    let expected = typeset(french, Lang::Fr).replace("\r\n", "\n");
    assert!(description.starts_with(&expected), "the text survives folding and escaping:\n{description}\n---\n{expected}");
}

fn paris(day: NaiveDate, start: (u32, u32), end: (u32, u32)) -> Agenda {
    let mut agenda = lagos(true);
    agenda.time_zone = "Europe/Paris".into();
    let mut session = agenda.days[0].sessions[0].clone();
    session.start = NaiveTime::from_hms_opt(start.0, start.1, 0).expect("a time");
    session.end = NaiveTime::from_hms_opt(end.0, end.1, 0).expect("a time");
    let mut other = agenda.days[0].sessions[1].clone();
    other.start = NaiveTime::from_hms_opt(10, 0, 0).expect("a time");
    other.end = NaiveTime::from_hms_opt(10, 30, 0).expect("a time");
    agenda.days = vec![AgendaDay { date: day, sessions: vec![session, other] }];
    agenda
}

#[test]
fn a_time_in_a_dst_gap_is_left_out_and_reported_and_a_fold_takes_the_earlier_instant() {
    let spring = NaiveDate::from_ymd_opt(2025, 3, 30).expect("a date");
    let exported = ics::agenda(&paris(spring, (2, 30), (3, 30)), Lang::En).expect("written, without the impossible event");
    let cal = read(&exported.bytes);
    let uids: Vec<&str> = cal.events.iter().map(|e| e.uid.as_str()).collect();
    assert_eq!(uids, ["s-coffee@plenary"], "02:30 does not exist in Paris on 30 March 2025");
    assert_eq!(cal.events[0].start, "2025-03-30T08:00:00+00:00", "10:00 CEST");
    let gap = exported.gaps.iter().find(|g| g.field == "time").expect("the left-out event is a gap");
    assert_eq!((gap.kind, gap.session_id.as_ref().map(|s| s.as_str())), (GapKind::Missing, Some("s-opening")));

    let autumn = NaiveDate::from_ymd_opt(2025, 10, 26).expect("a date");
    let exported = ics::agenda(&paris(autumn, (2, 30), (3, 30)), Lang::En).expect("written");
    let cal = read(&exported.bytes);
    assert_eq!(cal.events[0].start, "2025-10-26T00:30:00+00:00", "02:30 happens twice: the first, in CEST");
    assert_eq!(cal.events[0].end, "2025-10-26T02:30:00+00:00", "03:30 exists once, in CET");
    assert!(exported.gaps.iter().all(|g| g.field != "time"));
}

#[test]
fn an_unknown_zone_is_refused() {
    let mut agenda = lagos(true);
    agenda.time_zone = "Mars/Olympus".into();
    let err = ics::agenda(&agenda, Lang::En).expect_err("no zone, no instants");
    assert!(err.to_string().contains("Mars/Olympus"), "{err}");
}

#[test]
fn a_large_calendar_parses_with_every_event() {
    let cal = read(&ics::agenda(&large(300), Lang::Fr).expect("written").bytes);
    assert_eq!(cal.events.len(), 300);
}

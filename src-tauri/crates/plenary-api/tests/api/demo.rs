//! The demo meeting: Lagos, 4–5 November 2025, 166 representatives from 41 countries.

use crate::host::{host, raw, row_counts, sql_count};
use plenary_api::core::participant::Role;
use plenary_api::{
    ByIdArgs, DelegationRow, Lang, ListDelegationsArgs, ListParticipantsArgs, MeetingArgs, ParticipantFilter, ParticipantRow,
    StatsArgs,
};
use chrono::NaiveDate;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, d).expect("a November day")
}

#[test]
fn the_demo_counts_166_representatives_from_41_countries_as_sql_does() {
    let (dir, api) = host();
    let demo = api.demo().expect("the demo loads on an empty database");
    assert!(demo.created, "an empty database has no demo meeting yet");
    let m = demo.meeting_id.as_str();

    let stats = api.meeting_stats(StatsArgs { meeting_id: demo.meeting_id.clone(), lang: Some(Lang::En) }).expect("stats");
    assert_eq!(stats.stats.representatives, 166, "the meeting's record: 166 representatives");
    assert_eq!(stats.stats.countries, 41, "from 41 countries");
    assert_eq!(stats.stats.representatives, sql_count(&dir, "SELECT count(*) FROM participants WHERE meeting_id = ?", [m]),
        "the figure shown is the rows' count, never a constant");
    assert_eq!(stats.stats.countries, sql_count(&dir, "SELECT count(DISTINCT country) FROM delegations WHERE meeting_id = ? AND country IS NOT NULL", [m]),
        "the countries are the distinct states with a delegation");
    let organisations = sql_count(&dir, "SELECT count(DISTINCT organisation_id) FROM delegations WHERE meeting_id = ? AND organisation_id IS NOT NULL", [m]);
    assert_eq!(stats.stats.organisations, organisations);
    assert!(organisations > 0, "international organisations attended too");
    assert_eq!(stats.stats.sessions, sql_count(&dir, "SELECT count(*) FROM sessions WHERE meeting_id = ?", [m]));
    assert_eq!(stats.headline_en, format!("166 representatives from 41 countries and {organisations} organisations"));
    assert_eq!(stats.headline_fr, format!("166 représentants de 41 pays et de {organisations} organisations"));
    assert!(stats.headline_fr.starts_with("166 représentants de 41 pays"), "the French headline reads as the secretariat writes it");
    let by_role: Vec<(&str, u64)> = stats.stats.participants_by_role.iter().map(|c| (c.key.as_str(), c.count)).collect();
    assert!(by_role.contains(&("co_chair", 2)), "two co-chairs among the roles: {by_role:?}");
}

#[test]
fn the_demo_loads_once() {
    let (dir, api) = host();
    let first = api.demo().expect("first run");
    let counts = row_counts(&dir);
    let second = api.demo().expect("second run");
    assert!(!second.created, "the demo meeting is already there, so nothing is added");
    assert_eq!(second.meeting_id, first.meeting_id, "the second run points at the same meeting");
    assert_eq!(row_counts(&dir), counts, "running the demo twice changes no row count");
    assert_eq!(api.list_meetings().expect("meetings").len(), 1);
}

#[test]
fn the_demo_is_consistent() {
    let (_dir, api) = host();
    let demo = api.demo().expect("demo");
    let report = api.check().expect("check runs");
    assert!(report.ok, "the demo database passes the check: {:?}", report.problems);
    assert!(report.problems.iter().all(|p| p.severity != "error"), "no error at all: {:?}", report.problems);
    assert_eq!(api.integrity_check().expect("integrity check"), "ok");
    let conflicts = api.list_conflicts(MeetingArgs { meeting_id: demo.meeting_id.clone() }).expect("conflicts");
    assert!(conflicts.is_empty(), "nobody is in two places and no room is booked twice: {conflicts:?}");
}

#[test]
fn the_demo_sessions_fall_on_4_and_5_november_2025() {
    let (dir, api) = host();
    let demo = api.demo().expect("demo");
    let sessions = api.list_sessions(MeetingArgs { meeting_id: demo.meeting_id.clone() }).expect("sessions");
    assert!(!sessions.is_empty(), "the demo has a programme");
    for s in &sessions {
        let title = s.session.title.get(Lang::En);
        assert!(s.session.day == day(4) || s.session.day == day(5), "“{title}” is on {}, not within 4–5 November 2025", s.session.day);
        assert!(s.session.start < s.session.end, "“{title}” ends after it starts");
    }
    assert!(sessions.iter().any(|s| s.session.day == day(4)) && sessions.iter().any(|s| s.session.day == day(5)), "both days have sessions");
    let stored: Vec<String> = raw(&dir)
        .prepare("SELECT DISTINCT day FROM sessions WHERE meeting_id = ?1 ORDER BY day")
        .and_then(|mut st| st.query_map([demo.meeting_id.as_str()], |r| r.get(0))?.collect())
        .expect("days");
    assert_eq!(stored, ["2025-11-04", "2025-11-05"], "the file holds the same days");
    let meeting = api.get_meeting(MeetingArgs { meeting_id: demo.meeting_id }).expect("the demo meeting");
    assert_eq!((meeting.meeting.start_date, meeting.meeting.end_date), (day(4), day(5)));
    assert_eq!(meeting.meeting.time_zone.name(), "Africa/Lagos");
}

fn delegation(rows: &[DelegationRow], name: &str) -> DelegationRow {
    rows.iter().find(|d| d.name_en == name).cloned().unwrap_or_else(|| panic!("{name} has a delegation at the demo meeting"))
}

fn person(rows: &[ParticipantRow], display: &str) -> ParticipantRow {
    rows.iter().find(|p| p.display_name == display).cloned().unwrap_or_else(|| panic!("{display} is at the demo meeting"))
}

#[test]
fn the_co_chairs_head_nigeria_and_france() {
    let (_dir, api) = host();
    let demo = api.demo().expect("demo");
    let meeting = api.get_meeting(MeetingArgs { meeting_id: demo.meeting_id.clone() }).expect("the demo meeting");
    let co_chairs: Vec<&str> = meeting.co_chairs.iter().map(|d| d.name_en.as_str()).collect();
    assert_eq!(co_chairs, ["Nigeria", "France"], "Nigeria and France co-chair, in that order");

    let delegations = api
        .list_delegations(ListDelegationsArgs { meeting_id: demo.meeting_id.clone(), order: Some("en".into()), lang: None })
        .expect("delegations");
    let people = api
        .list_participants(ListParticipantsArgs {
            filter: ParticipantFilter { meeting_id: demo.meeting_id.clone(), ..ParticipantFilter::default() },
            ..ListParticipantsArgs::default()
        })
        .expect("participants");
    assert_eq!((people.total, people.rows.len()), (166, 166), "without a limit the whole list comes back");

    let baumgartner = person(&people.rows, "HE Cyrille Baumgartner");
    let ahmed = person(&people.rows, "Hon Tijjani Aliyu Ahmed");
    for (p, country, function) in [
        (&baumgartner, "France", "Ambassador-in-Charge of Migration; Chair of the Khartoum Process"),
        (&ahmed, "Nigeria", "Federal Commissioner for Refugees, Migrants and Internally Displaced Persons"),
    ] {
        assert_eq!(p.delegation_en, country, "{} comes with {country}'s delegation", p.display_name);
        assert_eq!(p.participant.function.get(Lang::En), function, "{}'s function", p.display_name);
        assert!(!p.participant.function.get(Lang::Fr).is_empty(), "{}'s function is in French too", p.display_name);
        assert!(p.participant.is_head, "{} heads {country}'s delegation", p.display_name);
        assert!(p.participant.has_role(Role::CoChair), "{} co-chairs the meeting", p.display_name);
        let d = delegation(&delegations, country);
        assert_eq!(d.head_id.as_ref(), Some(&p.participant.id), "{country}'s delegation names {} as its head", p.display_name);
        assert_eq!(d.head_name.as_deref(), Some(p.display_name.as_str()));
        assert!(d.co_chair, "{country}'s delegation co-chairs");
    }
    assert_eq!(baumgartner.participant.function.get(Lang::Fr), "Ambassadeur chargé des migrations ; président du Processus de Khartoum");
    let again = api.get_participant(ByIdArgs { id: ahmed.participant.id.clone() }).expect("read one");
    assert_eq!(again.display_name, "Hon Tijjani Aliyu Ahmed");
}

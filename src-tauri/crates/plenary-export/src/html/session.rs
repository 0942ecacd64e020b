//! A day of the agenda and its sessions as HTML, one column per language.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use plenary_core::Lang;
use plenary_core::agenda::{AgendaDay, AgendaSession};
use plenary_core::calendar;
use plenary_core::session::SessionKind;
use plenary_core::typography::typeset;

use super::escape::escape;
use super::{cols_class, printed};
use crate::render;

/// A day: its heading, then its sessions and breaks. `n` numbers the day for its id.
pub(super) fn day(out: &mut String, day: &AgendaDay, n: usize, langs: &[Lang], zone: Option<Tz>) {
    let id = format!("day-{}-{n}", langs.iter().map(|l| l.code()).collect::<Vec<_>>().join("-"));
    let date = day.date.format("%Y-%m-%d");
    out.push_str(&format!("<section class=\"day\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\" class=\"{}\">", cols_class(langs)));
    for &lang in langs {
        out.push_str(&format!(
            "<span lang=\"{}\"><time datetime=\"{date}\">{}</time></span>",
            lang.code(),
            escape(&calendar::day_heading(day.date, lang))
        ));
    }
    out.push_str("</h2>\n");
    for s in &day.sessions {
        if s.kind == SessionKind::Break {
            pause(out, s, day.date, langs, zone);
        } else {
            session(out, s, day.date, langs, zone);
        }
    }
    out.push_str("</section>\n");
}

fn pause(out: &mut String, s: &AgendaSession, date: NaiveDate, langs: &[Lang], zone: Option<Tz>) {
    out.push_str(&format!("<div class=\"break {}\">", cols_class(langs)));
    for &lang in langs {
        out.push_str(&format!(
            "<p lang=\"{}\"><b>{}</b> {}</p>",
            lang.code(),
            times(s, date, lang, zone),
            printed(&render::printed(&s.title, lang))
        ));
    }
    out.push_str("</div>\n");
}

fn session(out: &mut String, s: &AgendaSession, date: NaiveDate, langs: &[Lang], zone: Option<Tz>) {
    out.push_str(&format!("<article class=\"session {}\">\n", cols_class(langs)));
    for &lang in langs {
        out.push_str(&format!("<div lang=\"{}\">\n", lang.code()));
        let mut meta = vec![format!("<b>{}</b>", times(s, date, lang, zone))];
        if let Some(room) = s.room.as_deref().filter(|r| !r.is_empty()) {
            meta.push(escape(&typeset(room, lang)));
        }
        meta.push(format!("<span class=\"kind\">{}</span>", escape(s.kind.label(lang))));
        out.push_str(&format!("<p class=\"meta\">{}</p>\n", meta.join(" · ")));
        out.push_str(&format!("<h3>{}</h3>\n", printed(&render::printed(&s.title, lang))));
        if let Some(pillar) = s.pillar.as_ref().filter(|p| !p.is_empty()) {
            let label = typeset(&format!("{}:", render::pillar_label(lang)), lang);
            out.push_str(&format!("<p class=\"meta\"><i>{}</i> {}</p>\n", escape(&label), printed(&render::printed(pillar, lang))));
        }
        if !s.description.is_empty() {
            out.push_str(&format!("<p>{}</p>\n", printed(&render::printed(&s.description, lang))));
        }
        let items: Vec<_> = s.items.iter().filter(|i| !i.is_empty()).collect();
        if !items.is_empty() {
            out.push_str("<ol class=\"items\">");
            for item in items {
                out.push_str(&format!("<li>{}</li>", printed(&render::printed(item, lang))));
            }
            out.push_str("</ol>\n");
        }
        let roles = render::people_by_role(s);
        if !roles.is_empty() {
            out.push_str("<dl class=\"people\">");
            for (role, people) in roles {
                out.push_str(&format!("<div><dt>{}</dt>", escape(role.label(lang, people.len() > 1))));
                for p in people {
                    out.push_str(&format!("<dd>{}</dd>", escape(&render::person_line(p, lang))));
                }
                out.push_str("</div>");
            }
            out.push_str("</dl>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</article>\n");
}

/// "09:00–10:30" / "9 h 00 – 10 h 30", each end a `<time>` a program can read.
fn times(s: &AgendaSession, date: NaiveDate, lang: Lang, zone: Option<Tz>) -> String {
    format!(
        "<time datetime=\"{}\">{}</time>{}<time datetime=\"{}\">{}</time>",
        machine_time(date, s.start, zone),
        escape(&calendar::time(s.start, lang)),
        range_dash(lang),
        machine_time(date, s.end, zone),
        escape(&calendar::time(s.end, lang))
    )
}

/// The dash between two times, as [`calendar::time_range`] writes it.
fn range_dash(lang: Lang) -> &'static str {
    lang.pick("–", "\u{a0}–\u{a0}")
}

/// A local date and time with the venue's offset ("2025-11-04T09:00+01:00"), or without
/// one when the zone is unknown or the time does not exist there (a DST gap).
fn machine_time(date: NaiveDate, time: NaiveTime, zone: Option<Tz>) -> String {
    use chrono::TimeZone;
    let local = date.and_time(time);
    match zone.and_then(|z| z.from_local_datetime(&local).earliest()) {
        Some(at) => at.format("%Y-%m-%dT%H:%M%:z").to_string(),
        None => local.format("%Y-%m-%dT%H:%M").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("a real time")
    }

    #[test]
    fn the_dash_is_the_calendars() {
        for lang in Lang::ALL {
            let joined = format!("{}{}{}", calendar::time(t(9, 0), lang), range_dash(lang), calendar::time(t(10, 30), lang));
            assert_eq!(joined, calendar::time_range(t(9, 0), t(10, 30), lang), "HTML prints ranges as every other format");
        }
    }

    #[test]
    fn machine_times_carry_the_venue_offset() {
        let date = NaiveDate::from_ymd_opt(2025, 11, 4).expect("a real date");
        assert_eq!(machine_time(date, t(9, 0), Some(chrono_tz::Africa::Lagos)), "2025-11-04T09:00+01:00");
        assert_eq!(machine_time(date, t(9, 0), None), "2025-11-04T09:00");
        let spring = NaiveDate::from_ymd_opt(2025, 3, 30).expect("a real date");
        assert_eq!(
            machine_time(spring, t(2, 30), Some(chrono_tz::Europe::Paris)),
            "2025-03-30T02:30",
            "a time in a DST gap keeps no offset"
        );
    }
}

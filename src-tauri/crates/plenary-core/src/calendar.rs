//! Dates and times as each language writes them: "Tuesday 4 November 2025" / "mardi
//! 4 novembre 2025", "09:30" / "9 h 30".

use crate::Lang;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_FR: [&str; 12] =
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

fn weekday(day: Weekday, lang: Lang) -> &'static str {
    let (en, fr) = match day {
        Weekday::Mon => ("Monday", "lundi"),
        Weekday::Tue => ("Tuesday", "mardi"),
        Weekday::Wed => ("Wednesday", "mercredi"),
        Weekday::Thu => ("Thursday", "jeudi"),
        Weekday::Fri => ("Friday", "vendredi"),
        Weekday::Sat => ("Saturday", "samedi"),
        Weekday::Sun => ("Sunday", "dimanche"),
    };
    lang.pick(en, fr)
}

/// "4 November 2025" / "4 novembre 2025" (with "1er" for the first of the month in French).
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let month = d.month0() as usize;
    match lang {
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[month], d.year()),
        Lang::Fr if d.day() == 1 => format!("1er\u{a0}{} {}", MONTHS_FR[month], d.year()),
        Lang::Fr => format!("{}\u{a0}{} {}", d.day(), MONTHS_FR[month], d.year()),
    }
}

/// "Tuesday 4 November 2025" / "mardi 4 novembre 2025".
pub fn day_heading(d: NaiveDate, lang: Lang) -> String {
    format!("{} {}", weekday(d.weekday(), lang), date(d, lang))
}

/// "09:30" in English; "9 h 30" in French (no-break spaces, as French typography wants).
pub fn time(t: NaiveTime, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{:02}:{:02}", t.hour(), t.minute()),
        Lang::Fr => format!("{}\u{a0}h\u{a0}{:02}", t.hour(), t.minute()),
    }
}

/// "09:00–10:30" / "9 h 00 – 10 h 30".
pub fn time_range(start: NaiveTime, end: NaiveTime, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{}–{}", time(start, lang), time(end, lang)),
        Lang::Fr => format!("{}\u{a0}–\u{a0}{}", time(start, lang), time(end, lang)),
    }
}

/// "4–5 November 2025" / "4 et 5 novembre 2025", or full dates when months or years differ.
pub fn date_range(start: NaiveDate, end: NaiveDate, lang: Lang) -> String {
    if start == end {
        return date(start, lang);
    }
    if start.year() == end.year() && start.month() == end.month() {
        let month = start.month0() as usize;
        return match lang {
            Lang::En => format!("{}–{} {} {}", start.day(), end.day(), MONTHS_EN[month], end.year()),
            Lang::Fr if (end - start).num_days() == 1 => {
                format!("{} et {}\u{a0}{} {}", start.day(), end.day(), MONTHS_FR[month], end.year())
            }
            Lang::Fr => format!("du {} au {}\u{a0}{} {}", start.day(), end.day(), MONTHS_FR[month], end.year()),
        };
    }
    match lang {
        Lang::En => format!("{} – {}", date(start, lang), date(end, lang)),
        Lang::Fr => format!("du {} au {}", date(start, lang), date(end, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(day_heading(d(2025, 11, 4), Lang::En), "Tuesday 4 November 2025");
        assert_eq!(day_heading(d(2025, 11, 4), Lang::Fr), "mardi 4\u{a0}novembre 2025");
        assert_eq!(date(d(2025, 11, 1), Lang::Fr), "1er\u{a0}novembre 2025");
    }

    #[test]
    fn french_times_use_h() {
        let t = NaiveTime::from_hms_opt(9, 30, 0).expect("valid time");
        assert_eq!(time(t, Lang::Fr), "9\u{a0}h\u{a0}30");
        assert_eq!(time(t, Lang::En), "09:30");
    }

    #[test]
    fn ranges_of_days() {
        assert_eq!(date_range(d(2025, 11, 4), d(2025, 11, 5), Lang::En), "4–5 November 2025");
        assert_eq!(date_range(d(2025, 11, 4), d(2025, 11, 5), Lang::Fr), "4 et 5\u{a0}novembre 2025");
        assert_eq!(date_range(d(2025, 10, 30), d(2025, 11, 2), Lang::En), "30 October 2025 – 2 November 2025");
    }
}

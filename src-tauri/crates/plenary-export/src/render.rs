//! How the texts of the domain are printed, the same way in every format.

use plenary_core::agenda::{Agenda, AgendaPerson, AgendaSession};
use plenary_core::session::SessionRole;
use plenary_core::typography::typeset;
use plenary_core::{BilingualText, Lang, calendar};

/// A text as printed in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    /// The text, typeset for the language it is in.
    pub text: String,
    /// Set when the text is missing in the wanted language and the other side is printed
    /// in its place (marked as such by the format); `None` when it is in the wanted language.
    pub fallback: Option<Lang>,
}

/// `text` in `lang`, or the other side (typeset for its own language) when `lang` is empty:
/// an export never invents a translation and never drops a text silently.
pub fn printed(text: &BilingualText, lang: Lang) -> Printed {
    let own = text.get(lang);
    if !own.is_empty() || text.is_empty() {
        return Printed { text: typeset(own, lang), fallback: None };
    }
    let other = lang.other();
    Printed { text: typeset(text.get(other), other), fallback: Some(other) }
}

/// A person as a line of the agenda: "HE Ms Jane Doe, Minister of Justice (Nigeria)"; the
/// function is left out when it is missing in `lang` (reported as a gap, never borrowed).
pub fn person_line(person: &AgendaPerson, lang: Lang) -> String {
    let function = person.function.get(lang);
    let delegation = person.delegation.get(lang);
    let line = if function.is_empty() {
        format!("{} ({delegation})", person.name)
    } else {
        format!("{}, {function} ({delegation})", person.name)
    };
    typeset(&line, lang)
}

/// The header line under the title: "4–5 November 2025 · Eko Hotel, Lagos, Nigeria".
pub fn dates_and_place(agenda: &Agenda, lang: Lang) -> String {
    let dates = calendar::date_range(agenda.start_date, agenda.end_date, lang);
    let venue = agenda.venue.get_or_other(lang);
    let mut place: Vec<&str> = vec![venue];
    // A venue often names its city ("Eko Hotel, Victoria Island, Lagos"): don't say it twice.
    if !agenda.city.is_empty() && !ends_with_part(venue, &agenda.city) {
        place.push(&agenda.city);
    }
    if let Some(country) = &agenda.country {
        if !ends_with_part(venue, country.get(lang)) {
            place.push(country.get(lang));
        }
    }
    let place: Vec<_> = place.into_iter().filter(|p| !p.is_empty()).collect();
    typeset(&format!("{dates} · {}", place.join(", ")), lang)
}

/// Whether the last comma-separated part of `text` is `part` (case ignored).
fn ends_with_part(text: &str, part: &str) -> bool {
    text.rsplit(',').next().is_some_and(|last| last.trim().eq_ignore_ascii_case(part.trim()))
}

/// "Rev. 2 — 20 October 2025" / "Rév. 2 — 20 octobre 2025", or "Draft" / "Projet".
pub fn version_line(agenda: &Agenda, lang: Lang) -> String {
    match &agenda.version {
        Some(v) => format!("{} {} — {}", lang.pick("Rev.", "Rév."), v.number, calendar::date(v.released_on, lang)),
        None => lang.pick("Draft — not released", "Projet — non publié").to_owned(),
    }
}

/// The co-chairs line: "Co-chairs: Nigeria and France" / "Coprésidence : Nigéria et France".
pub fn co_chairs_line(agenda: &Agenda, lang: Lang) -> Option<String> {
    if agenda.co_chairs.is_empty() {
        return None;
    }
    let names: Vec<&str> = agenda.co_chairs.iter().map(|c| c.get(lang)).collect();
    let joined = match names.as_slice() {
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick("and", "et")),
        [] => String::new(),
    };
    Some(typeset(&format!("{}: {joined}", lang.pick("Co-chairs", "Coprésidence")), lang))
}

/// "Agenda" / "Ordre du jour".
pub fn agenda_word(lang: Lang) -> &'static str {
    lang.pick("Agenda", "Ordre du jour")
}

/// The people of `session` grouped by part, parts in protocol order (chair, co-chair,
/// moderator, speaker, rapporteur), people in their order; parts nobody has are left out.
pub fn people_by_role(session: &AgendaSession) -> Vec<(SessionRole, Vec<&AgendaPerson>)> {
    SessionRole::ALL
        .iter()
        .map(|&role| (role, session.with_role(role).collect::<Vec<_>>()))
        .filter(|(_, people)| !people.is_empty())
        .collect()
}

/// The tag printed before a text shown in `lang` in place of a missing translation: "[EN]".
pub fn fallback_tag(lang: Lang) -> String {
    format!("[{}]", lang.code().to_uppercase())
}

/// "Pillar" / "Pilier".
pub fn pillar_label(lang: Lang) -> &'static str {
    lang.pick("Pillar", "Pilier")
}

/// The word printed across an unreleased agenda: "DRAFT" / "PROJET".
pub fn draft_mark(lang: Lang) -> &'static str {
    lang.pick("DRAFT", "PROJET")
}

/// Which clock the times follow: "Times are local to the venue (Africa/Lagos)." /
/// "Heures locales du lieu de la réunion (Africa/Lagos)."
pub fn time_zone_note(agenda: &Agenda, lang: Lang) -> String {
    let zone = &agenda.time_zone;
    let note = match lang {
        Lang::En => format!("Times are local to the venue ({zone})."),
        Lang::Fr => format!("Heures locales du lieu de la réunion ({zone})."),
    };
    typeset(&note, lang)
}

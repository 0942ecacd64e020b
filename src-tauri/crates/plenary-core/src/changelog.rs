//! What changed between two versions of an agenda, as a list of changes that each read as
//! one sentence in English and in French.
//!
//! Sessions are matched by id, which survives every edit (a retitled, moved or re-peopled
//! session is the same session), so a session is "added" only when it is new, never because
//! its title changed. People are matched by participant within each part (chair, speaker…).

use crate::agenda::{Agenda, AgendaPerson, AgendaSession, NamePair};
use crate::session::SessionRole;
use crate::typography::{NNBSP, typeset};
use crate::{Id, Lang, calendar};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A session as a change names it: its id and its title in both languages, as written (a
/// side may be empty; a sentence then names the session by the other side).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SessionRef {
    /// The session.
    pub id: Id,
    /// Its title.
    pub title: NamePair,
}

/// When and where a session takes place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Slot {
    /// The day.
    pub day: NaiveDate,
    /// Start, venue time.
    pub start: NaiveTime,
    /// End, venue time.
    pub end: NaiveTime,
    /// The room, if any.
    pub room: Option<String>,
}

/// A person as a change names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PersonRef {
    /// The participant.
    pub participant_id: Id,
    /// The name as printed, with honorifics.
    pub name: String,
    /// Their delegation.
    pub delegation: NamePair,
}

/// What happened to a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum What {
    /// The session is new.
    Added {
        /// Where and when it is.
        slot: Slot,
    },
    /// The session is gone.
    Removed {
        /// Where and when it was.
        slot: Slot,
    },
    /// The day, the times or the room changed.
    Moved {
        /// Before.
        from: Slot,
        /// After.
        to: Slot,
    },
    /// The title changed in one language (added or removed when one side is empty).
    Retitled {
        /// The language whose title changed.
        lang: Lang,
        /// The title before, empty if there was none.
        from: String,
        /// The title after, empty if there is none.
        to: String,
    },
    /// Someone now has a part.
    PersonAdded {
        /// The part.
        role: SessionRole,
        /// Who.
        person: PersonRef,
    },
    /// Someone no longer has a part.
    PersonRemoved {
        /// The part.
        role: SessionRole,
        /// Who.
        person: PersonRef,
    },
    /// Someone has a part in place of someone else (a new chair, a replaced speaker).
    PersonReplaced {
        /// The part.
        role: SessionRole,
        /// Who had it.
        from: PersonRef,
        /// Who has it now.
        to: PersonRef,
    },
    /// The same people have the part, in another order (the speaking order).
    Reordered {
        /// The part.
        role: SessionRole,
    },
}

/// One change between two versions of an agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Change {
    /// The session concerned, named as in the newer version (the older for a removed one).
    pub session: SessionRef,
    /// What changed.
    pub what: What,
}

/// Every change from `old` to `new`: the sessions of `new` in agenda order (added, moved,
/// retitled, people), then the sessions of `old` that are gone, in their old order.
pub fn changelog(old: &Agenda, new: &Agenda) -> Vec<Change> {
    let before: HashMap<&Id, (NaiveDate, &AgendaSession)> = old.sessions().map(|(d, s)| (&s.id, (d.date, s))).collect();
    let mut seen = std::collections::HashSet::new();
    let mut changes = Vec::new();
    for (day, s) in new.sessions() {
        let session = session_ref(s);
        let slot = slot(day.date, s);
        seen.insert(&s.id);
        let Some(&(old_day, o)) = before.get(&s.id) else {
            changes.push(Change { session, what: What::Added { slot } });
            continue;
        };
        let old_slot = self::slot(old_day, o);
        if old_slot != slot {
            changes.push(Change { session: session.clone(), what: What::Moved { from: old_slot, to: slot } });
        }
        for lang in Lang::ALL {
            let (from, to) = (o.title.get(lang), s.title.get(lang));
            if from != to {
                let what = What::Retitled { lang, from: from.to_owned(), to: to.to_owned() };
                changes.push(Change { session: session.clone(), what });
            }
        }
        for &role in SessionRole::ALL {
            people_changes(&session, role, o, s, &mut changes);
        }
    }
    for (day, o) in old.sessions() {
        if !seen.contains(&o.id) {
            changes.push(Change { session: session_ref(o), what: What::Removed { slot: slot(day.date, o) } });
        }
    }
    changes
}

fn session_ref(s: &AgendaSession) -> SessionRef {
    let title = NamePair { en: s.title.get(Lang::En).to_owned(), fr: s.title.get(Lang::Fr).to_owned() };
    SessionRef { id: s.id.clone(), title }
}

fn slot(day: NaiveDate, s: &AgendaSession) -> Slot {
    Slot { day, start: s.start, end: s.end, room: s.room.clone() }
}

fn person_ref(p: &AgendaPerson) -> PersonRef {
    PersonRef { participant_id: p.participant_id.clone(), name: p.name.clone(), delegation: p.delegation.clone() }
}

/// The people changes of one part: those gone and those new are paired in order as
/// replacements (a new chair replaces the old one), the rest are plain additions or removals;
/// the people in both are compared for order.
fn people_changes(session: &SessionRef, role: SessionRole, old: &AgendaSession, new: &AgendaSession, out: &mut Vec<Change>) {
    let before: Vec<&AgendaPerson> = old.with_role(role).collect();
    let after: Vec<&AgendaPerson> = new.with_role(role).collect();
    let has = |list: &[&AgendaPerson], p: &AgendaPerson| list.iter().any(|q| q.participant_id == p.participant_id);
    let gone: Vec<&AgendaPerson> = before.iter().copied().filter(|p| !has(&after, p)).collect();
    let came: Vec<&AgendaPerson> = after.iter().copied().filter(|p| !has(&before, p)).collect();
    let push = |what: What, out: &mut Vec<Change>| out.push(Change { session: session.clone(), what });
    for (from, to) in gone.iter().zip(&came) {
        push(What::PersonReplaced { role, from: person_ref(from), to: person_ref(to) }, out);
    }
    for p in came.iter().skip(gone.len()) {
        push(What::PersonAdded { role, person: person_ref(p) }, out);
    }
    for p in gone.iter().skip(came.len()) {
        push(What::PersonRemoved { role, person: person_ref(p) }, out);
    }
    let kept_before: Vec<&Id> = before.iter().filter(|p| has(&after, p)).map(|p| &p.participant_id).collect();
    let kept_after: Vec<&Id> = after.iter().filter(|p| has(&before, p)).map(|p| &p.participant_id).collect();
    if kept_before != kept_after {
        push(What::Reordered { role }, out);
    }
}

impl SessionRef {
    /// The title quoted in a sentence of `lang`; when it has no title in `lang`, the other
    /// language's, with that language's typography (never an empty pair of quotes).
    fn quoted_title(&self, lang: Lang) -> String {
        let own = self.title.get(lang);
        if own.is_empty() { quote_as(self.title.get(lang.other()), lang.other(), lang) } else { quote_as(own, lang, lang) }
    }
}

impl Change {
    /// The change as one sentence in `lang`, French typography included.
    pub fn describe(&self, lang: Lang) -> String {
        let title = self.session.quoted_title(lang);
        let colon = colon(lang);
        match (&self.what, lang) {
            (What::Added { slot }, Lang::En) => format!("New session {title}: {}.", slot_text(slot, lang)),
            (What::Added { slot }, Lang::Fr) => format!("Nouvelle séance {title}{colon} {}.", slot_text(slot, lang)),
            (What::Removed { slot }, Lang::En) => format!("Session removed: {title} ({}).", slot_text(slot, lang)),
            (What::Removed { slot }, Lang::Fr) => format!("Séance supprimée{colon} {title} ({}).", slot_text(slot, lang)),
            (What::Moved { from, to }, Lang::En) => {
                format!("Session moved: {title}, now {} (was {}).", slot_text(to, lang), slot_text(from, lang))
            }
            (What::Moved { from, to }, Lang::Fr) => {
                format!("Séance déplacée{colon} {title}, désormais {} (auparavant {}).", slot_text(to, lang), slot_text(from, lang))
            }
            (What::Retitled { lang: which, from, to }, _) => retitled(&title, *which, from, to, lang),
            (What::PersonAdded { role, person }, Lang::En) => {
                format!("Added to {title} ({}): {}.", role_word(*role, lang, false), person_text(person, lang))
            }
            (What::PersonAdded { role, person }, Lang::Fr) => {
                format!("Ajout à {title} ({}){colon} {}.", role_word(*role, lang, false), person_text(person, lang))
            }
            (What::PersonRemoved { role, person }, Lang::En) => {
                format!("Removed from {title} ({}): {}.", role_word(*role, lang, false), person_text(person, lang))
            }
            (What::PersonRemoved { role, person }, Lang::Fr) => {
                format!("Retrait de {title} ({}){colon} {}.", role_word(*role, lang, false), person_text(person, lang))
            }
            (What::PersonReplaced { role, from, to }, Lang::En) => format!(
                "Changed in {title} ({}): {} replaces {}.",
                role_word(*role, lang, false),
                person_text(to, lang),
                person_text(from, lang)
            ),
            (What::PersonReplaced { role, from, to }, Lang::Fr) => format!(
                "Changement à {title} ({}){colon} {} remplace {}.",
                role_word(*role, lang, false),
                person_text(to, lang),
                person_text(from, lang)
            ),
            (What::Reordered { role: SessionRole::Speaker }, Lang::En) => format!("Speaking order changed in {title}."),
            (What::Reordered { role: SessionRole::Speaker }, Lang::Fr) => format!("Ordre de passage modifié à {title}."),
            (What::Reordered { role }, Lang::En) => format!("Order changed in {title} ({}).", role_word(*role, lang, true)),
            (What::Reordered { role }, Lang::Fr) => format!("Ordre modifié à {title} ({}).", role_word(*role, lang, true)),
        }
    }
}

fn retitled(title: &str, which: Lang, from: &str, to: &str, lang: Lang) -> String {
    let colon = colon(lang);
    let side = match (which, lang) {
        (Lang::En, Lang::En) => "English title",
        (Lang::Fr, Lang::En) => "French title",
        (Lang::En, Lang::Fr) => "Titre anglais",
        (Lang::Fr, Lang::Fr) => "Titre français",
    };
    // The titles quoted are in the language that changed, typeset for that language.
    let q = |text: &str| quote_as(text, which, lang);
    match (from.is_empty(), to.is_empty(), lang) {
        (true, _, Lang::En) => format!("{side} added to {title}: {}.", q(to)),
        (true, _, Lang::Fr) => format!("{side} ajouté à {title}{colon} {}.", q(to)),
        (_, true, Lang::En) => format!("{side} removed from {title} (was {}).", q(from)),
        (_, true, Lang::Fr) => format!("{side} retiré de {title} (auparavant {}).", q(from)),
        (false, false, Lang::En) => format!("{side} changed: {} is now {}.", q(from), q(to)),
        (false, false, Lang::Fr) => format!("{side} modifié{colon} {} devient {}.", q(from), q(to)),
    }
}

/// The colon of `lang`: French puts a narrow no-break space before it.
fn colon(lang: Lang) -> String {
    lang.pick(":".to_owned(), format!("{NNBSP}:"))
}

/// `text`, written in `text_lang`, quoted in a sentence of `lang`. Only French text gets
/// French typography: an English title quoted in a French sentence keeps its own colons.
fn quote_as(text: &str, text_lang: Lang, lang: Lang) -> String {
    let text = typeset(text, text_lang);
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Fr => format!("«{NNBSP}{text}{NNBSP}»"),
    }
}

fn slot_text(slot: &Slot, lang: Lang) -> String {
    let mut parts = vec![calendar::day_heading(slot.day, lang), calendar::time_range(slot.start, slot.end, lang)];
    if let Some(room) = slot.room.as_deref().filter(|r| !r.is_empty()) {
        parts.push(room.to_owned());
    }
    parts.join(", ")
}

fn person_text(p: &PersonRef, lang: Lang) -> String {
    let delegation = p.delegation.get(lang);
    if delegation.is_empty() { p.name.clone() } else { format!("{} ({delegation})", p.name) }
}

/// The part's label as a word inside a sentence ("speaker", "présidence").
fn role_word(role: SessionRole, lang: Lang, plural: bool) -> String {
    let label = role.label(lang, plural);
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::{AGENDA_FORMAT, AgendaDay};
    use crate::session::SessionKind;
    use crate::{BilingualText, TranslationState};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 11, d).expect("a November day")
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("a time of day")
    }

    fn person(id: &str, role: SessionRole, name: &str) -> AgendaPerson {
        AgendaPerson {
            participant_id: Id::from(id),
            role,
            name: name.into(),
            function: BilingualText::default(),
            delegation: NamePair { en: "Nigeria".into(), fr: "Nigéria".into() },
        }
    }

    fn session(id: &str, start: NaiveTime, en: &str, fr: &str) -> AgendaSession {
        AgendaSession {
            id: Id::from(id),
            kind: SessionKind::Plenary,
            start,
            end: start + chrono::Duration::minutes(90),
            room: Some("Plenary hall".into()),
            pillar: None,
            title: BilingualText::pair(en, fr, TranslationState::Translated),
            description: BilingualText::default(),
            people: Vec::new(),
            items: Vec::new(),
            interpretation: vec![Lang::En, Lang::Fr],
        }
    }

    fn agenda(days: Vec<(u32, Vec<AgendaSession>)>) -> Agenda {
        Agenda {
            format: AGENDA_FORMAT,
            meeting_id: Id::from("m"),
            title: BilingualText::pair("Lagos", "Lagos", TranslationState::Final),
            venue: BilingualText::default(),
            city: "Lagos".into(),
            country: None,
            start_date: day(4),
            end_date: day(5),
            time_zone: "Africa/Lagos".into(),
            co_chairs: Vec::new(),
            version: None,
            days: days.into_iter().map(|(d, sessions)| AgendaDay { date: day(d), sessions }).collect(),
        }
    }

    fn opening() -> AgendaSession {
        let mut s = session("s-open", time(9, 0), "Opening ceremony", "Cérémonie d’ouverture");
        s.people = vec![
            person("p-chair", SessionRole::Chair, "Hon Tijjani Aliyu Ahmed"),
            person("p-a", SessionRole::Speaker, "Dr Amina Bello"),
            person("p-b", SessionRole::Speaker, "Ms Grace Okafor"),
        ];
        s
    }

    fn kinds(changes: &[Change]) -> Vec<&'static str> {
        changes
            .iter()
            .map(|c| match c.what {
                What::Added { .. } => "added",
                What::Removed { .. } => "removed",
                What::Moved { .. } => "moved",
                What::Retitled { .. } => "retitled",
                What::PersonAdded { .. } => "person_added",
                What::PersonRemoved { .. } => "person_removed",
                What::PersonReplaced { .. } => "person_replaced",
                What::Reordered { .. } => "reordered",
            })
            .collect()
    }

    #[test]
    fn an_unchanged_agenda_has_no_changes() {
        let a = agenda(vec![(4, vec![opening()])]);
        assert!(changelog(&a, &a.clone()).is_empty(), "comparing a version with itself finds nothing");
    }

    #[test]
    fn sessions_are_matched_by_id_not_by_title() {
        let old = agenda(vec![(4, vec![opening(), session("s-gone", time(11, 0), "Panel", "Panel")])]);
        let mut renamed = opening();
        renamed.title.edit(Lang::En, "Opening session");
        let new = agenda(vec![(4, vec![session("s-new", time(8, 0), "Registration", "Inscription"), renamed])]);
        let changes = changelog(&old, &new);
        assert_eq!(kinds(&changes), ["added", "retitled", "removed"], "{changes:#?}");
        assert_eq!(changes[0].session.id, Id::from("s-new"));
        assert_eq!(changes[2].session.id, Id::from("s-gone"), "the removed session comes last, named as it was");
        assert_eq!(
            changes[1].what,
            What::Retitled { lang: Lang::En, from: "Opening ceremony".into(), to: "Opening session".into() },
            "a new title is a retitled session, not a removed and an added one"
        );
    }

    #[test]
    fn a_move_to_another_day_time_or_room_is_one_change() {
        let old = agenda(vec![(4, vec![opening()]), (5, vec![])]);
        let mut moved = opening();
        moved.start = time(9, 30);
        moved.end = time(11, 0);
        moved.room = Some("Room B".into());
        let new = agenda(vec![(4, vec![]), (5, vec![moved])]);
        let changes = changelog(&old, &new);
        assert_eq!(kinds(&changes), ["moved"]);
        let What::Moved { from, to } = &changes[0].what else { panic!("a move: {changes:?}") };
        assert_eq!((from.day, from.start, from.room.as_deref()), (day(4), time(9, 0), Some("Plenary hall")));
        assert_eq!((to.day, to.start, to.room.as_deref()), (day(5), time(9, 30), Some("Room B")));
        assert_eq!(
            changes[0].describe(Lang::En),
            "Session moved: “Opening ceremony”, now Wednesday 5 November 2025, 09:30–11:00, Room B \
             (was Tuesday 4 November 2025, 09:00–10:30, Plenary hall)."
        );
        assert_eq!(
            changes[0].describe(Lang::Fr),
            "Séance déplacée\u{202f}: «\u{202f}Cérémonie d’ouverture\u{202f}», désormais mercredi 5\u{a0}novembre 2025, \
             9\u{a0}h\u{a0}30\u{a0}–\u{a0}11\u{a0}h\u{a0}00, Room B (auparavant mardi 4\u{a0}novembre 2025, \
             9\u{a0}h\u{a0}00\u{a0}–\u{a0}10\u{a0}h\u{a0}30, Plenary hall)."
        );
    }

    #[test]
    fn a_french_retitling_reads_in_both_languages_with_french_typography() {
        let old = agenda(vec![(4, vec![session("s", time(9, 0), "Setting the scene: trends", "État des lieux")])]);
        let mut s = session("s", time(9, 0), "Setting the scene: trends", "État des lieux");
        s.title.edit(Lang::Fr, "État des lieux : tendances");
        let new = agenda(vec![(4, vec![s])]);
        let changes = changelog(&old, &new);
        assert_eq!(kinds(&changes), ["retitled"]);
        assert_eq!(
            changes[0].describe(Lang::En),
            "French title changed: “État des lieux” is now “État des lieux\u{202f}: tendances”.",
            "English quotes in an English sentence, but the French title keeps its French typography"
        );
        assert_eq!(
            changes[0].describe(Lang::Fr),
            "Titre français modifié\u{202f}: «\u{202f}État des lieux\u{202f}» devient «\u{202f}État des lieux\u{202f}: tendances\u{202f}».",
            "French quotes and a narrow no-break space before the colon, even where the user typed a plain space"
        );
    }

    #[test]
    fn a_title_added_in_french_says_so() {
        let mut s = session("s", time(9, 0), "Lunch", "");
        let old = agenda(vec![(4, vec![s.clone()])]);
        s.title.translate(Lang::Fr, "Déjeuner");
        let new = agenda(vec![(4, vec![s])]);
        let changes = changelog(&old, &new);
        assert_eq!(changes[0].describe(Lang::En), "French title added to “Lunch”: “Déjeuner”.");
        assert_eq!(changes[0].describe(Lang::Fr), "Titre français ajouté à «\u{202f}Déjeuner\u{202f}»\u{202f}: «\u{202f}Déjeuner\u{202f}».");
    }

    #[test]
    fn people_are_added_removed_replaced_and_reordered() {
        let old = agenda(vec![(4, vec![opening()])]);
        let mut s = opening();
        s.people = vec![
            person("p-chair2", SessionRole::Chair, "HE Cyrille Baumgartner"),
            person("p-b", SessionRole::Speaker, "Ms Grace Okafor"),
            person("p-a", SessionRole::Speaker, "Dr Amina Bello"),
            person("p-c", SessionRole::Speaker, "Mr Ousmane Diallo"),
            person("p-r", SessionRole::Rapporteur, "Ms Awa Ndiaye"),
        ];
        let new = agenda(vec![(4, vec![s])]);
        let changes = changelog(&old, &new);
        assert_eq!(kinds(&changes), ["person_replaced", "person_added", "reordered", "person_added"], "{changes:#?}");
        assert_eq!(
            changes[0].describe(Lang::En),
            "Changed in “Opening ceremony” (chair): HE Cyrille Baumgartner (Nigeria) replaces Hon Tijjani Aliyu Ahmed (Nigeria)."
        );
        assert_eq!(
            changes[0].describe(Lang::Fr),
            "Changement à «\u{202f}Cérémonie d’ouverture\u{202f}» (présidence)\u{202f}: HE Cyrille Baumgartner (Nigéria) remplace Hon Tijjani Aliyu Ahmed (Nigéria)."
        );
        assert_eq!(changes[1].describe(Lang::En), "Added to “Opening ceremony” (speaker): Mr Ousmane Diallo (Nigeria).");
        assert_eq!(changes[2].describe(Lang::En), "Speaking order changed in “Opening ceremony”.");
        assert_eq!(changes[2].describe(Lang::Fr), "Ordre de passage modifié à «\u{202f}Cérémonie d’ouverture\u{202f}».");
        assert_eq!(changes[3].describe(Lang::Fr), "Ajout à «\u{202f}Cérémonie d’ouverture\u{202f}» (rapporteur·rice)\u{202f}: Ms Awa Ndiaye (Nigéria).");
    }

    #[test]
    fn a_speaker_who_leaves_is_removed() {
        let old = agenda(vec![(4, vec![opening()])]);
        let mut s = opening();
        s.people.retain(|p| p.participant_id != Id::from("p-a"));
        let changes = changelog(&old, &agenda(vec![(4, vec![s])]));
        assert_eq!(kinds(&changes), ["person_removed"], "the remaining speaker keeps their order: no reordering");
        assert_eq!(changes[0].describe(Lang::En), "Removed from “Opening ceremony” (speaker): Dr Amina Bello (Nigeria).");
        assert_eq!(changes[0].describe(Lang::Fr), "Retrait de «\u{202f}Cérémonie d’ouverture\u{202f}» (intervenant·e)\u{202f}: Dr Amina Bello (Nigéria).");
    }

    #[test]
    fn added_and_removed_sessions_name_their_slot() {
        let old = agenda(vec![(4, vec![])]);
        let mut lunch = session("s-lunch", time(12, 15), "Lunch", "Déjeuner");
        lunch.room = None;
        let new = agenda(vec![(4, vec![lunch])]);
        let added = changelog(&old, &new);
        assert_eq!(added[0].describe(Lang::En), "New session “Lunch”: Tuesday 4 November 2025, 12:15–13:45.");
        assert_eq!(
            added[0].describe(Lang::Fr),
            "Nouvelle séance «\u{202f}Déjeuner\u{202f}»\u{202f}: mardi 4\u{a0}novembre 2025, 12\u{a0}h\u{a0}15\u{a0}–\u{a0}13\u{a0}h\u{a0}45."
        );
        let removed = changelog(&new, &old);
        assert_eq!(removed[0].describe(Lang::En), "Session removed: “Lunch” (Tuesday 4 November 2025, 12:15–13:45).");
        assert!(removed[0].describe(Lang::Fr).starts_with("Séance supprimée\u{202f}: «\u{202f}Déjeuner\u{202f}»"));
    }

    #[test]
    fn a_session_without_a_french_title_is_named_by_its_english_one() {
        let old = agenda(vec![(4, vec![])]);
        let new = agenda(vec![(4, vec![session("s", time(9, 0), "Family photo: all delegates", "")])]);
        let fr = changelog(&old, &new)[0].describe(Lang::Fr);
        assert!(fr.starts_with("Nouvelle séance «\u{202f}Family photo: all delegates\u{202f}»\u{202f}:"), "an English title quoted in French keeps its English colon: {fr}");
    }

    #[test]
    fn changes_serialise_with_a_kind_tag() {
        let change = Change {
            session: SessionRef { id: Id::from("s"), title: NamePair { en: "A".into(), fr: "B".into() } },
            what: What::Reordered { role: SessionRole::Speaker },
        };
        let json = serde_json::to_value(&change).expect("serialises");
        assert_eq!(json["what"]["kind"], "reordered");
        assert_eq!(json["what"]["role"], "speaker");
        let back: Change = serde_json::from_value(json).expect("reads back");
        assert_eq!(back, change);
    }
}

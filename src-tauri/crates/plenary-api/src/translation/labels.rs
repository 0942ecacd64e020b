//! What each text of a meeting is, said to a translator ("Session title — Opening
//! ceremony"), and the order texts are listed in: the meeting's own, its pillars, its
//! sessions in time order (each with its agenda items), then people's functions.

use plenary_core::{Id, Lang};
use plenary_store::{Db, MeetingText, StoreError};
use std::collections::HashMap;

/// How many characters of a name a label shows.
const NAME_CHARS: usize = 70;

/// What a text's owner is, for its label and its place in lists.
struct Owner {
    /// The owner's place: kind first, then its order within the kind.
    rank: (u8, usize),
    /// A number to show (a pillar's or an agenda item's position).
    number: Option<i64>,
    /// A name in each language (a session's title, a person's name).
    name: [String; 2],
}

/// Labels and order of the texts of one meeting.
pub(crate) struct Labels {
    owners: HashMap<Id, Owner>,
}

fn both(text: &plenary_core::BilingualText) -> [String; 2] {
    Lang::ALL.map(|lang| shorten(text.get_or_other(lang)))
}

fn shorten(name: &str) -> String {
    let mut chars = name.chars();
    let head: String = chars.by_ref().take(NAME_CHARS).collect();
    if chars.next().is_some() { format!("{}…", head.trim_end()) } else { head }
}

impl Labels {
    /// Reads what the labels of `meeting_id`'s texts need.
    pub(crate) fn read(db: &Db<'_>, meeting_id: &Id) -> Result<Labels, StoreError> {
        let mut owners = HashMap::new();
        let meeting = db.meeting(meeting_id)?;
        owners.insert(meeting.id.clone(), Owner { rank: (0, 0), number: None, name: both(&meeting.title) });
        for (i, p) in db.pillars(meeting_id)?.iter().enumerate() {
            owners.insert(p.id.clone(), Owner { rank: (1, i), number: Some(p.position), name: both(&p.name) });
        }
        let mut order = 0;
        let mut people = 0;
        for row in db.sessions(meeting_id)? {
            let title = both(&row.session.title);
            owners.insert(row.session.id.clone(), Owner { rank: (2, order), number: None, name: title.clone() });
            order += 1;
            for item in &row.items {
                owners.insert(item.id.clone(), Owner { rank: (2, order), number: Some(item.position), name: title.clone() });
                order += 1;
            }
            for person in &row.people {
                owners.entry(person.participant_id.clone()).or_insert_with(|| {
                    people += 1;
                    Owner { rank: (3, people), number: None, name: [person.display_name.clone(), person.display_name.clone()] }
                });
            }
        }
        Ok(Labels { owners })
    }

    /// Sorts texts in reading order; texts of unknown owners come last, by id.
    pub(crate) fn sort(&self, texts: &mut [MeetingText]) {
        let field_rank = |f: &str| match f {
            "title" | "name" | "function" => 0,
            "venue" => 1,
            "description" => 2,
            _ => 3,
        };
        texts.sort_by(|a, b| {
            let ra = self.owners.get(&a.owner_id).map_or((9, 0), |o| o.rank);
            let rb = self.owners.get(&b.owner_id).map_or((9, 0), |o| o.rank);
            (ra, field_rank(&a.field), &a.id).cmp(&(rb, field_rank(&b.field), &b.id))
        });
    }

    /// What the text is, in `lang`.
    pub(crate) fn label(&self, text: &MeetingText, lang: Lang) -> String {
        let owner = self.owners.get(&text.owner_id);
        let name = owner.map(|o| o.name[usize::from(lang == Lang::Fr)].as_str()).filter(|n| !n.is_empty());
        let number = owner.and_then(|o| o.number);
        let what = match (text.owner_kind.as_str(), text.field.as_str()) {
            ("meeting", "title") => lang.pick("Meeting title", "Titre de la réunion").to_owned(),
            ("meeting", "venue") => lang.pick("Venue", "Lieu").to_owned(),
            ("pillar", _) => match number {
                Some(n) => lang.pick(format!("Pillar {n}"), format!("Pilier {n}")),
                None => lang.pick("Pillar", "Pilier").to_owned(),
            },
            ("session", "title") => lang.pick("Session title", "Titre de la séance").to_owned(),
            ("session", "description") => lang.pick("Session description", "Description de la séance").to_owned(),
            ("agenda_item", _) => match number {
                Some(n) => lang.pick(format!("Agenda item {n}"), format!("Point {n} de l’ordre du jour")),
                None => lang.pick("Agenda item", "Point de l’ordre du jour").to_owned(),
            },
            ("participant", "function") => lang.pick("Function", "Fonction").to_owned(),
            (kind, field) => format!("{kind} {field}"),
        };
        match (text.owner_kind.as_str(), name) {
            // The meeting's and a pillar's own texts are their names: nothing to add.
            ("meeting" | "pillar", _) | (_, None) => what,
            (_, Some(name)) => format!("{what} — {name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_shortened_on_a_character_boundary() {
        let long = "é".repeat(NAME_CHARS + 5);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), NAME_CHARS + 1);
        assert!(short.ends_with('…'));
        assert_eq!(shorten("Opening ceremony"), "Opening ceremony");
    }
}

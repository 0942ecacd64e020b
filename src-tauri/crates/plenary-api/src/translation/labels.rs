//! What each text of a meeting is, said to a translator ("Session title — Opening
//! ceremony", "Outcome document — OP3"), and the order texts are listed in: the meeting's
//! own, its pillars, its sessions in time order (each with its agenda items), people's
//! functions, then its outcome documents in reading order.

use plenary_core::outcome::DocumentKind;
use plenary_core::outcome::facts::FactKind;
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
    /// Where in which outcome document, for the texts of a document.
    outcome: Option<(DocumentKind, Part)>,
}

/// What a text of an outcome document belongs to.
#[derive(Debug, Clone)]
enum Part {
    /// The document itself (its title).
    Document,
    /// Its section N, from 1 (its heading).
    Section(usize),
    /// A paragraph, by its reference ("OP3").
    Paragraph(String),
    /// Its fact N, from 1, counted per kind.
    Fact(FactKind, usize),
}

/// "Outcome document" / "Document final".
fn kind_label(kind: DocumentKind, lang: Lang) -> &'static str {
    match kind {
        DocumentKind::OutcomeDocument => lang.pick("Outcome document", "Document final"),
        DocumentKind::SummaryReport => lang.pick("Summary report", "Rapport de synthèse"),
        DocumentKind::PressRelease => lang.pick("Press release", "Communiqué de presse"),
    }
}

/// The part of an outcome document a text is, in `lang` ("OP3", "heading of section 2").
fn part_label(part: &Part, field: &str, lang: Lang) -> String {
    match (part, field) {
        (Part::Document, _) => lang.pick("title", "titre").to_owned(),
        (Part::Section(n), _) => lang.pick(format!("heading of section {n}"), format!("intitulé de la section {n}")),
        (Part::Paragraph(reference), _) => reference.clone(),
        (Part::Fact(kind, n), field) => {
            let what = match kind {
                FactKind::Figure => lang.pick(format!("figure {n}"), format!("chiffre {n}")),
                FactKind::Quote => lang.pick(format!("quote {n}"), format!("citation {n}")),
            };
            match field {
                "source" => lang.pick(format!("source of {what}"), format!("source ({what})")),
                "function" => lang.pick(format!("speaker’s function, {what}"), format!("fonction de l’orateur, {what}")),
                _ => what,
            }
        }
    }
}

/// Adds the owners of the texts of a meeting's outcome documents, in reading order: each
/// document's title, its preamble, each section's heading and paragraphs, then its facts.
fn outcome_owners(db: &Db<'_>, meeting_id: &Id, owners: &mut HashMap<Id, Owner>) -> Result<(), StoreError> {
    let mut order = 0;
    let mut add = |id: &Id, kind: DocumentKind, part: Part| {
        owners.insert(id.clone(), Owner { rank: (4, order), number: None, name: [String::new(), String::new()], outcome: Some((kind, part)) });
        order += 1;
    };
    for summary in db.outcome_summaries(meeting_id)? {
        let doc = db.outcome_document(&summary.id)?;
        add(&doc.id, doc.kind, Part::Document);
        let numbered = doc.numbered();
        let mut paragraphs = numbered.iter().peekable();
        while let Some(n) = paragraphs.next_if(|n| n.section.is_none()) {
            add(&n.paragraph.id, doc.kind, Part::Paragraph(n.label().reference()));
        }
        for (i, section) in doc.sections.iter().enumerate() {
            add(&section.id, doc.kind, Part::Section(i + 1));
            while let Some(n) = paragraphs.next_if(|n| n.section.is_some_and(|s| s.id == section.id)) {
                add(&n.paragraph.id, doc.kind, Part::Paragraph(n.label().reference()));
            }
        }
        let (mut figures, mut quotes) = (0, 0);
        for fact in &doc.facts {
            let n = match fact.kind {
                FactKind::Figure => &mut figures,
                FactKind::Quote => &mut quotes,
            };
            *n += 1;
            add(&fact.id, doc.kind, Part::Fact(fact.kind, *n));
        }
    }
    Ok(())
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
        owners.insert(meeting.id.clone(), Owner { rank: (0, 0), number: None, name: both(&meeting.title), outcome: None });
        for (i, p) in db.pillars(meeting_id)?.iter().enumerate() {
            owners.insert(p.id.clone(), Owner { rank: (1, i), number: Some(p.position), name: both(&p.name), outcome: None });
        }
        let mut order = 0;
        let mut people = 0;
        for row in db.sessions(meeting_id)? {
            let title = both(&row.session.title);
            owners.insert(row.session.id.clone(), Owner { rank: (2, order), number: None, name: title.clone(), outcome: None });
            order += 1;
            for item in &row.items {
                owners.insert(item.id.clone(), Owner { rank: (2, order), number: Some(item.position), name: title.clone(), outcome: None });
                order += 1;
            }
            for person in &row.people {
                owners.entry(person.participant_id.clone()).or_insert_with(|| {
                    people += 1;
                    Owner { rank: (3, people), number: None, name: [person.display_name.clone(), person.display_name.clone()], outcome: None }
                });
            }
        }
        outcome_owners(db, meeting_id, &mut owners)?;
        Ok(Labels { owners })
    }

    /// Sorts texts in reading order; texts of unknown owners come last, by id.
    pub(crate) fn sort(&self, texts: &mut [MeetingText]) {
        // A person's function is their only text; a quote's comes after its words and source.
        let field_rank = |f: &str| match f {
            "title" | "name" | "text" | "heading" => 0,
            "venue" | "source" => 1,
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
        if let Some((kind, part)) = owner.and_then(|o| o.outcome.as_ref()) {
            return format!("{} — {}", kind_label(*kind, lang), part_label(part, &text.field, lang));
        }
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

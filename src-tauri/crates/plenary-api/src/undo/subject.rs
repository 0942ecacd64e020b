//! What an entry of the history was, worked out from the rows it changed: the row that
//! matters most (a meeting over its sessions, a deleted paragraph over its renumbered
//! neighbours) and its name, so that no use case has to label its writes.

use plenary_core::Lang;
use plenary_store::{Changes, RowChange};

/// What happened to the row an entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UndoAction {
    /// It was created.
    Create,
    /// It was changed.
    Edit,
    /// It was deleted.
    Delete,
}

/// The tables an entry can be about, most important first, with their kind as the UI knows
/// it and their names in English and French (the French with its article, as a description
/// says it: « suppression du participant »).
const KINDS: &[(&str, &str, &str, &str)] = &[
    ("meetings", "meeting", "meeting", "de la réunion"),
    ("outcome_documents", "document", "document", "du document"),
    ("delegations", "delegation", "delegation", "de la délégation"),
    ("sessions", "session", "session", "de la séance"),
    ("participants", "participant", "participant", "du participant"),
    ("outcome_sections", "section", "section", "de la section"),
    ("outcome_paragraphs", "paragraph", "paragraph", "du paragraphe"),
    ("agenda_items", "agenda_item", "agenda item", "du point de l’ordre du jour"),
    ("outcome_amendments", "amendment", "amendment", "de l’amendement"),
    ("outcome_comments", "comment", "comment", "du commentaire"),
    ("outcome_notes", "note", "note", "de la note"),
    ("outcome_facts", "fact", "fact", "du fait"),
    ("outcome_revisions", "revision", "revision", "de la révision"),
    ("agenda_versions", "agenda_version", "agenda version", "de la version de l’ordre du jour"),
    ("organisations", "organisation", "organisation", "de l’organisation"),
    ("rooms", "room", "room", "de la salle"),
    ("pillars", "pillar", "pillar", "du pilier"),
    ("dialogues", "dialogue", "dialogue", "du dialogue"),
    ("glossary_terms", "glossary_term", "glossary term", "du terme du glossaire"),
];

/// The kind of the owner of a text, by its `owner_kind`.
const TEXT_OWNERS: &[(&str, &str)] = &[
    ("meeting", "meetings"),
    ("session", "sessions"),
    ("participant", "participants"),
    ("agenda_item", "agenda_items"),
    ("outcome_document", "outcome_documents"),
    ("outcome_section", "outcome_sections"),
    ("outcome_paragraph", "outcome_paragraphs"),
    ("outcome_fact", "outcome_facts"),
    ("pillar", "pillars"),
    ("dialogue", "dialogues"),
];

/// The parent a row of a link table belongs to, by the column naming it, the first found
/// first: a speaker's row belongs to the session's people, a paragraph's sessions to the
/// paragraph.
const PARENTS: &[(&str, &str)] = &[
    ("paragraph_id", "outcome_paragraphs"),
    ("session_id", "sessions"),
    ("participant_id", "participants"),
    ("dialogue_id", "dialogues"),
    ("meeting_id", "meetings"),
];

/// The longest name a description quotes.
const NAME_CHARS: usize = 60;

/// What an entry is about.
#[derive(Debug, Clone)]
pub(crate) struct Subject {
    pub(crate) action: UndoAction,
    /// The table of the row, or none when no row of a known kind was touched.
    pub(crate) table: Option<&'static str>,
    pub(crate) id: Option<String>,
    name_en: Option<String>,
    name_fr: Option<String>,
    /// Whether the name is a text (a title, a paragraph) shown in quotation marks, unlike a
    /// person's or a delegation's name.
    quote: bool,
}

impl Subject {
    /// The subject of `changes`.
    pub(crate) fn of(changes: &Changes) -> Subject {
        let rows = changes.rows();
        let created_or_deleted =
            KINDS.iter().find_map(|k| rows.iter().find(|r| r.table == k.0 && (r.before.is_none() || r.after.is_none())).map(|r| (k.0, r)));
        if let Some((table, row)) = created_or_deleted {
            return Subject::row(table, row, action(row), rows);
        }
        // An edit: of the most important row changed, or of the row owning a text or a link
        // changed (a session whose speakers changed, not the speakers' own rows).
        let touched = |r: &RowChange| -> Option<(&'static str, String)> {
            if let Some(kind) = KINDS.iter().find(|k| k.0 == r.table) {
                return Some((kind.0, r.column("id")?));
            }
            if r.table == "texts" {
                let owner_kind = r.column("owner_kind")?;
                return Some((TEXT_OWNERS.iter().find(|(k, _)| *k == owner_kind)?.1, r.column("owner_id")?));
            }
            PARENTS.iter().find_map(|(col, table)| r.column(col).map(|id| (*table, id)))
        };
        let rank = |table: &str| KINDS.iter().position(|k| k.0 == table).unwrap_or(usize::MAX);
        let Some((table, id)) = rows.iter().filter_map(touched).min_by_key(|(table, _)| rank(table)) else {
            return Subject { action: UndoAction::Edit, table: None, id: None, name_en: None, name_fr: None, quote: false };
        };
        if let Some(row) = rows.iter().find(|r| r.table == table && r.column("id").as_deref() == Some(id.as_str())) {
            return Subject::row(table, row, UndoAction::Edit, rows);
        }
        let mut subject = Subject { action: UndoAction::Edit, table: Some(table), id: Some(id), name_en: None, name_fr: None, quote: false };
        subject.name_from(rows);
        subject
    }

    fn row(table: &'static str, row: &RowChange, action: UndoAction, rows: &[RowChange]) -> Subject {
        let mut subject = Subject { action, table: Some(table), id: row.column("id"), name_en: None, name_fr: None, quote: false };
        let both = |en: Option<String>, fr: Option<String>| (en.clone().or(fr.clone()), fr.or(en));
        (subject.name_en, subject.name_fr) = match table {
            "participants" => {
                let name = [row.column("given_name"), row.column("family_name")].into_iter().flatten().collect::<Vec<_>>().join(" ");
                (Some(name.clone()), Some(name))
            }
            "delegations" => {
                let country = row.column("country").and_then(|c| plenary_core::country::country(&c));
                both(
                    row.column("display_name_en").or_else(|| country.map(|c| c.name(false).to_owned())),
                    row.column("display_name_fr").or_else(|| country.map(|c| c.name(true).to_owned())),
                )
            }
            "organisations" => both(row.column("name_en"), row.column("name_fr")),
            "rooms" => both(row.column("name"), None),
            "glossary_terms" => both(row.column("en"), row.column("fr")),
            _ => (None, None),
        };
        if subject.name_en.is_none() {
            subject.name_from(rows);
        }
        subject
    }

    /// Takes the name from the subject's own title, heading or text among the rows changed.
    fn name_from(&mut self, rows: &[RowChange]) {
        let Some(id) = self.id.as_deref() else { return };
        let text = ["title", "heading", "name", "text"].iter().find_map(|field| {
            // The latest image: a text saved several times is named as it now reads.
            rows.iter().rfind(|r| r.table == "texts" && r.column("owner_id").as_deref() == Some(id) && r.column("field").as_deref() == Some(field))
        });
        if let Some(text) = text {
            let (en, fr) = (text.column("en_text").filter(|t| !t.is_empty()), text.column("fr_text").filter(|t| !t.is_empty()));
            self.name_en = en.clone().or(fr.clone());
            self.name_fr = fr.or(en);
            self.quote = true;
        }
    }

    /// The table and id of the row when its name is not among the rows changed (a session
    /// whose speakers changed, a participant whose roles did), to be read from the data.
    pub(crate) fn unnamed(&self) -> Option<(&'static str, &str)> {
        match (self.table, self.id.as_deref(), &self.name_en) {
            (Some(table), Some(id), None) => Some((table, id)),
            _ => None,
        }
    }

    /// Names the row: `quote` for a text (a title, a paragraph), not for a person.
    pub(crate) fn set_name(&mut self, en: String, fr: String, quote: bool) {
        let (en, fr) = (Some(en).filter(|t| !t.is_empty()), Some(fr).filter(|t| !t.is_empty()));
        self.name_en = en.clone().or(fr.clone());
        self.name_fr = fr.or(en);
        self.quote = quote;
    }

    /// The kind of the row as the UI knows it (`participant`, `session`…), if known.
    pub(crate) fn kind(&self) -> Option<&'static str> {
        let table = self.table?;
        KINDS.iter().find(|k| k.0 == table).map(|k| k.1)
    }

    /// The description in `lang`: "delete participant Amina Bello", « suppression du
    /// participant Amina Bello ».
    pub(crate) fn describe(&self, lang: Lang) -> String {
        let kind = self.table.and_then(|t| KINDS.iter().find(|k| k.0 == t));
        let name = lang.pick(self.name_en.as_deref(), self.name_fr.as_deref()).map(short).filter(|n| !n.is_empty());
        let Some((_, _, noun_en, noun_fr)) = kind else {
            return lang.pick("change", "modification").to_owned();
        };
        let head = match lang {
            Lang::En => {
                let verb = match self.action {
                    UndoAction::Create => "create",
                    UndoAction::Edit => "edit",
                    UndoAction::Delete => "delete",
                };
                format!("{verb} {noun_en}")
            }
            Lang::Fr => {
                let noun = match self.action {
                    UndoAction::Create => "création",
                    UndoAction::Edit => "modification",
                    UndoAction::Delete => "suppression",
                };
                format!("{noun} {noun_fr}")
            }
        };
        match name {
            Some(name) if self.quote => format!("{head} {}", quoted(&name, lang)),
            Some(name) => format!("{head} {name}"),
            None => head,
        }
    }
}

fn action(row: &RowChange) -> UndoAction {
    match (&row.before, &row.after) {
        (None, _) => UndoAction::Create,
        (_, None) => UndoAction::Delete,
        _ => UndoAction::Edit,
    }
}

/// A person's name as it is; anything else (a title, a paragraph) in quotation marks.
fn quoted(name: &str, lang: Lang) -> String {
    let (open, close) = lang.pick(("“", "”"), ("«\u{a0}", "\u{a0}»"));
    format!("{open}{name}{close}")
}

fn short(name: &str) -> String {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() <= NAME_CHARS {
        return name;
    }
    let cut: String = name.chars().take(NAME_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

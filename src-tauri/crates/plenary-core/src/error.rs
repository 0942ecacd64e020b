//! Typed errors of the domain, with their messages in English and French.
//!
//! An error names what is wrong (`code`), where (`field`, `row`) and the value involved
//! (`detail`); the message is composed from those in the user's language. The UI matches on
//! `code`, never on the message.

use crate::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What went wrong, as a stable code shared with the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The referenced row does not exist.
    NotFound,
    /// A required value is empty.
    Required,
    /// A text is over its length limit.
    TooLong,
    /// A value is not of the expected form.
    Invalid,
    /// A date is not a valid calendar date or is out of range.
    InvalidDate,
    /// An end comes before (or at) its start.
    EndBeforeStart,
    /// A session falls outside the meeting's days.
    OutsideMeeting,
    /// A local time that does not exist in the venue's time zone (clocks jump forward).
    DstGap,
    /// A local time that exists twice in the venue's time zone (clocks go back).
    DstFold,
    /// The same thing already exists.
    Duplicate,
    /// A delegation already has a head.
    SecondHead,
    /// The person is already registered in another delegation of this meeting.
    OtherDelegation,
    /// The value refers to something of another meeting.
    WrongMeeting,
    /// The row is still used elsewhere and cannot be deleted.
    InUse,
    /// The database is damaged or could not be read or written.
    Storage,
    /// The database was written by a newer version of Plenary.
    SchemaTooNew,
    /// The agenda has missing or stale texts and the release was not confirmed.
    GapsNotAcknowledged,
    /// A document could not be produced or written to its file.
    ExportFailed,
    /// A file brought in is not of the expected kind, or could not be read.
    MalformedFile,
    /// A translated unit's source text is no longer the text's source (it changed since export).
    SourceChanged,
    /// A translated file's languages do not fit its texts (the same on both sides, or swapped).
    WrongDirection,
    /// The document is adopted: its text can no longer change.
    Locked,
    /// An amendment was proposed to a text that has changed since.
    Conflict,
    /// A paragraph still has passages in brackets.
    Bracketed,
    /// A proposed change leaves the text as it is.
    Unchanged,
    /// The database failed its integrity check: it is kept as a `.damaged` copy and no longer
    /// written to; the detail is the time of the newest good snapshot, if any.
    StorageDamaged,
    /// An undo or redo found the data changed since it was recorded.
    UndoConflict,
    /// There is nothing to undo, or nothing to redo.
    NothingToUndo,
}

impl ErrorCode {
    /// The code as it crosses to the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::Required => "required",
            ErrorCode::TooLong => "too_long",
            ErrorCode::Invalid => "invalid",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::EndBeforeStart => "end_before_start",
            ErrorCode::OutsideMeeting => "outside_meeting",
            ErrorCode::DstGap => "dst_gap",
            ErrorCode::DstFold => "dst_fold",
            ErrorCode::Duplicate => "duplicate",
            ErrorCode::SecondHead => "second_head",
            ErrorCode::OtherDelegation => "other_delegation",
            ErrorCode::WrongMeeting => "wrong_meeting",
            ErrorCode::InUse => "in_use",
            ErrorCode::Storage => "storage",
            ErrorCode::SchemaTooNew => "schema_too_new",
            ErrorCode::GapsNotAcknowledged => "gaps_not_acknowledged",
            ErrorCode::ExportFailed => "export_failed",
            ErrorCode::MalformedFile => "malformed_file",
            ErrorCode::SourceChanged => "source_changed",
            ErrorCode::WrongDirection => "wrong_direction",
            ErrorCode::Locked => "locked",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Bracketed => "bracketed",
            ErrorCode::Unchanged => "unchanged",
            ErrorCode::UndoConflict => "undo_conflict",
            ErrorCode::NothingToUndo => "nothing_to_undo",
            ErrorCode::StorageDamaged => "storage_damaged",
        }
    }
}

/// A refused input or a broken rule, with where it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error, ts_rs::TS)]
pub struct DomainError {
    /// What went wrong.
    pub code: ErrorCode,
    /// The field concerned, by its API name (`family_name`, `start`…).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// The row of an imported file, counted from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub row: Option<u32>,
    /// The offending value or a short fact needed by the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub detail: Option<String>,
}

impl DomainError {
    /// An error with a code and nothing else.
    pub fn new(code: ErrorCode) -> Self {
        DomainError { code, field: None, row: None, detail: None }
    }

    /// Sets the field concerned.
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Sets the detail shown in the message.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sets the row of an imported file.
    pub fn row(mut self, row: u32) -> Self {
        self.row = Some(row);
        self
    }

    /// A required field is empty.
    pub fn required(field: &str) -> Self {
        Self::new(ErrorCode::Required).field(field)
    }

    /// A text has `len` characters where `max` are allowed.
    pub fn too_long(field: &str, len: usize, max: usize) -> Self {
        Self::new(ErrorCode::TooLong).field(field).detail(format!("{len}/{max}"))
    }

    /// A value is not of the expected form.
    pub fn invalid(field: &str, value: &str) -> Self {
        Self::new(ErrorCode::Invalid).field(field).detail(value)
    }

    /// The row `id` of kind `field` does not exist.
    pub fn not_found(field: &str, id: &str) -> Self {
        Self::new(ErrorCode::NotFound).field(field).detail(id)
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        let field = self.field.as_deref().map(|f| field_label(f, lang));
        let detail = self.detail.as_deref().unwrap_or("");
        let (q_open, q_close) = lang.pick(("“", "”"), ("«\u{a0}", "\u{a0}»"));
        let f = field.as_deref().unwrap_or_else(|| lang.pick("value", "valeur"));
        let body = match (self.code, lang) {
            (ErrorCode::NotFound, Lang::En) => format!("No {f} with id {detail} exists."),
            (ErrorCode::NotFound, Lang::Fr) => format!("Aucun élément ({f}) n’a l’identifiant {detail}."),
            (ErrorCode::Required, Lang::En) => format!("The {f} is required."),
            (ErrorCode::Required, Lang::Fr) => format!("Le champ {q_open}{f}{q_close} est obligatoire."),
            (ErrorCode::TooLong, Lang::En) => {
                let (len, max) = detail.split_once('/').unwrap_or((detail, "?"));
                format!("The {f} is too long: {len} characters, at most {max} allowed.")
            }
            (ErrorCode::TooLong, Lang::Fr) => {
                let (len, max) = detail.split_once('/').unwrap_or((detail, "?"));
                format!("Le champ {q_open}{f}{q_close} est trop long\u{a0}: {len}\u{a0}caractères, {max} au plus.")
            }
            (ErrorCode::Invalid, Lang::En) => format!("The {f} {q_open}{detail}{q_close} is not valid."),
            (ErrorCode::Invalid, Lang::Fr) => format!("La valeur {q_open}{detail}{q_close} du champ {q_open}{f}{q_close} n’est pas valide."),
            (ErrorCode::InvalidDate, Lang::En) => format!("The {f} {q_open}{detail}{q_close} is not a valid date (expected YYYY-MM-DD)."),
            (ErrorCode::InvalidDate, Lang::Fr) => format!("La date {q_open}{detail}{q_close} du champ {q_open}{f}{q_close} n’est pas valide (format attendu AAAA-MM-JJ)."),
            (ErrorCode::EndBeforeStart, Lang::En) => format!("The {f} must come after the start ({detail})."),
            (ErrorCode::EndBeforeStart, Lang::Fr) => format!("Le champ {q_open}{f}{q_close} doit être postérieur au début ({detail})."),
            (ErrorCode::OutsideMeeting, Lang::En) => format!("The {f} {detail} falls outside the meeting’s days."),
            (ErrorCode::OutsideMeeting, Lang::Fr) => format!("Le champ {q_open}{f}{q_close} ({detail}) est en dehors des jours de la réunion."),
            (ErrorCode::DstGap, Lang::En) => format!("The {f} {detail} does not exist in the venue’s time zone (the clocks jump forward)."),
            (ErrorCode::DstGap, Lang::Fr) => format!("L’heure {detail} ({f}) n’existe pas dans le fuseau horaire du lieu (changement d’heure)."),
            (ErrorCode::DstFold, Lang::En) => format!("The {f} {detail} happens twice in the venue’s time zone (the clocks go back); choose another time."),
            (ErrorCode::DstFold, Lang::Fr) => format!("L’heure {detail} ({f}) existe deux fois dans le fuseau horaire du lieu (retour à l’heure d’hiver)\u{a0}; choisissez une autre heure."),
            (ErrorCode::Duplicate, Lang::En) => format!("This {f} already exists: {detail}."),
            (ErrorCode::Duplicate, Lang::Fr) => format!("Ce doublon existe déjà ({f})\u{a0}: {detail}."),
            (ErrorCode::SecondHead, Lang::En) => format!("This delegation already has a head: {detail}."),
            (ErrorCode::SecondHead, Lang::Fr) => format!("Cette délégation a déjà un chef de délégation\u{a0}: {detail}."),
            (ErrorCode::OtherDelegation, Lang::En) => format!("This person is already registered in another delegation of this meeting: {detail}."),
            (ErrorCode::OtherDelegation, Lang::Fr) => format!("Cette personne est déjà inscrite dans une autre délégation de cette réunion\u{a0}: {detail}."),
            (ErrorCode::WrongMeeting, Lang::En) => format!("The {f} {detail} belongs to another meeting."),
            (ErrorCode::WrongMeeting, Lang::Fr) => format!("Le champ {q_open}{f}{q_close} ({detail}) appartient à une autre réunion."),
            (ErrorCode::InUse, Lang::En) => format!("This {f} is still used: {detail}."),
            (ErrorCode::InUse, Lang::Fr) => format!("Cet élément ({f}) est encore utilisé\u{a0}: {detail}."),
            (ErrorCode::Storage, Lang::En) => format!("The database could not be used: {detail}"),
            (ErrorCode::Storage, Lang::Fr) => format!("La base de données n’a pas pu être utilisée\u{a0}: {detail}"),
            (ErrorCode::SchemaTooNew, Lang::En) => format!("This database was written by a newer version of Plenary (schema {detail}). Update Plenary to open it; nothing was changed."),
            (ErrorCode::SchemaTooNew, Lang::Fr) => format!("Cette base de données a été écrite par une version plus récente de Plenary (schéma {detail}). Mettez Plenary à jour pour l’ouvrir\u{a0}; rien n’a été modifié."),
            (ErrorCode::GapsNotAcknowledged, Lang::En) => {
                let texts = if detail == "1" { "text is" } else { "texts are" };
                format!("{detail} {texts} missing or stale in the agenda; check the list, then confirm to release it as it is.")
            }
            (ErrorCode::GapsNotAcknowledged, Lang::Fr) => {
                let texts = if detail == "1" { "texte manque ou n’est" } else { "textes manquent ou ne sont" };
                format!("L’ordre du jour est incomplet\u{a0}: {detail}\u{a0}{texts} pas à jour. Vérifiez la liste, puis confirmez pour le publier tel quel.")
            }
            (ErrorCode::ExportFailed, Lang::En) => format!("The export failed ({f}): {detail}"),
            (ErrorCode::ExportFailed, Lang::Fr) => format!("L’export a échoué ({f})\u{a0}: {detail}"),
            (ErrorCode::MalformedFile, Lang::En) => format!("The {f} cannot be used: {detail}. Nothing was changed."),
            (ErrorCode::MalformedFile, Lang::Fr) => format!("Le {f} ne peut pas être utilisé\u{a0}: {detail}. Rien n’a été modifié."),
            (ErrorCode::SourceChanged, Lang::En) => format!("The source of {f} {detail} changed after the file was exported: translate the text as it is now (export it again)."),
            (ErrorCode::SourceChanged, Lang::Fr) => format!("Le texte source ({f} {detail}) a changé après l’export du fichier\u{a0}: traduisez le texte actuel (exportez-le à nouveau)."),
            (ErrorCode::WrongDirection, Lang::En) => format!("The {f} translates {detail}: its source must be the language the texts were exported from, and its target the other one."),
            (ErrorCode::WrongDirection, Lang::Fr) => format!("Le sens de traduction ({f}\u{a0}: {detail}) ne convient pas\u{a0}: la source doit être la langue des textes exportés, et la cible l’autre langue."),
            (ErrorCode::Locked, Lang::En) => "This document is adopted: its text can no longer change. Create a new document from it to keep working.".to_owned(),
            (ErrorCode::Locked, Lang::Fr) => "Ce document est adopté\u{a0}: son texte ne peut plus changer. Pour continuer, créez un nouveau document à partir de celui-ci.".to_owned(),
            (ErrorCode::Conflict, Lang::En) => format!("The {f} changed after amendment {detail} was proposed: compare it with the text as it is now and propose it again."),
            (ErrorCode::Conflict, Lang::Fr) => format!("Le champ {q_open}{f}{q_close} a changé depuis que l’amendement {detail} a été proposé\u{a0}: comparez-le au texte actuel et proposez-le à nouveau."),
            (ErrorCode::Bracketed, Lang::En) => "This paragraph still has passages in [brackets]: resolve them before marking it agreed.".to_owned(),
            (ErrorCode::Bracketed, Lang::Fr) => "Ce paragraphe contient encore des passages entre [crochets]\u{a0}: levez-les avant de le marquer comme convenu.".to_owned(),
            (ErrorCode::Unchanged, Lang::En) => format!("The {f} is the same as the text it would replace ({q_open}{detail}…{q_close})."),
            (ErrorCode::Unchanged, Lang::Fr) => format!("Le champ {q_open}{f}{q_close} est identique au texte qu’il remplacerait ({q_open}{detail}…{q_close})."),
            (ErrorCode::UndoConflict, Lang::En) => format!("{q_open}{detail}{q_close} can no longer be undone or redone: the data has changed since. Nothing was changed."),
            (ErrorCode::UndoConflict, Lang::Fr) => format!("{q_open}{detail}{q_close} ne peut plus être annulé ni rétabli\u{a0}: les données ont changé depuis. Rien n’a été modifié."),
            (ErrorCode::NothingToUndo, Lang::En) => "There is nothing to undo or redo.".to_owned(),
            (ErrorCode::NothingToUndo, Lang::Fr) => "Il n’y a rien à annuler ni à rétablir.".to_owned(),
            (ErrorCode::StorageDamaged, Lang::En) if detail.is_empty() => "The database is damaged: a copy was kept beside it (.damaged) and nothing more is written to it. No snapshot is available to restore.".to_owned(),
            (ErrorCode::StorageDamaged, Lang::Fr) if detail.is_empty() => "La base de données est endommagée\u{a0}: une copie a été gardée à côté (.damaged) et plus rien n’y est écrit. Aucun instantané n’est disponible pour la restaurer.".to_owned(),
            (ErrorCode::StorageDamaged, Lang::En) => format!("The database is damaged: a copy was kept beside it (.damaged) and nothing more is written to it. Restore the snapshot of {detail} (Backups)."),
            (ErrorCode::StorageDamaged, Lang::Fr) => format!("La base de données est endommagée\u{a0}: une copie a été gardée à côté (.damaged) et plus rien n’y est écrit. Restaurez l’instantané du {detail} (Sauvegardes)."),
        };
        match self.row {
            Some(row) => lang.pick(format!("Row {row}: {body}"), format!("Ligne {row}\u{a0}: {body}")),
            None => body,
        }
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// The label of a field in the user's language; unknown fields are shown by their API name.
pub fn field_label(field: &str, lang: Lang) -> String {
    let (en, fr) = match field {
        "title_en" => ("English title", "titre anglais"),
        "title_fr" => ("French title", "titre français"),
        "title" => ("title", "titre"),
        "description_en" => ("English description", "description anglaise"),
        "description_fr" => ("French description", "description française"),
        "function_en" => ("English function", "fonction (anglais)"),
        "function_fr" => ("French function", "fonction (français)"),
        "given_name" => ("given name", "prénom"),
        "family_name" => ("family name", "nom de famille"),
        "honorific_prefix" => ("honorific", "titre honorifique"),
        "honorific_suffix" => ("honorific suffix", "suffixe honorifique"),
        "email" => ("email", "courriel"),
        "phone" => ("phone", "téléphone"),
        "start_date" => ("start date", "date de début"),
        "end_date" => ("end date", "date de fin"),
        "day" => ("day", "jour"),
        "start" => ("start time", "heure de début"),
        "end" => ("end time", "heure de fin"),
        "time_zone" => ("time zone", "fuseau horaire"),
        "venue" | "venue_en" | "venue_fr" => ("venue", "lieu"),
        "city" => ("city", "ville"),
        "country" => ("country", "pays"),
        "meeting" => ("meeting", "réunion"),
        "delegation" => ("delegation", "délégation"),
        "participant" => ("participant", "participant"),
        "session" => ("session", "séance"),
        "organisation" => ("organisation", "organisation"),
        "dialogue" => ("dialogue", "dialogue"),
        "pillar" => ("pillar", "pilier"),
        "room" => ("room", "salle"),
        "name" | "name_en" | "name_fr" => ("name", "nom"),
        "acronym" | "acronym_en" | "acronym_fr" => ("acronym", "sigle"),
        "head" => ("head of delegation", "chef de délégation"),
        "language" => ("language", "langue"),
        "order" => ("order", "ordre"),
        "agenda_item" => ("agenda item", "point de l’ordre du jour"),
        "co_chair" => ("co-chair", "coprésident"),
        "database" => ("database", "base de données"),
        "snapshot" => ("snapshot", "instantané"),
        "key" => ("key", "clé"),
        "capacity" => ("capacity", "capacité"),
        "display_name_en" => ("English display name", "nom affiché (anglais)"),
        "display_name_fr" => ("French display name", "nom affiché (français)"),
        "credentials" => ("credentials note", "note sur les pouvoirs"),
        "version" => ("agenda version", "version de l’ordre du jour"),
        "file" => ("file", "fichier"),
        "format" => ("format", "format"),
        "acknowledge_gaps" => ("confirmation", "confirmation"),
        "text" => ("text", "texte"),
        "search" => ("search", "recherche"),
        "text_en" => ("English text", "texte anglais"),
        "text_fr" => ("French text", "texte français"),
        "term_en" => ("English term", "terme anglais"),
        "term_fr" => ("French term", "terme français"),
        "glossary_term" => ("glossary term", "terme du glossaire"),
        "note" => ("note", "note"),
        "xliff" => ("XLIFF file", "fichier XLIFF"),
        "unit" => ("unit", "unité"),
        "document" => ("document", "document"),
        "section" => ("section", "section"),
        "paragraph" => ("paragraph", "paragraphe"),
        "paragraph_state" => ("paragraph state", "état du paragraphe"),
        "status" => ("status", "statut"),
        "kind" => ("kind", "type"),
        "heading" | "heading_en" | "heading_fr" => ("heading", "intitulé"),
        "amendment" => ("amendment", "amendement"),
        "amendment_status" => ("amendment status", "statut de l’amendement"),
        "proposed" => ("proposed text", "texte proposé"),
        "proposed_en" => ("proposed English text", "texte anglais proposé"),
        "proposed_fr" => ("proposed French text", "texte français proposé"),
        "rationale" => ("rationale", "justification"),
        "comment" => ("comment", "commentaire"),
        "body" => ("note", "note"),
        "fact" => ("fact", "fait"),
        "fact_kind" => ("kind of fact", "type de fait"),
        "source" | "source_en" | "source_fr" => ("source", "source"),
        "speaker" => ("speaker", "orateur"),
        "revision" => ("revision", "révision"),
        "revision_name" => ("revision name", "nom de la révision"),
        "author" => ("author", "auteur"),
        "excerpt" => ("excerpt", "extrait"),
        "history" => ("history of changes", "historique des modifications"),
        other => return other.to_owned(),
    };
    lang.pick(en, fr).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_field_in_the_users_language() {
        let err = DomainError::required("family_name");
        assert_eq!(err.message(Lang::En), "The family name is required.");
        assert_eq!(err.message(Lang::Fr), "Le champ «\u{a0}nom de famille\u{a0}» est obligatoire.");
    }

    #[test]
    fn rows_are_named_in_both_languages() {
        let err = DomainError::too_long("title_en", 501, 500).row(12);
        assert!(err.message(Lang::En).starts_with("Row 12: "), "{}", err.message(Lang::En));
        assert!(err.message(Lang::En).contains("501 characters, at most 500"));
        assert!(err.message(Lang::Fr).starts_with("Ligne 12\u{a0}: "));
    }

    #[test]
    fn codes_serialise_as_the_ui_expects() {
        let json = serde_json::to_string(&ErrorCode::SecondHead).expect("serialises");
        assert_eq!(json, "\"second_head\"");
        assert_eq!(ErrorCode::SecondHead.as_str(), "second_head");
    }
}

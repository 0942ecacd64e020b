//! Which participant field each column of a registration list holds, suggested from its
//! header in English or French ("Last name" / "Nom", "Country" / "Pays", "Courriel"…).
//!
//! Headers are compared folded (case, accents and punctuation ignored), so "PRÉNOM",
//! "prenom" and "Prénom :" read alike. A suggestion is only a start: the person confirms or
//! changes it before anything is imported.

use plenary_core::participant::fold_name;
use serde::{Deserialize, Serialize};

/// A participant field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// "HE", "Dr", "Mme".
    HonorificPrefix,
    /// Given name.
    GivenName,
    /// Family name.
    FamilyName,
    /// The whole name in one cell, to be split.
    FullName,
    /// Country (code or name), for a state's delegation.
    Country,
    /// Organisation (name or acronym), for an organisation's delegation.
    Organisation,
    /// Function in English.
    FunctionEn,
    /// Function in French.
    FunctionFr,
    /// Email.
    Email,
    /// Phone.
    Phone,
    /// Gender.
    Gender,
    /// Preferred language.
    Language,
    /// Whether the person heads the delegation.
    HeadOfDelegation,
}

/// Folded headers for each field, English and French; a header matches when it equals one
/// of them. Order matters: the first field a header matches wins.
const HEADERS: &[(Field, &[&str])] = &[
    (Field::HonorificPrefix, &["salutation", "honorific", "prefix", "title prefix", "civilite", "titre honorifique", "appellation"]),
    (Field::GivenName, &["first name", "given name", "forename", "first names", "prenom", "prenoms"]),
    (Field::FamilyName, &["last name", "family name", "surname", "nom", "nom de famille", "patronyme"]),
    (Field::FullName, &["name", "full name", "participant", "nom complet", "nom et prenom", "prenom et nom", "participant e"]),
    (Field::Country, &["country", "country code", "state", "member state", "pays", "etat", "etat membre", "code pays"]),
    (Field::Organisation, &["organisation", "organization", "institution", "agency", "organisme", "organisation institution"]),
    (Field::FunctionEn, &["title", "function", "position", "job title", "designation", "function en", "title en", "position en"]),
    (Field::FunctionFr, &["fonction", "titre", "poste", "fonction fr", "title fr", "function fr", "intitule du poste"]),
    (Field::Email, &["email", "e mail", "email address", "mail", "courriel", "adresse electronique", "adresse e mail", "adresse courriel"]),
    (Field::Phone, &["phone", "telephone", "phone number", "mobile", "tel", "numero de telephone", "portable"]),
    (Field::Gender, &["gender", "sex", "genre", "sexe"]),
    (Field::Language, &["language", "preferred language", "working language", "langue", "langue de travail"]),
    (Field::HeadOfDelegation, &["head of delegation", "hod", "chef de delegation"]),
];

/// The field suggested for each column, in order; `None` for a column left out. No field is
/// suggested twice: a second column whose header matches a field already taken is left out.
pub fn suggest(header: &[String]) -> Vec<Option<Field>> {
    let mut taken = Vec::new();
    header
        .iter()
        .map(|h| {
            let folded = fold_name(h);
            let field = HEADERS.iter().find(|(_, names)| names.contains(&folded.as_str())).map(|(f, _)| *f)?;
            if taken.contains(&field) {
                return None;
            }
            taken.push(field);
            Some(field)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(headers: &[&str]) -> Vec<Option<Field>> {
        suggest(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn english_and_french_headers_are_recognised_whatever_their_case_and_accents() {
        assert_eq!(
            of(&["Salutation", "First name", "Last name", "Country", "Organisation", "Title", "Email"]),
            [Some(Field::HonorificPrefix), Some(Field::GivenName), Some(Field::FamilyName), Some(Field::Country), Some(Field::Organisation), Some(Field::FunctionEn), Some(Field::Email)]
        );
        assert_eq!(
            of(&["Civilité", "PRÉNOM", "Nom", "Pays", "Organisme", "Fonction", "Courriel", "Téléphone"]),
            [Some(Field::HonorificPrefix), Some(Field::GivenName), Some(Field::FamilyName), Some(Field::Country), Some(Field::Organisation), Some(Field::FunctionFr), Some(Field::Email), Some(Field::Phone)]
        );
        assert_eq!(of(&["E-mail :", "Nom de famille"]), [Some(Field::Email), Some(Field::FamilyName)], "punctuation is ignored");
    }

    #[test]
    fn unknown_and_repeated_headers_are_left_out() {
        assert_eq!(of(&["Dietary needs", "Email", "Courriel"]), [None, Some(Field::Email), None], "one column per field");
        assert_eq!(of(&[""]), [None]);
    }
}

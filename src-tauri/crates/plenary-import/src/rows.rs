//! The rows of a registration list read as candidate participants, each cell checked where
//! it stands: a report says the line, the column and what is wrong, so that a secretariat can
//! fix its file (or its mapping) before anything is written.
//!
//! Matching delegations against the meeting (organisations by name or acronym, duplicates
//! already registered) needs the database and is the api's part; here, only what the file
//! itself can tell.

use crate::columns::Field;
use crate::countries::match_country;
use crate::table::Table;
use plenary_core::participant::Gender;
use plenary_core::{DomainError, Lang, limits};
use serde::Serialize;
use std::collections::HashMap;

/// One row of the file as a participant to be.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// Its line in the file.
    pub line: u32,
    /// Honorific ("HE", "Dr").
    pub honorific_prefix: Option<String>,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// The country's alpha-2 code, when the row names one.
    pub country: Option<&'static str>,
    /// The country as written, when it names no country known (the person chooses one).
    pub unknown_country: Option<String>,
    /// The organisation as written, when the row names one.
    pub organisation: Option<String>,
    /// Function in English.
    pub function_en: Option<String>,
    /// Function in French.
    pub function_fr: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Gender, where known.
    pub gender: Option<Gender>,
    /// Preferred language.
    pub language: Option<Lang>,
    /// Whether the row says the person heads the delegation.
    pub head: bool,
}

/// What is wrong with a cell, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowIssue {
    /// The line in the file.
    pub line: u32,
    /// The column (from 1, as a spreadsheet numbers them), when one cell is at fault.
    pub column: Option<u32>,
    /// The column's header as the file writes it.
    pub header: String,
    /// What is wrong (its `row` is the line).
    pub error: DomainError,
}

/// The fields a mapping must give: a name, and a country or an organisation for the
/// delegation. Returns the missing ones by their API names.
pub fn missing_columns(mapping: &[Option<Field>]) -> Vec<&'static str> {
    let has = |f: Field| mapping.contains(&Some(f));
    let mut missing = Vec::new();
    if !has(Field::FamilyName) && !has(Field::FullName) {
        missing.push("family_name");
    }
    if !has(Field::Country) && !has(Field::Organisation) {
        missing.push("country");
    }
    missing
}

/// Reads every row of `table` through `mapping` (one entry per column). Rows with an issue
/// are reported and left out of the candidates; a country not recognised is no issue here
/// but kept as written, for the person to choose.
pub fn candidates(table: &Table, mapping: &[Option<Field>]) -> (Vec<Candidate>, Vec<RowIssue>) {
    let mut out = Vec::new();
    let mut issues = Vec::new();
    // A list names a few hundred countries at most, over tens of thousands of rows.
    let mut countries = HashMap::new();
    for (line, cells) in &table.rows {
        let before = issues.len();
        let mut c = Candidate { line: *line, ..Candidate::default() };
        for (i, field) in mapping.iter().enumerate() {
            let (Some(field), Some(value)) = (field, cells.get(i)) else { continue };
            if value.is_empty() {
                continue;
            }
            let column = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let header = table.header.get(i).cloned().unwrap_or_default();
            if let Err(error) = cell(&mut c, *field, value, &mut countries) {
                issues.push(RowIssue { line: *line, column: Some(column), header, error: error.row(*line) });
            }
        }
        // A row already reported for a bad cell is not reported again for what that cell
        // would have given.
        if c.family_name.is_empty() && issues.len() == before {
            issues.push(RowIssue { line: *line, column: None, header: String::new(), error: DomainError::required("family_name").row(*line) });
        }
        if c.country.is_none() && c.unknown_country.is_none() && c.organisation.is_none() && issues.len() == before {
            issues.push(RowIssue { line: *line, column: None, header: String::new(), error: DomainError::required("country").row(*line) });
        }
        if issues.len() == before {
            out.push(c);
        }
    }
    (out, issues)
}

/// Puts one cell's value into the candidate, checked.
fn cell(c: &mut Candidate, field: Field, value: &str, countries: &mut HashMap<String, Option<&'static str>>) -> Result<(), DomainError> {
    let name = field_name(field);
    if looks_like_formula(field, value) {
        return Err(DomainError::invalid(name, &format!("{} (formula)", short(value))));
    }
    match field {
        Field::HonorificPrefix => c.honorific_prefix = limits::optional(name, Some(value), limits::NAME)?,
        Field::GivenName => c.given_name = limits::required(name, value, limits::NAME)?,
        Field::FamilyName => c.family_name = limits::required(name, value, limits::NAME)?,
        Field::FullName => {
            let (given, family) = split_name(value);
            c.given_name = limits::optional("given_name", Some(&given), limits::NAME)?.unwrap_or_default();
            c.family_name = limits::required("family_name", &family, limits::NAME)?;
        }
        Field::Country => {
            let found = *countries.entry(value.to_owned()).or_insert_with(|| match_country(value).map(|c| c.alpha2));
            match found {
                Some(code) => c.country = Some(code),
                None => c.unknown_country = limits::optional(name, Some(value), limits::TITLE)?,
            }
        }
        Field::Organisation => c.organisation = limits::optional(name, Some(value), limits::TITLE)?,
        Field::FunctionEn => c.function_en = limits::optional(name, Some(value), limits::TITLE)?,
        Field::FunctionFr => c.function_fr = limits::optional(name, Some(value), limits::TITLE)?,
        Field::Email => c.email = limits::email(name, Some(value))?,
        Field::Phone => c.phone = limits::optional(name, Some(value), limits::PHONE)?,
        Field::Gender => c.gender = Some(gender(value).ok_or_else(|| DomainError::invalid(name, value))?),
        Field::Language => c.language = Some(language(value).ok_or_else(|| DomainError::invalid(name, value))?),
        Field::HeadOfDelegation => c.head = yes(value).ok_or_else(|| DomainError::invalid(name, value))?,
    }
    Ok(())
}

/// The API name of a field, as errors name it.
fn field_name(field: Field) -> &'static str {
    match field {
        Field::HonorificPrefix => "honorific_prefix",
        Field::GivenName => "given_name",
        Field::FamilyName | Field::FullName => "family_name",
        Field::Country => "country",
        Field::Organisation => "organisation",
        Field::FunctionEn => "function_en",
        Field::FunctionFr => "function_fr",
        Field::Email => "email",
        Field::Phone => "phone",
        Field::Gender => "gender",
        Field::Language => "language",
        Field::HeadOfDelegation => "head",
    }
}

/// Whether a cell reads as a spreadsheet formula (`=HYPERLINK(…)`, `@SUM(1+1)`, `+cmd|…`,
/// `-2+3`) rather than a value: such cells are refused, since a list of participants never
/// needs one and exports of them could run it. A phone number may start with "+" and digits.
fn looks_like_formula(field: Field, value: &str) -> bool {
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some('=' | '@'), _) => true,
        (Some('+'), Some(c)) if field == Field::Phone => !(c.is_ascii_digit() || c == ' ' || c == '('),
        (Some('+' | '-'), Some(c)) => !c.is_alphabetic() || value.contains('('),
        _ => false,
    }
}

fn short(value: &str) -> String {
    value.chars().take(40).collect()
}

/// Splits a name written in one cell: a family name in capitals comes out wherever it is
/// ("DIALLO Amina", "Amina DIALLO"), else the last word is the family name.
fn split_name(value: &str) -> (String, String) {
    let words: Vec<&str> = value.split_whitespace().collect();
    let capital = |w: &&str| w.chars().any(char::is_alphabetic) && w.chars().all(|c| !c.is_lowercase()) && w.chars().filter(|c| c.is_alphabetic()).count() > 1;
    let (family, given): (Vec<&str>, Vec<&str>) = words.iter().copied().partition(|w| capital(w));
    if !family.is_empty() && !given.is_empty() {
        return (given.join(" "), family.join(" "));
    }
    match words.split_last() {
        Some((last, rest)) => (rest.join(" "), (*last).to_owned()),
        None => (String::new(), String::new()),
    }
}

fn gender(value: &str) -> Option<Gender> {
    match plenary_core::participant::fold_name(value).as_str() {
        "f" | "female" | "woman" | "femme" | "feminin" | "mme" | "ms" | "mrs" => Some(Gender::Female),
        "m" | "male" | "man" | "homme" | "h" | "masculin" | "mr" => Some(Gender::Male),
        "other" | "autre" | "x" => Some(Gender::Other),
        _ => None,
    }
}

fn language(value: &str) -> Option<Lang> {
    match plenary_core::participant::fold_name(value).as_str() {
        "en" | "eng" | "english" | "anglais" => Some(Lang::En),
        "fr" | "fra" | "fre" | "french" | "francais" => Some(Lang::Fr),
        _ => None,
    }
}

fn yes(value: &str) -> Option<bool> {
    match plenary_core::participant::fold_name(value).as_str() {
        "yes" | "y" | "oui" | "o" | "x" | "1" | "true" | "vrai" | "hod" => Some(true),
        "no" | "n" | "non" | "0" | "false" | "faux" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{columns, table};
    use plenary_core::ErrorCode;

    fn read(csv: &str) -> (Vec<Candidate>, Vec<RowIssue>) {
        let table = table::read(csv.as_bytes()).expect("a table");
        let mapping = columns::suggest(&table.header);
        assert!(missing_columns(&mapping).is_empty(), "the test files have the columns needed");
        candidates(&table, &mapping)
    }

    #[test]
    fn a_french_list_becomes_candidates() {
        let (rows, issues) = read("Civilité;Prénom;Nom;Pays;Fonction;Courriel;Sexe;Chef de délégation\nS.E.;Cyrille;Baumgartner;France;Ambassadeur;cb@example.org;H;oui\n");
        assert!(issues.is_empty(), "{issues:?}");
        let c = &rows[0];
        assert_eq!((c.given_name.as_str(), c.family_name.as_str(), c.country), ("Cyrille", "Baumgartner", Some("FR")));
        assert_eq!((c.function_fr.as_deref(), c.gender, c.head), (Some("Ambassadeur"), Some(Gender::Male), true));
    }

    #[test]
    fn each_bad_cell_is_reported_with_its_line_and_column() {
        let (rows, issues) = read("Name,Country,Email\nAmina DIALLO,Atlantis,amina@example.org\nKofi Mensah,Ghana,not-an-email\nAma Owusu,Ghana,ama@example.org\n");
        assert_eq!(rows.len(), 2, "the bad email's row is no candidate");
        assert_eq!((rows[0].country, rows[0].unknown_country.as_deref()), (None, Some("Atlantis")), "an unknown country is kept for the person to choose");
        assert_eq!(rows[1].family_name, "Owusu");
        let at: Vec<(u32, Option<u32>, &str)> = issues.iter().map(|i| (i.line, i.column, i.header.as_str())).collect();
        assert_eq!(at, [(3, Some(3), "Email")]);
        assert_eq!(issues[0].error.code, ErrorCode::Invalid);
        assert!(issues[0].error.message(Lang::Fr).starts_with("Ligne 3"), "{}", issues[0].error.message(Lang::Fr));
    }

    #[test]
    fn formula_payloads_are_refused_and_phone_numbers_are_not() {
        let (rows, issues) = read("Last name,Country,Phone\n=HYPERLINK(\"http://x\"),NG,+234 1 234\nOkafor,NG,@SUM(1+1)\nAdeyemi,NG,+234 803 000 0000\n");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].phone.as_deref(), Some("+234 803 000 0000"));
        assert_eq!(issues.iter().map(|i| (i.line, i.column)).collect::<Vec<_>>(), [(2, Some(1)), (3, Some(3))]);
        assert!(issues.iter().all(|i| i.error.detail.as_deref().is_some_and(|d| d.ends_with("(formula)"))));
    }

    #[test]
    fn names_in_one_cell_are_split_with_the_family_name_in_capitals_wherever_it_is() {
        assert_eq!(split_name("DIALLO Amina"), ("Amina".into(), "DIALLO".into()));
        assert_eq!(split_name("Amina Fatou DIALLO"), ("Amina Fatou".into(), "DIALLO".into()));
        assert_eq!(split_name("Tijjani Aliyu Ahmed"), ("Tijjani Aliyu".into(), "Ahmed".into()));
    }

    #[test]
    fn a_mapping_without_a_name_or_a_delegation_is_refused_before_any_row() {
        assert_eq!(missing_columns(&[Some(Field::Email)]), ["family_name", "country"]);
        assert!(missing_columns(&[Some(Field::FullName), Some(Field::Organisation)]).is_empty());
    }
}

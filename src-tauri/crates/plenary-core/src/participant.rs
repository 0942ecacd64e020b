//! Participants: people at a meeting, each in one delegation.

use crate::{BilingualText, DomainError, ErrorCode, Id, Lang, limits};
use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// Gender, recorded only when known, for the balance statistics.
    pub enum Gender ("gender") {
        /// Female.
        Female = "female",
        /// Male.
        Male = "male",
        /// Another gender.
        Other = "other",
    }
}

crate::string_enum! {
    /// A role at the meeting. The head of delegation is not a role here: it is a property of
    /// the participant that the store keeps unique per delegation.
    pub enum Role ("role") {
        /// Co-chair of the meeting.
        CoChair = "co_chair",
        /// Chair of one or more sessions.
        Chair = "chair",
        /// Moderator of a session.
        Moderator = "moderator",
        /// Speaker or panellist.
        Speaker = "speaker",
        /// Rapporteur.
        Rapporteur = "rapporteur",
        /// Observer.
        Observer = "observer",
    }
}

crate::string_enum! {
    /// Rank for precedence inside a delegation (DESIGN §5): head of state, head of
    /// government, ministers, then others.
    pub enum Rank ("rank") {
        /// Head of state.
        HeadOfState = "head_of_state",
        /// Head of government.
        HeadOfGovernment = "head_of_government",
        /// Minister or federal commissioner.
        Minister = "minister",
        /// Deputy minister or secretary of state.
        DeputyMinister = "deputy_minister",
        /// Ambassador.
        Ambassador = "ambassador",
        /// Senior official (director general, director).
        SeniorOfficial = "senior_official",
        /// Official.
        Official = "official",
        /// Anyone else.
        Other = "other",
    }
}

/// A person at a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Participant {
    /// Its id.
    pub id: Id,
    /// The meeting.
    pub meeting_id: Id,
    /// The delegation: a participant belongs to exactly one delegation of the meeting.
    pub delegation_id: Id,
    /// Honorific before the name, free text ("HE", "Hon", "Dr", "Amb.").
    pub honorific_prefix: Option<String>,
    /// Honorific after the name, free text ("OFR", "PhD").
    pub honorific_suffix: Option<String>,
    /// Given name(s).
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Whether the family name comes first when the name is displayed.
    pub family_name_first: bool,
    /// Function or title, in both languages.
    pub function: BilingualText,
    /// Gender, when known.
    pub gender: Option<Gender>,
    /// Email address, lower-cased.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Preferred language of correspondence.
    pub language: Option<Lang>,
    /// Rank, for precedence within the delegation.
    pub rank: Rank,
    /// Whether this person heads the delegation.
    pub is_head: bool,
    /// Roles at the meeting.
    pub roles: Vec<Role>,
    /// Registered on site.
    pub registered: bool,
    /// Attended.
    pub attended: bool,
    /// Badge printed.
    pub badge_printed: bool,
}

impl Participant {
    /// The name as printed: honorific, names in display order, suffix after a comma
    /// ("HE Cyrille Baumgartner", "Hon Tijjani Aliyu Ahmed", "Dr Amina Bello, PhD").
    pub fn display_name(&self) -> String {
        display_name(NameParts {
            prefix: self.honorific_prefix.as_deref(),
            given: &self.given_name,
            family: &self.family_name,
            suffix: self.honorific_suffix.as_deref(),
            family_first: self.family_name_first,
        })
    }

    /// The key for alphabetical lists: family name, then given name.
    pub fn sort_name(&self) -> String {
        format!("{} {}", self.family_name, self.given_name)
    }

    /// Whether the participant has `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Checks names, texts and contact details, and normalises the email and roles.
    pub fn validate(&mut self) -> Result<(), DomainError> {
        self.family_name = limits::required("family_name", &self.family_name, limits::NAME)?;
        self.given_name = self.given_name.trim().to_owned();
        limits::within("given_name", &self.given_name, limits::NAME)?;
        self.honorific_prefix = limits::optional("honorific_prefix", self.honorific_prefix.as_deref(), limits::NAME)?;
        self.honorific_suffix = limits::optional("honorific_suffix", self.honorific_suffix.as_deref(), limits::NAME)?;
        self.function.validate("function", limits::TITLE, false)?;
        self.email = limits::email("email", self.email.as_deref())?;
        self.phone = limits::optional("phone", self.phone.as_deref(), limits::PHONE)?;
        self.roles.sort();
        self.roles.dedup();
        Ok(())
    }
}

/// The parts of a printed name.
#[derive(Debug, Clone, Copy, Default)]
pub struct NameParts<'a> {
    /// Honorific before the name.
    pub prefix: Option<&'a str>,
    /// Given name(s).
    pub given: &'a str,
    /// Family name.
    pub family: &'a str,
    /// Honorific after the name.
    pub suffix: Option<&'a str>,
    /// Whether the family name comes first.
    pub family_first: bool,
}

/// The name as printed: honorific, names in display order, suffix after a comma.
pub fn display_name(parts: NameParts<'_>) -> String {
    let names = if parts.family_first { [parts.family, parts.given] } else { [parts.given, parts.family] };
    let mut out = String::new();
    for part in parts.prefix.into_iter().chain(names) {
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    if let Some(suffix) = parts.suffix.filter(|s| !s.is_empty()) {
        out.push_str(", ");
        out.push_str(suffix);
    }
    out
}

/// What is known of a participant already at the meeting, to detect duplicates.
#[derive(Debug, Clone)]
pub struct Registered<'a> {
    /// Its id.
    pub id: &'a Id,
    /// Its delegation.
    pub delegation_id: &'a Id,
    /// Its email.
    pub email: Option<&'a str>,
    /// Its given name.
    pub given_name: &'a str,
    /// Its family name.
    pub family_name: &'a str,
    /// Its name as displayed, for the message.
    pub display: String,
}

/// Folds a name for comparison: case, accents and spacing do not make two people different.
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let base = crate::number::strip_accent(c);
        if base.is_alphanumeric() {
            out.push(base);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// Refuses `candidate` when it duplicates someone already at the meeting: the same email
/// anywhere in the meeting (a person belongs to one delegation per meeting), or the same
/// name in the same delegation. `others` must not contain the candidate itself.
pub fn check_duplicate<'a>(candidate: &Participant, others: impl IntoIterator<Item = Registered<'a>>) -> Result<(), DomainError> {
    let name = (fold_name(&candidate.given_name), fold_name(&candidate.family_name));
    for other in others {
        if other.id == &candidate.id {
            continue;
        }
        if let (Some(a), Some(b)) = (candidate.email.as_deref(), other.email) {
            if a.eq_ignore_ascii_case(b) {
                let code = if other.delegation_id == &candidate.delegation_id {
                    ErrorCode::Duplicate
                } else {
                    ErrorCode::OtherDelegation
                };
                return Err(DomainError::new(code).field("email").detail(format!("{} <{b}>", other.display)));
            }
        }
        if other.delegation_id == &candidate.delegation_id
            && name == (fold_name(other.given_name), fold_name(other.family_name))
        {
            return Err(DomainError::new(ErrorCode::Duplicate).field("family_name").detail(other.display));
        }
    }
    Ok(())
}

/// Refuses a second head in a delegation: `current_head` is the delegation's head, if any.
pub fn check_head(candidate: &Participant, current_head: Option<(&Id, &str)>) -> Result<(), DomainError> {
    match current_head {
        Some((id, name)) if candidate.is_head && id != &candidate.id => {
            Err(DomainError::new(ErrorCode::SecondHead).field("head").detail(name.to_owned()))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn person(id: &str, delegation: &str, given: &str, family: &str) -> Participant {
        Participant {
            id: Id::from(id),
            meeting_id: Id::from("m"),
            delegation_id: Id::from(delegation),
            honorific_prefix: None,
            honorific_suffix: None,
            given_name: given.into(),
            family_name: family.into(),
            family_name_first: false,
            function: BilingualText::default(),
            gender: None,
            email: None,
            phone: None,
            language: None,
            rank: Rank::Official,
            is_head: false,
            roles: vec![],
            registered: false,
            attended: false,
            badge_printed: false,
        }
    }

    fn registered(p: &Participant) -> Registered<'_> {
        Registered {
            id: &p.id,
            delegation_id: &p.delegation_id,
            email: p.email.as_deref(),
            given_name: &p.given_name,
            family_name: &p.family_name,
            display: p.display_name(),
        }
    }

    #[test]
    fn names_are_displayed_with_free_text_honorifics() {
        let mut p = person("1", "fr", "Cyrille", "Baumgartner");
        p.honorific_prefix = Some("HE".into());
        assert_eq!(p.display_name(), "HE Cyrille Baumgartner");
        p.honorific_prefix = Some("Chief Dr".into());
        p.honorific_suffix = Some("OFR".into());
        assert_eq!(p.display_name(), "Chief Dr Cyrille Baumgartner, OFR");
        p.family_name_first = true;
        p.honorific_prefix = None;
        p.honorific_suffix = None;
        assert_eq!(p.display_name(), "Baumgartner Cyrille");
    }

    #[test]
    fn validation_names_the_field() {
        let mut p = person("1", "d", "Amina", " ");
        assert_eq!(p.validate().expect_err("no family name").field.as_deref(), Some("family_name"));
        let mut p = person("1", "d", "Amina", "Bello");
        p.email = Some("not-an-email".into());
        assert_eq!(p.validate().expect_err("bad email").field.as_deref(), Some("email"));
        let mut p = person("1", "d", "Amina", "Bello");
        p.function = BilingualText::pair(&"x".repeat(501), "", crate::TranslationState::Draft);
        assert_eq!(p.validate().expect_err("long").field.as_deref(), Some("function_en"));
    }

    #[test]
    fn a_person_belongs_to_one_delegation_per_meeting() {
        let mut existing = person("1", "ng", "Amina", "Bello");
        existing.email = Some("amina.bello@gov.ng".into());
        let mut again = person("2", "gh", "Amina", "Bello-Mensah");
        again.email = Some("Amina.Bello@gov.ng".into());
        let err = check_duplicate(&again, [registered(&existing)]).expect_err("same email elsewhere");
        assert_eq!(err.code, ErrorCode::OtherDelegation);
        again.delegation_id = Id::from("ng");
        assert_eq!(check_duplicate(&again, [registered(&existing)]).expect_err("same email").code, ErrorCode::Duplicate);
    }

    #[test]
    fn the_same_name_twice_in_a_delegation_is_a_duplicate() {
        let existing = person("1", "sn", "Aïssatou", "Ndiaye");
        let twin = person("2", "sn", "aissatou", "NDIAYE ");
        let err = check_duplicate(&twin, [registered(&existing)]).expect_err("accents and case do not matter");
        assert_eq!((err.code, err.field.as_deref()), (ErrorCode::Duplicate, Some("family_name")));
        let namesake = person("3", "ml", "Aïssatou", "Ndiaye");
        assert!(check_duplicate(&namesake, [registered(&existing)]).is_ok(), "namesakes in two delegations are two people");
        assert!(check_duplicate(&existing, [registered(&existing)]).is_ok(), "a row is not its own duplicate");
    }

    #[test]
    fn a_delegation_has_at_most_one_head() {
        let head = Id::from("1");
        let mut p = person("2", "fr", "Marie", "Curie");
        p.is_head = true;
        let err = check_head(&p, Some((&head, "HE Cyrille Baumgartner"))).expect_err("second head");
        assert_eq!(err.code, ErrorCode::SecondHead);
        p.id = head.clone();
        assert!(check_head(&p, Some((&head, "x"))).is_ok(), "the head may be saved again");
        p.is_head = false;
        p.id = Id::from("3");
        assert!(check_head(&p, Some((&head, "x"))).is_ok(), "others are not heads");
    }
}

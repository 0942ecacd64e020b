//! Length limits of stored texts, and the checks that apply them.
//!
//! Limits count characters (not bytes), so that "Côte d’Ivoire" costs what it looks like.

use crate::DomainError;

/// A person's given or family name, an honorific, a room or a city.
pub const NAME: usize = 200;
/// A title of a meeting, session or agenda item; a function; an organisation's name.
pub const TITLE: usize = 500;
/// A description or a note.
pub const DESCRIPTION: usize = 10_000;
/// An email address (RFC 5321 path limit).
pub const EMAIL: usize = 254;
/// A phone number.
pub const PHONE: usize = 50;
/// An acronym.
pub const ACRONYM: usize = 30;

/// Trims `value`, refuses it when empty, and checks its length.
pub fn required(field: &str, value: &str, max: usize) -> Result<String, DomainError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(DomainError::required(field));
    }
    within(field, value, max)?;
    Ok(value.to_owned())
}

/// Trims `value`, turns an empty value into `None`, and checks its length.
pub fn optional(field: &str, value: Option<&str>, max: usize) -> Result<Option<String>, DomainError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => {
            within(field, v, max)?;
            Ok(Some(v.to_owned()))
        }
    }
}

/// Checks that `value` has at most `max` characters.
pub fn within(field: &str, value: &str, max: usize) -> Result<(), DomainError> {
    let len = value.chars().count();
    if len > max {
        return Err(DomainError::too_long(field, len, max));
    }
    Ok(())
}

/// Checks the shape of an email address: one `@`, something on each side, no spaces.
pub fn email(field: &str, value: Option<&str>) -> Result<Option<String>, DomainError> {
    let Some(value) = optional(field, value, EMAIL)? else {
        return Ok(None);
    };
    let mut parts = value.split('@');
    let ok = matches!((parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None)
            if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'))
        && !value.chars().any(char::is_whitespace);
    if !ok {
        return Err(DomainError::invalid(field, &value));
    }
    Ok(Some(value.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn required_trims_and_refuses_blank() {
        assert_eq!(required("name", "  Ahmed ", NAME).ok().as_deref(), Some("Ahmed"));
        let err = required("family_name", "   ", NAME).expect_err("blank must be refused");
        assert_eq!(err.code, ErrorCode::Required);
        assert_eq!(err.field.as_deref(), Some("family_name"));
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let accented = "é".repeat(NAME);
        assert!(required("name", &accented, NAME).is_ok(), "200 accented letters are 200 characters");
        let err = required("name", &format!("{accented}e"), NAME).expect_err("201 characters is too long");
        assert_eq!(err.code, ErrorCode::TooLong);
    }

    #[test]
    fn emails_are_checked_and_lowercased() {
        assert_eq!(email("email", Some(" A.B@Gov.NG ")).ok().flatten().as_deref(), Some("a.b@gov.ng"));
        assert_eq!(email("email", Some("")).ok().flatten(), None);
        for bad in ["ab.gov.ng", "a@b", "a@@b.ng", "a b@c.ng", "@c.ng", "a@.ng"] {
            assert!(email("email", Some(bad)).is_err(), "{bad} is not an address");
        }
    }
}

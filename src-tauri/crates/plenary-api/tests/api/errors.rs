//! How errors cross to the UI: `{code, message, field?, row?}`.

use crate::host::host;
use plenary_api::core::DomainError;
use plenary_api::{ApiError, ErrorCode, Id, Lang, MeetingArgs};
use serde_json::{Value, json};

#[test]
fn an_error_serialises_as_code_message_and_field_without_row() {
    let (_dir, api) = host();
    let err = api.get_meeting(MeetingArgs { meeting_id: Id::from("nope") }).expect_err("no such meeting");
    let value = serde_json::to_value(&err).expect("an error serialises");
    let object = value.as_object().expect("an error is a JSON object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["code", "field", "message"], "the UI expects exactly these keys, `row` absent when not set: {value}");
    assert_eq!(value["code"], json!("not_found"), "codes are snake_case strings shared with the UI");
    assert_eq!(value["field"], json!("meeting"), "the field is the API name of what was looked up");
    assert_eq!(value["message"], json!(err.message), "the message goes as it is, in the user's language");
    assert!(matches!(&value["message"], Value::String(m) if !m.is_empty()), "the message is a non-empty string");
}

#[test]
fn an_error_without_a_field_leaves_the_key_out_and_a_row_is_a_number() {
    let no_field = ApiError::from_domain(DomainError::new(ErrorCode::Storage).detail("disk full"), Lang::En);
    let value = serde_json::to_value(&no_field).expect("an error serialises");
    assert_eq!(value.as_object().map(|o| o.len()), Some(2), "neither field nor row when unset: {value}");
    assert_eq!(value["code"], json!("storage"));

    let with_row = ApiError::from_domain(DomainError::too_long("title_en", 501, 500).row(12), Lang::Fr);
    let value = serde_json::to_value(&with_row).expect("an error serialises");
    assert_eq!(value["row"], json!(12), "an imported file's row is a number from 1: {value}");
    assert_eq!(value["field"], json!("title_en"));
    assert_eq!(value["code"], json!("too_long"));
}

#[test]
fn every_code_serialises_as_its_stable_name() {
    for code in [
        ErrorCode::NotFound, ErrorCode::Required, ErrorCode::TooLong, ErrorCode::Invalid, ErrorCode::InvalidDate,
        ErrorCode::EndBeforeStart, ErrorCode::OutsideMeeting, ErrorCode::DstGap, ErrorCode::DstFold, ErrorCode::Duplicate,
        ErrorCode::SecondHead, ErrorCode::OtherDelegation, ErrorCode::WrongMeeting, ErrorCode::InUse, ErrorCode::Storage,
        ErrorCode::SchemaTooNew,
    ] {
        assert_eq!(
            serde_json::to_value(code).expect("a code serialises"),
            json!(code.as_str()),
            "the JSON name and as_str() must agree, since the UI's generated enum is built from one of them"
        );
    }
}

#[test]
fn every_field_a_form_can_name_has_a_french_label() {
    use plenary_api::core::error::field_label;
    // The fields the refusals of this suite name. A French message must not show an English
    // API name such as `credentials`; a few words are simply the same in both languages.
    let same_in_french = ["participant", "organisation", "dialogue"];
    for field in [
        "meeting", "delegation", "participant", "session", "organisation", "pillar", "room", "dialogue", "agenda_item",
        "title_en", "title_fr", "city", "start_date", "end_date", "time_zone", "country", "language", "co_chair",
        "family_name", "given_name", "honorific_prefix", "function_en", "function_fr", "phone", "email", "head", "day",
        "start", "end", "description_fr", "name", "name_en", "name_fr", "acronym_en", "key", "capacity", "display_name_en",
        "credentials", "order",
    ] {
        let fr = field_label(field, Lang::Fr);
        assert!(
            fr != field_label(field, Lang::En) || same_in_french.contains(&field),
            "the field `{field}` is shown to French users as “{fr}”, which is its English name"
        );
    }
}

//! Arguments the checks of each form do not cover: the words of a search, at most a title
//! long, and a snapshot named by the webview, which may be a name from the list and never a
//! path (the app would otherwise replace its database with any file a script names).

use crate::host::{host, refused};
use plenary_api::{ErrorCode, ListParticipantsArgs, ParticipantFilter, RestoreArgs, SearchArgs};
use serde_json::json;

#[test]
fn a_search_longer_than_a_title_is_refused_naming_its_field() {
    let (dir, api) = host();
    let meeting_id = api.demo().expect("the demo").meeting_id;
    let words = |n: usize| "ab ".repeat(n / 3) + &"a".repeat(n % 3);
    assert!(api.search(SearchArgs { text: words(500), ..Default::default() }).is_ok(), "500 characters are searched");
    refused(&dir, &api, ErrorCode::TooLong, "text", "501 characters of search", |api| {
        api.search(SearchArgs { text: words(501), ..Default::default() })
    });
    let list = |search: String| ListParticipantsArgs {
        filter: ParticipantFilter { meeting_id: meeting_id.clone(), search: Some(search), ..ParticipantFilter::default() },
        order: None,
        lang: None,
    };
    assert!(api.list_participants(list(words(500))).is_ok(), "500 characters filter the list");
    refused(&dir, &api, ErrorCode::TooLong, "search", "501 characters of search", |api| api.list_participants(list("é".repeat(501))));
}

#[test]
fn a_snapshot_named_from_json_is_a_name_never_a_path() {
    let (_dir, api) = host();
    api.demo().expect("the demo");
    let snapshot = api.backup_now().expect("a snapshot");
    for path in [snapshot.path.clone(), "/etc/passwd".into(), "../plenary.db".into(), "backups/x.db".into(), String::new()] {
        let err = serde_json::from_value::<RestoreArgs>(json!({ "name": path })).expect_err("a path is refused");
        assert!(err.to_string().contains("not by a path"), "the refusal says why: {err}");
    }
    let args: RestoreArgs = serde_json::from_value(json!({ "name": snapshot.name })).expect("a name from the list is read");
    assert!(api.restore_backup(args).is_ok(), "and the snapshot it names is restored");
}

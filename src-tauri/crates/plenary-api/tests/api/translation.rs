//! The translation workflow: the worklist and its diffs, a translator's and a reviewer's
//! writes, the glossary, and XLIFF files out and back in.

use crate::fixture::{Fx, lagos, session_form};
use crate::host::{changed_tables, dump, host, refused};
use plenary_api::core::diff::{DiffSpan, SpanKind};
use plenary_api::core::session::SessionKind;
use plenary_api::core::TranslationState;
use plenary_api::{
    Api, ByIdArgs, ErrorCode, ExportXliffArgs, GlossaryTermInput, Id, ImportXliffArgs, Lang, MeetingArgs, SearchArgs,
    SessionInput, SetTextStateArgs, TranslateTextArgs, UpdateSessionArgs, WorklistArgs, WorklistFilter, WorklistItem,
    XliffImport,
};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The fixture's opening session form with another English title.
fn retitled(fx: &Fx, title_en: &str) -> UpdateSessionArgs {
    UpdateSessionArgs {
        session_id: fx.session.clone(),
        input: SessionInput {
            room_id: Some(fx.room.clone()),
            pillar_id: Some(fx.pillar.clone()),
            kind: SessionKind::Opening,
            ..session_form(&fx.meeting, "2025-11-04", "09:00", "10:30", title_en, "Séance d’ouverture")
        },
    }
}

fn worklist(api: &Api, fx: &Fx, filter: WorklistFilter, lang: Option<Lang>) -> Vec<WorklistItem> {
    api.translation_worklist(WorklistArgs { meeting_id: fx.meeting.clone(), filter, lang }).expect("the worklist reads").items
}

fn title_id(fx: &Fx) -> String {
    format!("{}/title", fx.session)
}

fn translate(fx: &Fx, text_id: &str, lang: Lang, value: &str) -> TranslateTextArgs {
    TranslateTextArgs { meeting_id: fx.meeting.clone(), text_id: text_id.into(), lang, value: value.into() }
}

fn spans(diff: &[DiffSpan]) -> Vec<(SpanKind, &str)> {
    diff.iter().map(|s| (s.kind, s.text.as_str())).collect()
}

#[test]
fn editing_the_english_makes_the_french_stale_with_the_diff_and_translating_clears_it() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    assert!(worklist(&api, &fx, WorklistFilter::Stale, None).is_empty(), "a fresh meeting has nothing stale");

    api.update_session(retitled(&fx, "Opening ceremony")).expect("the English title changes");
    let stale = worklist(&api, &fx, WorklistFilter::Stale, Some(Lang::Fr));
    assert_eq!(stale.len(), 1, "only the session title's French is stale: {stale:#?}");
    let item = &stale[0];
    assert_eq!(item.text_id, title_id(&fx));
    assert_eq!(item.label_en, "Session title — Opening ceremony");
    assert_eq!(item.label_fr, "Titre de la séance — Séance d’ouverture");
    assert!(item.fr.stale && !item.en.stale);
    let diff = item.fr.source_diff.as_deref().expect("a stale side shows what changed in its source");
    assert_eq!(spans(diff), [(SpanKind::Equal, "Opening "), (SpanKind::Delete, "session"), (SpanKind::Insert, "ceremony")]);
    assert!(worklist(&api, &fx, WorklistFilter::Stale, Some(Lang::En)).is_empty(), "the English is the new source, not stale");

    let done = api.translate_text(translate(&fx, &title_id(&fx), Lang::Fr, " Cérémonie d’ouverture ")).expect("the translation is saved");
    assert_eq!(done.fr.text, "Cérémonie d’ouverture", "trimmed");
    assert_eq!(done.fr.state, TranslationState::Translated);
    assert!(!done.fr.stale && !done.en.stale && done.fr.source_diff.is_none(), "translating aligns both sides");
    assert!(worklist(&api, &fx, WorklistFilter::Stale, None).is_empty(), "nothing is stale any more");
    let review = worklist(&api, &fx, WorklistFilter::ToReview, Some(Lang::Fr));
    assert!(review.iter().any(|i| i.text_id == title_id(&fx)), "a translation waits for review");

    let hits = api.search(SearchArgs { text: "cérémonie".into(), meeting_id: Some(fx.meeting.clone()), limit: None, ..Default::default() }).expect("search");
    assert!(hits.iter().any(|h| h.id == fx.session), "the session is found by its new French title: {hits:?}");
}

#[test]
fn a_confirmed_translation_of_the_same_words_clears_staleness_too() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    api.update_session(retitled(&fx, "Opening session.")).expect("a full stop added");
    let item = api.translate_text(translate(&fx, &title_id(&fx), Lang::Fr, "Séance d’ouverture")).expect("same French confirmed");
    assert!(!item.fr.stale, "the translator looked and kept the French");
}

#[test]
fn labels_say_what_each_text_is_and_texts_come_in_reading_order() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let all = worklist(&api, &fx, WorklistFilter::All, None);
    let labels: Vec<&str> = all.iter().map(|i| i.label_en.as_str()).collect();
    assert_eq!(labels, [
        "Meeting title",
        "Venue",
        "Pillar 1",
        "Session title — Opening session",
        "Agenda item 1 — Opening session",
        "Function — Hon Tijjani Aliyu Ahmed",
        "Function — HE Cyrille Baumgartner",
    ], "the meeting, its pillars, its sessions with their items, then people in order of appearance");
    let fr: Vec<&str> = all.iter().map(|i| i.label_fr.as_str()).collect();
    assert_eq!(fr[4], "Point 1 de l’ordre du jour — Séance d’ouverture");
    assert_eq!(fr[6], "Fonction — HE Cyrille Baumgartner");
    assert!(all.iter().all(|i| i.owner_kind != "participant" || i.owner_id != fx.bello), "Bello has no part in a session");
}

#[test]
fn filters_and_progress_count_sides_by_state() {
    let (_dir, api) = host();
    let fx = lagos(&api);
    let item = format!("{}/title", api.get_session(ByIdArgs { id: fx.session.clone() }).expect("session").items[0].id);
    api.set_text_state(SetTextStateArgs { meeting_id: fx.meeting.clone(), text_id: item.clone(), lang: Lang::Fr, state: TranslationState::Final })
        .expect("the item's French is signed off");
    let list = api.translation_worklist(WorklistArgs { meeting_id: fx.meeting.clone(), filter: WorklistFilter::ToReview, lang: Some(Lang::Fr) })
        .expect("worklist");
    assert_eq!(list.items.len(), 6, "seven texts, one final");
    assert!(list.items.iter().all(|i| i.text_id != item));
    let count = |s| list.progress.by_state.iter().find(|c| c.state == s).map(|c| c.count);
    assert_eq!(list.progress.total, 7, "one French side per written text");
    assert_eq!(count(TranslationState::Draft), Some(6));
    assert_eq!(count(TranslationState::Final), Some(1));
    assert_eq!(count(TranslationState::Missing), Some(0), "every state is listed, even at zero");
    assert_eq!(list.progress.stale, 0);
    let both = api.translation_worklist(WorklistArgs { meeting_id: fx.meeting.clone(), filter: WorklistFilter::All, lang: None })
        .expect("worklist");
    assert_eq!(both.progress.total, 14, "both sides of seven texts");
}

#[test]
fn a_reviewer_sets_states_and_refusals_change_nothing() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let id = title_id(&fx);
    let state = |lang, state| SetTextStateArgs { meeting_id: fx.meeting.clone(), text_id: id.clone(), lang, state };
    api.update_session(retitled(&fx, "Opening ceremony")).expect("retitled");
    let reviewed = api.set_text_state(state(Lang::Fr, TranslationState::Reviewed)).expect("reviewed");
    assert_eq!(reviewed.fr.state, TranslationState::Reviewed);
    assert!(!reviewed.fr.stale, "reviewing a side confirms it against the source as it is now");
    let back = api.set_text_state(state(Lang::Fr, TranslationState::Draft)).expect("back to draft");
    assert_eq!(back.fr.state, TranslationState::Draft);

    refused(&dir, &api, ErrorCode::Invalid, "state", "a written side cannot be missing", |api| {
        api.set_text_state(state(Lang::Fr, TranslationState::Missing))
    });
    let unknown = || format!("{}/title", Id::from("00000000-0000-7000-8000-0000000000c0"));
    refused(&dir, &api, ErrorCode::NotFound, "text", "no text has this id", |api| {
        api.set_text_state(SetTextStateArgs { text_id: unknown(), ..state(Lang::Fr, TranslationState::Final) })
    });
    refused(&dir, &api, ErrorCode::NotFound, "text", "the Rabat session's title is not a Lagos text", |api| {
        api.translate_text(translate(&fx, &format!("{}/title", fx.other_session), Lang::Fr, "Ouverture"))
    });
    refused(&dir, &api, ErrorCode::Required, "text_fr", "a translation has words", |api| {
        api.translate_text(translate(&fx, &id, Lang::Fr, "   "))
    });
    refused(&dir, &api, ErrorCode::TooLong, "text_fr", "a title has at most 500 characters", |api| {
        api.translate_text(translate(&fx, &id, Lang::Fr, &"é".repeat(501)))
    });
    refused(&dir, &api, ErrorCode::NotFound, "meeting", "no meeting has this id", |api| {
        api.translate_text(TranslateTextArgs { meeting_id: Id::from("00000000-0000-7000-8000-0000000000c1"), ..translate(&fx, &id, Lang::Fr, "x") })
    });
}

fn term(fx: &Fx, en: &str, fr: &str) -> GlossaryTermInput {
    GlossaryTermInput { id: None, meeting_id: fx.meeting.clone(), en: en.into(), fr: fr.into(), note: String::new() }
}

#[test]
fn the_glossary_refuses_a_second_english_term_and_flags_texts_that_do_not_use_it() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let tip = api.save_glossary_term(term(&fx, "trafficking in persons", "traite des personnes")).expect("a term is added");
    api.save_glossary_term(term(&fx, "Opening", "ouverture")).expect("a second term");
    let list = api.list_glossary(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("glossary");
    assert_eq!(list.iter().map(|t| t.en.as_str()).collect::<Vec<_>>(), ["Opening", "trafficking in persons"], "by English term, case ignored");

    let err = refused(&dir, &api, ErrorCode::Duplicate, "term_en", "the glossary has this English term already", |api| {
        api.save_glossary_term(term(&fx, "Trafficking in Persons", "traite"))
    });
    assert!(err.message.contains("trafficking in persons ↔ traite des personnes"), "the message names the term there: {}", err.message);
    refused(&dir, &api, ErrorCode::Required, "term_fr", "a term has a French side", |api| api.save_glossary_term(term(&fx, "victims", " ")));
    refused(&dir, &api, ErrorCode::NotFound, "glossary_term", "no term has this id", |api| {
        api.delete_glossary_term(ByIdArgs { id: Id::from("00000000-0000-7000-8000-0000000000c2") })
    });
    refused(&dir, &api, ErrorCode::WrongMeeting, "glossary_term", "a term stays in its meeting's glossary", |api| {
        api.save_glossary_term(GlossaryTermInput { id: Some(tip.id.clone()), meeting_id: fx.other_meeting.clone(), ..term(&fx, "x", "y") })
    });

    let changed = api
        .save_glossary_term(GlossaryTermInput { id: Some(tip.id.clone()), note: "Palermo Protocol".into(), ..term(&fx, "trafficking in persons", "traite des personnes") })
        .expect("a term's note is changed");
    assert_eq!((changed.id, changed.note.as_str()), (tip.id.clone(), "Palermo Protocol"));

    // "Opening session" / "Séance d’ouverture" uses both sides of "Opening" / "ouverture".
    assert!(api.check_glossary(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("check").is_empty());
    api.update_session(retitled(&fx, "Opening of the meeting on trafficking in persons")).expect("retitled");
    let findings = api.check_glossary(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("check");
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].text_id, title_id(&fx));
    assert_eq!(findings[0].issues.len(), 1);
    assert_eq!((findings[0].issues[0].term_id.clone(), findings[0].issues[0].missing_in), (tip.id.clone(), Lang::Fr));
    let item = worklist(&api, &fx, WorklistFilter::Stale, Some(Lang::Fr)).pop().expect("the stale title");
    assert_eq!(item.issues, findings[0].issues, "the worklist item carries the same warnings");

    api.delete_glossary_term(ByIdArgs { id: tip.id }).expect("deleted");
    assert!(api.check_glossary(MeetingArgs { meeting_id: fx.meeting.clone() }).expect("check").is_empty());
}

// ---- XLIFF ----

fn file(dir: &TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

fn export(api: &Api, meeting: &Id, source: Lang, path: &Path) -> u32 {
    let out = api.export_xliff(ExportXliffArgs { meeting_id: meeting.clone(), source, path: path.to_owned() }).expect("the file is exported");
    out.units
}

fn import(api: &Api, meeting: &Id, path: &Path, apply_partial: bool) -> XliffImport {
    api.import_xliff(ImportXliffArgs { meeting_id: meeting.clone(), path: path.to_owned(), apply_partial }).expect("the file is read")
}

/// Fills every unit of an exported file as a translator's tool would: each `<target>` set
/// to `translate(source)` and each segment's state to `state`.
pub(crate) fn fill(path: &Path, state: &str, translate: impl Fn(&str) -> String) {
    let xml = std::fs::read_to_string(path).expect("the exported file");
    let mut out = String::new();
    let mut rest = xml.as_str();
    while let Some(seg) = rest.find("<segment") {
        let (head, tail) = rest.split_at(seg);
        out.push_str(head);
        let close = tail.find("</segment>").expect("a segment ends") + "</segment>".len();
        let segment = &tail[..close];
        let source_start = segment.find("<source").expect("a source");
        let open_end = source_start + segment[source_start..].find('>').expect("source tag") + 1;
        let source_end = segment.find("</source>").expect("source end");
        let source = segment[open_end..source_end].to_owned();
        let after_source = source_end + "</source>".len();
        let target_end = segment.find("</target>").map(|i| i + "</target>".len()).unwrap_or(after_source);
        let state_start = segment.find("state=\"").expect("a state") + "state=\"".len();
        let state_end = state_start + segment[state_start..].find('"').expect("state end");
        out.push_str(&segment[..state_start]);
        out.push_str(state);
        out.push_str(&segment[state_end..after_source]);
        out.push_str(&format!("<target>{}</target>", translate(&source)));
        out.push_str(&segment[target_end..]);
        rest = &tail[close..];
    }
    out.push_str(rest);
    std::fs::write(path, out).expect("the filled file");
}

fn french(source: &str) -> String {
    format!("[fr] {source}")
}

#[test]
fn xliff_round_trip_writes_the_translations_with_their_state() {
    let (dir, api) = host();
    let fx = lagos(&api);
    api.update_session(retitled(&fx, "Opening ceremony")).expect("retitled");
    let path = file(&dir, "lagos-en-fr.xlf");
    let units = export(&api, &fx.meeting, Lang::En, &path);
    assert_eq!(units, 7, "every French side is a draft or stale");
    let xml = std::fs::read_to_string(&path).expect("exported");
    assert!(xml.contains("srcLang=\"en\"") && xml.contains("trgLang=\"fr\""), "{xml}");
    assert!(xml.contains("Session title — Opening ceremony"), "each unit says what the text is: {xml}");

    fill(&path, "translated", french);
    let report = import(&api, &fx.meeting, &path, false);
    assert!(report.refused.is_empty(), "{report:#?}");
    assert_eq!((report.applied, report.applicable, report.untranslated), (7, 7, 0));
    let all = worklist(&api, &fx, WorklistFilter::All, Some(Lang::Fr));
    for item in &all {
        assert_eq!(item.fr.text, french(&item.en.text), "{}", item.label_en);
        assert_eq!(item.fr.state, TranslationState::Translated, "{}", item.label_en);
        assert!(!item.fr.stale && !item.en.stale, "{}: both sides aligned", item.label_en);
    }
    assert_eq!(export(&api, &fx.meeting, Lang::En, &file(&dir, "again.xlf")), 7, "translated, not yet reviewed: still to check");

    // A reviewer's tool sends the file back reviewed; a unit left initial with text is a draft.
    fill(&path, "reviewed", french);
    assert_eq!(import(&api, &fx.meeting, &path, false).applied, 7, "the same file again, with new states");
    assert!(worklist(&api, &fx, WorklistFilter::All, Some(Lang::Fr)).iter().all(|i| i.fr.state == TranslationState::Reviewed));
    let none = file(&dir, "nothing.xlf");
    assert_eq!(export(&api, &fx.meeting, Lang::En, &none), 0, "everything reviewed: nothing to translate");
    assert!(!none.exists(), "no file is written for nothing");
    fill(&path, "initial", |s| format!("{s} (draft)"));
    import(&api, &fx.meeting, &path, false);
    let title = worklist(&api, &fx, WorklistFilter::All, Some(Lang::Fr)).into_iter().find(|i| i.text_id == title_id(&fx)).expect("title");
    assert_eq!(title.fr.state, TranslationState::Draft, "initial with a translation is a draft");
}

#[test]
fn a_unit_whose_source_changed_refuses_the_file_unless_the_others_are_applied() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let path = file(&dir, "lagos.xlf");
    assert_eq!(export(&api, &fx.meeting, Lang::En, &path), 7);
    fill(&path, "translated", french);
    api.update_session(retitled(&fx, "Opening ceremony")).expect("the English changes after the export");

    let before = dump(&dir);
    let report = import(&api, &fx.meeting, &path, false);
    assert_eq!(report.applied, 0, "nothing is applied: {report:#?}");
    assert_eq!(report.applicable, 6, "the six others could be");
    assert_eq!(report.refused.len(), 1);
    let refusal = &report.refused[0];
    assert_eq!(refusal.id, title_id(&fx));
    assert_eq!(refusal.label_en, "Session title — Opening ceremony");
    assert_eq!(refusal.error.code, ErrorCode::SourceChanged);
    assert!(refusal.line > 1 && refusal.error.row == Some(refusal.line), "the refusal names the line: {refusal:?}");
    assert!(refusal.error.message.contains("changed after the file was exported"), "{}", refusal.error.message);
    assert_eq!(changed_tables(&before, &dump(&dir)), Vec::<String>::new(), "a refused file writes nothing");

    api.set_language(Lang::Fr);
    let fr = import(&api, &fx.meeting, &path, false);
    assert!(fr.refused[0].error.message.starts_with(&format!("Ligne {}\u{a0}: Le texte source", refusal.line)), "{}", fr.refused[0].error.message);
    api.set_language(Lang::En);

    let partial = import(&api, &fx.meeting, &path, true);
    assert_eq!((partial.applied, partial.refused.len()), (6, 1), "{partial:#?}");
    let all = worklist(&api, &fx, WorklistFilter::All, Some(Lang::Fr));
    let title = all.iter().find(|i| i.text_id == title_id(&fx)).expect("title");
    assert_eq!(title.fr.text, "Séance d’ouverture", "the refused unit is not written");
    assert!(title.fr.stale, "and still waits for its translator");
    assert_eq!(all.iter().filter(|i| i.fr.state == TranslationState::Translated).count(), 6);
}

#[test]
fn unknown_and_repeated_units_are_refused_by_name() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let path = file(&dir, "lagos.xlf");
    export(&api, &fx.meeting, Lang::En, &path);
    fill(&path, "translated", french);
    let xml = std::fs::read_to_string(&path).expect("file");
    let session = fx.session.as_str().to_owned();
    let unknown = xml.replacen(&session, "00000000-0000-7000-8000-0000000000c3", 1);
    std::fs::write(&path, unknown).expect("edited");
    let report = import(&api, &fx.meeting, &path, false);
    assert_eq!(report.refused.len(), 1, "{report:#?}");
    assert_eq!(report.refused[0].error.code, ErrorCode::NotFound);
    assert!(report.refused[0].label_en.is_empty(), "an unknown text has no label");
    assert_eq!(report.applied, 0);

    let once = std::fs::read_to_string(&path).expect("file");
    let start = once.find("<unit ").expect("a unit");
    let end = once.find("</unit>").expect("its end") + "</unit>".len();
    let twice = format!("{}{}{}", &once[..end], &once[start..end], &once[end..]);
    std::fs::write(&path, twice).expect("a unit repeated");
    let before = dump(&dir);
    let err = api.import_xliff(ImportXliffArgs { meeting_id: fx.meeting.clone(), path: path.clone(), apply_partial: true })
        .expect_err("a unit twice makes the file ambiguous");
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::MalformedFile, Some("xliff")), "{err:?}");
    assert!(err.row.is_some_and(|r| r > 1), "the refusal names the line of the second unit: {err:?}");
    assert!(err.message.starts_with("Row "), "{}", err.message);
    assert_eq!(changed_tables(&before, &dump(&dir)), Vec::<String>::new());
}

#[test]
fn a_file_of_another_meeting_or_not_xliff_2_is_refused_and_nothing_written() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let path = file(&dir, "lagos.xlf");
    export(&api, &fx.meeting, Lang::En, &path);
    fill(&path, "translated", french);
    let xliff12 = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="agenda" source-language="en" target-language="fr" datatype="plaintext">
    <body><trans-unit id="1"><source>Opening</source><target>Ouverture</target></trans-unit></body>
  </file>
</xliff>
"#;
    let cases: Vec<(&str, Vec<u8>, ErrorCode)> = vec![
        ("foreign XML", b"<?xml version=\"1.0\"?>\n<html><body>Agenda</body></html>\n".to_vec(), ErrorCode::MalformedFile),
        ("XLIFF 1.2", xliff12.as_bytes().to_vec(), ErrorCode::MalformedFile),
        ("garbage bytes", vec![0xff, 0xfe, 0x00, 0x42, 0x13, 0x37, 0x00, 0x9f], ErrorCode::MalformedFile),
        ("an empty file", Vec::new(), ErrorCode::MalformedFile),
    ];
    let before = dump(&dir);
    for (what, bytes, code) in cases {
        let bad = file(&dir, "bad.xlf");
        std::fs::write(&bad, bytes).expect("written");
        for lang in Lang::ALL {
            api.set_language(lang);
            let err = api.import_xliff(ImportXliffArgs { meeting_id: fx.meeting.clone(), path: bad.clone(), apply_partial: true })
                .expect_err(what);
            assert_eq!(err.code, code, "{what}: {err:?}");
            assert_eq!(err.field.as_deref(), Some("xliff"), "{what}: {err:?}");
            assert!(err.message.contains(lang.pick("Nothing was changed", "Rien n’a été modifié")), "{what}: {}", err.message);
        }
        api.set_language(Lang::En);
    }
    let err = api.import_xliff(ImportXliffArgs { meeting_id: fx.other_meeting.clone(), path: path.clone(), apply_partial: true })
        .expect_err("a Lagos file is not for Rabat");
    assert_eq!((err.code, err.field.as_deref()), (ErrorCode::WrongMeeting, Some("xliff")));
    let err = api.import_xliff(ImportXliffArgs { meeting_id: fx.meeting.clone(), path: file(&dir, "absent.xlf"), apply_partial: true })
        .expect_err("no such file");
    assert_eq!(err.code, ErrorCode::MalformedFile);

    let xml = std::fs::read_to_string(&path).expect("file");
    std::fs::write(&path, xml.replace("trgLang=\"fr\"", "trgLang=\"en\"")).expect("edited");
    let err = api.import_xliff(ImportXliffArgs { meeting_id: fx.meeting.clone(), path: path.clone(), apply_partial: true })
        .expect_err("English into English");
    assert!(matches!(err.code, ErrorCode::WrongDirection | ErrorCode::MalformedFile), "{err:?}");
    assert_eq!(changed_tables(&before, &dump(&dir)), Vec::<String>::new(), "no refused file writes anything");
}

#[test]
fn a_file_with_its_languages_swapped_is_refused_unit_by_unit() {
    let (dir, api) = host();
    let fx = lagos(&api);
    let path = file(&dir, "lagos.xlf");
    export(&api, &fx.meeting, Lang::Fr, &path);
    // The French exported as the source, but the file claims English → French.
    let xml = std::fs::read_to_string(&path).expect("file");
    std::fs::write(&path, xml.replace("srcLang=\"fr\" trgLang=\"en\"", "srcLang=\"en\" trgLang=\"fr\"")).expect("edited");
    fill(&path, "translated", |s| format!("[en] {s}"));
    let report = import(&api, &fx.meeting, &path, false);
    assert!(!report.refused.is_empty() && report.applied == 0, "{report:#?}");
    assert!(report.refused.iter().all(|r| r.error.code == ErrorCode::WrongDirection), "{report:#?}");
}

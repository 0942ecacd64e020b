//! The texts of outcome documents in the translation workflow: the worklist, the length a
//! paragraph may have, and XLIFF files.

use super::{add_both, draft, write};
use crate::host::host;
use plenary_api::core::TranslationState;
use plenary_api::{ExportXliffArgs, Lang, TranslateTextArgs, WorklistArgs, WorklistFilter};

#[test]
fn the_worklist_lists_a_paragraph_whose_other_side_went_stale() {
    let (_dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let stale = |api: &plenary_api::Api| {
        api.translation_worklist(WorklistArgs { meeting_id: d.fx.meeting.clone(), filter: WorklistFilter::Stale, lang: Some(Lang::Fr) })
            .expect("worklist")
            .items
    };
    assert!(stale(&api).is_empty(), "both sides written together are aligned");
    write(&api, &p, Lang::En, "We strongly condemn trafficking.");
    let items = stale(&api);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0].text_id, format!("{p}/text"));
    assert_eq!((items[0].label_en.as_str(), items[0].label_fr.as_str()), ("Outcome document — OP1", "Document final — OP1"));
    assert!(items[0].fr.source_diff.is_some(), "the translator sees what changed in the English");

    let long = format!("Nous condamnons fermement la traite. {}", "Texte. ".repeat(200));
    let item = api
        .translate_text(TranslateTextArgs { meeting_id: d.fx.meeting.clone(), text_id: format!("{p}/text"), lang: Lang::Fr, value: long.clone() })
        .expect("a paragraph's translation may be longer than a title");
    assert_eq!((item.fr.state, item.fr.stale), (TranslationState::Translated, false));
    let all = api.translation_worklist(WorklistArgs { meeting_id: d.fx.meeting.clone(), filter: WorklistFilter::All, lang: None }).expect("worklist");
    let labels: Vec<&str> = all.items.iter().filter(|i| i.owner_kind.starts_with("outcome_")).map(|i| i.label_en.as_str()).collect();
    assert_eq!(
        labels,
        ["Outcome document — title", "Outcome document — heading of section 1", "Outcome document — OP1", "Outcome document — heading of section 2"],
        "the document's texts follow the meeting's, in reading order"
    );
}

#[test]
fn xliff_files_carry_the_paragraphs_to_translate() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s2), "We will meet again in <Accra> & {{ 2026 }}.", "");
    let path = dir.path().join("to-translate.xlf");
    let export = api.export_xliff(ExportXliffArgs { meeting_id: d.fx.meeting.clone(), source: Lang::En, path: path.clone() }).expect("exported");
    assert!(export.units >= 1);
    let xml = std::fs::read_to_string(&path).expect("the file");
    let unit = xml.split("<unit ").find(|u| u.contains("Outcome document — OP1")).unwrap_or_else(|| panic!("the paragraph is a unit: {xml}"));
    assert!(unit.contains(p.as_str()), "named after the paragraph's text id: {unit}");
    assert!(unit.contains("We will meet again in &lt;Accra") && unit.contains("&amp; {{ 2026 }}."), "its text escaped as XML: {unit}");
}

#[test]
fn an_xliff_round_trip_translates_a_long_paragraph_and_skips_an_adopted_document() {
    let (dir, api) = host();
    let d = draft(&api);
    let long = format!("We condemn trafficking. {}", "We will act together. ".repeat(40));
    let p = add_both(&api, &d, Some(&d.s1), &long, "");
    let path = dir.path().join("round-trip.xlf");
    api.export_xliff(ExportXliffArgs { meeting_id: d.fx.meeting.clone(), source: Lang::En, path: path.clone() }).expect("exported");
    crate::translation::fill(&path, "translated", |source| format!("FR: {source}"));
    let report = api
        .import_xliff(plenary_api::ImportXliffArgs { meeting_id: d.fx.meeting.clone(), path: path.clone(), apply_partial: false })
        .expect("imported");
    assert!(report.refused.is_empty(), "a paragraph longer than a title is accepted: {:?}", report.refused);
    let text = super::read(&api, &d).document.paragraph(&p).map(|n| n.paragraph.text.clone()).expect("the paragraph");
    assert_eq!(text.fr.text, format!("FR: {}", long.trim()), "the translation came back into the paragraph");
    assert_eq!(text.fr.state, TranslationState::Translated);

    write(&api, &p, Lang::En, "We strongly condemn trafficking.");
    for status in [plenary_api::core::outcome::DocumentStatus::Agreed, plenary_api::core::outcome::DocumentStatus::Adopted] {
        api.set_outcome_status(plenary_api::SetStatusArgs { document_id: d.doc.clone(), status }).expect("adopted");
    }
    let again = dir.path().join("after-adoption.xlf");
    let export = api.export_xliff(ExportXliffArgs { meeting_id: d.fx.meeting.clone(), source: Lang::En, path: again.clone() }).expect("exported");
    assert!(export.units > 0, "the meeting's other texts, translated but not reviewed, are still sent");
    let xml = std::fs::read_to_string(&again).expect("the file");
    assert!(!xml.contains("Outcome document — OP1"), "an adopted document's texts are not sent to translators: {xml}");
}

//! The search box over the demo meeting: every kind found in English and in French, accents
//! and case ignored, names ranked before passing mentions, hits titled in the reader's language.

use crate::host::host;
use plenary_api::core::outcome::amendment::AmendmentStatus;
use plenary_api::{
    Api, DecideAmendmentArgs, DocumentArgs, ExportXliffArgs, Hit, Id, ImportXliffArgs, Lang, ListDelegationsArgs, ProposeAmendmentArgs,
    SearchArgs,
};

fn demo() -> (tempfile::TempDir, Api, Id) {
    let (dir, api) = host();
    let m = api.demo().expect("the demo loads").meeting_id;
    (dir, api, m)
}

fn search(api: &Api, m: &Id, text: &str, lang: Lang) -> Vec<Hit> {
    api.search(SearchArgs { text: text.into(), meeting_id: Some(m.clone()), lang: Some(lang), per_kind: Some(8), ..Default::default() })
        .unwrap_or_else(|e| panic!("searching {text:?}: {e:?}"))
}

/// The first hit of `kind` for `text`, titled in `lang`.
fn first(api: &Api, m: &Id, text: &str, kind: &str, lang: Lang) -> Hit {
    let hits = search(api, m, text, lang);
    hits.iter().find(|h| h.kind == kind).cloned().unwrap_or_else(|| {
        panic!("{text:?} finds a {kind}: {:?}", hits.iter().map(|h| (&h.kind, &h.title)).collect::<Vec<_>>())
    })
}

#[test]
fn participants_are_found_and_titled_with_their_delegation() {
    let (_dir, api, m) = demo();
    let en = first(&api, &m, "tijjani", "participant", Lang::En);
    assert_eq!((en.title.as_str(), en.context.as_str()), ("Hon Tijjani Aliyu Ahmed", "Nigeria"));
    assert!(en.delegation_id.is_some(), "a participant opens in its delegation");
    let fr = first(&api, &m, "TIJJANI", "participant", Lang::Fr);
    assert_eq!((fr.title.as_str(), fr.context.as_str()), ("Hon Tijjani Aliyu Ahmed", "Nigeria"), "case ignored (Nigeria is Nigeria in French too)");
    let by_function = first(&api, &m, "commissaire federal", "participant", Lang::Fr);
    assert_eq!(by_function.id, en.id, "found by the French function, typed without accents");
}

#[test]
fn delegations_are_found_by_either_name_and_come_before_their_members() {
    let (_dir, api, m) = demo();
    let civ = first(&api, &m, "cote d ivoire", "delegation", Lang::Fr);
    assert_eq!(civ.title, "Côte d’Ivoire", "typed without accents or apostrophe, titled in French");
    let de = first(&api, &m, "allemagne", "delegation", Lang::En);
    assert_eq!(de.title, "Germany", "the French name finds it, the English title shows");
    let de = first(&api, &m, "germany", "delegation", Lang::Fr);
    assert_eq!(de.title, "Allemagne", "and the other way round");
    let hits = search(&api, &m, "nigeria", Lang::En);
    assert_eq!((hits[0].kind.as_str(), hits[0].title.as_str()), ("delegation", "Nigeria"), "the name match comes first: {:?}",
        hits.iter().map(|h| (&h.kind, &h.title)).collect::<Vec<_>>());
}

#[test]
fn organisations_are_found_by_acronym_in_both_languages() {
    let (_dir, api, m) = demo();
    let en = first(&api, &m, "AUC", "organisation", Lang::En);
    assert_eq!((en.title.as_str(), en.context.as_str()), ("African Union Commission", "AUC"));
    let fr = first(&api, &m, "cua", "organisation", Lang::Fr);
    assert_eq!((fr.title.as_str(), fr.context.as_str()), ("Commission de l’Union africaine", "CUA"));
}

#[test]
fn sessions_are_found_by_their_title_in_either_language() {
    let (_dir, api, m) = demo();
    let en = first(&api, &m, "ceremonie ouverture", "session", Lang::En);
    assert_eq!(en.title, "Opening ceremony", "the French words find it, the English title shows");
    assert!(en.context.starts_with("4 November 2025 · "), "with its day and time: {}", en.context);
    let fr = first(&api, &m, "opening ceremony", "session", Lang::Fr);
    assert_eq!(fr.title, "Cérémonie d’ouverture");
}

#[test]
fn outcome_paragraphs_are_found_in_both_languages_with_their_number_and_document() {
    let (_dir, api, m) = demo();
    let en = first(&api, &m, "prosecutors", "paragraph", Lang::En);
    let fr = first(&api, &m, "procureurs specialises", "paragraph", Lang::Fr);
    assert_eq!(en.id, fr.id, "the same paragraph in English and in French");
    assert!(en.title.starts_with("OP") && en.title.contains(" — "), "“OPn — document”: {}", en.title);
    assert!(en.document_id.is_some(), "a paragraph opens in its document");
    let matched: Vec<&str> = fr.segments.iter().filter(|s| s.matched).map(|s| s.text.as_str()).collect();
    assert!(matched.iter().any(|w| w.to_lowercase().starts_with("procureur")), "the match is marked: {:?}", fr.segments);
    assert!(fr.segments.iter().any(|s| !s.matched && (s.text.contains('[') || s.text.contains(']'))), "the contested passage keeps its brackets as text: {:?}", fr.segments);
}

#[test]
fn each_kind_is_capped_but_counted() {
    let (_dir, api, m) = demo();
    let hits = api
        .search(SearchArgs { text: "migration".into(), meeting_id: Some(m.clone()), per_kind: Some(2), ..Default::default() })
        .expect("search");
    let participants: Vec<&Hit> = hits.iter().filter(|h| h.kind == "participant").collect();
    assert_eq!(participants.len(), 2, "two per kind asked");
    assert!(participants[0].kind_total > 2, "the total says how many more there are: {}", participants[0].kind_total);
    assert!(hits.iter().any(|h| h.kind == "paragraph"), "people do not crowd the paragraphs out");
}

#[test]
fn an_accepted_amendment_and_an_imported_translation_are_searchable_at_once() {
    let (dir, api) = host();
    let m = api.demo().expect("the demo loads").meeting_id;
    let paragraph = first(&api, &m, "prosecutors", "paragraph", Lang::En);
    let france = api
        .list_delegations(ListDelegationsArgs { meeting_id: m.clone(), order: None, lang: Some(Lang::En) })
        .expect("delegations")
        .into_iter()
        .find(|d| d.name_en == "France")
        .expect("France has a delegation");
    let document_id = paragraph.document_id.clone().expect("a paragraph names its document");
    let draft = api.outcome_document(DocumentArgs { document_id }).expect("the document");
    let text = draft.document.paragraph(&paragraph.id).expect("the paragraph is in it").paragraph.text.en.text.clone();
    let amended = format!("{text} Eurojust will assist.");
    let proposal = api
        .propose_amendment(ProposeAmendmentArgs {
            paragraph_id: paragraph.id.clone(),
            delegation_id: france.delegation.id.clone(),
            proposed_en: Some(amended),
            proposed_fr: None,
            rationale: "Name the agency".into(),
        })
        .expect("proposed");
    assert!(search(&api, &m, "eurojust", Lang::En).is_empty(), "a proposal is not the text yet");
    api.decide_amendment(DecideAmendmentArgs { amendment_id: proposal.amendment.id.clone(), status: AmendmentStatus::Accepted })
        .expect("accepted");
    let found = first(&api, &m, "eurojust", "paragraph", Lang::En);
    assert_eq!(found.id, paragraph.id, "the merged text finds its paragraph");

    // The French side, now stale, goes out in XLIFF and comes back translated.
    let path = dir.path().join("lagos-en-fr.xlf");
    api.export_xliff(ExportXliffArgs { meeting_id: m.clone(), source: Lang::En, path: path.clone() }).expect("exported");
    crate::translation::fill(&path, "translated", |en| if en.contains("Eurojust") { format!("{en} Zorglub") } else { en.to_owned() });
    let report = api.import_xliff(ImportXliffArgs { meeting_id: m.clone(), path, apply_partial: true }).expect("imported");
    assert!(report.applied > 0, "{report:#?}");
    assert_eq!(first(&api, &m, "zorglub", "paragraph", Lang::Fr).id, paragraph.id, "the imported French text finds it");
    let check = api.check().expect("check");
    assert!(check.ok, "the index is in step after both: {:?}", check.problems);
}

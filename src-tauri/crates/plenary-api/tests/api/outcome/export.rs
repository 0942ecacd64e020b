//! Exports of an outcome document: each format written whole, a revision as it was saved,
//! Akoma Ntoso one file per language, markup printed as text, and the gaps reported.

use super::{add, add_both, draft, write};
use crate::host::{host, refused};
use plenary_api::core::agenda::GapKind;
use plenary_api::{
    ErrorCode, ExportOutcomeArgs, Id, Lang, Languages, Layout, OutcomeFormat, ProposeAmendmentArgs, SaveOutcomeArgs, SaveRevisionArgs,
};
use std::path::Path;

fn args(doc: &Id, revision: Option<&Id>, format: OutcomeFormat, languages: Languages) -> SaveOutcomeArgs {
    SaveOutcomeArgs { document_id: doc.clone(), revision_id: revision.cloned(), format, languages, layout: Layout::SideBySide }
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_format_is_written_and_markup_stays_text() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn <script>alert(1)</script> {{ x }} # trafficking.", "Nous condamnons la traite.");
    api.propose_amendment(ProposeAmendmentArgs {
        paragraph_id: p.clone(),
        delegation_id: d.fx.france.clone(),
        proposed_en: Some("We strongly condemn trafficking.".into()),
        proposed_fr: None,
        rationale: String::new(),
    })
    .expect("a pending amendment");
    let out = |name: &str| dir.path().join(name);

    let docx = api.export_outcome(args(&d.doc, None, OutcomeFormat::Docx, Languages::Both).to_path(out("outcome"))).expect("DOCX");
    assert_eq!(docx.file_names, ["outcome.docx"], "the format's extension is added to a bare name");
    assert!(read(&docx.paths[0]).starts_with(b"PK"), "a DOCX is a zip file");
    assert_eq!(docx.version, None, "the document as it is now");

    let pdf = api.export_outcome(args(&d.doc, None, OutcomeFormat::Pdf, Languages::En).to_path(out("outcome.pdf"))).expect("PDF");
    assert!(read(&pdf.paths[0]).starts_with(b"%PDF"), "a PDF");

    let html = api.export_outcome(args(&d.doc, None, OutcomeFormat::Html, Languages::Both).to_path(out("outcome.html"))).expect("HTML");
    let page = String::from_utf8(read(&html.paths[0])).expect("UTF-8");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; {{ x }} # trafficking."), "markup is printed as text");
    assert!(!page.contains("<script>alert"), "and never runs");

    let akn = api.export_outcome(args(&d.doc, None, OutcomeFormat::Akn, Languages::Both).to_path(out("archive.xml"))).expect("AKN");
    assert_eq!(akn.file_names, ["archive.en.xml", "archive.fr.xml"], "Akoma Ntoso is one document per language");
    for path in &akn.paths {
        let xml = String::from_utf8(read(path)).expect("UTF-8");
        assert!(xml.contains("akomaNtoso"), "{path} is an Akoma Ntoso document");
    }
    let english = String::from_utf8(read(&akn.paths[0])).expect("UTF-8");
    assert!(english.contains("&lt;script&gt;"), "escaped in XML too");
}

#[test]
fn a_revision_exports_as_it_was_saved_and_gaps_are_reported() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add(&api, &d, Some(&d.s1), "We condemn trafficking.");
    let rev = api.save_revision(SaveRevisionArgs { document_id: d.doc.clone(), name: "Rev.1".into() }).expect("saved");
    write(&api, &p, Lang::En, "A later text.");

    let path = dir.path().join("rev1.html");
    let result = api.export_outcome(args(&d.doc, Some(&rev.id), OutcomeFormat::Html, Languages::Both).to_path(path)).expect("exported");
    assert_eq!(result.version, Some(1), "the revision's number");
    let page = String::from_utf8(read(&result.paths[0])).expect("UTF-8");
    assert!(page.contains("We condemn trafficking.") && !page.contains("A later text."), "the revision's text, not the draft's");
    assert!(
        result.gaps.iter().any(|g| g.field == "OP1" && g.lang == Lang::Fr && g.kind == GapKind::Missing),
        "the missing French of OP1 is reported: {:?}",
        result.gaps
    );

    let dialog = api.outcome_save_dialog(&args(&d.doc, Some(&rev.id), OutcomeFormat::Docx, Languages::Both)).expect("dialog");
    assert_eq!(dialog.file_name, "Lagos-2025-outcome-document-Rev1-EN-FR.docx");
    let dialog = api.outcome_save_dialog(&args(&d.doc, None, OutcomeFormat::Akn, Languages::Both)).expect("dialog");
    assert_eq!((dialog.file_name.as_str(), dialog.extension.as_str()), ("Lagos-2025-outcome-document-draft.xml", "xml"));

    let missing = dir.path().join("none.html");
    refused(&dir, &api, ErrorCode::NotFound, "revision", "exporting a revision that does not exist", |api| {
        api.export_outcome(ExportOutcomeArgs {
            document_id: d.doc.clone(),
            revision_id: Some(Id::from("nope")),
            format: OutcomeFormat::Html,
            languages: Languages::En,
            layout: Layout::Separate,
            path: missing.clone(),
        })
    });
    assert!(!Path::new(&missing).exists(), "nothing was written");
}

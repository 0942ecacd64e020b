//! Named revisions: saved, compared paragraph by paragraph with word diffs in both
//! languages, and restored as a new revision without losing any.

use super::{add, add_both, draft, read, references, write};
use crate::host::{host, refused};
use plenary_api::core::diff::wdiff;
use plenary_api::core::outcome::compare::ParagraphChange;
use plenary_api::{
    Api, CompareArgs, DocumentArgs, ErrorCode, HistoryKind, Id, Lang, ParagraphArgs, RevisionArgs, RevisionSummary, SaveRevisionArgs,
};

fn save(api: &Api, doc: &Id, name: &str) -> RevisionSummary {
    api.save_revision(SaveRevisionArgs { document_id: doc.clone(), name: name.into() }).expect("the revision is saved")
}

fn names(api: &Api, doc: &Id) -> Vec<(i32, String, bool)> {
    let list = api.outcome_revisions(DocumentArgs { document_id: doc.clone() }).expect("listed");
    list.into_iter().map(|r| (r.number, r.name, r.automatic)).collect()
}

fn compare(api: &Api, doc: &Id, from: Option<&Id>, to: Option<&Id>) -> plenary_api::core::outcome::compare::Comparison {
    api.compare_revisions(CompareArgs { document_id: doc.clone(), from: from.cloned(), to: to.cloned() }).expect("compared")
}

#[test]
fn two_revisions_compare_paragraph_by_paragraph_with_word_diffs_in_both_languages() {
    let (_dir, api) = host();
    let d = draft(&api);
    let a = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let b = add_both(&api, &d, Some(&d.s1), "We will share data.", "Nous partagerons des données.");
    let rev1 = save(&api, &d.doc, "Rev.1");
    assert_eq!((rev1.number, rev1.paragraphs, rev1.automatic), (1, 2, false));
    write(&api, &a, Lang::En, "We strongly condemn trafficking.");
    write(&api, &a, Lang::Fr, "Nous condamnons fermement la traite.");
    api.delete_paragraph(ParagraphArgs { paragraph_id: b.clone() }).expect("deleted");
    let c = add(&api, &d, Some(&d.s2), "We will meet again in 2026.");
    let rev2 = save(&api, &d.doc, "Final draft");

    let cmp = compare(&api, &d.doc, Some(&rev1.id), Some(&rev2.id));
    assert_eq!(cmp.counts(), (1, 1, 1), "one added, one removed, one changed");
    let changed = cmp.paragraphs.iter().find(|p| p.paragraph_id == a).expect("a compared");
    assert_eq!(changed.change, ParagraphChange::Changed);
    assert_eq!(wdiff(&changed.en), "We {+strongly +}condemn trafficking.");
    assert_eq!(wdiff(&changed.fr), "Nous condamnons {+fermement +}la traite.");
    let removed = cmp.paragraphs.iter().find(|p| p.paragraph_id == b).expect("b compared");
    assert_eq!((removed.change, wdiff(&removed.fr)), (ParagraphChange::Removed, "[-Nous partagerons des données.-]".to_owned()));
    assert!(cmp.paragraphs.iter().any(|p| p.paragraph_id == c && p.change == ParagraphChange::Added));
    assert_eq!(compare(&api, &d.doc, Some(&rev2.id), None).counts(), (0, 0, 0), "the document is still what Rev.2 holds");
}

#[test]
fn restoring_a_revision_brings_back_its_paragraphs_under_their_ids_and_loses_nothing() {
    let (dir, api) = host();
    let d = draft(&api);
    let pp = add_both(&api, &d, None, "Recalling the Rabat Process,", "Rappelant le Processus de Rabat,");
    let a = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let b = add_both(&api, &d, Some(&d.s2), "We will share data.", "Nous partagerons des données.");
    let rev1 = save(&api, &d.doc, "Rev.1");
    let at_rev1 = references(&api, &d);

    write(&api, &a, Lang::En, "We strongly condemn trafficking.");
    api.delete_paragraph(ParagraphArgs { paragraph_id: b.clone() }).expect("deleted");
    let rev2 = save(&api, &d.doc, "Rev.2");
    let added = add(&api, &d, Some(&d.s1), "Added after Rev.2.");

    let restored = api.restore_revision(RevisionArgs { revision_id: rev1.id.clone() }).expect("restored");
    assert_eq!((restored.number, restored.name.as_str(), restored.automatic), (4, "Rev.1 restored", true));
    assert_eq!(
        names(&api, &d.doc),
        [
            (4, "Rev.1 restored".to_owned(), true),
            (3, "Before restoring Rev.1".to_owned(), true),
            (2, "Rev.2".to_owned(), false),
            (1, "Rev.1".to_owned(), false)
        ],
        "the history grows: the state before the restore is saved, and no revision goes"
    );
    assert_eq!(references(&api, &d), at_rev1, "the same paragraphs, under the same ids, in the same order");
    assert_eq!(compare(&api, &d.doc, Some(&rev1.id), None).counts(), (0, 0, 0), "the document is Rev.1 again");
    let now = read(&api, &d).document;
    assert!(now.paragraph(&added).is_none(), "the paragraph added since is gone from the draft");
    assert_eq!(now.paragraph(&pp).map(|n| n.paragraph.text.fr.text.clone()).as_deref(), Some("Rappelant le Processus de Rabat,"));

    let before = api.outcome_revisions(DocumentArgs { document_id: d.doc.clone() }).expect("listed")[1].id.clone();
    let kept = compare(&api, &d.doc, Some(&rev1.id), Some(&before));
    assert!(
        kept.paragraphs.iter().any(|p| p.paragraph_id == added && p.change == ParagraphChange::Added),
        "what was added since is kept in “Before restoring Rev.1”"
    );
    let cmp = compare(&api, &d.doc, Some(&rev2.id), None);
    let a_then = cmp.paragraphs.iter().find(|p| p.paragraph_id == a).expect("compared");
    assert_eq!(wdiff(&a_then.en), "We [-strongly -]condemn trafficking.", "Rev.2 still holds the newer text");

    let history = api.paragraph_history(ParagraphArgs { paragraph_id: a.clone() }).expect("history");
    let revisions: Vec<&str> = history.iter().filter(|h| h.kind == HistoryKind::InRevision).filter_map(|h| h.revision.as_deref()).collect();
    assert_eq!(revisions, ["Rev.1 restored", "Before restoring Rev.1", "Rev.2", "Rev.1"], "every revision holding the paragraph, newest first");
    assert!(history.iter().any(|h| h.kind == HistoryKind::InRevision && h.summary.starts_with("OP1: ")), "{history:#?}");

    api.restore_revision(RevisionArgs { revision_id: rev2.id.clone() }).expect("restored again");
    let names_now = names(&api, &d.doc);
    assert_eq!(names_now[0].1, "Rev.2 restored");
    assert_eq!(names_now[1].1, "Rev.1 restored", "nothing changed since the last revision, so no “Before restoring” was needed");
    refused(&dir, &api, ErrorCode::NotFound, "revision", "comparing with a revision that does not exist", |api| {
        api.compare_revisions(CompareArgs { document_id: d.doc.clone(), from: Some(Id::from("nope")), to: None })
    });
}

#[test]
fn revision_names_are_required_short_and_unique() {
    let (dir, api) = host();
    let d = draft(&api);
    save(&api, &d.doc, "Rev.1");
    let named = |name: String| SaveRevisionArgs { document_id: d.doc.clone(), name };
    refused(&dir, &api, ErrorCode::Duplicate, "revision_name", "a name the document already has", |api| api.save_revision(named("rev.1".into())));
    refused(&dir, &api, ErrorCode::Required, "revision_name", "a blank name", |api| api.save_revision(named("  ".into())));
    refused(&dir, &api, ErrorCode::TooLong, "revision_name", "a name of 201 characters", |api| api.save_revision(named("r".repeat(201))));
}

//! Amendments: proposed on behalf of a delegation, accepted (merged, the other language
//! stale), rejected or withdrawn; a conflicting one refused; and the paragraph's history.

use super::{add_both, draft, read, write};
use crate::host::{host, refused};
use plenary_api::core::diff::wdiff;
use plenary_api::core::outcome::amendment::AmendmentStatus;
use plenary_api::{
    AddCommentArgs, AmendmentView, Api, DecideAmendmentArgs, ErrorCode, HistoryKind, Id, Lang, ParagraphArgs, ProposeAmendmentArgs,
    ResolveCommentArgs,
};

fn propose(api: &Api, paragraph: &Id, delegation: &Id, en: Option<&str>, fr: Option<&str>) -> AmendmentView {
    api.propose_amendment(ProposeAmendmentArgs {
        paragraph_id: paragraph.clone(),
        delegation_id: delegation.clone(),
        proposed_en: en.map(str::to_owned),
        proposed_fr: fr.map(str::to_owned),
        rationale: "Stronger language".into(),
    })
    .expect("the amendment is proposed")
}

fn decide(api: &Api, amendment: &AmendmentView, status: AmendmentStatus) -> plenary_api::ApiResult<AmendmentView> {
    api.decide_amendment(DecideAmendmentArgs { amendment_id: amendment.amendment.id.clone(), status })
}

#[test]
fn accepting_an_amendment_merges_it_and_marks_the_other_language_stale() {
    let (_dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking in persons.", "Nous condamnons la traite des personnes.");
    let view = propose(&api, &p, &d.fx.france, Some("We strongly condemn trafficking in persons."), None);
    assert_eq!(view.reference, "OP1");
    assert_eq!(view.amendment.delegation.en, "France", "proposed on behalf of a named delegation");
    assert_eq!(view.diffs.len(), 1);
    assert_eq!(wdiff(&view.diffs[0].spans), "We {+strongly +}condemn trafficking in persons.", "shown as a word diff");
    assert!(view.conflicts.is_empty());
    assert_eq!(read(&api, &d).amendments.len(), 1, "the draft lists it");

    let accepted = decide(&api, &view, AmendmentStatus::Accepted).expect("accepted");
    assert_eq!(accepted.amendment.status, AmendmentStatus::Accepted);
    assert!(accepted.amendment.decided_at.is_some());
    let text = read(&api, &d).document.paragraph(&p).map(|n| n.paragraph.text.clone()).expect("the paragraph");
    assert_eq!(text.en.text, "We strongly condemn trafficking in persons.", "merged into the paragraph");
    assert!(text.is_stale(Lang::Fr), "the French no longer says what the amended English says");
    let summary = &api.outcome_documents(plenary_api::MeetingArgs { meeting_id: d.fx.meeting.clone() }).expect("listed")[0];
    assert_eq!(summary.pending_amendments, 0, "nothing left to decide");
}

#[test]
fn an_amendment_to_a_paragraph_changed_since_conflicts_and_is_not_applied() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let first = propose(&api, &p, &d.fx.france, Some("We strongly condemn trafficking."), None);
    let second = propose(&api, &p, &d.fx.nigeria, Some("We condemn trafficking and smuggling."), Some("Nous condamnons la traite et le trafic."));
    decide(&api, &first, AmendmentStatus::Accepted).expect("the first is accepted");

    let views = read(&api, &d).amendments;
    let pending = views.iter().find(|v| v.amendment.id == second.amendment.id).expect("listed");
    assert_eq!(pending.conflicts, [Lang::En], "the English changed since Nigeria proposed; the French did not");
    let err = refused(&dir, &api, ErrorCode::Conflict, "text_en", "accepting an amendment to an older text", |api| {
        decide(api, &second, AmendmentStatus::Accepted)
    });
    assert!(err.message.contains(second.amendment.id.as_str()), "the message names the amendment: {}", err.message);
    let rejected = decide(&api, &second, AmendmentStatus::Rejected).expect("a conflicting amendment can still be rejected");
    assert_eq!(rejected.amendment.status, AmendmentStatus::Rejected);
    assert!(rejected.conflicts.is_empty(), "a decided amendment no longer conflicts");
}

#[test]
fn amendments_are_withdrawn_or_rejected_once_and_bad_proposals_are_refused() {
    let (dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let view = propose(&api, &p, &d.fx.iom_delegation, None, Some("Nous condamnons fermement la traite."));
    let withdrawn = decide(&api, &view, AmendmentStatus::Withdrawn).expect("withdrawn");
    assert_eq!(withdrawn.amendment.status, AmendmentStatus::Withdrawn);
    let text = read(&api, &d).document.paragraph(&p).map(|n| n.paragraph.text.fr.text.clone());
    assert_eq!(text.as_deref(), Some("Nous condamnons la traite."), "a withdrawn amendment changes nothing");
    refused(&dir, &api, ErrorCode::Invalid, "amendment_status", "deciding a withdrawn amendment", |api| {
        decide(api, &view, AmendmentStatus::Accepted)
    });

    let args = |en: Option<&str>, delegation: &Id| ProposeAmendmentArgs {
        paragraph_id: p.clone(),
        delegation_id: delegation.clone(),
        proposed_en: en.map(str::to_owned),
        proposed_fr: None,
        rationale: String::new(),
    };
    refused(&dir, &api, ErrorCode::Unchanged, "proposed_en", "a proposal that is the text as it reads", |api| {
        api.propose_amendment(args(Some("We condemn trafficking."), &d.fx.france))
    });
    refused(&dir, &api, ErrorCode::Required, "proposed", "a proposal with no text", |api| api.propose_amendment(args(None, &d.fx.france)));
    refused(&dir, &api, ErrorCode::WrongMeeting, "delegation", "a delegation of another meeting", |api| {
        api.propose_amendment(args(Some("We condemn it."), &d.fx.morocco))
    });
}

#[test]
fn the_history_of_a_paragraph_says_who_proposed_what() {
    let (_dir, api) = host();
    let d = draft(&api);
    let p = add_both(&api, &d, Some(&d.s1), "We condemn trafficking.", "Nous condamnons la traite.");
    let view = propose(&api, &p, &d.fx.france, Some("We strongly condemn trafficking."), None);
    decide(&api, &view, AmendmentStatus::Accepted).expect("accepted");
    let comment = api
        .add_comment(AddCommentArgs { paragraph_id: p.clone(), author: "Amina Bello".into(), delegation_id: Some(d.fx.nigeria.clone()), body: "Agreed.".into() })
        .expect("commented");
    assert_eq!(comment.delegation.as_ref().map(|n| n.en.as_str()), Some("Nigeria"));
    api.resolve_comment(ResolveCommentArgs { comment_id: comment.id.clone(), resolved: true }).expect("resolved");
    let counts = read(&api, &d).comment_counts;
    assert_eq!((counts.len(), counts[0].open, counts[0].total), (1, 0, 1), "one comment, resolved");
    write(&api, &p, Lang::Fr, "Nous condamnons fermement la traite.");

    let history = api.paragraph_history(ParagraphArgs { paragraph_id: p.clone() }).expect("history");
    let kinds: Vec<HistoryKind> = history.iter().map(|h| h.kind).collect();
    for kind in [HistoryKind::Created, HistoryKind::AmendmentProposed, HistoryKind::AmendmentAccepted, HistoryKind::Comment] {
        assert!(kinds.contains(&kind), "the history has {kind:?}: {history:#?}");
    }
    let proposed = history.iter().find(|h| h.kind == HistoryKind::AmendmentProposed).expect("proposed");
    assert_eq!(proposed.who.as_deref(), Some("France"), "who proposed it");
    assert!(proposed.summary.contains("{+strongly +}"), "what was proposed: {}", proposed.summary);
    let commented = history.iter().find(|h| h.kind == HistoryKind::Comment).expect("comment");
    assert_eq!(commented.who.as_deref(), Some("Amina Bello (Nigeria)"));
    assert!(history.windows(2).all(|w| w[0].at >= w[1].at), "newest first");
}

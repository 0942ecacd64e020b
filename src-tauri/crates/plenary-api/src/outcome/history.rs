//! The history of a paragraph: where it came from, who proposed what, the comments, and the
//! revisions that hold it.

use super::{ParagraphArgs, snapshot};
use crate::{Api, ApiResult};
use plenary_core::Lang;
use plenary_core::diff::wdiff;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus};
use plenary_store::{Db, StoreError};
use serde::{Deserialize, Serialize};

/// How many characters of a text an entry quotes.
const QUOTED: usize = 200;

/// What happened to a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum HistoryKind {
    /// It was written.
    Created,
    /// A delegation proposed an amendment.
    AmendmentProposed,
    /// An amendment was accepted and merged.
    AmendmentAccepted,
    /// An amendment was rejected.
    AmendmentRejected,
    /// An amendment was withdrawn.
    AmendmentWithdrawn,
    /// Someone commented on it.
    Comment,
    /// It was made from a rapporteur's note.
    FromNote,
    /// A named revision was saved with it.
    InRevision,
}

/// One event of a paragraph's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct HistoryEntry {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// What happened.
    pub kind: HistoryKind,
    /// Who: the delegation, or a comment's author.
    pub who: Option<String>,
    /// What, in the user's language: the amendment's word diff, the comment, the session of
    /// the note, the paragraph's number and opening words in a revision.
    pub summary: String,
    /// The revision's name, for an entry of a revision.
    pub revision: Option<String>,
}

fn quoted(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(QUOTED).collect();
    if chars.next().is_some() { format!("{}…", head.trim_end()) } else { head }
}

/// An amendment's changes as word diffs, one language after the other ("EN: We {+strongly +}condemn").
fn proposal(amendment: &Amendment) -> String {
    let mut parts: Vec<String> = amendment.changes.iter().map(|c| format!("{}: {}", c.lang.code().to_uppercase(), wdiff(&c.diff()))).collect();
    if !amendment.rationale.is_empty() {
        parts.push(quoted(&amendment.rationale));
    }
    parts.join(" — ")
}

fn entries(db: &Db<'_>, paragraph: &plenary_core::Id, lang: Lang) -> Result<Vec<HistoryEntry>, StoreError> {
    let (place, current) = db.outcome_paragraph(paragraph)?;
    let mut out = Vec::new();
    let note = place.note_id.as_ref().map(|id| db.outcome_note(id)).transpose()?;
    out.push(match note {
        Some(note) => HistoryEntry {
            at: place.created_at.clone(),
            kind: HistoryKind::FromNote,
            who: None,
            summary: quoted(db.text(&note.session_id, "title")?.get_or_other(lang)),
            revision: None,
        },
        None => HistoryEntry {
            at: place.created_at.clone(),
            kind: HistoryKind::Created,
            who: None,
            summary: quoted(current.text.get_or_other(lang)),
            revision: None,
        },
    });
    for amendment in db.paragraph_amendments(paragraph)? {
        let who = Some(amendment.delegation.get(lang).to_owned());
        let summary = proposal(&amendment);
        let proposed = HistoryEntry {
            at: amendment.proposed_at.clone(),
            kind: HistoryKind::AmendmentProposed,
            who: who.clone(),
            summary: summary.clone(),
            revision: None,
        };
        out.push(proposed);
        if let Some(at) = amendment.decided_at {
            let kind = match amendment.status {
                AmendmentStatus::Accepted => HistoryKind::AmendmentAccepted,
                AmendmentStatus::Rejected => HistoryKind::AmendmentRejected,
                _ => HistoryKind::AmendmentWithdrawn,
            };
            out.push(HistoryEntry { at, kind, who, summary, revision: None });
        }
    }
    for comment in db.paragraph_comments(paragraph)? {
        let who = match &comment.delegation {
            Some(delegation) => format!("{} ({})", comment.author, delegation.get(lang)),
            None => comment.author.clone(),
        };
        out.push(HistoryEntry { at: comment.created_at, kind: HistoryKind::Comment, who: Some(who), summary: quoted(&comment.body), revision: None });
    }
    for (revision, json) in db.revisions_holding(&place.document_id, paragraph)? {
        let doc = snapshot(&json, revision.number)?;
        let Some(held) = doc.paragraph(paragraph) else { continue };
        let summary = format!("{}: {}", held.label().reference(), quoted(held.paragraph.text.get_or_other(lang)));
        out.push(HistoryEntry { at: revision.saved_at, kind: HistoryKind::InRevision, who: None, summary, revision: Some(revision.name) });
    }
    // Newest first. Each kind was listed oldest first; reversed before a stable sort, what
    // happened in the same instant comes newest first too.
    out.reverse();
    out.sort_by(|a, b| b.at.cmp(&a.at));
    Ok(out)
}

impl Api {
    /// The history of a paragraph, newest first: its creation (or the note it was made
    /// from), the amendments proposed and decided (who proposed what), the comments, and
    /// the named revisions that hold it with its number there.
    pub fn paragraph_history(&self, args: ParagraphArgs) -> ApiResult<Vec<HistoryEntry>> {
        let lang = self.language();
        self.read(|db| entries(db, &args.paragraph_id, lang))
    }
}

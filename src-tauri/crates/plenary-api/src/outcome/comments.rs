//! Comments on paragraphs.

use super::{ParagraphArgs, editable};
use crate::{Api, ApiResult};
use plenary_core::{Id, limits};
use plenary_store::{Comment, OutcomeRow};
use serde::{Deserialize, Serialize};

/// Arguments of `add_comment`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct AddCommentArgs {
    /// The paragraph.
    pub paragraph_id: Id,
    /// Who writes it.
    pub author: String,
    /// The delegation it is made for, if any.
    #[serde(default)]
    pub delegation_id: Option<Id>,
    /// What it says.
    pub body: String,
}

/// Arguments of `resolve_comment`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ResolveCommentArgs {
    /// The comment.
    pub comment_id: Id,
    /// Whether it has been dealt with.
    pub resolved: bool,
}

/// A reference to one comment.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct CommentArgs {
    /// The comment.
    pub comment_id: Id,
}

impl Api {
    /// The comments on a paragraph, oldest first.
    pub fn paragraph_comments(&self, args: ParagraphArgs) -> ApiResult<Vec<Comment>> {
        self.read(|db| {
            db.outcome_ref(OutcomeRow::Paragraph, &args.paragraph_id)?;
            db.paragraph_comments(&args.paragraph_id)
        })
    }

    /// Comments on a paragraph, on behalf of a delegation of the meeting or not.
    pub fn add_comment(&self, args: AddCommentArgs) -> ApiResult<Comment> {
        let id = self.new_id();
        self.write(|db| {
            editable(db, OutcomeRow::Paragraph, &args.paragraph_id)?;
            let author = limits::required("author", &args.author, limits::NAME)?;
            let body = limits::required("comment", &args.body, limits::DESCRIPTION)?;
            db.insert_outcome_comment(&id, &args.paragraph_id, &author, args.delegation_id.as_ref(), &body)?;
            db.outcome_comment(&id)
        })
    }

    /// Marks a comment resolved, or open again.
    pub fn resolve_comment(&self, args: ResolveCommentArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Comment, &args.comment_id)?;
            db.set_comment_resolved(&args.comment_id, args.resolved)
        })
    }

    /// Deletes a comment.
    pub fn delete_comment(&self, args: CommentArgs) -> ApiResult<()> {
        self.write(|db| {
            editable(db, OutcomeRow::Comment, &args.comment_id)?;
            db.delete_outcome_comment(&args.comment_id)
        })
    }
}

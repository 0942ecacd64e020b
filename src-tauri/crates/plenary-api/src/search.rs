//! Search across a meeting: participants, delegations, organisations, sessions and the
//! paragraphs of outcome documents, in both languages.

use crate::{Api, ApiResult, Hit};
use plenary_core::{Id, Lang};
use serde::{Deserialize, Serialize};

/// Arguments of `search`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
pub struct SearchArgs {
    /// The words typed; accents and case are ignored, each word matches as a prefix.
    pub text: String,
    /// Only this meeting's rows (organisations, shared by all meetings, always match).
    #[serde(default)]
    pub meeting_id: Option<Id>,
    /// At most this many hits in all (default 50, at most 1000).
    #[serde(default)]
    pub limit: Option<u32>,
    /// At most this many hits of each kind (default: `limit`), so that a page of people
    /// does not hide the one paragraph sought.
    #[serde(default)]
    pub per_kind: Option<u32>,
    /// The language of the hits' titles and contexts (default: the API's language).
    #[serde(default)]
    pub lang: Option<Lang>,
}

impl Api {
    /// Searches everything, best matches first: a name outranks a passing mention.
    /// The words are at most a title long (`too_long` naming `text` beyond): a search box is
    /// for words, and every word becomes a term of the full-text query.
    pub fn search(&self, args: SearchArgs) -> ApiResult<Vec<Hit>> {
        plenary_core::limits::within("text", &args.text, plenary_core::limits::TITLE).or_else(|e| self.fail(e))?;
        let limit = args.limit.unwrap_or(50).min(1000);
        let per_kind = args.per_kind.unwrap_or(limit).min(limit);
        let lang = args.lang.unwrap_or_else(|| self.language());
        self.read(|db| db.search_ranked(args.meeting_id.as_ref(), &args.text, lang, per_kind, limit))
    }
}

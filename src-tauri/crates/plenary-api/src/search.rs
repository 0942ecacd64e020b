//! Search across a meeting.

use crate::{Api, ApiResult, Hit};
use plenary_core::Id;
use serde::{Deserialize, Serialize};

/// Arguments of `search`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SearchArgs {
    /// The words typed; accents and case are ignored, each word matches as a prefix.
    pub text: String,
    /// Only this meeting's participants and sessions (organisations always match).
    #[serde(default)]
    pub meeting_id: Option<Id>,
    /// At most this many hits (default 50).
    #[serde(default)]
    pub limit: Option<u32>,
}

impl Api {
    /// Searches participants, organisations and sessions, best matches first.
    pub fn search(&self, args: SearchArgs) -> ApiResult<Vec<Hit>> {
        self.read(|db| db.search(args.meeting_id.as_ref(), &args.text, args.limit.unwrap_or(50).min(1000)))
    }
}

//! Statistics of a meeting and its headline in both languages.

use crate::{Api, ApiResult};
use plenary_core::stats::{MeetingStats, headline};
use plenary_core::{Id, Lang};
use serde::{Deserialize, Serialize};

/// Arguments of `meeting_stats`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct StatsArgs {
    /// The meeting.
    pub meeting_id: Id,
    /// The language of labels (default: the API's language).
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// The statistics of a meeting with the headline sentence in both languages.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct StatsDto {
    /// The figures.
    #[serde(flatten)]
    pub stats: MeetingStats,
    /// "166 representatives from 41 countries…"
    pub headline_en: String,
    /// « 166 représentants de 41 pays… »
    pub headline_fr: String,
}

impl Api {
    /// Counts of a meeting: representatives, countries, organisations by category,
    /// delegations by M49 region, roles, gender balance, sessions.
    pub fn meeting_stats(&self, args: StatsArgs) -> ApiResult<StatsDto> {
        let lang = args.lang.unwrap_or_else(|| self.language());
        let stats = self.read(|db| db.meeting_stats(&args.meeting_id, lang))?;
        Ok(StatsDto { headline_en: headline(&stats, Lang::En), headline_fr: headline(&stats, Lang::Fr), stats })
    }
}

//! Removing participants' personal contact details after a meeting: how many there are (for
//! the confirmation), and the purge itself, in one transaction, keeping every statistic.

use crate::{Api, ApiResult, MeetingArgs, SnapshotReason};
use plenary_store::ContactCounts;
use serde::Serialize;

/// How many emails and phones a meeting's participants have, or a purge removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct PersonalDataCounts {
    /// Email addresses.
    pub emails: u64,
    /// Phone numbers.
    pub phones: u64,
}

impl From<ContactCounts> for PersonalDataCounts {
    fn from(c: ContactCounts) -> Self {
        PersonalDataCounts { emails: c.emails, phones: c.phones }
    }
}

impl Api {
    /// How many emails and phones of the meeting's participants a purge would remove (what
    /// its confirmation says).
    pub fn personal_data_counts(&self, args: MeetingArgs) -> ApiResult<PersonalDataCounts> {
        self.read(|db| db.contact_counts(&args.meeting_id)).map(Into::into)
    }

    /// Removes the email and phone of every participant of the meeting, in one transaction,
    /// and takes them out of the search index. Names, delegations, roles, gender and
    /// attendance stay, so the statistics are the same after. A snapshot of the database is
    /// taken first (the purge cannot be undone in the app: it forgets the undo history). An
    /// unknown meeting is `not_found` and changes nothing. Says how many were removed.
    pub fn purge_personal_data(&self, args: MeetingArgs) -> ApiResult<PersonalDataCounts> {
        // An unknown meeting is refused, and a meeting with nothing to remove left alone,
        // before any snapshot is taken.
        let held = self.read(|db| db.contact_counts(&args.meeting_id))?;
        if held == ContactCounts::default() {
            return Ok(held.into());
        }
        self.snapshot_before(SnapshotReason::BulkDelete)?;
        self.write_unrecorded(|db| db.purge_contacts(&args.meeting_id)).map(Into::into)
    }
}

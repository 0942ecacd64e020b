//! Removing participants' contact details (emails, phones) once a meeting is over: personal
//! data the secretariat no longer needs, while every count of the statistics stays.

use crate::{Db, Result};
use plenary_core::Id;
use rusqlite::params;

/// How many contact details a purge removed (or would remove).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ContactCounts {
    /// Participants whose email address was set.
    pub emails: u64,
    /// Participants whose phone number was set.
    pub phones: u64,
}

impl Db<'_> {
    /// How many of `meeting_id`'s participants have an email, and how many a phone
    /// (`not_found` for an unknown meeting).
    pub fn contact_counts(&self, meeting_id: &Id) -> Result<ContactCounts> {
        self.meeting(meeting_id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(email), count(phone) FROM participants WHERE meeting_id = ?1",
        )?;
        let (emails, phones) = stmt.query_row([meeting_id.as_str()], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        Ok(ContactCounts { emails: emails.unsigned_abs(), phones: phones.unsigned_abs() })
    }

    /// Clears the email and phone of every participant of `meeting_id` and re-indexes them,
    /// so that a search no longer finds anyone by a removed address. Names, roles, gender,
    /// delegation and attendance stay: the statistics are the same after. Says how many were
    /// removed.
    pub fn purge_contacts(&self, meeting_id: &Id) -> Result<ContactCounts> {
        let counts = self.contact_counts(meeting_id)?;
        if counts == ContactCounts::default() {
            return Ok(counts);
        }
        self.conn.execute(
            "UPDATE participants SET email = NULL, phone = NULL, updated_at = ?2
             WHERE meeting_id = ?1 AND (email IS NOT NULL OR phone IS NOT NULL)",
            params![meeting_id.as_str(), self.now],
        )?;
        self.reindex_meeting_participants(meeting_id)?;
        Ok(counts)
    }
}

//! The list of participants of a meeting, read in one transaction and three queries
//! whatever its size: the meeting, its delegations (ordered here, a few hundred at most),
//! and every participant in that order and in precedence, sorted by SQLite on the stored
//! collation keys. No query per delegation or per person: 70,000 participants read in
//! seconds.

use crate::ParticipantFilter;
use plenary_core::delegation::Party;
use plenary_core::participant::Participant;
use plenary_core::participant_list::{ListDelegation, ListHeader, ParticipantList};
use plenary_core::protocol::ProtocolOrder;
use plenary_core::{Id, Lang};
use plenary_store::{Db, ParticipantOrder, StoreError};
use std::collections::HashMap;

/// The list of `meeting_id`'s participants in `order`, printed in `lang`.
pub(crate) fn list(db: &Db<'_>, meeting_id: &Id, order: &ProtocolOrder, lang: Lang) -> Result<ParticipantList, StoreError> {
    let meeting = db.meeting(meeting_id)?;
    let mut delegations = db.delegations(meeting_id)?;
    crate::delegations::sort_rows(&mut delegations, order);
    let ids: Vec<Id> = delegations.iter().map(|d| d.delegation.id.clone()).collect();
    let filter = ParticipantFilter { meeting_id: meeting_id.clone(), ..ParticipantFilter::default() };
    let rows = db.participants_page(&filter, ParticipantOrder::Precedence { delegations: &ids, lang: order.lang() })?;
    let mut people: HashMap<Id, Vec<Participant>> = HashMap::with_capacity(ids.len());
    for row in rows {
        people.entry(row.participant.delegation_id.clone()).or_default().push(row.participant);
    }
    let delegations = delegations
        .into_iter()
        .map(|d| {
            let people = people.remove(&d.delegation.id).unwrap_or_default();
            ListDelegation {
                country: match &d.delegation.party {
                    Party::Country(code) => Some(code.clone()),
                    Party::Organisation(_) => None,
                },
                id: d.delegation.id,
                name_en: d.name_en,
                name_fr: d.name_fr,
                category: d.listing,
                people,
            }
        })
        .collect();
    let header = ListHeader {
        meeting_id: meeting.id,
        title: meeting.title,
        start_date: meeting.start_date,
        end_date: meeting.end_date,
        venue: meeting.venue,
        city: meeting.city,
    };
    let list = ParticipantList::new(header, lang, delegations);
    // An alphabetical order mixes the groups: the list is one run of names, without headings.
    Ok(if matches!(order, ProtocolOrder::Alphabetical(_)) { list.ungrouped() } else { list })
}

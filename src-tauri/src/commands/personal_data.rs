//! Participants' personal contact details: how many a meeting holds, and their removal.

use super::delegate;
use plenary_api::{MeetingArgs, PersonalDataCounts};

delegate! {
    personal_data_counts(MeetingArgs) -> PersonalDataCounts;
    purge_personal_data(MeetingArgs) -> PersonalDataCounts;
}

//! Participants and search.

use super::delegate;
use plenary_api::{
    ByIdArgs, Hit, ListParticipantsArgs, ParticipantInput, ParticipantPage, ParticipantRow, SearchArgs,
    UpdateParticipantArgs,
};

delegate! {
    list_participants(ListParticipantsArgs) -> ParticipantPage;
    get_participant(ByIdArgs) -> ParticipantRow;
    create_participant(ParticipantInput) -> ParticipantRow;
    update_participant(UpdateParticipantArgs) -> ParticipantRow;
    delete_participant(ByIdArgs) -> ();
    search(SearchArgs) -> Vec<Hit>;
}

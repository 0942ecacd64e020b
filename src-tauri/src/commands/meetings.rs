//! Meetings, their pillars, rooms, dialogues and co-chairs, and statistics.

use super::delegate;
use plenary_api::core::dialogue::Dialogue;
use plenary_api::core::meeting::{Pillar, Room};
use plenary_api::{
    ByIdArgs, DialogueInput, MeetingArgs, MeetingDetail, MeetingInput, MeetingSummary, PillarInput, RoomInput,
    SetCoChairsArgs, SetMeetingDialoguesArgs, StatsArgs, StatsDto, UpdateDialogueArgs, UpdateMeetingArgs,
};

delegate! {
    list_meetings() -> Vec<MeetingSummary>;
    list_dialogues() -> Vec<Dialogue>;
}

delegate! {
    get_meeting(MeetingArgs) -> MeetingDetail;
    create_meeting(MeetingInput) -> MeetingDetail;
    update_meeting(UpdateMeetingArgs) -> MeetingDetail;
    delete_meeting(MeetingArgs) -> ();
    set_meeting_dialogues(SetMeetingDialoguesArgs) -> MeetingDetail;
    set_co_chairs(SetCoChairsArgs) -> MeetingDetail;
    save_pillar(PillarInput) -> Pillar;
    delete_pillar(ByIdArgs) -> ();
    save_room(RoomInput) -> Room;
    delete_room(ByIdArgs) -> ();
    create_dialogue(DialogueInput) -> Dialogue;
    update_dialogue(UpdateDialogueArgs) -> Dialogue;
    delete_dialogue(ByIdArgs) -> ();
    meeting_stats(StatsArgs) -> StatsDto;
}

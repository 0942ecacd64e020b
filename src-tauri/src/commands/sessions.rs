//! Sessions of the timetable.

use super::delegate;
use plenary_api::core::timetable::Conflict;
use plenary_api::{
    AgendaItemInput, ByIdArgs, MeetingArgs, SessionInput, SessionRow, SetSessionPeopleArgs, UpdateSessionArgs,
};

delegate! {
    list_sessions(MeetingArgs) -> Vec<SessionRow>;
    get_session(ByIdArgs) -> SessionRow;
    create_session(SessionInput) -> SessionRow;
    update_session(UpdateSessionArgs) -> SessionRow;
    delete_session(ByIdArgs) -> ();
    set_session_people(SetSessionPeopleArgs) -> SessionRow;
    save_agenda_item(AgendaItemInput) -> SessionRow;
    delete_agenda_item(ByIdArgs) -> ();
    list_conflicts(MeetingArgs) -> Vec<Conflict>;
}

// The UI's only way to the Rust side (this folder: ./call invokes, ./outcome holds the outcome
// documents' commands). Every function is one Tauri command, named as the command and the
// plenary-api function it delegates to, taking one typed `args`. Types come from ./bindings,
// generated from the Rust types (a Rust test fails when they drift).
import { call } from "./call";
import { outcomeCommands } from "./outcome";
import { importCommands } from "./import";
import { listsCommands } from "./lists";
import { undoCommands } from "./undo";
import { backupCommands } from "./backups";
import type { AgendaItemInput } from "./bindings/AgendaItemInput";
import type { AppStatus } from "./bindings/AppStatus";
import type { ByIdArgs } from "./bindings/ByIdArgs";
import type { CheckReport } from "./bindings/CheckReport";
import type { Conflict } from "./bindings/Conflict";
import type { CountryDto } from "./bindings/CountryDto";
import type { DelegationInput } from "./bindings/DelegationInput";
import type { DelegationRow } from "./bindings/DelegationRow";
import type { Dialogue } from "./bindings/Dialogue";
import type { DialogueInput } from "./bindings/DialogueInput";
import type { Hit } from "./bindings/Hit";
import type { LanguageArgs } from "./bindings/LanguageArgs";
import type { ListCountriesArgs } from "./bindings/ListCountriesArgs";
import type { ListDelegationsArgs } from "./bindings/ListDelegationsArgs";
import type { ListParticipantsArgs } from "./bindings/ListParticipantsArgs";
import type { MeetingArgs } from "./bindings/MeetingArgs";
import type { MeetingDetail } from "./bindings/MeetingDetail";
import type { MeetingInput } from "./bindings/MeetingInput";
import type { MeetingSummary } from "./bindings/MeetingSummary";
import type { Organisation } from "./bindings/Organisation";
import type { OrganisationInput } from "./bindings/OrganisationInput";
import type { ParticipantInput } from "./bindings/ParticipantInput";
import type { ParticipantPage } from "./bindings/ParticipantPage";
import type { ParticipantRow } from "./bindings/ParticipantRow";
import type { Pillar } from "./bindings/Pillar";
import type { PillarInput } from "./bindings/PillarInput";
import type { Room } from "./bindings/Room";
import type { RoomInput } from "./bindings/RoomInput";
import type { SearchArgs } from "./bindings/SearchArgs";
import type { SessionInput } from "./bindings/SessionInput";
import type { SessionRow } from "./bindings/SessionRow";
import type { SetCoChairsArgs } from "./bindings/SetCoChairsArgs";
import type { SetMeetingDialoguesArgs } from "./bindings/SetMeetingDialoguesArgs";
import type { SetSessionPeopleArgs } from "./bindings/SetSessionPeopleArgs";
import type { StatsArgs } from "./bindings/StatsArgs";
import type { StatsDto } from "./bindings/StatsDto";
import type { UpdateDelegationArgs } from "./bindings/UpdateDelegationArgs";
import type { UpdateDialogueArgs } from "./bindings/UpdateDialogueArgs";
import type { UpdateMeetingArgs } from "./bindings/UpdateMeetingArgs";
import type { UpdateOrganisationArgs } from "./bindings/UpdateOrganisationArgs";
import type { UpdateParticipantArgs } from "./bindings/UpdateParticipantArgs";
import type { UpdateSessionArgs } from "./bindings/UpdateSessionArgs";
import type { Agenda } from "./bindings/Agenda";
import type { AgendaArgs } from "./bindings/AgendaArgs";
import type { AgendaChangelog } from "./bindings/AgendaChangelog";
import type { AgendaChangelogArgs } from "./bindings/AgendaChangelogArgs";
import type { AgendaVersion } from "./bindings/AgendaVersion";
import type { ExportResult } from "./bindings/ExportResult";
import type { ReleaseAgendaArgs } from "./bindings/ReleaseAgendaArgs";
import type { ReleaseCheck } from "./bindings/ReleaseCheck";
import type { ReleasedAgenda } from "./bindings/ReleasedAgenda";
import type { SaveAgendaArgs } from "./bindings/SaveAgendaArgs";
import type { GlossaryFinding } from "./bindings/GlossaryFinding";
import type { GlossaryTermInput } from "./bindings/GlossaryTermInput";
import type { OpenXliffArgs } from "./bindings/OpenXliffArgs";
import type { SaveXliffArgs } from "./bindings/SaveXliffArgs";
import type { SetTextStateArgs } from "./bindings/SetTextStateArgs";
import type { Term } from "./bindings/Term";
import type { TranslateTextArgs } from "./bindings/TranslateTextArgs";
import type { Worklist } from "./bindings/Worklist";
import type { WorklistArgs } from "./bindings/WorklistArgs";
import type { WorklistItem } from "./bindings/WorklistItem";
import type { XliffExport } from "./bindings/XliffExport";
import type { XliffImport } from "./bindings/XliffImport";

export type * from "./bindings/index";
export { ApiFailure } from "./call";

export const api = {
  appStatus: () => call<AppStatus>("app_status"),
  markFirstPaint: () => call<void>("mark_first_paint"),
  changeLanguage: (args: LanguageArgs) => call<null>("change_language", args),
  check: () => call<CheckReport>("check"),

  listMeetings: () => call<MeetingSummary[]>("list_meetings"),
  getMeeting: (args: MeetingArgs) => call<MeetingDetail>("get_meeting", args),
  createMeeting: (args: MeetingInput) => call<MeetingDetail>("create_meeting", args),
  updateMeeting: (args: UpdateMeetingArgs) => call<MeetingDetail>("update_meeting", args),
  deleteMeeting: (args: MeetingArgs) => call<null>("delete_meeting", args),
  setMeetingDialogues: (args: SetMeetingDialoguesArgs) => call<MeetingDetail>("set_meeting_dialogues", args),
  setCoChairs: (args: SetCoChairsArgs) => call<MeetingDetail>("set_co_chairs", args),
  savePillar: (args: PillarInput) => call<Pillar>("save_pillar", args),
  deletePillar: (args: ByIdArgs) => call<null>("delete_pillar", args),
  saveRoom: (args: RoomInput) => call<Room>("save_room", args),
  deleteRoom: (args: ByIdArgs) => call<null>("delete_room", args),
  meetingStats: (args: StatsArgs) => call<StatsDto>("meeting_stats", args),

  listDialogues: () => call<Dialogue[]>("list_dialogues"),
  createDialogue: (args: DialogueInput) => call<Dialogue>("create_dialogue", args),
  updateDialogue: (args: UpdateDialogueArgs) => call<Dialogue>("update_dialogue", args),
  deleteDialogue: (args: ByIdArgs) => call<null>("delete_dialogue", args),

  listOrganisations: () => call<Organisation[]>("list_organisations"),
  createOrganisation: (args: OrganisationInput) => call<Organisation>("create_organisation", args),
  updateOrganisation: (args: UpdateOrganisationArgs) => call<Organisation>("update_organisation", args),
  deleteOrganisation: (args: ByIdArgs) => call<null>("delete_organisation", args),
  listCountries: (args: ListCountriesArgs) => call<CountryDto[]>("list_countries", args),

  listDelegations: (args: ListDelegationsArgs) => call<DelegationRow[]>("list_delegations", args),
  getDelegation: (args: ByIdArgs) => call<DelegationRow>("get_delegation", args),
  createDelegation: (args: DelegationInput) => call<DelegationRow>("create_delegation", args),
  updateDelegation: (args: UpdateDelegationArgs) => call<DelegationRow>("update_delegation", args),
  deleteDelegation: (args: ByIdArgs) => call<null>("delete_delegation", args),

  listParticipants: (args: ListParticipantsArgs) => call<ParticipantPage>("list_participants", args),
  getParticipant: (args: ByIdArgs) => call<ParticipantRow>("get_participant", args),
  createParticipant: (args: ParticipantInput) => call<ParticipantRow>("create_participant", args),
  updateParticipant: (args: UpdateParticipantArgs) => call<ParticipantRow>("update_participant", args),
  deleteParticipant: (args: ByIdArgs) => call<null>("delete_participant", args),
  search: (args: SearchArgs) => call<Hit[]>("search", args),

  listSessions: (args: MeetingArgs) => call<SessionRow[]>("list_sessions", args),
  getSession: (args: ByIdArgs) => call<SessionRow>("get_session", args),
  createSession: (args: SessionInput) => call<SessionRow>("create_session", args),
  updateSession: (args: UpdateSessionArgs) => call<SessionRow>("update_session", args),
  deleteSession: (args: ByIdArgs) => call<null>("delete_session", args),
  setSessionPeople: (args: SetSessionPeopleArgs) => call<SessionRow>("set_session_people", args),
  saveAgendaItem: (args: AgendaItemInput) => call<SessionRow>("save_agenda_item", args),
  deleteAgendaItem: (args: ByIdArgs) => call<null>("delete_agenda_item", args),
  listConflicts: (args: MeetingArgs) => call<Conflict[]>("list_conflicts", args),

  agenda: (args: AgendaArgs) => call<Agenda>("agenda", args),
  agendaReleaseCheck: (args: MeetingArgs) => call<ReleaseCheck>("agenda_release_check", args),
  releaseAgenda: (args: ReleaseAgendaArgs) => call<ReleasedAgenda>("release_agenda", args),
  listAgendaVersions: (args: MeetingArgs) => call<AgendaVersion[]>("list_agenda_versions", args),
  agendaChangelog: (args: AgendaChangelogArgs) => call<AgendaChangelog>("agenda_changelog", args),
  /** Asks where to save, then writes the agenda; null when cancelled. */
  saveAgenda: (args: SaveAgendaArgs) => call<ExportResult | null>("save_agenda", args),

  translationWorklist: (args: WorklistArgs) => call<Worklist>("translation_worklist", args),
  translateText: (args: TranslateTextArgs) => call<WorklistItem>("translate_text", args),
  setTextState: (args: SetTextStateArgs) => call<WorklistItem>("set_text_state", args),
  listGlossary: (args: MeetingArgs) => call<Term[]>("list_glossary", args),
  saveGlossaryTerm: (args: GlossaryTermInput) => call<Term>("save_glossary_term", args),
  deleteGlossaryTerm: (args: ByIdArgs) => call<null>("delete_glossary_term", args),
  checkGlossary: (args: MeetingArgs) => call<GlossaryFinding[]>("check_glossary", args),
  /** Asks where to save, then writes the texts to translate; null when cancelled. */
  saveXliff: (args: SaveXliffArgs) => call<XliffExport | null>("save_xliff", args),
  /** Asks for a translated file (or reuses the last one), then reads it back; null when cancelled. */
  openXliff: (args: OpenXliffArgs) => call<XliffImport | null>("open_xliff", args),

  ...outcomeCommands,
  ...importCommands,
  ...listsCommands,
  ...undoCommands,
  ...backupCommands,
};

export type Api = typeof api;

// The list of participants, badges, tent cards and statistics tables: each command opens the
// save dialog on the Rust side (the file's place is chosen there, never here) and writes the
// file; null when the person cancels. Spread into `api` by ./index.
import { call } from "./call";
import type { ExportResult } from "./bindings/ExportResult";
import type { MeetingArgs } from "./bindings/MeetingArgs";
import type { PersonalDataCounts } from "./bindings/PersonalDataCounts";
import type { SaveBadgesArgs } from "./bindings/SaveBadgesArgs";
import type { SaveParticipantsArgs } from "./bindings/SaveParticipantsArgs";
import type { SaveStatsArgs } from "./bindings/SaveStatsArgs";
import type { SaveTentCardsArgs } from "./bindings/SaveTentCardsArgs";

export const listsCommands = {
  /** The list of participants as PDF, Word, Excel or CSV. */
  saveParticipants: (args: SaveParticipantsArgs) => call<ExportResult | null>("save_participants", args),
  /** Badges: A6, or four per A4 sheet. */
  saveBadges: (args: SaveBadgesArgs) => call<ExportResult | null>("save_badges", args),
  /** A tent card per delegation. */
  saveTentCards: (args: SaveTentCardsArgs) => call<ExportResult | null>("save_tent_cards", args),
  /** The statistics tables as Excel or CSV. */
  saveStats: (args: SaveStatsArgs) => call<ExportResult | null>("save_stats", args),
  /** How many emails and phones the meeting's participants have (what a purge would remove). */
  personalDataCounts: (args: MeetingArgs) => call<PersonalDataCounts>("personal_data_counts", args),
  /** Removes the emails and phones of the meeting's participants; says how many went. */
  purgePersonalData: (args: MeetingArgs) => call<PersonalDataCounts>("purge_personal_data", args),
};

// The import's types: those of the API (generated bindings), and the arguments of the
// desktop's commands, which carry the person's choices but never the file's path (the app
// keeps the path it got from the dialog).
import type { Id, ImportOptions } from "../ipc";

export type {
  CountryChoice,
  DuplicateAction,
  DuplicateChoice,
  Field,
  ImportDuplicate,
  ImportIssue,
  ImportOptions,
  ImportPreview,
  ImportProgress,
  ImportReport,
  NewDelegation,
  OrganisationChoice,
  PreviewColumn,
  PreviewRow,
  UnknownValue,
} from "../ipc";

/** `preview_participants_import` and `import_participants`: the meeting and the choices. */
export type ImportArgs = { meeting_id: Id; options: ImportOptions };

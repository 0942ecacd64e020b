// The import of participants from a spreadsheet: the file is chosen in a dialog opened on the
// Rust side and stays there; the webview only sends the person's choices and gets previews.
import { Channel, call } from "./call";
import type { ImportArgs, ImportPreview, ImportProgress, ImportReport } from "../import/types";
import type { MeetingArgs } from "./bindings/MeetingArgs";

export const importCommands = {
  /** Asks for a file, remembers it for the meeting and previews it; null when cancelled. */
  openParticipantsImport: (args: MeetingArgs) => call<ImportPreview | null>("open_participants_import", args),
  /** Reads the remembered file again with the person's choices. */
  previewParticipantsImport: (args: ImportArgs) => call<ImportPreview>("preview_participants_import", args),
  /** Imports every row or none; `onProgress` hears how far it has come. */
  importParticipants: (args: ImportArgs, onProgress: (p: ImportProgress) => void) => {
    const channel = new Channel<ImportProgress>();
    channel.onmessage = onProgress;
    return call<ImportReport>("import_participants", args, { onProgress: channel });
  },
};

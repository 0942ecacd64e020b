// Undo and redo of this run's edits. Spread into `api` by ./index.
import { call } from "./call";
import type { UndoOutcome } from "./bindings/UndoOutcome";
import type { UndoState } from "./bindings/UndoState";

export const undoCommands = {
  /** Undoes the latest edit; refused (nothing changed) when its rows changed since. */
  undo: () => call<UndoOutcome>("undo"),
  /** Redoes the latest edit undone. */
  redo: () => call<UndoOutcome>("redo"),
  /** What Undo and Redo would do now, described in the user's language. */
  undoState: () => call<UndoState>("undo_state"),
};

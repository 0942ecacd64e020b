// The undo and redo of the app: what they would do now (for the buttons), running them from
// the buttons or the keyboard, and what the screens need to reload after one.
import { api } from "../ipc";
import { onCommandDone } from "../ipc/call";
import { current, messageOf, nav, notify, refreshMeeting } from "../app/state.svelte";
import { t } from "../i18n/index.svelte";

/** What Undo and Redo would do (null: nothing), and a count of undos and redos run, which
 * the screen is keyed on so that it reloads its data after each. */
export const history = $state<{ undo: string | null; redo: string | null; epoch: number; busy: boolean }>({
  undo: null,
  redo: null,
  epoch: 0,
  busy: false,
});

/** Commands that cannot change what Undo would do: asking again after them is wasted. */
const QUIET = new Set(["undo_state", "undo", "redo", "mark_first_paint", "app_status"]);

let pending: Promise<void> | null = null;

/** Asks again what Undo and Redo would do. */
export function refreshUndo(): Promise<void> {
  pending ??= api
    .undoState()
    .then((s) => {
      history.undo = s.undo;
      history.redo = s.redo;
    })
    .catch(() => {
      history.undo = null;
      history.redo = null;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** Follows every command: after an edit (or a change of language) the descriptions change. */
export function followEdits(): () => void {
  return onCommandDone((command) => {
    if (!QUIET.has(command)) void refreshUndo();
  });
}

/** Undoes or redoes the latest edit, says what in a toast and reloads the screen. */
export async function runUndo(way: "undo" | "redo") {
  if (history.busy || (way === "undo" ? !history.undo : !history.redo)) return;
  history.busy = true;
  try {
    const outcome = way === "undo" ? await api.undo() : await api.redo();
    history.undo = outcome.state.undo;
    history.redo = outcome.state.redo;
    notify("ok", t(way === "undo" ? "undo.undone" : "undo.redone", { what: outcome.done }));
    if (outcome.kind === "meeting" && outcome.removed && outcome.id === nav.meetingId) {
      // The open meeting itself is gone (its creation undone): back to the list.
      nav.meetingId = null;
      current.meeting = null;
      nav.view = "meetings";
    } else {
      await refreshMeeting();
    }
    history.epoch += 1;
  } catch (e) {
    // Refused (its rows changed since): nothing changed, so the screen stays as it is.
    notify("error", messageOf(e));
    await refreshUndo();
  } finally {
    history.busy = false;
  }
}

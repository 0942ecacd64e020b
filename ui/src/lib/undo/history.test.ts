import { beforeEach, describe, expect, it, vi } from "vitest";

// The commands, as the Rust side would answer them.
const calls: string[] = [];
const answers: Record<string, () => unknown> = {};
vi.mock("../ipc", () => {
  class ApiFailure extends Error {}
  const answer = (name: string) => async () => {
    calls.push(name);
    return answers[name]?.();
  };
  return {
    ApiFailure,
    api: { undo: answer("undo"), redo: answer("redo"), undoState: answer("undo_state"), getMeeting: answer("get_meeting") },
  };
});
vi.mock("../ipc/call", () => ({ onCommandDone: () => () => {} }));

const { history, runUndo, refreshUndo } = await import("./history.svelte");
const { current, nav, toasts } = await import("../app/state.svelte");

function outcome(done: string, kind: string | null, id: string | null, removed: boolean) {
  return { done, kind, id, removed, state: { undo: null, redo: done } };
}

describe("undo from the app", () => {
  beforeEach(async () => {
    toasts.splice(0);
    answers.undo_state = () => ({ undo: "create meeting “Lagos”", redo: null });
    answers.get_meeting = () => ({ id: "m1" });
    await refreshUndo();
    calls.length = 0;
    nav.meetingId = "m1";
    nav.view = "participants";
  });

  it("undoes, says what in a toast, re-reads the open meeting and reloads the screen", async () => {
    answers.undo = () => outcome("delete participant Amina Bello", "participant", "p1", false);
    const epoch = history.epoch;
    await runUndo("undo");
    expect(calls, "the undo, then the open meeting read again").toEqual(["undo", "get_meeting"]);
    expect(toasts.at(-1)?.text).toBe("Undone: delete participant Amina Bello");
    expect(history.epoch, "the screen is keyed on the epoch: it reloads").toBe(epoch + 1);
    expect([history.undo, history.redo], "the buttons follow the answer").toEqual([null, "delete participant Amina Bello"]);
    expect(nav.view).toBe("participants");
  });

  it("goes back to the meetings list when the open meeting's creation is undone", async () => {
    answers.undo = () => outcome("create meeting “Lagos”", "meeting", "m1", true);
    await runUndo("undo");
    expect([nav.view, nav.meetingId, current.meeting]).toEqual(["meetings", null, null]);
    expect(calls, "the meeting that is gone is not read").toEqual(["undo"]);
  });

  it("a refused undo shows why and leaves the screen as it is", async () => {
    answers.undo = () => {
      throw new Error("“delete participant Amina Bello” can no longer be undone or redone");
    };
    const epoch = history.epoch;
    await runUndo("undo");
    expect(toasts.at(-1)).toMatchObject({ kind: "error", text: "“delete participant Amina Bello” can no longer be undone or redone" });
    expect(history.epoch, "nothing changed: no reload").toBe(epoch);
    expect(calls.at(-1), "the buttons ask again what they can do").toBe("undo_state");
  });

  it("does nothing when there is nothing to undo or redo", async () => {
    await runUndo("redo");
    expect(calls, "no redo was asked for: nothing had been undone").toEqual([]);
  });
});

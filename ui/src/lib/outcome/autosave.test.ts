import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type SaveStatus } from "./autosave";

function setup() {
  const sent: string[] = [];
  const statuses: SaveStatus["kind"][] = [];
  let fail: { code: string; message: string } | null = null;
  let gate: Promise<void> | null = null;
  const queue = new AutosaveQueue({
    describe: (e) => ({ code: (e as { code?: string }).code ?? null, field: null, message: String((e as { message?: string }).message) }),
    onstatus: (_key, status) => statuses.push(status.kind),
  });
  const save = async (value: string) => {
    sent.push(value);
    if (gate) await gate;
    if (fail) throw fail;
  };
  return {
    queue,
    sent,
    statuses,
    save,
    failWith: (f: typeof fail) => (fail = f),
    hold: () => {
      let release = () => {};
      gate = new Promise<void>((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once, 600 ms after the last key press", async () => {
    const { queue, sent, save } = setup();
    queue.edit("p1:en", "W", "", save);
    await vi.advanceTimersByTimeAsync(300);
    queue.edit("p1:en", "We", "", save);
    await vi.advanceTimersByTimeAsync(599);
    expect(sent, "nothing is sent while the person is still typing").toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent, "one save of the last text, not one per key").toEqual(["We"]);
    expect(queue.status("p1:en").kind).toBe("saved");
    expect(queue.pending("p1:en")).toBe(false);
  });

  it("saves at once when the field loses focus, and not again after the delay", async () => {
    const { queue, sent, save } = setup();
    queue.edit("k", "text", "", save);
    await queue.commit("k");
    expect(sent).toEqual(["text"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent, "the timer was cancelled by the save on blur").toEqual(["text"]);
  });

  it("does not send a text equal to what is stored", async () => {
    const { queue, sent, save } = setup();
    queue.edit("k", "same", "same", save);
    await queue.commit("k");
    queue.edit("k", "changed", "same", save);
    queue.edit("k", "same", "same", save);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent, "typed back to the stored text: no-op").toEqual([]);
  });

  it("never overlaps two saves of one field: a text typed meanwhile is sent after", async () => {
    const { queue, sent, save, hold } = setup();
    const release = hold();
    queue.edit("k", "one", "", save);
    const first = queue.commit("k");
    queue.edit("k", "one two", "", save);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent, "the second text waits for the first save").toEqual(["one"]);
    expect(queue.status("k").kind).toBe("saving");
    release();
    await first;
    expect(sent).toEqual(["one", "one two"]);
    expect(queue.status("k").kind).toBe("saved");
  });

  it("keeps the typed text and the reason when a save is refused, and tries again on the next edit", async () => {
    const { queue, sent, save, failWith } = setup();
    failWith({ code: "too_long", message: "The text is too long" });
    queue.edit("k", "x".repeat(10), "", save);
    await queue.commit("k");
    const status = queue.status("k");
    expect(status).toMatchObject({ kind: "error", code: "too_long", message: "The text is too long" });
    expect(queue.pending("k"), "the refused text is still waiting to be stored").toBe(true);
    failWith(null);
    queue.edit("k", "short", "", save);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent.at(-1)).toBe("short");
    expect(queue.status("k").kind).toBe("saved");
  });

  it("flush sends everything pending and waits for it", async () => {
    const { queue, sent, save } = setup();
    queue.edit("a", "A", "", save);
    queue.edit("b", "B", "", save);
    expect(queue.busy()).toBe(true);
    await queue.flush();
    expect(sent.sort(), "both fields saved before the screen is left").toEqual(["A", "B"]);
    expect(queue.busy()).toBe(false);
  });

  it("takes a text changed elsewhere as the new baseline only when nothing is pending", async () => {
    const { queue, sent, save } = setup();
    queue.edit("k", "mine", "old", save);
    queue.rebase("k", "merged");
    await queue.flush();
    expect(sent, "typed text is never dropped for a newer stored one").toEqual(["mine"]);
    queue.rebase("k", "merged");
    queue.edit("k", "merged", "ignored", save);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent, "the merged text is the baseline: typing it back sends nothing").toEqual(["mine"]);
  });

  it("forgets a deleted field without sending it", async () => {
    const { queue, sent, save } = setup();
    queue.edit("k", "text", "", save);
    queue.forget("k");
    await vi.advanceTimersByTimeAsync(1000);
    await queue.flush();
    expect(sent).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { Latest, oneAtATime } from "./latest";

describe("oneAtATime", () => {
  /** A run whose answer the test releases. */
  function gated() {
    const calls: string[] = [];
    const release: Array<() => void> = [];
    const run = (text: string) =>
      new Promise<void>((resolve) => {
        calls.push(text);
        release.push(resolve);
      });
    return { calls, release, run };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it("sends the first keystroke at once, then only the newest text once the answer is back", async () => {
    const g = gated();
    const o = oneAtATime(g.run);
    o.call("p");
    expect(g.calls, "no pause before the first request").toEqual(["p"]);
    o.call("pr");
    o.call("pro");
    expect(g.calls, "one request at a time").toEqual(["p"]);
    g.release[0]!();
    await settle();
    expect(g.calls, "the texts typed meanwhile collapse into the newest").toEqual(["p", "pro"]);
    g.release[1]!();
    await settle();
    o.call("pros");
    expect(g.calls, "idle again: sent at once").toEqual(["p", "pro", "pros"]);
  });

  it("sends nothing waiting once cancelled, and goes on after a failed run", async () => {
    const calls: string[] = [];
    let fail: (e: Error) => void = () => {};
    const o = oneAtATime((text: string) => {
      calls.push(text);
      return new Promise<void>((_, reject) => (fail = reject));
    });
    o.call("x");
    o.call("xy");
    o.cancel();
    fail(new Error("store closed"));
    await settle();
    expect(calls, "the cancelled text is not sent").toEqual(["x"]);
    o.call("z");
    expect(calls, "a failure does not leave it busy").toEqual(["x", "z"]);
  });
});

describe("Latest", () => {
  it("drops an answer that arrives after a newer request was made", async () => {
    const latest = new Latest();
    let answerSlow: (v: string) => void = () => {};
    const slow = latest.run(() => new Promise<string>((resolve) => (answerSlow = resolve)));
    const fast = latest.run(async () => "prosecutors");
    answerSlow("pro");
    expect(await fast, "the newer answer is kept").toEqual({ stale: false, value: "prosecutors" });
    expect(await slow, "the older one, arriving last, is dropped").toEqual({ stale: true });
  });

  it("makes requests in flight stale when told to forget them", async () => {
    const latest = new Latest();
    const pending = latest.run(async () => 1);
    latest.forget();
    expect(await pending).toEqual({ stale: true });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Latest, debounce } from "./latest";

describe("debounce", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once, with the last arguments, after a pause in the calls", () => {
    const run = vi.fn();
    const d = debounce(run, 120);
    d.call("p");
    vi.advanceTimersByTime(100);
    d.call("pr");
    vi.advanceTimersByTime(100);
    expect(run, "typing on: nothing sent yet").not.toHaveBeenCalled();
    d.call("pro");
    vi.advanceTimersByTime(120);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith("pro");
  });

  it("sends nothing once cancelled", () => {
    const run = vi.fn();
    const d = debounce(run, 120);
    d.call("x");
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
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

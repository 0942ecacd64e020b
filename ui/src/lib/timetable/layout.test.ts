import { describe, expect, it } from "vitest";
import { layoutLanes } from "./layout";

const h = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
const iv = (id: string, start: string, end: string) => ({ id, start: h(start), end: h(end) });

describe("lanes of overlapping sessions", () => {
  it("gives a lone session the whole column", () => {
    expect(layoutLanes([iv("a", "09:00", "10:00")]).get("a")).toEqual({ lane: 0, lanes: 1 });
  });

  it("lets back-to-back sessions share a lane", () => {
    const lanes = layoutLanes([iv("a", "09:00", "10:30"), iv("b", "10:30", "11:00")]);
    expect(lanes.get("a"), "the first keeps the whole width").toEqual({ lane: 0, lanes: 1 });
    expect(lanes.get("b"), "touching is not overlapping").toEqual({ lane: 0, lanes: 1 });
  });

  it("puts overlapping sessions side by side", () => {
    const lanes = layoutLanes([iv("lunch", "12:15", "13:45"), iv("side", "12:45", "13:35")]);
    expect(lanes.get("lunch")).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get("side")).toEqual({ lane: 1, lanes: 2 });
  });

  it("reuses a freed lane and sizes the whole cluster alike", () => {
    const lanes = layoutLanes([iv("a", "09:00", "12:00"), iv("b", "09:30", "10:00"), iv("c", "10:00", "11:00"), iv("d", "10:30", "11:30")]);
    expect(lanes.get("a")).toEqual({ lane: 0, lanes: 3 });
    expect(lanes.get("b")).toEqual({ lane: 1, lanes: 3 });
    expect(lanes.get("c"), "b's lane is free again at 10:00").toEqual({ lane: 1, lanes: 3 });
    expect(lanes.get("d")).toEqual({ lane: 2, lanes: 3 });
  });

  it("starts a new cluster after a gap", () => {
    const lanes = layoutLanes([iv("a", "09:00", "10:00"), iv("b", "09:30", "10:00"), iv("c", "14:00", "15:00")]);
    expect(lanes.get("c"), "an afternoon session is not narrowed by the morning's").toEqual({ lane: 0, lanes: 1 });
  });

  it("lays out a thousand sessions quickly", () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, start: 420 + ((i * 37) % 700), end: 420 + ((i * 37) % 700) + 60 }));
    const t0 = performance.now();
    const lanes = layoutLanes(items);
    expect(lanes.size).toBe(1000);
    expect(performance.now() - t0, "milliseconds for 1,000 sessions").toBeLessThan(200);
  });
});

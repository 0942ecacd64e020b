import { describe, expect, it } from "vitest";
import { keyMove, moveTo, resizeTo, samePlacement, sweep, type Placement } from "./drag";

const h = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
const day = "2025-11-04";
const p = (start: string, end: string, roomId: string | null = "hall", d = day): Placement => ({ day: d, roomId, start: h(start), end: h(end) });
const bounds = { from: h("07:00"), to: h("20:00") };

describe("moving a session", () => {
  it("keeps its length and snaps its start", () => {
    expect(moveTo(p("09:00", "10:30"), 37, { day, roomId: "hall" }, 5, bounds), "+37 min snaps to +35").toEqual(p("09:35", "11:05"));
    expect(moveTo(p("09:00", "10:30"), 37, { day, roomId: "hall" }, 15, bounds), "+37 min snaps to +30").toEqual(p("09:30", "11:00"));
  });

  it("goes to another room and day", () => {
    expect(moveTo(p("09:00", "10:00"), 0, { day: "2025-11-05", roomId: null }, 5, bounds)).toEqual(p("09:00", "10:00", null, "2025-11-05"));
  });

  it("stays within the axis", () => {
    expect(moveTo(p("09:00", "10:00"), -300, { day, roomId: "hall" }, 5, bounds), "not before 07:00").toEqual(p("07:00", "08:00"));
    expect(moveTo(p("18:00", "19:30"), 120, { day, roomId: "hall" }, 5, bounds), "not after 20:00").toEqual(p("18:30", "20:00"));
  });
});

describe("resizing a session", () => {
  it("moves the end on the grid", () => {
    expect(resizeTo(p("09:00", "10:00"), 22, 5, bounds)).toEqual(p("09:00", "10:20"));
    expect(resizeTo(p("09:00", "10:00"), 22, 15, bounds)).toEqual(p("09:00", "10:15"));
  });

  it("keeps at least one step and stays in the axis", () => {
    expect(resizeTo(p("09:00", "10:00"), -120, 5, bounds), "never ends before it starts").toEqual(p("09:00", "09:05"));
    expect(resizeTo(p("19:00", "19:30"), 120, 5, bounds), "not past 20:00").toEqual(p("19:00", "20:00"));
  });
});

describe("sweeping a new session", () => {
  it("spans from where the drag began to where it is, either way", () => {
    expect(sweep(h("09:02"), h("10:29"), 5, bounds)).toEqual({ start: h("09:00"), end: h("10:30") });
    expect(sweep(h("10:29"), h("09:02"), 5, bounds), "dragged upwards").toEqual({ start: h("09:00"), end: h("10:30") });
  });

  it("lasts at least one step", () => {
    expect(sweep(h("09:00"), h("09:01"), 15, bounds)).toEqual({ start: h("09:00"), end: h("09:15") });
    expect(sweep(h("20:00"), h("20:00"), 15, bounds), "at the bottom edge").toEqual({ start: h("19:45"), end: h("20:00") });
  });
});

describe("arrow keys", () => {
  const columns = [
    { day, roomId: "hall" },
    { day, roomId: null },
    { day: "2025-11-05", roomId: "hall" },
  ];

  it("move by 5 minutes, or resize with Shift", () => {
    expect(keyMove(p("09:00", "10:00"), "ArrowDown", false, 5)).toEqual(p("09:05", "10:05"));
    expect(keyMove(p("09:00", "10:00"), "ArrowUp", false, 5)).toEqual(p("08:55", "09:55"));
    expect(keyMove(p("09:00", "10:00"), "ArrowDown", true, 5)).toEqual(p("09:00", "10:05"));
    expect(keyMove(p("09:00", "10:00"), "ArrowUp", true, 5)).toEqual(p("09:00", "09:55"));
  });

  it("refuse to shrink a session to nothing or to leave the day", () => {
    expect(keyMove(p("09:00", "09:05"), "ArrowUp", true, 5)).toBeNull();
    expect(keyMove(p("00:00", "01:00"), "ArrowUp", false, 5)).toBeNull();
    expect(keyMove(p("22:55", "23:55"), "ArrowDown", false, 5)).toBeNull();
  });

  it("move to the neighbouring column", () => {
    expect(keyMove(p("09:00", "10:00"), "ArrowRight", false, 5, columns)).toEqual(p("09:00", "10:00", null));
    expect(keyMove(p("09:00", "10:00", null), "ArrowRight", false, 5, columns)).toEqual(p("09:00", "10:00", "hall", "2025-11-05"));
    expect(keyMove(p("09:00", "10:00"), "ArrowLeft", false, 5, columns), "already in the first column").toBeNull();
    expect(keyMove(p("09:00", "10:00"), "Enter", false, 5, columns)).toBeNull();
  });

  it("tell an unchanged placement", () => {
    expect(samePlacement(p("09:00", "10:00"), p("09:00", "10:00"))).toBe(true);
    expect(samePlacement(p("09:00", "10:00"), p("09:00", "10:00", null))).toBe(false);
  });
});

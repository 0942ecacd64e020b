import { describe, expect, it } from "vitest";
import { axisFor, axisHeight, heightOf, hoursOf, minuteAt, snap, snapDown, yOf } from "./geometry";

describe("the time axis", () => {
  it("shows 07:00–20:00 when every session fits", () => {
    const axis = axisFor([{ start: 9 * 60, end: 10 * 60 + 30 }], 1);
    expect([axis.from, axis.to], "the default span").toEqual([7 * 60, 20 * 60]);
  });

  it("stretches to whole hours around early and late sessions", () => {
    const axis = axisFor([{ start: 6 * 60 + 30, end: 8 * 60 }, { start: 19 * 60, end: 21 * 60 + 10 }], 1);
    expect([axis.from, axis.to], "06:30 starts the axis at 06:00, 21:10 ends it at 22:00").toEqual([6 * 60, 22 * 60]);
  });

  it("maps minutes to pixels and back", () => {
    const axis = { from: 7 * 60, to: 20 * 60, ppm: 1.5 };
    expect(yOf(axis, 9 * 60), "two hours below 07:00").toBe(180);
    expect(minuteAt(axis, 180), "the same pixel is 09:00 again").toBe(9 * 60);
    expect(heightOf(axis, 9 * 60, 10 * 60 + 30), "90 minutes").toBe(135);
    expect(axisHeight(axis), "13 hours").toBe(13 * 60 * 1.5);
    expect(minuteAt(axis, -50), "above the axis is its start").toBe(7 * 60);
    expect(minuteAt(axis, 1e6), "below the axis is its end").toBe(20 * 60);
  });

  it("labels each whole hour", () => {
    expect(hoursOf({ from: 7 * 60, to: 10 * 60, ppm: 1 })).toEqual([420, 480, 540, 600]);
  });
});

describe("snapping", () => {
  it("rounds to 5 or 15 minutes", () => {
    expect(snap(9 * 60 + 7, 5), "09:07 → 09:05").toBe(9 * 60 + 5);
    expect(snap(9 * 60 + 8, 5), "09:08 → 09:10").toBe(9 * 60 + 10);
    expect(snap(9 * 60 + 7, 15), "09:07 → 09:00").toBe(9 * 60);
    expect(snap(9 * 60 + 8, 15), "09:08 → 09:15").toBe(9 * 60 + 15);
    expect(snapDown(9 * 60 + 14, 15), "09:14 down → 09:00").toBe(9 * 60);
  });
});

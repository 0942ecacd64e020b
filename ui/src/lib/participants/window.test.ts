import { describe, expect, it } from "vitest";
import { locate, nextIndex, pagesOf, rowsPerPage, scrollHeight, scrollToReveal, visibleRange } from "./window";

const base = { rowHeight: 36, overscan: 5 };

describe("the rows a scroll position shows", () => {
  it("renders only the visible rows and the overscan of 70,000", () => {
    const r = visibleRange({ ...base, scrollTop: 0, height: 540, total: 70_000 });
    expect(r, "15 visible rows from the top, 5 more below, none above").toEqual({ start: 0, end: 20 });
    expect(r.end - r.start, "a few dozen rows in the DOM, not 70,000").toBeLessThan(40);
  });

  it("counts a partly visible row at both edges", () => {
    // 100 px into rows of 36: row 2 is partly hidden at the top; the bottom edge is 640 px = row 17.8.
    const r = visibleRange({ ...base, overscan: 0, scrollTop: 100, height: 540, total: 70_000 });
    expect(r).toEqual({ start: 2, end: 18 });
  });

  it("stops at the end of the list", () => {
    const r = visibleRange({ ...base, scrollTop: 36 * 69_990, height: 540, total: 70_000 });
    expect(r.end, "never past the last row").toBe(70_000);
    expect(r.start).toBe(69_985);
  });

  it("shows nothing for an empty list and survives a scroll past the end", () => {
    expect(visibleRange({ ...base, scrollTop: 0, height: 540, total: 0 })).toEqual({ start: 0, end: 0 });
    const r = visibleRange({ ...base, scrollTop: 1e9, height: 540, total: 10 });
    expect(r.end).toBe(10);
    expect(r.start).toBeLessThan(r.end);
  });

  it("ignores a negative scrollTop (elastic scrolling)", () => {
    expect(visibleRange({ ...base, overscan: 0, scrollTop: -50, height: 72, total: 10 })).toEqual({ start: 0, end: 2 });
  });

  it("gives the whole list its full height", () => {
    expect(scrollHeight(70_000, 36)).toBe(2_520_000);
    expect(scrollHeight(-1, 36)).toBe(0);
  });
});

describe("the pages a range needs", () => {
  it("lists each page once, the last one included", () => {
    expect(pagesOf({ start: 0, end: 20 }, 100)).toEqual([0]);
    expect(pagesOf({ start: 95, end: 105 }, 100)).toEqual([0, 1]);
    expect(pagesOf({ start: 100, end: 200 }, 100), "end is excluded: row 200 is on page 2").toEqual([1]);
    expect(pagesOf({ start: 5, end: 5 }, 100)).toEqual([]);
  });

  it("locates a row in its page", () => {
    expect(locate(0, 100)).toEqual({ page: 0, slot: 0 });
    expect(locate(69_999, 200)).toEqual({ page: 349, slot: 199 });
  });
});

describe("keeping the focused row in view", () => {
  it("scrolls up or down by the least amount, or not at all", () => {
    expect(scrollToReveal(5, 0, 360, 36), "row 5 is visible").toBeNull();
    expect(scrollToReveal(10, 0, 360, 36), "row 10 starts at the bottom edge").toBe(36);
    expect(scrollToReveal(2, 200, 360, 36), "row 2 is above").toBe(72);
  });

  it("moves with the keys, clamped to the list", () => {
    expect(nextIndex("ArrowDown", 0, 10, 5)).toBe(1);
    expect(nextIndex("ArrowDown", 9, 10, 5)).toBe(9);
    expect(nextIndex("ArrowUp", 0, 10, 5)).toBe(0);
    expect(nextIndex("PageDown", 7, 10, 5)).toBe(9);
    expect(nextIndex("PageUp", 3, 10, 5)).toBe(0);
    expect(nextIndex("Home", 7, 10, 5)).toBe(0);
    expect(nextIndex("End", 0, 10, 5)).toBe(9);
    expect(nextIndex("Enter", 0, 10, 5), "not a navigation key").toBeNull();
    expect(nextIndex("ArrowDown", 0, 0, 5), "nothing to move to").toBeNull();
    expect(rowsPerPage(540, 36)).toBe(15);
    expect(rowsPerPage(10, 36)).toBe(1);
  });
});

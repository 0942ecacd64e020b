import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateRange, formatDayHeading, formatPercent, formatShortDay, formatTime, formatTimeRange, minutesOf, timeOf } from "./index";

describe("formats", () => {
  it("write dates as each language does", () => {
    expect(formatDate("2025-11-04", "en")).toBe("4 November 2025");
    expect(formatDate("2025-11-04", "fr")).toBe("4\u00a0novembre 2025");
    expect(formatDate("2025-11-01", "fr")).toBe("1er\u00a0novembre 2025");
    expect(formatDayHeading("2025-11-04", "en")).toBe("Tuesday 4 November 2025");
    expect(formatDayHeading("2025-11-05", "fr")).toBe("mercredi 5\u00a0novembre 2025");
  });

  it("abbreviate months as French does, not by a fixed number of letters", () => {
    expect(formatShortDay("2025-11-04", "en")).toBe("Tue 4 Nov");
    expect(formatShortDay("2025-11-04", "fr")).toBe("mar. 4\u00a0nov.");
    expect(formatShortDay("2025-04-01", "fr"), "avril is avr., not avri.").toBe("mar. 1\u00a0avr.");
    expect(formatShortDay("2025-06-02", "fr"), "a short month keeps its name").toBe("lun. 2\u00a0juin");
  });

  it("write ranges of days", () => {
    expect(formatDateRange("2025-11-04", "2025-11-05", "en")).toBe("4–5 November 2025");
    expect(formatDateRange("2025-11-04", "2025-11-05", "fr")).toBe("4 et 5\u00a0novembre 2025");
  });

  it("write times with h in French", () => {
    expect(formatTime("09:30", "fr")).toBe("9\u00a0h\u00a030");
    expect(formatTime("09:30:00", "en")).toBe("09:30");
    expect(formatTimeRange("09:00", "10:30", "en")).toBe("09:00–10:30");
  });

  it("write counts and shares", () => {
    expect(formatCount(70000, "en")).toBe("70,000");
    expect(formatCount(70000, "fr")).toBe("70\u202f000");
    expect(formatPercent(41, "fr")).toBe("41\u00a0%");
  });

  it("convert times and minutes", () => {
    expect(minutesOf("09:30")).toBe(570);
    expect(timeOf(570)).toBe("09:30");
  });
});

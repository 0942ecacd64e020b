import { describe, expect, it } from "vitest";
import { formatSize, formatSnapshotTime } from "./format";

describe("snapshot formats", () => {
  it("write a snapshot's time in each language, in UTC as its name", () => {
    expect(formatSnapshotTime("2025-11-04T07:30:00Z", "en")).toBe("4 November 2025, 07:30 UTC");
    expect(formatSnapshotTime("2025-11-04T07:30:00Z", "fr")).toBe("4\u00a0novembre 2025, 7\u00a0h\u00a030 UTC");
    expect(formatSnapshotTime("not a time", "en"), "an unreadable time is shown as stored").toBe("not a time");
  });

  it("write sizes as each language does", () => {
    expect(formatSize(2_516_582, "en")).toBe("2.4 MB");
    expect(formatSize(2_516_582, "fr")).toBe("2,4\u00a0Mo");
    expect(formatSize(52_428_800, "en")).toBe("50 MB");
  });
});

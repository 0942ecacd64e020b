import { describe, expect, it } from "vitest";
import type { Count, GroupGender } from "../ipc";
import { attendance, genderTable, shareOf, topWithOthers, withShares } from "./shape";

const count = (key: string, n: number): Count => ({ key, label: key.toUpperCase(), count: n });

describe("topWithOthers", () => {
  it("keeps the first rows and sums the rest into “others”", () => {
    const counts = [count("ng", 20), count("fr", 9), count("sn", 5), count("ml", 2), count("bf", 1)];
    expect(topWithOthers(counts, 3, "Others")).toEqual([
      { key: "ng", label: "NG", value: 20 },
      { key: "fr", label: "FR", value: 9 },
      { key: "sn", label: "SN", value: 5 },
      { key: "others", label: "Others", value: 3 },
    ]);
  });

  it("adds no “others” row when everything fits, and leaves out empty counts", () => {
    expect(topWithOthers([count("ng", 2), count("fr", 0)], 15, "Others")).toEqual([{ key: "ng", label: "NG", value: 2 }]);
  });

  it("keeps the whole total: nothing is lost in the cut", () => {
    const counts = Array.from({ length: 41 }, (_, i) => count(`c${i}`, 41 - i));
    const rows = topWithOthers(counts, 15, "Others");
    expect(rows).toHaveLength(16);
    expect(rows.reduce((n, r) => n + r.value, 0)).toBe(counts.reduce((n, c) => n + c.count, 0));
  });
});

describe("attendance", () => {
  it("gives each figure with its share of all representatives", () => {
    const rows = attendance({ representatives: 166, registered: 166, attended: 83, badges_printed: 0 });
    expect(rows).toEqual([
      { key: "registered", value: 166, share: 100 },
      { key: "attended", value: 83, share: 50 },
      { key: "badges_printed", value: 0, share: 0 },
    ]);
  });

  it("has no share without representatives, rather than dividing by zero", () => {
    expect(attendance({ representatives: 0, registered: 0, attended: 0, badges_printed: 0 }).map((r) => r.share)).toEqual([null, null, null]);
    expect(shareOf(1, 0)).toBeNull();
  });
});

it("tabulates the gender balance of each category in a fixed column order, with its total", () => {
  const groups: GroupGender[] = [{ key: "member_state", label: "Member States", gender: { female: 3, male: 5, other: 0, unknown: 2 } }];
  expect(genderTable(groups)).toEqual([{ key: "member_state", label: "Member States", counts: [3, 5, 0, 2], total: 10 }]);
});

it("gives rows their share of the sum", () => {
  const rows = withShares([{ key: "a", label: "A", value: 1 }, { key: "b", label: "B", value: 3 }]);
  expect(rows.map((r) => r.share)).toEqual([25, 75]);
});

import { describe, expect, it } from "vitest";
import { barLayout, fitLabel, roundedShares, stackLayout } from "./geometry";

const d = (label: string, value: number) => ({ key: label, label, value });

describe("bar layout", () => {
  it("gives the largest value the whole bar space and the others their share", () => {
    const { rows, labelWidth, max } = barLayout([d("Africa", 30), d("Europe", 10)], 400, { valueWidth: 40, padding: 8 });
    expect(max).toBe(30);
    expect(labelWidth).toBe(100); // 25% of 400: short labels take the minimum column
    expect(rows[0]?.barWidth).toBeCloseTo(400 - 100 - 40 - 8);
    expect(rows[1]?.barWidth).toBeCloseTo((400 - 148) / 3);
    expect(rows[0]?.barX).toBe(100);
    expect(rows[0]?.valueX).toBeGreaterThan((rows[0]?.barX ?? 0) + (rows[0]?.barWidth ?? 0));
  });

  it("stacks rows with a gap and reports the height", () => {
    const { rows, height } = barLayout([d("a", 1), d("b", 2), d("c", 3)], 300, { rowHeight: 20, gap: 5 });
    expect(rows.map((r) => r.y)).toEqual([0, 25, 50]);
    expect(height).toBe(70);
    expect(rows[1]?.labelY).toBe(35);
    expect(rows[1]?.valueY).toBe(35);
  });

  it("puts long labels above their bars, the bars then taking the whole width", () => {
    const long = barLayout([d("Specialised agencies and related organisations", 3), d("NGOs", 1)], 400, { rowHeight: 20, gap: 6, labelLine: 18, valueWidth: 40 });
    expect(long.stacked).toBe(true);
    expect(long.labelWidth).toBe(0);
    expect(long.rows[0]?.barX).toBe(0);
    expect(long.rows[0]?.barWidth).toBe(360);
    expect(long.rows[0]?.labelY).toBe(9);
    expect(long.rows[0]?.barY).toBeGreaterThan(long.rows[0]?.labelY ?? 0);
    expect(long.rows[1]?.y).toBe(44);
    expect(long.height).toBeGreaterThanOrEqual((long.rows[1]?.barY ?? 0) + (long.rows[1]?.barHeight ?? 0));
    expect(barLayout([d("Africa", 1)], 400).stacked).toBe(false);
  });

  it("draws no bar for zero and a visible one for a tiny value", () => {
    const { rows } = barLayout([d("big", 1000), d("tiny", 1), d("none", 0)], 400);
    expect(rows[1]?.barWidth).toBe(2);
    expect(rows[2]?.barWidth).toBe(0);
  });

  it("copes with no data and all zeros", () => {
    expect(barLayout([], 400)).toMatchObject({ rows: [], height: 0, max: 0 });
    expect(barLayout([d("a", 0)], 400).rows[0]?.barWidth).toBe(0);
  });

  it("shortens labels that do not fit, with an ellipsis", () => {
    expect(fitLabel("Europe", 100)).toBe("Europe");
    const short = fitLabel("Intergovernmental organisations", 70);
    expect(short.endsWith("…")).toBe(true);
    expect(short.length).toBeLessThanOrEqual(10);
  });
});

describe("stacked bar", () => {
  it("tiles the width exactly in proportion", () => {
    const segs = stackLayout([d("f", 60), d("m", 100), d("u", 6)], 300);
    expect(segs.map((s) => s.x)).toEqual([0, 108, 289]);
    expect(segs.reduce((s, x) => s + x.width, 0)).toBe(300);
    expect(segs[0]?.share).toBeCloseTo((60 * 100) / 166);
  });

  it("keeps a sliver for a small but non-empty part", () => {
    const segs = stackLayout([d("a", 1), d("b", 1000)], 100);
    expect(segs[0]?.width).toBe(2);
    expect(segs.reduce((s, x) => s + x.width, 0)).toBe(100);
  });

  it("draws nothing when everything is zero", () => {
    expect(stackLayout([d("a", 0)], 100)[0]).toMatchObject({ width: 0, share: 0 });
  });

  it("rounds shares so that they add up to 100", () => {
    expect(roundedShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(roundedShares([60, 100, 6])).toEqual([36, 60, 4]);
    expect(roundedShares([0, 0])).toEqual([0, 0]);
    expect(roundedShares([0, 5])).toEqual([0, 100]);
  });
});

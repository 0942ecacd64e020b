// Geometry of the small charts, in pixels of the space they are given. Pure functions, so that
// the drawing components stay thin and the arithmetic is tested.

export type Datum = { key: string; label: string; value: number };

/**
 * Horizontal bars: one row per datum. Beside: the label in a column on the left, the bar, the
 * value. Stacked (when the labels are too long for the width): the label on a line of its own
 * above its bar.
 */
export type BarRow = Datum & {
  y: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  valueX: number;
  valueY: number;
  labelX: number;
  labelY: number;
};

export type BarLayout = { rows: BarRow[]; height: number; labelWidth: number; max: number; stacked: boolean };

/** Average width of a character of the 12.5px interface font, to size the label column. */
const CHAR_WIDTH = 6.8;

/** The width a label of `n` characters takes, roughly. */
export function textWidth(text: string, charWidth = CHAR_WIDTH): number {
  return Math.ceil(text.length * charWidth);
}

/**
 * The label shortened with "…" to fit `width` (full labels stay in the table beside the chart).
 */
export function fitLabel(label: string, width: number, charWidth = CHAR_WIDTH): string {
  const fits = Math.max(1, Math.floor(width / charWidth));
  if (label.length <= fits) return label;
  return label.slice(0, Math.max(1, fits - 1)).trimEnd() + "…";
}

/**
 * Lays out horizontal bars in `width` pixels. The label column takes what the longest label
 * needs, at least 25% of the width; when that would be more than 45%, labels go above their
 * bars instead. The longest bar fills what remains after the value.
 */
export function barLayout(
  data: readonly Datum[],
  width: number,
  opts: { rowHeight?: number; gap?: number; valueWidth?: number; padding?: number; labelLine?: number } = {},
): BarLayout {
  const rowHeight = opts.rowHeight ?? 22;
  const gap = opts.gap ?? 8;
  const valueWidth = opts.valueWidth ?? 48;
  const padding = opts.padding ?? 8;
  const labelLine = opts.labelLine ?? 18;
  const w = Math.max(0, width);
  const longest = data.reduce((m, d) => Math.max(m, textWidth(d.label)), 0);
  // The label column: the longest label, the gap to its bar (10px) and some slack.
  const need = longest + padding + 10;
  const stacked = need > w * 0.45;
  const labelWidth = stacked ? 0 : Math.round(Math.max(w * 0.25, need));
  const barSpace = Math.max(0, w - labelWidth - valueWidth - (stacked ? 0 : padding));
  const max = data.reduce((m, d) => Math.max(m, d.value), 0);
  const step = (stacked ? labelLine + rowHeight : rowHeight) + gap;
  const barHeight = stacked ? Math.round(rowHeight * 0.6) : rowHeight - 6;
  const rows = data.map((d, i) => {
    const y = i * step;
    const barWidth = max > 0 && d.value > 0 ? Math.max(2, (d.value / max) * barSpace) : 0;
    const barY = stacked ? y + labelLine + (rowHeight - barHeight) / 2 - 3 : y + 3;
    return {
      ...d,
      y,
      barX: labelWidth,
      barY,
      barWidth,
      barHeight,
      valueX: labelWidth + barWidth + 6,
      valueY: barY + barHeight / 2,
      labelX: stacked ? 0 : labelWidth - 10,
      labelY: stacked ? y + labelLine / 2 : y + rowHeight / 2,
    };
  });
  const height = data.length === 0 ? 0 : data.length * step - gap - (stacked ? rowHeight - barHeight - 3 : 0);
  return { rows, height, labelWidth, max, stacked };
}

/** One segment of a stacked bar: where it starts and how wide it is, and its share in percent. */
export type Segment = Datum & { x: number; width: number; share: number };

/**
 * Splits `width` pixels between the data in proportion to their values. Widths are rounded so
 * that the segments tile the bar exactly; a non-empty datum keeps at least 2 pixels.
 */
export function stackLayout(data: readonly Datum[], width: number): Segment[] {
  const total = data.reduce((s, d) => s + Math.max(0, d.value), 0);
  if (total === 0) return data.map((d) => ({ ...d, x: 0, width: 0, share: 0 }));
  let x = 0;
  let acc = 0;
  return data.map((d) => {
    acc += Math.max(0, d.value);
    const end = Math.round((acc / total) * width);
    let w = end - x;
    if (d.value > 0 && w < 2) w = Math.min(2, width - x);
    const seg = { ...d, x, width: Math.max(0, w), share: (d.value * 100) / total };
    x += Math.max(0, w);
    return seg;
  });
}

/** Percentages that add up to exactly 100 once rounded (largest remainder), for the legend. */
export function roundedShares(values: readonly number[]): number[] {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((v) => (Math.max(0, v) * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((s, v) => s + v, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if ((values[i] ?? 0) > 0) {
      floors[i] = (floors[i] ?? 0) + 1;
      left--;
    }
  }
  return floors;
}

/** The colours a chart part can take (the app's navy, a lighter blue, gold, grey). */
export type Tone = "primary" | "secondary" | "accent" | "muted";

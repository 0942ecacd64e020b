// The vertical time axis of the timetable: minutes of the day ↔ pixels, and snapping.
// Pure functions, so that dragging and drawing agree to the pixel and can be tested.

/** Minutes in a day. */
export const DAY_MINUTES = 24 * 60;
/** The latest end a session can have: "24:00" is not a time of day, 23:55 is on the grid. */
export const LATEST_END = DAY_MINUTES - 5;
/** The axis shown when no session reaches outside it. */
export const DEFAULT_FROM = 7 * 60;
export const DEFAULT_TO = 20 * 60;

/** The visible span of the day and its scale. */
export type Axis = {
  /** First minute shown (on an hour). */
  from: number;
  /** Last minute shown (on an hour). */
  to: number;
  /** Pixels per minute. */
  ppm: number;
};

/**
 * The span that shows 07:00–20:00 and stretches to whole hours around any session that
 * starts earlier or ends later.
 */
export function axisFor(ranges: Iterable<{ start: number; end: number }>, ppm: number, from = DEFAULT_FROM, to = DEFAULT_TO): Axis {
  let lo = from;
  let hi = to;
  for (const r of ranges) {
    if (r.start < lo) lo = r.start;
    if (r.end > hi) hi = r.end;
  }
  return { from: Math.max(0, Math.floor(lo / 60) * 60), to: Math.min(DAY_MINUTES, Math.ceil(hi / 60) * 60), ppm };
}

/** The pixel offset of minute `m` from the top of the axis. */
export function yOf(axis: Axis, m: number): number {
  return (m - axis.from) * axis.ppm;
}

/** The minute at pixel offset `y` (not snapped, clamped to the axis). */
export function minuteAt(axis: Axis, y: number): number {
  return Math.min(axis.to, Math.max(axis.from, axis.from + y / axis.ppm));
}

/** The height in pixels of a session from `start` to `end`. */
export function heightOf(axis: Axis, start: number, end: number): number {
  return Math.max(0, (end - start) * axis.ppm);
}

/** The total height of the axis in pixels. */
export function axisHeight(axis: Axis): number {
  return (axis.to - axis.from) * axis.ppm;
}

/** `m` rounded to the nearest multiple of `step` minutes. */
export function snap(m: number, step: number): number {
  return Math.round(m / step) * step;
}

/** `m` rounded down to a multiple of `step` minutes. */
export function snapDown(m: number, step: number): number {
  return Math.floor(m / step) * step;
}

/** The whole hours from the start of the axis to its end, for the labels. */
export function hoursOf(axis: Axis): number[] {
  const out: number[] = [];
  for (let m = Math.ceil(axis.from / 60) * 60; m <= axis.to; m += 60) out.push(m);
  return out;
}

// What a drag, a resize or an arrow key does to a session: where it ends up, snapped to the
// grid and kept inside the day. Pure, so that the pointer handlers only read the pointer.
import { LATEST_END, snap } from "./geometry";

/** Where and when a session is: its day, room and minutes since midnight. */
export type Placement = { day: string; roomId: string | null; start: number; end: number };

/** The span a drag may use (the axis shown, at most the day). */
export type Bounds = { from: number; to: number };

const clampBounds = (b: Bounds): Bounds => ({ from: Math.max(0, b.from), to: Math.min(LATEST_END, b.to) });

/**
 * The session moved by `delta` minutes (its new start snapped to `step`) to the column
 * `target` (a day and a room), keeping its length and staying within `bounds`.
 */
export function moveTo(origin: Placement, delta: number, target: { day: string; roomId: string | null }, step: number, bounds: Bounds): Placement {
  const b = clampBounds(bounds);
  const length = origin.end - origin.start;
  let start = snap(origin.start + delta, step);
  start = Math.max(b.from, Math.min(start, b.to - length));
  if (start < 0) start = 0;
  return { day: target.day, roomId: target.roomId, start, end: start + length };
}

/** The session with its end moved by `delta` minutes (snapped), lasting at least `step`. */
export function resizeTo(origin: Placement, delta: number, step: number, bounds: Bounds): Placement {
  const b = clampBounds(bounds);
  let end = snap(origin.end + delta, step);
  end = Math.min(b.to, Math.max(origin.start + step, end));
  return { ...origin, end };
}

/** The range swept by a drag on an empty slot from `anchor` to `current`, snapped. */
export function sweep(anchor: number, current: number, step: number, bounds: Bounds): { start: number; end: number } {
  const b = clampBounds(bounds);
  let a = snap(anchor, step);
  let c = snap(current, step);
  if (c < a) [a, c] = [c, a];
  if (c - a < step) c = a + step;
  a = Math.max(b.from, a);
  c = Math.min(b.to, c);
  if (c <= a) a = c - step;
  return { start: a, end: c };
}

/**
 * What an arrow key does to a selected session: Up/Down move it by `step` minutes,
 * Shift+Up/Down move its end; Left/Right move it to the neighbouring column in `columns`.
 * Null when the key does nothing here (already at the edge, or another key).
 */
export function keyMove(
  p: Placement,
  key: string,
  shift: boolean,
  step: number,
  columns: ReadonlyArray<{ day: string; roomId: string | null }> = [],
): Placement | null {
  const b = clampBounds({ from: 0, to: LATEST_END });
  if (key === "ArrowUp" || key === "ArrowDown") {
    const d = key === "ArrowUp" ? -step : step;
    if (shift) {
      const end = p.end + d;
      if (end <= p.start || end > b.to) return null;
      return { ...p, end };
    }
    const start = p.start + d;
    const end = p.end + d;
    if (start < b.from || end > b.to) return null;
    return { ...p, start, end };
  }
  if ((key === "ArrowLeft" || key === "ArrowRight") && !shift) {
    const i = columns.findIndex((c) => c.day === p.day && c.roomId === p.roomId);
    const next = columns[i + (key === "ArrowLeft" ? -1 : 1)];
    if (i < 0 || !next) return null;
    return { ...p, day: next.day, roomId: next.roomId };
  }
  return null;
}

/** Whether two placements are the same (nothing to save). */
export function samePlacement(a: Placement, b: Placement): boolean {
  return a.day === b.day && a.roomId === b.roomId && a.start === b.start && a.end === b.end;
}

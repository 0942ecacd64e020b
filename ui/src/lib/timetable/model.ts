// Sessions as the timetable handles them: the meeting's days, the columns of the grid, the
// text of a session in the interface language, and the input that saves a session again.
import type { BilingualText, Lang, Room, SessionInput, SessionRow } from "../ipc";
import { minutesOf, timeOf } from "../format";
import type { Slot } from "./conflicts";
import type { Placement } from "./drag";

/** Every day from `start` to `end` (both `YYYY-MM-DD`, inclusive). */
export function meetingDays(start: string, end: string): string[] {
  const days: string[] = [];
  const [y, m, d] = start.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  // A cap so that a mistyped year cannot make thousands of columns.
  for (let i = 0; i < 366; i++) {
    const day = date.toISOString().slice(0, 10);
    if (day > end) break;
    days.push(day);
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return days;
}

/** A text in `lang`, else in the other language. */
export function textIn(text: BilingualText | null | undefined, lang: Lang): string {
  if (!text) return "";
  const own = text[lang].text.trim();
  return own || text[lang === "en" ? "fr" : "en"].text.trim();
}

/** The language `textIn` shows `text` in, for the `lang` attribute. */
export function langOf(text: BilingualText | null | undefined, lang: Lang): Lang {
  return !text || text[lang].text.trim() ? lang : lang === "en" ? "fr" : "en";
}

/** "HH:MM" of a time the API sends as "HH:MM" or "HH:MM:SS". */
export function hhmm(time: string): string {
  return timeOf(minutesOf(time));
}

/** Where and when a session is. */
export function placementOf(s: SessionRow): Placement {
  return { day: s.day, roomId: s.room_id, start: minutesOf(s.start), end: minutesOf(s.end) };
}

/** What the conflict check needs of a session (all its people must be there). */
export function slotOf(s: SessionRow, p: Placement = placementOf(s)): Slot {
  return { id: s.id, day: p.day, start: p.start, end: p.end, roomId: p.roomId, people: s.people.map((x) => x.participant_id) };
}

/**
 * The input that saves `s` again with placement `p`: every field from the row, so that
 * nothing else changes, and `people: null` so that its people are kept.
 */
export function inputOf(s: SessionRow, p: Placement = placementOf(s)): SessionInput {
  return {
    meeting_id: s.meeting_id,
    day: p.day,
    start: timeOf(p.start),
    end: timeOf(p.end),
    room_id: p.roomId,
    kind: s.kind,
    title_en: s.title.en.text,
    title_fr: s.title.fr.text,
    description_en: s.description.en.text,
    description_fr: s.description.fr.text,
    pillar_id: s.pillar_id,
    interpretation: [...s.interpretation],
    people: null,
  };
}

/** The row as it shows after a move, before the API answers. */
export function withPlacement(s: SessionRow, p: Placement, rooms: readonly Room[]): SessionRow {
  const room = p.roomId === s.room_id ? s.room : (rooms.find((r) => r.id === p.roomId)?.name ?? null);
  return { ...s, day: p.day, start: timeOf(p.start), end: timeOf(p.end), room_id: p.roomId, room };
}

/** How the grid is split: a sub-column per room in each day, or one column per day. */
export type Mode = "rooms" | "compact";

/** One column of the grid: a day, and a room in "rooms" mode (null: no room assigned). */
export type Column = {
  key: string;
  day: string;
  /** The room of the column; `undefined` in compact mode, where a column holds every room. */
  roomId: string | null | undefined;
  /** Index of the day among the days shown. */
  dayIndex: number;
  /** Index of the column among the day's. */
  sub: number;
};

/** The key of the column that shows a session placed at `day` in `roomId`. */
export function columnKey(mode: Mode, day: string, roomId: string | null): string {
  return mode === "compact" ? day : `${day}|${roomId ?? ""}`;
}

/** The columns for `days` and the `rooms` shown; `unassigned` adds the lane of sessions with no room. */
export function columnsFor(mode: Mode, days: readonly string[], rooms: readonly Room[], unassigned: boolean): Column[] {
  const out: Column[] = [];
  days.forEach((day, dayIndex) => {
    if (mode === "compact") {
      out.push({ key: day, day, roomId: undefined, dayIndex, sub: 0 });
      return;
    }
    const lanes: Array<string | null> = rooms.map((r) => r.id);
    if (unassigned || lanes.length === 0) lanes.push(null);
    lanes.forEach((roomId, sub) => out.push({ key: columnKey(mode, day, roomId), day, roomId, dayIndex, sub }));
  });
  return out;
}

/** The first and last index of the columns in view (plus `overscan` either side). */
export function visibleRange(scrollLeft: number, viewport: number, columnWidth: number, count: number, overscan = 1): [number, number] {
  if (count === 0 || columnWidth <= 0) return [0, -1];
  const first = Math.max(0, Math.floor(scrollLeft / columnWidth) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollLeft + viewport) / columnWidth) - 1 + overscan);
  return [first, Math.max(first - 1, last)];
}

/** Number of pillar colours in the stylesheet; pillars beyond share them in turn. */
export const PILLAR_COLOURS = 8;

/** The colour class of the pillar at `position` (from 1). */
export function pillarClass(position: number | undefined): string {
  if (!position) return "";
  return `pillar-${((position - 1) % PILLAR_COLOURS) + 1}`;
}

/** The earliest day that has a session ("" for none): ISO dates compare as text. */
export function firstDay(sessions: readonly { day: string }[]): string {
  let first = "";
  for (const s of sessions) if (!first || s.day < first) first = s.day;
  return first;
}

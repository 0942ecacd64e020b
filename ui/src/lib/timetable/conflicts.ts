// Clashes in a timetable, worked out in the window while a block is dragged. The rules are
// those of plenary-core's `timetable::conflicts` (a room booked twice, a person in two
// overlapping sessions; sessions that merely touch do not clash), plus one the store cannot
// have but a meeting whose dates moved can: a session outside the meeting's days.
import type { Conflict } from "../ipc";

/** What the check needs of a session; times in minutes since midnight. */
export type Slot = {
  id: string;
  day: string;
  start: number;
  end: number;
  roomId: string | null;
  people: readonly string[];
};

/** One clash, between `first` (the earlier) and `second`, or of one session alone. */
export type Clash =
  | { kind: "room"; roomId: string; first: string; second: string }
  | { kind: "person"; participantId: string; first: string; second: string }
  | { kind: "outside"; session: string };

function order(a: Slot, b: Slot): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

function overlap(a: Slot, b: Slot): boolean {
  return a.day === b.day && a.start < b.end && b.start < a.end;
}

/** Pairs of overlapping slots, each once, the earlier first (a sweep, as in Rust). */
function overlapping(list: Slot[]): Array<[string, string]> {
  list.sort(order);
  const pairs: Array<[string, string]> = [];
  let open: Slot[] = [];
  for (const slot of list) {
    open = open.filter((o) => o.day === slot.day && o.end > slot.start);
    for (const o of open) pairs.push([o.id, slot.id]);
    open.push(slot);
  }
  return pairs;
}

/** Every room and person clash among `slots`, each pair once. */
export function findConflicts(slots: readonly Slot[]): Clash[] {
  const byRoom = new Map<string, Slot[]>();
  const byPerson = new Map<string, Slot[]>();
  for (const slot of slots) {
    if (slot.roomId) {
      const list = byRoom.get(slot.roomId);
      if (list) list.push(slot);
      else byRoom.set(slot.roomId, [slot]);
    }
    for (const person of new Set(slot.people)) {
      const list = byPerson.get(person);
      if (list) list.push(slot);
      else byPerson.set(person, [slot]);
    }
  }
  const out: Clash[] = [];
  for (const [roomId, list] of byRoom) {
    for (const [first, second] of overlapping(list)) out.push({ kind: "room", roomId, first, second });
  }
  for (const [participantId, list] of byPerson) {
    for (const [first, second] of overlapping(list)) out.push({ kind: "person", participantId, first, second });
  }
  return out;
}

/**
 * The clashes of one slot (being dragged) with `others`, without re-checking all the others
 * against each other: what a pointer move can afford.
 */
export function conflictsWith(candidate: Slot, others: Iterable<Slot>, days?: ReadonlySet<string>): Clash[] {
  const out: Clash[] = [];
  if (days && !days.has(candidate.day)) out.push({ kind: "outside", session: candidate.id });
  const people = new Set(candidate.people);
  for (const other of others) {
    if (other.id === candidate.id || !overlap(candidate, other)) continue;
    const [first, second] = order(candidate, other) <= 0 ? [candidate.id, other.id] : [other.id, candidate.id];
    if (candidate.roomId && candidate.roomId === other.roomId) out.push({ kind: "room", roomId: candidate.roomId, first, second });
    for (const p of new Set(other.people)) {
      if (people.has(p)) out.push({ kind: "person", participantId: p, first, second });
    }
  }
  return out;
}

/** Sessions on a day that is not one of the meeting's. */
export function outsideDays(slots: readonly Slot[], days: ReadonlySet<string>): Clash[] {
  return slots.filter((s) => !days.has(s.day)).map((s) => ({ kind: "outside", session: s.id }) as const);
}

/** A clash reported by the API, in the same shape. */
export function fromApi(c: Conflict): Clash {
  return c.kind === "room_double_booked"
    ? { kind: "room", roomId: c.room_id, first: c.first, second: c.second }
    : { kind: "person", participantId: c.participant_id, first: c.first, second: c.second };
}

/** A key that is the same for the same clash whichever way round its pair is given. */
export function clashKey(c: Clash): string {
  if (c.kind === "outside") return `outside|${c.session}`;
  const pair = [c.first, c.second].sort().join("|");
  return c.kind === "room" ? `room|${c.roomId}|${pair}` : `person|${c.participantId}|${pair}`;
}

/** The sessions a clash involves. */
export function sessionsOf(c: Clash): string[] {
  return c.kind === "outside" ? [c.session] : [c.first, c.second];
}

/** The clashes of each session. */
export function bySession(clashes: readonly Clash[]): Map<string, Clash[]> {
  const out = new Map<string, Clash[]>();
  for (const c of clashes) {
    for (const id of sessionsOf(c)) {
      const list = out.get(id);
      if (list) list.push(c);
      else out.set(id, [c]);
    }
  }
  return out;
}

/**
 * The clashes while `candidate` is dragged: those of the rest of the timetable, unchanged,
 * and the candidate's own, checked afresh.
 */
export function replaceFor(base: readonly Clash[], candidate: Slot, others: Iterable<Slot>, days?: ReadonlySet<string>): Clash[] {
  const kept = base.filter((c) => !sessionsOf(c).includes(candidate.id));
  return [...kept, ...conflictsWith(candidate, others, days)];
}

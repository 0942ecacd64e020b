import { describe, expect, it } from "vitest";
import { bySession, clashKey, conflictsWith, findConflicts, fromApi, outsideDays, replaceFor, type Slot } from "./conflicts";

const h = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
function slot(id: string, start: string, end: string, roomId: string | null, people: string[] = [], day = "2025-11-04"): Slot {
  return { id, day, start: h(start), end: h(end), roomId, people };
}

describe("clashes, as the Rust check finds them", () => {
  it("finds a room booked twice", () => {
    expect(findConflicts([slot("a", "09:00", "10:30", "hall"), slot("b", "10:00", "11:00", "hall")])).toEqual([
      { kind: "room", roomId: "hall", first: "a", second: "b" },
    ]);
  });

  it("lets back-to-back sessions be", () => {
    expect(findConflicts([slot("a", "09:00", "10:30", "hall", ["p"]), slot("b", "10:30", "11:00", "hall", ["p"])])).toEqual([]);
  });

  it("finds a person in two places", () => {
    const found = findConflicts([
      slot("a", "09:00", "10:30", "hall", ["p", "q"]),
      slot("b", "10:00", "11:00", "room 2", ["p"]),
      slot("c", "11:00", "12:00", "room 2", ["p"]),
    ]);
    expect(found).toEqual([{ kind: "person", participantId: "p", first: "a", second: "b" }]);
  });

  it("does not count a person listed twice in one session", () => {
    expect(findConflicts([slot("a", "09:00", "10:00", null, ["p", "p"])])).toEqual([]);
  });

  it("ignores sessions with no room for rooms, and other days", () => {
    expect(findConflicts([slot("a", "09:00", "10:00", null), slot("b", "09:00", "10:00", null)]), "no room, no double booking").toEqual([]);
    expect(findConflicts([slot("a", "09:00", "10:00", "hall"), slot("b", "09:00", "10:00", "hall", [], "2025-11-05")]), "another day").toEqual([]);
  });

  it("finds sessions outside the meeting's days", () => {
    const days = new Set(["2025-11-04", "2025-11-05"]);
    expect(outsideDays([slot("a", "09:00", "10:00", null), slot("b", "09:00", "10:00", null, [], "2025-11-06")], days)).toEqual([
      { kind: "outside", session: "b" },
    ]);
  });

  it("reads the API's conflicts in the same shape", () => {
    expect(fromApi({ kind: "room_double_booked", room_id: "hall", first: "a", second: "b" })).toEqual({ kind: "room", roomId: "hall", first: "a", second: "b" });
    expect(fromApi({ kind: "person_double_booked", participant_id: "p", first: "a", second: "b" })).toEqual({ kind: "person", participantId: "p", first: "a", second: "b" });
  });
});

describe("clashes of a dragged session", () => {
  const others = [slot("a", "09:00", "10:30", "hall", ["p"]), slot("b", "11:00", "12:00", "annex", ["q"])];

  it("names the room and the people it would clash with", () => {
    const found = conflictsWith(slot("x", "10:00", "11:30", "hall", ["q"]), others);
    expect(found).toEqual([
      { kind: "room", roomId: "hall", first: "a", second: "x" },
      { kind: "person", participantId: "q", first: "x", second: "b" },
    ]);
  });

  it("does not clash with itself or with what it merely touches", () => {
    expect(conflictsWith(slot("a", "10:30", "11:00", "hall", ["p"]), others)).toEqual([]);
  });

  it("flags a day outside the meeting", () => {
    expect(conflictsWith(slot("x", "07:00", "08:00", null, [], "2025-11-09"), others, new Set(["2025-11-04"]))).toEqual([{ kind: "outside", session: "x" }]);
  });

  it("agrees with the whole check once dropped", () => {
    const all = [...others, slot("c", "09:30", "10:00", "annex", ["p"])];
    const moved = slot("a", "11:15", "11:45", "annex", ["p", "q"]);
    const base = findConflicts(all);
    const live = replaceFor(base, moved, all);
    const full = findConflicts([...all.filter((s) => s.id !== "a"), moved]);
    expect(live.map(clashKey).sort(), "the incremental check finds what the full check finds").toEqual(full.map(clashKey).sort());
  });

  it("indexes clashes by session", () => {
    const index = bySession([{ kind: "room", roomId: "hall", first: "a", second: "b" }, { kind: "outside", session: "a" }]);
    expect(index.get("a")?.length).toBe(2);
    expect(index.get("b")?.length).toBe(1);
  });

  it("keys a pair the same either way round", () => {
    expect(clashKey({ kind: "room", roomId: "r", first: "a", second: "b" })).toBe(clashKey({ kind: "room", roomId: "r", first: "b", second: "a" }));
  });

  it("checks a thousand sessions quickly", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      slot(`s${i}`, "09:00", "10:00", `r${i % 40}`, [`p${i % 150}`], `2025-11-${String(4 + (i % 12)).padStart(2, "0")}`),
    );
    const t0 = performance.now();
    findConflicts(many);
    expect(performance.now() - t0, "milliseconds for 1,000 sessions").toBeLessThan(500);
  });
});

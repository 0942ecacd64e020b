import { describe, expect, it } from "vitest";
import type { BilingualText, SessionRow } from "../ipc";
import { columnsFor, firstDay, hhmm, inputOf, meetingDays, pillarClass, textIn, visibleRange, withPlacement } from "./model";

function text(en: string, fr: string): BilingualText {
  const side = (t: string) => ({ text: t, state: t ? ("final" as const) : ("missing" as const), source_hash: null, source_text: null });
  return { en: side(en), fr: side(fr) };
}

const row: SessionRow = {
  id: "s1",
  meeting_id: "m1",
  day: "2025-11-04",
  start: "09:00:00",
  end: "10:15:00",
  room_id: "hall",
  room: "Plenary Hall",
  kind: "opening",
  title: text("Opening ceremony", "Cérémonie d’ouverture"),
  description: text("Welcome", ""),
  pillar_id: null,
  pillar_key: null,
  pillar: null,
  interpretation: ["en", "fr"],
  people: [{ participant_id: "p1", role: "chair", position: 1, display_name: "HE A", function: text("", ""), delegation_en: "Nigeria", delegation_fr: "Nigéria" }],
  items: [],
};

describe("the meeting's days", () => {
  it("lists every day, both ends included, across a month's end", () => {
    expect(meetingDays("2025-11-04", "2025-11-05")).toEqual(["2025-11-04", "2025-11-05"]);
    expect(meetingDays("2025-10-30", "2025-11-02")).toEqual(["2025-10-30", "2025-10-31", "2025-11-01", "2025-11-02"]);
    expect(meetingDays("2025-11-05", "2025-11-04"), "no days when the end comes first").toEqual([]);
  });
});

describe("texts of a session", () => {
  it("use the interface language, else the other", () => {
    expect(textIn(row.title, "fr")).toBe("Cérémonie d’ouverture");
    expect(textIn(row.description, "fr"), "no French: the English").toBe("Welcome");
    expect(textIn(null, "en")).toBe("");
  });

  it("write times as HH:MM", () => {
    expect(hhmm("09:00:00")).toBe("09:00");
  });
});

describe("saving a moved session", () => {
  it("sends every field of the row, the new times, and keeps its people", () => {
    const input = inputOf(row, { day: "2025-11-05", roomId: null, start: 600, end: 675 });
    expect(input).toEqual({
      meeting_id: "m1",
      day: "2025-11-05",
      start: "10:00",
      end: "11:15",
      room_id: null,
      kind: "opening",
      title_en: "Opening ceremony",
      title_fr: "Cérémonie d’ouverture",
      description_en: "Welcome",
      description_fr: "",
      pillar_id: null,
      interpretation: ["en", "fr"],
      people: null,
    });
  });

  it("shows the new room's name before the API answers", () => {
    const moved = withPlacement(row, { day: row.day, roomId: "annex", start: 540, end: 615 }, [{ id: "annex", meeting_id: "m1", name: "Annex", capacity: null }]);
    expect([moved.room, moved.start, moved.end]).toEqual(["Annex", "09:00", "10:15"]);
  });
});

describe("the grid's columns", () => {
  const rooms = [
    { id: "hall", meeting_id: "m1", name: "Hall", capacity: null },
    { id: "annex", meeting_id: "m1", name: "Annex", capacity: null },
  ];

  it("has a column per room and day, with the lane of sessions without a room", () => {
    const cols = columnsFor("rooms", ["d1", "d2"], rooms, true);
    expect(cols.map((c) => c.key)).toEqual(["d1|hall", "d1|annex", "d1|", "d2|hall", "d2|annex", "d2|"]);
    expect(cols[4]).toMatchObject({ day: "d2", roomId: "annex", dayIndex: 1, sub: 1 });
  });

  it("has a column per day when compact", () => {
    expect(columnsFor("compact", ["d1", "d2"], rooms, true).map((c) => c.key)).toEqual(["d1", "d2"]);
  });

  it("keeps the unassigned lane when no room is shown", () => {
    expect(columnsFor("rooms", ["d1"], [], false).map((c) => c.key)).toEqual(["d1|"]);
  });

  it("renders only the columns in view", () => {
    expect(visibleRange(0, 600, 150, 480, 0)).toEqual([0, 3]);
    expect(visibleRange(1500, 600, 150, 480, 1)).toEqual([9, 14]);
    expect(visibleRange(0, 600, 150, 2, 1), "fewer columns than fit").toEqual([0, 1]);
    expect(visibleRange(0, 600, 150, 0)).toEqual([0, -1]);
  });

  it("gives pillars a colour in turn", () => {
    expect(pillarClass(1)).toBe("pillar-1");
    expect(pillarClass(9)).toBe("pillar-1");
    expect(pillarClass(undefined)).toBe("");
  });
});

describe("firstDay", () => {
  it("is the earliest day whatever the order, so that a large timetable opens on its first day", () => {
    expect(firstDay([{ day: "2025-11-06" }, { day: "2025-11-04" }, { day: "2025-11-05" }])).toBe("2025-11-04");
  });
  it("is empty without sessions (the view then keeps all days)", () => {
    expect(firstDay([])).toBe("");
  });
});

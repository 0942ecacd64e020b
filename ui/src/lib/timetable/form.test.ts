import { describe, expect, it } from "vitest";
import type { BilingualText, SessionRow } from "../ipc";
import { draftOf, inputOfDraft, itemsToDelete, itemsToSave, newDraft, type ItemDraft } from "./form";

function text(en: string, fr: string): BilingualText {
  const side = (t: string) => ({ text: t, state: "final" as const, source_hash: null, source_text: null });
  return { en: side(en), fr: side(fr) };
}
const person = (id: string, role: SessionRow["people"][number]["role"], position: number) => ({
  participant_id: id, role, position, display_name: id.toUpperCase(), function: text("", ""), delegation_en: "Nigeria", delegation_fr: "Nigéria",
});

const row: SessionRow = {
  id: "s1", meeting_id: "m1", day: "2025-11-04", start: "13:45:00", end: "15:30:00", room_id: "hall", room: "Hall", kind: "panel",
  title: text("Pillar 1 – Prevention", "Pilier 1 – Prévention"), description: text("", ""), pillar_id: "p1", pillar_key: "prevention", pillar: text("Prevention", "Prévention"),
  interpretation: ["en", "fr"],
  people: [person("b", "speaker", 2), person("m", "moderator", 1), person("a", "speaker", 1), person("c", "chair", 1)],
  items: [
    { id: "i2", session_id: "s1", position: 2, title: text("Debate", "Débat") },
    { id: "i1", session_id: "s1", position: 1, title: text("Keynote", "Discours liminaire") },
  ],
};

describe("the session form", () => {
  it("starts from the row, people by part and speakers in order", () => {
    const d = draftOf(row);
    expect([d.start, d.end, d.room_id, d.pillar_id]).toEqual(["13:45", "15:30", "hall", "p1"]);
    expect(d.people.speaker.map((p) => p.participant_id), "speaking order").toEqual(["a", "b"]);
    expect(d.people.chair.map((p) => p.participant_id)).toEqual(["c"]);
    expect(d.items.map((i) => i.id), "items in order").toEqual(["i1", "i2"]);
  });

  it("saves every field with the people in speaking order", () => {
    const d = draftOf(row);
    d.people.speaker.reverse();
    d.room_id = "";
    const input = inputOfDraft(d, "m1");
    expect(input.room_id, "no room is null").toBeNull();
    expect(input.people).toEqual([
      { participant_id: "c", role: "chair" },
      { participant_id: "m", role: "moderator" },
      { participant_id: "b", role: "speaker" },
      { participant_id: "a", role: "speaker" },
    ]);
  });

  it("offers a new session in the meeting's languages at the slot dragged", () => {
    const d = newDraft({ day: "2025-11-05", roomId: null, start: 540, end: 630 }, ["en", "fr"]);
    expect([d.day, d.start, d.end, d.room_id, d.kind]).toEqual(["2025-11-05", "09:00", "10:30", "", "plenary"]);
    expect(d.interpretation).toEqual(["en", "fr"]);
  });
});

describe("agenda items", () => {
  it("sends only new, changed and moved items, numbered from 1", () => {
    const d = draftOf(row);
    const [first, second] = d.items as [ItemDraft, ItemDraft];
    expect(itemsToSave(d.items, "s1"), "nothing changed").toEqual([]);
    d.items = [second, first, { key: "n", id: null, title_en: "Q&A", title_fr: "Questions", text: null, position: null }];
    expect(itemsToSave(d.items, "s1").map((x) => [x.input.id, x.input.position])).toEqual([["i2", 1], ["i1", 2], [null, 3]]);
  });

  it("sends an edited title", () => {
    const d = draftOf(row);
    d.items[0]!.title_fr = "Allocution liminaire";
    expect(itemsToSave(d.items, "s1").map((x) => x.input.title_fr)).toEqual(["Allocution liminaire"]);
  });

  it("deletes the items removed from the list", () => {
    const d = draftOf(row);
    expect(itemsToDelete(row.items, d.items.slice(1))).toEqual(["i1"]);
  });
});

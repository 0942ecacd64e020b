import { describe, expect, it } from "vitest";
import type { BilingualText, SessionRow } from "../ipc";
import { clashSentence, clashTooltip, type Names } from "./describe";
import { countLabel } from "./labels";

function text(en: string, fr: string): BilingualText {
  const side = (t: string) => ({ text: t, state: "final" as const, source_hash: null, source_text: null });
  return { en: side(en), fr: side(fr) };
}
function session(id: string, start: string, end: string, title: BilingualText, people: string[] = []): SessionRow {
  return {
    id, meeting_id: "m", day: "2025-11-04", start, end, room_id: "hall", room: "Plenary Hall", kind: "panel", title, description: text("", ""),
    pillar_id: null, pillar_key: null, pillar: null, interpretation: [],
    people: people.map((p, i) => ({ participant_id: p, role: "speaker", position: i + 1, display_name: `HE ${p.toUpperCase()}`, function: text("", ""), delegation_en: "France", delegation_fr: "France" })),
    items: [],
  };
}

const a = session("a", "13:45:00", "15:30:00", text("Pillar 1 – Prevention", "Pilier 1 – Prévention"), ["cb"]);
const b = session("b", "14:00:00", "14:45:00", text("Side event", ""), ["cb"]);
const names = (lang: "en" | "fr"): Names => ({ lang, sessions: new Map([[a.id, a], [b.id, b]]), meeting: { rooms: [{ id: "hall", meeting_id: "m", name: "Plenary Hall", capacity: null }] } });

describe("clashes in words", () => {
  it("name the room and both sessions with their times", () => {
    expect(clashSentence(names("en"), { kind: "room", roomId: "hall", first: "a", second: "b" })).toBe(
      "Plenary Hall is booked twice: “Pillar 1 – Prevention” (13:45–15:30) and “Side event” (14:00–14:45).",
    );
  });

  it("follow French typography, and fall back to English titles", () => {
    expect(clashSentence(names("fr"), { kind: "person", participantId: "cb", first: "a", second: "b" })).toBe(
      "HE CB est attendu à deux endroits à la fois\u00a0: «\u00a0Pilier 1 – Prévention\u00a0» (13\u00a0h\u00a045\u00a0–\u00a015\u00a0h\u00a030) et «\u00a0Side event\u00a0» (14\u00a0h\u00a000\u00a0–\u00a014\u00a0h\u00a045).",
    );
  });

  it("name the day of a session outside the meeting", () => {
    expect(clashSentence(names("en"), { kind: "outside", session: "a" })).toBe("“Pillar 1 – Prevention” is on Tuesday 4 November 2025, outside the meeting’s days.");
  });

  it("tell a block what it clashes with", () => {
    const tip = clashTooltip(names("en"), "b", [
      { kind: "room", roomId: "hall", first: "a", second: "b" },
      { kind: "person", participantId: "cb", first: "a", second: "b" },
    ]);
    expect(tip).toBe("Same room as “Pillar 1 – Prevention” (13:45–15:30)\nHE CB is also in “Pillar 1 – Prevention” (13:45–15:30)");
  });

  it("count in each language's way", () => {
    expect(countLabel("speaker_count", 1, "en")).toBe("1 speaker");
    expect(countLabel("speaker_count", 0, "en")).toBe("0 speakers");
    expect(countLabel("speaker_count", 0, "fr")).toBe("0 intervenant");
    expect(countLabel("conflicts.count", 3, "fr")).toBe("3 conflits");
  });
});

import { describe, expect, it } from "vitest";
import { excerptOf, noteCounts, sessionLine } from "./notes";
import { text } from "./fixtures";

describe("making a paragraph from a note", () => {
  const body = "The panel agreed that  early identification of victims saves lives.\nOther remarks.";

  it("takes the selection, trimmed, whichever way it was made", () => {
    const start = body.indexOf("early");
    const end = body.indexOf("lives.") + "lives.".length;
    expect(excerptOf(body, start - 2, end + 1)).toBe("early identification of victims saves lives.");
    expect(excerptOf(body, end, start), "a selection made backwards is the same passage").toBe("early identification of victims saves lives.");
  });

  it("takes the whole note when nothing (or only blanks) is selected", () => {
    expect(excerptOf(body, 5, 5)).toBeNull();
    expect(excerptOf(body, body.indexOf("  "), body.indexOf("  ") + 2)).toBeNull();
    expect(excerptOf(body, -4, 1_000)?.startsWith("The panel"), "out-of-range ends are clamped").toBe(true);
  });
});

describe("sessions in the notes", () => {
  const session = { day: "2025-11-04", start: "09:30:00", title: text("Opening session", "Séance d’ouverture") };

  it("are named by day, time and title in the interface language", () => {
    expect(sessionLine(session, "en")).toBe("Tue 4 Nov · 09:30 — Opening session");
    expect(sessionLine(session, "fr")).toBe("mar. 4\u00a0nov. · 9\u00a0h\u00a030 — Séance d’ouverture");
    expect(sessionLine({ ...session, title: text("Only English", "") }, "fr"), "the other language when one is missing").toContain("Only English");
  });

  it("count only notes with something written", () => {
    const note = (body: string) => ({ id: body, session_id: "s", lang: "en" as const, body, updated_at: "", paragraphs: [] });
    const sessions = [
      { session_id: "a", ...session, notes: [note("x"), note("  ")] },
      { session_id: "b", ...session, notes: [] },
      { session_id: "c", ...session, notes: [note("y")] },
    ];
    expect(noteCounts(sessions)).toEqual({ notes: 2, sessions: 2 });
  });
});

import { describe, expect, it } from "vitest";
import type { DiffSpan, Progress, SideStatus, WorklistItem, XliffImport } from "../ipc";
import { changeCounts, diffPieces, hasChanges, sidesOf } from "./diff";
import {
  donePercent,
  isSaveShortcut,
  issueParts,
  labelOf,
  matches,
  needOf,
  nextStates,
  outcomeOf,
  progressAfter,
  quoted,
  replaced,
  sourceOf,
} from "./worklist";

const side = (text: string, state: SideStatus["state"], stale = false): SideStatus => ({
  text,
  state: text ? state : "missing",
  stale,
  source_diff: stale ? [{ kind: "equal", text: "Opening " }, { kind: "delete", text: "session" }, { kind: "insert", text: "ceremony" }] : null,
});

const item = (id: string, en: SideStatus, fr: SideStatus): WorklistItem => ({
  text_id: id,
  owner_kind: "session",
  owner_id: id.split("/")[0] ?? id,
  field: "title",
  label_en: "Session title — Opening ceremony",
  label_fr: "Titre de la séance — Cérémonie d’ouverture",
  en,
  fr,
  issues: [],
});

describe("diff rendering", () => {
  const spans: DiffSpan[] = [
    { kind: "equal", text: "Prevention of " },
    { kind: "delete", text: "trafficking" },
    { kind: "delete", text: " in persons" },
    { kind: "insert", text: "human trafficking" },
    { kind: "equal", text: "" },
    { kind: "equal", text: "." },
  ];

  it("joins spans of one kind and drops empty ones", () => {
    expect(diffPieces(spans)).toEqual([
      { kind: "equal", text: "Prevention of ", blank: false },
      { kind: "delete", text: "trafficking in persons", blank: false },
      { kind: "insert", text: "human trafficking", blank: false },
      { kind: "equal", text: ".", blank: false },
    ]);
  });

  it("shows a change made only of spaces with a visible stand-in", () => {
    const pieces = diffPieces([{ kind: "equal", text: "a" }, { kind: "insert", text: "  " }, { kind: "equal", text: "b" }]);
    expect(pieces[1]).toEqual({ kind: "insert", text: "␣␣", blank: true });
    expect(pieces[0]?.blank).toBe(false);
  });

  it("rebuilds both texts and counts the words changed", () => {
    expect(sidesOf(spans)).toEqual({ before: "Prevention of trafficking in persons.", after: "Prevention of human trafficking." });
    expect(changeCounts(spans)).toEqual({ deleted: 3, inserted: 2 });
    expect(hasChanges(spans)).toBe(true);
    expect(hasChanges([{ kind: "equal", text: "same" }])).toBe(false);
  });
});

describe("worklist", () => {
  const stale = item("s1/title", side("Opening ceremony", "draft"), side("Séance d’ouverture", "reviewed", true));
  const missing = item("s2/title", side("Lunch", "draft"), side("", "missing"));
  const review = item("s3/title", side("Closing", "draft"), side("Clôture", "translated"));
  const done = item("s4/title", side("Vote of thanks", "final"), side("Remerciements", "final"));

  it("says what each text needs in the target language", () => {
    expect([stale, missing, review, done].map((i) => needOf(i, "fr"))).toEqual(["stale", "missing", "review", "done"]);
    expect(needOf(missing, "en")).toBe("review");
    expect(needOf(item("x/title", side("", "missing"), side("", "missing")), "fr")).toBe("done");
    expect(sourceOf("fr")).toBe("en");
  });

  it("filters as the Rust side does", () => {
    const all = [stale, missing, review, done];
    expect(all.filter((i) => matches(i, "fr", "stale")).map((i) => i.text_id)).toEqual(["s1/title"]);
    expect(all.filter((i) => matches(i, "fr", "missing")).map((i) => i.text_id)).toEqual(["s2/title"]);
    expect(all.filter((i) => matches(i, "fr", "to_review")).map((i) => i.text_id)).toEqual(["s3/title"]);
    expect(all.filter((i) => matches(i, "fr", "all"))).toHaveLength(4);
  });

  it("offers the states a side can move to", () => {
    expect(nextStates(stale.fr)).toEqual(["reviewed", "final", "draft"]);
    expect(nextStates(review.fr)).toEqual(["reviewed", "final", "draft"]);
    expect(nextStates(done.fr)).toEqual(["reviewed", "draft"]);
    expect(nextStates(missing.fr)).toEqual([]);
  });

  const progress: Progress = {
    by_state: [
      { state: "missing", count: 1 },
      { state: "draft", count: 0 },
      { state: "translated", count: 1 },
      { state: "reviewed", count: 1 },
      { state: "final", count: 1 },
    ],
    stale: 1,
    total: 4,
  };

  it("moves one side between states in the progress after a save", () => {
    const translated = item("s1/title", stale.en, side("Cérémonie d’ouverture", "translated"));
    const after = progressAfter(progress, stale, translated, "fr");
    expect(after.by_state.map((c) => c.count)).toEqual([1, 0, 2, 0, 1]);
    expect(after.stale).toBe(0);
    expect(after.total).toBe(4);
    expect(donePercent(progress)).toBe(50);
    expect(donePercent(after)).toBe(25);
    expect(donePercent({ by_state: [], stale: 0, total: 0 })).toBe(100);
  });

  it("keeps a saved item in its place", () => {
    const translated = item("s1/title", stale.en, side("Cérémonie d’ouverture", "translated"));
    const list = replaced([stale, missing], translated);
    expect(list.map((i) => i.text_id)).toEqual(["s1/title", "s2/title"]);
    expect(list[0]?.fr.state).toBe("translated");
  });

  it("labels items and glossary warnings in the interface language", () => {
    expect(labelOf(stale, "fr")).toBe("Titre de la séance — Cérémonie d’ouverture");
    expect(labelOf({ label_en: "Venue", label_fr: "" }, "fr")).toBe("Venue");
    const parts = issueParts({ term_id: "t1", en: "smuggling of migrants", fr: "trafic illicite de migrants", missing_in: "en", alternatives: ["migrant smuggling"] });
    expect(parts).toEqual({ used: "trafic illicite de migrants", side: "en", wanted: ["smuggling of migrants", "migrant smuggling"] });
    expect(quoted("traite des personnes", "fr")).toBe("«\u00a0traite des personnes\u00a0»");
    expect(quoted("victims", "en")).toBe("“victims”");
  });

  it("saves on Ctrl+Enter or Cmd+Enter only", () => {
    expect(isSaveShortcut({ key: "Enter", ctrlKey: true, metaKey: false })).toBe(true);
    expect(isSaveShortcut({ key: "Enter", ctrlKey: false, metaKey: true })).toBe(true);
    expect(isSaveShortcut({ key: "Enter", ctrlKey: false, metaKey: false })).toBe(false);
    expect(isSaveShortcut({ key: "s", ctrlKey: true, metaKey: false })).toBe(false);
  });

  it("tells a refused file from an applied one", () => {
    const refusal = {
      id: "s1/title",
      line: 12,
      label_en: "Session title — Opening ceremony",
      label_fr: "Titre de la séance — Cérémonie d’ouverture",
      error: { code: "source_changed" as const, message: "Row 12: …", row: 12 },
    };
    const base: XliffImport = { source: "en", target: "fr", applied: 0, applicable: 6, untranslated: 0, refused: [refusal] };
    expect(outcomeOf(base)).toEqual({ kind: "refused", refused: 1, others: 6 });
    expect(outcomeOf({ ...base, applied: 6 })).toEqual({ kind: "applied", applied: 6, untranslated: 0, refused: 1 });
    expect(outcomeOf({ ...base, refused: [], applicable: 0 })).toEqual({ kind: "nothing" });
  });
});

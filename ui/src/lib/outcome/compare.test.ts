import { describe, expect, it } from "vitest";
import { comparisonCounts, comparisonRows, referenceOf, titleChanged } from "./compare";
import { compared, comparisonOf, del, ins, keep } from "./fixtures";

describe("comparing two revisions", () => {
  const cmp = comparisonOf([
    compared("a", "unchanged", 1, 1),
    compared("b", "unchanged", 2, 2),
    compared("c", "changed", 3, 3, { en: [keep("We "), ins("strongly "), keep("condemn.")] }),
    compared("d", "removed", 4, null, { en: [del("Gone.")], fr: [del("Parti.")] }),
    compared("e", "unchanged", 5, 4),
    compared("f", "unchanged", 7, 5, { moved: true }),
    compared("g", "added", null, 6, { en: [ins("New.")], fr: [ins("Nouveau.")] }),
  ]);

  it("folds runs of untouched paragraphs and keeps a row for each change", () => {
    const rows = comparisonRows(cmp);
    expect(rows.map((r) => (r.kind === "unchanged" ? `=${r.ids.join("")}` : r.id))).toEqual(["=ab", "c", "d", "=e", "f", "g"]);
    const run = rows[0];
    expect(run?.kind === "unchanged" && [run.first, run.last]).toEqual(["OP1", "OP2"]);
  });

  it("tags each row and says how its number changed", () => {
    const rows = comparisonRows(cmp).filter((r) => r.kind === "paragraph");
    const byId = new Map(rows.map((r) => [r.kind === "paragraph" ? r.id : "", r]));
    expect(byId.get("c")).toMatchObject({ tags: ["changed"], reference: "OP3", changedEn: true, changedFr: false });
    expect(byId.get("d")).toMatchObject({ tags: ["removed"], reference: "OP4", newReference: null });
    expect(byId.get("f"), "a move shows the old and the new number").toMatchObject({ tags: ["moved"], reference: "OP7 → OP5" });
    expect(byId.get("g")).toMatchObject({ tags: ["added"], reference: "OP6", oldReference: null });
  });

  it("shows every paragraph when asked", () => {
    expect(comparisonRows(cmp, true).every((r) => r.kind === "paragraph")).toBe(true);
    expect(comparisonRows(cmp, true)).toHaveLength(7);
  });

  it("counts what happened", () => {
    expect(comparisonCounts(cmp)).toEqual({ added: 1, removed: 1, changed: 1, moved: 1, unchanged: 4 });
    expect(titleChanged(cmp), "the same title").toBe(false);
    expect(titleChanged({ ...cmp, title_fr: [del("Document"), ins("Texte")] })).toBe(true);
  });

  it("names paragraphs as negotiators do", () => {
    expect(referenceOf({ kind: "preambular", number: 2 })).toBe("PP2");
    expect(referenceOf({ kind: "operative", number: 12 })).toBe("OP12");
  });

  it("reports a change of state", () => {
    const row = comparisonRows(comparisonOf([compared("s", "changed", 1, 1, { old_state: "bracketed", new_state: "agreed" })]))[0];
    expect(row?.kind === "paragraph" && row.state).toEqual({ from: "bracketed", to: "agreed" });
  });
});

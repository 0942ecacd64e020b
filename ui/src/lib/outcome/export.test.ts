import { describe, expect, it } from "vitest";
import { OUTCOME_FORMATS, outcomeExportNote } from "./export";

describe("the outcome document's export", () => {
  it("offers the four formats, Word first", () => {
    expect(OUTCOME_FORMATS).toEqual(["docx", "pdf", "html", "akn"]);
  });

  it("says what an export will write", () => {
    expect(outcomeExportNote("akn", "both", "side-by-side", "en"), "Akoma Ntoso: one file per language").toMatch(/two files/);
    expect(outcomeExportNote("akn", "fr", "side-by-side", "en")).toMatch(/One Akoma Ntoso document/);
    expect(outcomeExportNote("docx", "both", "separate", "en")).toMatch(/English edition, then/);
    expect(outcomeExportNote("pdf", "en", "separate", "en"), "one language: no layout to explain").toBe("");
  });
});

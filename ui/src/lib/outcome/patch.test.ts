import { describe, expect, it } from "vitest";
import { withParagraph, withParagraphText, withSectionHeading, withTitle } from "./patch";
import { documentOf, draftOf, text } from "./fixtures";

describe("a draft changed in place", () => {
  const draft = draftOf(documentOf(["p1"], [["o1", "o2"], ["o3"]]));

  it("changes one paragraph and shares everything else", () => {
    const after = withParagraphText(draft, "o2", text("New", "Nouveau"));
    expect(after.document.sections[0]?.paragraphs[1]?.text.en.text).toBe("New");
    expect(after.document.sections[1], "an untouched section is the same object, so its rows are not drawn again").toBe(draft.document.sections[1]);
    expect(after.document.preamble, "the preamble too").toBe(draft.document.preamble);
    expect(draft.document.sections[0]?.paragraphs[1]?.text.en.text, "the old draft is left as it was").toBe("o2 en");
  });

  it("finds a preambular paragraph as well", () => {
    const after = withParagraph(draft, "p1", (p) => ({ ...p, state: "agreed" }));
    expect(after.document.preamble[0]?.state).toBe("agreed");
  });

  it("changes a heading or the title", () => {
    expect(withSectionHeading(draft, "s2", text("Looking ahead", "Perspectives")).document.sections[1]?.heading.fr.text).toBe("Perspectives");
    expect(withTitle(draft, text("Outcome", "Résultat")).document.title.en.text).toBe("Outcome");
  });
});

import { describe, expect, it } from "vitest";
import { amendmentsOf, commentsOf, excerpt, isStale, moveTarget, nextStatuses, paragraphsOf, pendingCount, referenceOf } from "./document";
import { documentOf, draftOf, text } from "./fixtures";
import type { AmendmentView } from "../ipc";

describe("moving paragraphs", () => {
  const doc = documentOf(["p1", "p2"], [["o1", "o2"], ["o3"]]);

  it("moves one place within a part of the document", () => {
    expect(moveTarget(doc, "o2", -1)).toEqual({ section_id: "s1", position: 0 });
    expect(moveTarget(doc, "p1", 1)).toEqual({ section_id: null, position: 1 });
  });

  it("crosses into the neighbouring part at its near end", () => {
    expect(moveTarget(doc, "o3", -1), "up from the top of a section: the end of the one before").toEqual({ section_id: "s1", position: 2 });
    expect(moveTarget(doc, "o2", 1), "down from the bottom: the start of the next").toEqual({ section_id: "s2", position: 0 });
    expect(moveTarget(doc, "o1", -1), "up from the first operative paragraph: the end of the preamble").toEqual({ section_id: null, position: 2 });
  });

  it("stops at the very top and bottom of the document", () => {
    expect(moveTarget(doc, "p1", -1), "the first paragraph cannot go up").toBeNull();
    expect(moveTarget(doc, "o3", 1), "the last paragraph cannot go down").toBeNull();
    expect(moveTarget(doc, "nowhere", 1)).toBeNull();
  });

  it("reads every paragraph in order", () => {
    expect(paragraphsOf(doc).map((p) => p.id)).toEqual(["p1", "p2", "o1", "o2", "o3"]);
    expect(referenceOf(draftOf(doc), "o3")).toBe("OP3");
  });
});

describe("document status", () => {
  it("moves freely before agreement and is adopted only once agreed", () => {
    expect(nextStatuses("draft")).toEqual(["under_review", "agreed"]);
    expect(nextStatuses("under_review")).toEqual(["draft", "agreed"]);
    expect(nextStatuses("agreed"), "adoption is offered only from agreed").toEqual(["draft", "under_review", "adopted"]);
    expect(nextStatuses("adopted"), "an adopted document cannot move").toEqual([]);
  });
});

describe("per-paragraph counts", () => {
  function amendment(id: string, paragraph: string, status: AmendmentView["amendment"]["status"], at: string): AmendmentView {
    return {
      amendment: {
        id,
        paragraph_id: paragraph,
        delegation_id: "d",
        delegation: { en: "France", fr: "France" },
        changes: [],
        rationale: "",
        status,
        proposed_at: at,
        decided_at: null,
      },
      reference: "OP1",
      conflicts: [],
      diffs: [],
    };
  }

  it("lists pending amendments first, newest first", () => {
    const draft = draftOf(documentOf([], [["o1", "o2"]]));
    draft.amendments = [
      amendment("old", "o1", "proposed", "2025-11-04T10:00:00Z"),
      amendment("done", "o1", "accepted", "2025-11-05T10:00:00Z"),
      amendment("new", "o1", "proposed", "2025-11-05T09:00:00Z"),
      amendment("other", "o2", "proposed", "2025-11-05T09:00:00Z"),
    ];
    expect(amendmentsOf(draft, "o1").map((a) => a.amendment.id)).toEqual(["new", "old", "done"]);
    expect(pendingCount(draft, "o1"), "a decided amendment no longer waits").toBe(2);
    draft.comment_counts = [{ paragraph_id: "o2", open: 1, total: 3 }];
    expect(commentsOf(draft, "o2")).toEqual({ open: 1, total: 3 });
    expect(commentsOf(draft, "o1"), "no comment yet").toEqual({ open: 0, total: 0 });
  });
});

describe("texts", () => {
  it("shortens long paragraphs on a word boundary-free cut with an ellipsis", () => {
    expect(excerpt("short")).toBe("short");
    const cut = excerpt("a ".repeat(100), 10);
    expect(Array.from(cut).length <= 10 && cut.endsWith("…"), "never longer than asked").toBe(true);
  });

  it("marks a side stale as the core does", () => {
    const t = text("We condemn.", "Nous condamnons.");
    expect(isStale(t, "fr")).toBe(false);
    t.en.text = "We strongly condemn.";
    expect(isStale(t, "fr"), "the English changed after the French was written from it").toBe(true);
    t.fr.source_text = null;
    expect(isStale(t, "fr"), "a side never aligned with the other is stale").toBe(true);
    expect(isStale(text("Only English", ""), "en"), "a side alone is not stale").toBe(false);
  });
});

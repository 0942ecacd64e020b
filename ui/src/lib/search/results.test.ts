import { describe, expect, it } from "vitest";
import type { Hit } from "../ipc";
import { groupHits, isSearchShortcut, moveActive, optionId, shownOrder } from "./results";

function hit(kind: string, id: string, kind_total = 1): Hit {
  return {
    kind, id, meeting_id: "m", title: id, context: "", snippet: "", segments: [],
    delegation_id: null, document_id: null, kind_total,
  };
}

describe("groupHits", () => {
  it("groups by kind in a fixed order whatever the ranking, keeping the ranking within a group", () => {
    const groups = groupHits([hit("paragraph", "op1", 3), hit("delegation", "ng"), hit("participant", "p2", 40), hit("participant", "p1", 40)]);
    expect(groups.map((g) => g.kind), "people, delegations, … paragraphs").toEqual(["participant", "delegation", "paragraph"]);
    expect(groups[0]?.hits.map((h) => h.id), "the API's order kept").toEqual(["p2", "p1"]);
    expect(groups[0]?.total, "the total of the kind, not the two shown").toBe(40);
    expect(groups[2]?.total).toBe(3);
  });

  it("never counts fewer than it shows and leaves out unknown kinds and empty groups", () => {
    const groups = groupHits([hit("session", "s1", 0), hit("session", "s2", 0), hit("meeting", "x")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.total).toBe(2);
  });

  it("walks the hits group by group", () => {
    const groups = groupHits([hit("paragraph", "op1"), hit("participant", "p1")]);
    expect(shownOrder(groups).map((h) => h.id), "the order on screen, not the API's").toEqual(["p1", "op1"]);
  });
});

describe("moveActive", () => {
  it("moves down and up, wrapping round at both ends", () => {
    expect(moveActive(-1, "ArrowDown", 3), "the first arrow down picks the first").toBe(0);
    expect(moveActive(0, "ArrowDown", 3)).toBe(1);
    expect(moveActive(2, "ArrowDown", 3), "past the last: the first").toBe(0);
    expect(moveActive(-1, "ArrowUp", 3), "arrow up from the box: the last").toBe(2);
    expect(moveActive(0, "ArrowUp", 3)).toBe(2);
    expect(moveActive(1, "Home", 3)).toBe(0);
    expect(moveActive(1, "End", 3)).toBe(2);
  });

  it("does nothing without options or for other keys", () => {
    expect(moveActive(-1, "ArrowDown", 0)).toBeNull();
    expect(moveActive(0, "a", 3)).toBeNull();
  });
});

describe("isSearchShortcut", () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
    key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods,
  });
  it("takes Ctrl+K and Cmd+K anywhere, even while typing", () => {
    expect(isSearchShortcut(key("k", { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key("K", { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key("k", { ctrlKey: true, altKey: true }), false), "Ctrl+Alt+K is another shortcut").toBe(false);
  });
  it("takes “/” only when not typing, so that a slash can still be typed in a field", () => {
    expect(isSearchShortcut(key("/"), false)).toBe(true);
    expect(isSearchShortcut(key("/"), true)).toBe(false);
    expect(isSearchShortcut(key("k"), false)).toBe(false);
  });
});

it("gives each option an id of its kind and row", () => {
  expect(optionId(hit("participant", "p-1"))).toBe("search-opt-participant-p-1");
});

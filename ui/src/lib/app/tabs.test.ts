import { describe, expect, it } from "vitest";
import { tabAfterKey } from "./tabs";

describe("tabs from the keyboard", () => {
  const tabs = ["text", "notes", "facts"] as const;

  it("move to the neighbour with the arrows, wrapping round", () => {
    expect(tabAfterKey(tabs, "text", "ArrowRight")).toBe("notes");
    expect(tabAfterKey(tabs, "facts", "ArrowRight"), "past the last: the first").toBe("text");
    expect(tabAfterKey(tabs, "text", "ArrowLeft"), "before the first: the last").toBe("facts");
  });

  it("jump to the ends with Home and End, and ignore other keys", () => {
    expect(tabAfterKey(tabs, "notes", "Home")).toBe("text");
    expect(tabAfterKey(tabs, "notes", "End")).toBe("facts");
    expect(tabAfterKey(tabs, "notes", "Enter"), "Enter does not move").toBeNull();
    expect(tabAfterKey([], "x", "ArrowRight"), "no tab, nowhere to go").toBeNull();
  });
});

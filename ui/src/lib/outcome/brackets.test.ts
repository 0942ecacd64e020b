import { describe, expect, it } from "vitest";
import { hasBrackets, segments, strays, unbalanced } from "./brackets";

const runs = (text: string) => segments(text).map((s) => [s.text, s.depth]);

describe("bracketed passages", () => {
  it("are runs of their own, as the core cuts them", () => {
    expect(runs("We [strongly] condemn")).toEqual([["We ", 0], ["[strongly]", 1], [" condemn", 0]]);
    expect(hasBrackets("We [strongly] condemn")).toBe(true);
    expect(hasBrackets("We condemn")).toBe(false);
    expect(runs(""), "an empty paragraph has no run").toEqual([]);
  });

  it("nest, count their depth and give back the text when joined", () => {
    const text = "a [b [c] d] e";
    expect(runs(text)).toEqual([["a ", 0], ["[b ", 1], ["[c]", 2], [" d]", 1], [" e", 0]]);
    expect(segments(text).map((s) => s.text).join(""), "the highlight must show the text exactly").toBe(text);
  });

  it("treat a stray closing bracket as text and an unclosed one as bracketing the rest", () => {
    expect(runs("x ] y")).toEqual([["x ] y", 0]]);
    expect(runs("x [y")).toEqual([["x ", 0], ["[y", 1]]);
  });

  it("find unpaired brackets by character, not by UTF-16 unit", () => {
    expect(unbalanced("a ] b [ c")).toEqual([2, 6]);
    expect(unbalanced("[a] [b [c]]"), "balanced brackets are not warned about").toEqual([]);
    // "🌍" is two UTF-16 units but one character: the core counts characters.
    expect(unbalanced("🌍 ]")).toEqual([2]);
  });

  it("describe each unpaired bracket with the words around it", () => {
    const found = strays("We [strongly condemn all forms of trafficking in persons and smuggling");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ offset: 3, kind: "open" });
    expect(found[0]?.context.startsWith("We [strongly"), "the context starts where the paragraph does").toBe(true);
    expect(found[0]?.context.endsWith("…"), "a cut context says so").toBe(true);
    expect(strays("fine ] here")[0]?.kind).toBe("close");
    expect(strays("no brackets", [3]), "an offset that is not a bracket (text changed since) is dropped").toEqual([]);
  });
});

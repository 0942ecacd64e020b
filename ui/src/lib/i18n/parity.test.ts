import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import fr from "../../i18n/fr.json";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

function values(tree: Tree): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[k, v] as [string, string]] : values(v).map(([kk, vv]) => [`${k}.${kk}`, vv] as [string, string]),
  );
}

describe("interface strings", () => {
  it("have the same keys in English and French", () => {
    const enKeys = keys(en).sort();
    const frKeys = keys(fr).sort();
    expect(frKeys.filter((k) => !enKeys.includes(k)), "keys only in French").toEqual([]);
    expect(enKeys.filter((k) => !frKeys.includes(k)), "keys only in English").toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const frValues = new Map(values(fr));
    for (const [key, text] of values(en)) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(",");
      expect(placeholders(frValues.get(key) ?? ""), `placeholders of ${key}`).toBe(placeholders(text));
    }
  });

  it("follow French typography: a no-break space before : ; ! ? and inside « »", () => {
    for (const [key, text] of values(fr)) {
      expect(text, `${key}: a plain space before a double punctuation mark`).not.toMatch(/ [:;!?»]/);
      expect(text, `${key}: a plain space after «`).not.toMatch(/« /);
      expect(text, `${key}: "straight quotes" instead of « guillemets »`).not.toMatch(/"[^"]+"/);
      expect(text, `${key}: no space at all before a double punctuation mark`).not.toMatch(/[\p{L}\d)][;!?»](\s|$)/u);
    }
  });
});

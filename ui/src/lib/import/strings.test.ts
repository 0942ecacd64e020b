import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import fr from "../../i18n/fr.json";
import { DUPLICATE_ACTIONS, FIELDS, STEPS, blockers, delimiterKey, emptyOptions } from "./wizard";
import type { ImportPreview } from "./types";

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

const refused: ImportPreview = {
  file_name: "x.csv",
  format: "csv",
  encoding: null,
  delimiter: null,
  sheets: [],
  sheet: null,
  columns: [],
  remembered: false,
  missing: ["country"],
  total_rows: 0,
  ready_rows: 0,
  issues: [],
  issue_count: 1,
  unknown_countries: [{ value: "X", count: 1, lines: [2] }],
  unknown_organisations: [{ value: "Y", count: 1, lines: [2] }],
  duplicates: [],
  new_delegations: [],
  rows: [],
  can_import: false,
};

describe("the import wizard's strings", () => {
  // Keys built at run time ("import.fields." + field) escape the catalogue parity test's notice.
  const keys = [
    ...STEPS.map((s) => `import.step.${s}`),
    ...FIELDS.map((f) => `import.fields.${f}`),
    ...DUPLICATE_ACTIONS.map((a) => `import.duplicates.action.${a}`),
    ...["ready", "issue", "duplicate", "unresolved"].map((s) => `import.summary.row_status.${s}`),
    ...["csv", "xls", "xlsx", "ods"].map((f) => `import.formats.${f}`),
    ...[",", ";", "\t", "|"].map((d) => `import.delimiters.${delimiterKey(d)}`),
    ...["email", "name", "file"].map((r) => `import.duplicates.reason.${r}`),
    ...["add", "update", "skip", "delegations"].map((k) => `import.summary.${k}`),
    ...["added", "updated", "skipped", "delegations_created", "organisations_created"].map((k) => `import.result.${k}`),
    ...blockers(refused, emptyOptions()).map((b) => b.key),
    ...blockers(null, emptyOptions()).map((b) => b.key),
    ...blockers({ ...refused, missing: [], issue_count: 0, total_rows: 1, unknown_countries: [], unknown_organisations: [] }, emptyOptions()).map((b) => b.key),
  ];

  it("exist in English and French for every key built from a value", () => {
    for (const key of keys) {
      expect(lookup(en as Tree, key), `${key} in English`).toBeTypeOf("string");
      expect(lookup(fr as Tree, key), `${key} in French`).toBeTypeOf("string");
    }
  });

  it("cover every blocker the wizard can name", () => {
    const named = new Set(keys.filter((k) => k.startsWith("import.blocked.")));
    expect([...named].sort(), "each reason has its sentence").toEqual(
      ["countries", "issues", "missing", "no_file", "no_rows", "organisations", "other"].map((k) => `import.blocked.${k}`),
    );
  });
});

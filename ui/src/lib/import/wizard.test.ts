import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImportDuplicate, ImportPreview } from "./types";
import {
  Debounced,
  Latest,
  blockers,
  commonAction,
  delimiterKey,
  emptyOptions,
  organisationChoiceFrom,
  organisationChoiceOf,
  actionOf,
  percentOf,
  unknownsToShow,
  unresolved,
  summaryOf,
  withAllDuplicates,
  withColumnField,
  withCountry,
  withDuplicate,
  withOrganisation,
  withSheet,
} from "./wizard";

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    file_name: "inscriptions.csv",
    format: "csv",
    encoding: "windows-1252",
    delimiter: ";",
    sheets: [],
    sheet: null,
    columns: [
      { index: 1, header: "Nom", field: "family_name", samples: ["Diallo"] },
      { index: 2, header: "Prénom", field: "given_name", samples: ["Awa"] },
      { index: 3, header: "Pays", field: "country", samples: ["Sénégal"] },
    ],
    remembered: false,
    missing: [],
    total_rows: 4,
    ready_rows: 3,
    issues: [],
    issue_count: 0,
    unknown_countries: [],
    unknown_organisations: [],
    duplicates: [],
    new_delegations: [],
    rows: [],
    can_import: true,
    ...overrides,
  };
}

const duplicate = (line: number, action: "skip" | "update" | "add"): ImportDuplicate => ({
  line,
  existing_line: null,
  name: `Person ${line}`,
  delegation: "Ghana",
  existing_id: `p${line}`,
  existing_name: `Person ${line}`,
  reason: "email",
  action,
});

describe("column mapping", () => {
  it("starts from the preview's mapping and changes only the column chosen", () => {
    const o = withColumnField(emptyOptions(), preview(), 3, "organisation");
    expect(o.mapping, "the other columns keep the suggested fields").toEqual(["family_name", "given_name", "organisation"]);
  });

  it("leaves out the column that held a field now given to another (one column per field)", () => {
    const o = withColumnField(emptyOptions(), preview(), 2, "family_name");
    expect(o.mapping, "Nom loses family_name to Prénom").toEqual([null, "family_name", "country"]);
  });

  it("lets a column be left out without touching the others", () => {
    const o = withColumnField(withColumnField(emptyOptions(), preview(), 1, null), preview(), 3, null);
    expect(o.mapping, "both changes are kept, in column order").toEqual([null, "given_name", null]);
  });

  it("starts over with another sheet", () => {
    const chosen = withCountry(withColumnField(emptyOptions(), preview(), 1, null), "Ivoire", "CI");
    const o = withSheet("Feuil2");
    expect(chosen.mapping, "the mapping was set before").not.toBeNull();
    expect(o, "a new sheet forgets the mapping and the answers").toEqual({ ...emptyOptions(), sheet: "Feuil2" });
  });
});

describe("answers about unknown values and duplicates", () => {
  it("keeps one country per value, and forgets it when cleared", () => {
    let o = withCountry(emptyOptions(), "Absurdistan", "AD");
    o = withCountry(o, "Absurdistan", "AL");
    expect(o.countries, "the second answer replaces the first").toEqual([{ value: "Absurdistan", country: "AL" }]);
    expect(withCountry(o, "Absurdistan", "").countries, "an empty answer makes it unresolved again").toEqual([]);
  });

  it("maps an organisation to an existing one or creates it, through the select's value", () => {
    let o = withOrganisation(emptyOptions(), "UNHCR", organisationChoiceFrom("org-1"));
    expect(o.organisations).toEqual([{ value: "UNHCR", organisation_id: "org-1", create: false }]);
    expect(organisationChoiceOf(o, "UNHCR"), "the select shows the chosen organisation").toBe("org-1");
    o = withOrganisation(o, "UNHCR", organisationChoiceFrom("create"));
    expect(o.organisations, "create replaces the mapping").toEqual([{ value: "UNHCR", organisation_id: null, create: true }]);
    expect(organisationChoiceOf(o, "UNHCR")).toBe("create");
    o = withOrganisation(o, "UNHCR", organisationChoiceFrom(""));
    expect(o.organisations, "the empty choice makes it unresolved").toEqual([]);
    expect(organisationChoiceOf(o, "UNHCR")).toBe("");
  });

  it("sets one duplicate's action, or every duplicate's at once", () => {
    const p = preview({ duplicates: [duplicate(4, "skip"), duplicate(9, "skip")] });
    let o = withDuplicate(emptyOptions(), 9, "update");
    o = withDuplicate(o, 9, "add");
    expect(o.duplicates, "one entry per line, the last action").toEqual([{ line: 9, action: "add" }]);
    expect(withAllDuplicates(o, p, "update").duplicates, "apply to all covers every line").toEqual([
      { line: 4, action: "update" },
      { line: 9, action: "update" },
    ]);
  });

  it("says which action all duplicates share", () => {
    expect(commonAction(preview({ duplicates: [duplicate(4, "skip"), duplicate(9, "skip")] }))).toBe("skip");
    expect(commonAction(preview({ duplicates: [duplicate(4, "skip"), duplicate(9, "add")] })), "mixed actions share none").toBeNull();
    expect(commonAction(preview()), "no duplicate, no common action").toBeNull();
  });
});

describe("why the import cannot run", () => {
  it("names every reason, with its count", () => {
    const p = preview({
      can_import: false,
      missing: ["country"],
      issue_count: 3,
      unknown_countries: [{ value: "Absurdistan", count: 2, lines: [3, 5] }],
      unknown_organisations: [{ value: "XYZ", count: 1, lines: [4] }],
    });
    expect(blockers(p, emptyOptions())).toEqual([
      { key: "import.blocked.missing", params: { n: 1 } },
      { key: "import.blocked.issues", params: { n: 3 } },
      { key: "import.blocked.countries", params: { n: 1 } },
      { key: "import.blocked.organisations", params: { n: 1 } },
    ]);
  });

  it("has nothing to say when the API allows it, and still a reason when the API refuses alone", () => {
    expect(blockers(preview(), emptyOptions()), "a ready preview has no blocker").toEqual([]);
    expect(blockers(preview({ can_import: false }), emptyOptions()), "a refusal is never silent").toEqual([{ key: "import.blocked.other" }]);
    expect(blockers(null, emptyOptions()), "no file chosen").toEqual([{ key: "import.blocked.no_file" }]);
    expect(blockers(preview({ total_rows: 0, ready_rows: 0, can_import: false }), emptyOptions())).toEqual([{ key: "import.blocked.no_rows" }]);
  });
});

describe("unknown values", () => {
  const u = (value: string, line: number) => ({ value, count: 1, lines: [line] });

  it("do not block once answered, even before the next preview", () => {
    const p = preview({ can_import: false, unknown_countries: [u("Absurdistan", 3)], unknown_organisations: [u("XYZ", 4)] });
    const answered = withOrganisation(withCountry(emptyOptions(), "Absurdistan", "AL"), "XYZ", { create: true });
    expect(blockers(p, answered), "only the API's own refusal is left").toEqual([{ key: "import.blocked.other" }]);
    expect(unresolved(p.unknown_countries, answered.countries)).toEqual([]);
  });

  it("stay listed with their answer when the API stops reporting them", () => {
    const before = [u("Absurdistan", 7), u("Ruritania", 3)];
    const shown = unknownsToShow(before, [u("Ruritania", 3)], [{ value: "Absurdistan" }]);
    expect(shown.map((x) => x.value), "the answered value stays, in line order").toEqual(["Ruritania", "Absurdistan"]);
    expect(unknownsToShow(before, [], []), "an unanswered value the API dropped is gone").toEqual([]);
  });

  it("show the person's latest duplicate choice before the preview catches up", () => {
    const d = duplicate(4, "skip");
    expect(actionOf(emptyOptions(), d), "the API's default").toBe("skip");
    expect(actionOf(withDuplicate(emptyOptions(), 4, "update"), d)).toBe("update");
  });
});

describe("the summary", () => {
  it("counts rows added, updated and skipped, and new delegations", () => {
    const p = preview({
      ready_rows: 5,
      duplicates: [duplicate(4, "skip"), duplicate(6, "update"), duplicate(8, "add")],
      new_delegations: [{ label: "Côte d’Ivoire", rows: 2 }],
    });
    expect(summaryOf(p), "ready rows include updates; an added duplicate counts as added").toEqual({ add: 4, update: 1, skip: 1, delegations: 1 });
  });
});

describe("progress and file facts", () => {
  it("reports whole percentages and 100 only at the end", () => {
    expect(percentOf(null)).toBe(0);
    expect(percentOf({ done: 0, total: 0 }), "an empty total is no progress, not a division by zero").toBe(0);
    expect(percentOf({ done: 1, total: 3 })).toBe(33);
    expect(percentOf({ done: 69_999, total: 70_000 }), "not finished is not 100").toBe(99);
    expect(percentOf({ done: 70_000, total: 70_000 })).toBe(100);
  });

  it("names delimiters, the tab included", () => {
    expect([",", ";", "\t", "|", null].map(delimiterKey)).toEqual(["comma", "semicolon", "tab", "other", null]);
  });
});

describe("re-previewing", () => {
  afterEach(() => vi.useRealTimers());

  it("runs once after the last change, and flush runs it at once", () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const d = new Debounced(task, 250);
    d.schedule();
    vi.advanceTimersByTime(200);
    d.schedule();
    vi.advanceTimersByTime(200);
    expect(task, "a change within the delay postpones the preview").not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(task, "one preview after the pause").toHaveBeenCalledTimes(1);
    d.schedule();
    expect(d.pending).toBe(true);
    d.flush();
    expect(task, "flush runs the pending preview now").toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(task, "and not again when the timer would have fired").toHaveBeenCalledTimes(2);
    d.flush();
    expect(task, "flush with nothing pending does nothing").toHaveBeenCalledTimes(2);
  });

  it("uses only the answer to the latest request", () => {
    const latest = new Latest();
    const first = latest.next();
    const second = latest.next();
    expect(latest.isLatest(first), "an older answer arriving last is dropped").toBe(false);
    expect(latest.isLatest(second)).toBe(true);
  });
});

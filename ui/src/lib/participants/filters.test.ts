import { describe, expect, it } from "vitest";
import type { DelegationRow } from "../ipc";
import { delegationOrder, emptyFilters, filterDelegations, isFiltered, listArgs, participantOrder, queryKey } from "./filters";
import { fold, matchesWords, pickText, pluralForm, sortByName } from "./display";

describe("the query sent to the API", () => {
  it("asks for a page by name with no filter", () => {
    expect(listArgs(emptyFilters(), "m1", "fr", 200, 100)).toEqual({
      meeting_id: "m1",
      order: "name",
      lang: "fr",
      delegation_id: null,
      search: null,
      listing: null,
      region: null,
      role: null,
      heads_only: false,
      status: null,
      gender: null,
      attended: null,
      limit: 100,
      offset: 200,
    });
  });

  it("turns 'heads of delegation' into heads_only, and a role into role", () => {
    expect(listArgs({ ...emptyFilters(), role: "head" }, "m1", "en", 0, 10)).toMatchObject({ role: null, heads_only: true });
    expect(listArgs({ ...emptyFilters(), role: "speaker" }, "m1", "en", 0, 10)).toMatchObject({ role: "speaker", heads_only: false });
  });

  it("trims the search and drops it when blank", () => {
    expect(listArgs({ ...emptyFilters(), search: "  cote  " }, "m1", "en", 0, 10).search).toBe("cote");
    expect(listArgs({ ...emptyFilters(), search: "   " }, "m1", "en", 0, 10).search).toBeNull();
  });

  it("orders by rotation from the country drawn by lot", () => {
    expect(participantOrder({ order: "lot", lot: "NG" })).toBe("lot:NG");
    expect(participantOrder({ order: "lot", lot: "" }), "no country drawn yet: UN order").toBe("protocol");
    expect(delegationOrder({ order: "name", lot: "" }, "fr"), "delegations by name in the interface language").toBe("fr");
    expect(delegationOrder({ order: "en", lot: "" }, "fr")).toBe("en");
  });

  it("changes its key with the rows, not with the page", () => {
    const f = emptyFilters();
    expect(queryKey(f, "m1", "en")).toBe(queryKey({ ...f }, "m1", "en"));
    expect(queryKey(f, "m1", "en")).not.toBe(queryKey({ ...f, region: "002" }, "m1", "en"));
    expect(isFiltered(f)).toBe(false);
    expect(isFiltered({ ...f, delegation_id: "d1" })).toBe(true);
  });

  it("filters the delegation column by group, region and status", () => {
    const d = (id: string, listing: DelegationRow["listing"], region: string | null, status: DelegationRow["status"]) =>
      ({ id, listing, region, subregion: null, status }) as DelegationRow;
    const all = [d("ng", "member_state", "002", "accredited"), d("fr", "member_state", "150", "confirmed"), d("iom", "un_body", null, "accredited")];
    expect(filterDelegations(all, { ...emptyFilters(), region: "002" }).map((x) => x.id)).toEqual(["ng"]);
    expect(filterDelegations(all, { ...emptyFilters(), status: "accredited" }).map((x) => x.id)).toEqual(["ng", "iom"]);
    expect(filterDelegations(all, { ...emptyFilters(), listing: "un_body" }).map((x) => x.id)).toEqual(["iom"]);
  });
});

describe("texts in the interface language", () => {
  const side = (text: string) => ({ text, state: "draft" as const, source_hash: null, source_text: null });

  it("falls back to the other language and says so", () => {
    expect(pickText({ en: side("Director"), fr: side("Directrice") }, "fr")).toEqual({ text: "Directrice", lang: "fr", fallback: false });
    expect(pickText({ en: side("Director"), fr: side("") }, "fr")).toEqual({ text: "Director", lang: "en", fallback: true });
    expect(pickText({ en: side(""), fr: side("") }, "en").text).toBe("");
  });

  it("ignores accents and case when matching countries", () => {
    expect(fold("Côte d’Ivoire")).toBe("cote d'ivoire");
    expect(matchesWords("Côte d'Ivoire", "cote")).toBe(true);
    expect(matchesWords("Côte d'Ivoire", "ivo")).toBe(true);
    expect(matchesWords("Sénégal", "SEN")).toBe(true);
    expect(matchesWords("Nigeria", "ger")).toBe(false);
    expect(matchesWords("Nigeria", "")).toBe(true);
  });

  it("sorts É with E", () => {
    expect(sortByName(["Zambie", "Égypte", "Espagne", "Allemagne"], (s) => s, "fr")).toEqual(["Allemagne", "Égypte", "Espagne", "Zambie"]);
  });

  it("uses the French singular for 0 and 1", () => {
    expect(pluralForm(0, "fr")).toBe("one");
    expect(pluralForm(1, "fr")).toBe("one");
    expect(pluralForm(0, "en")).toBe("other");
    expect(pluralForm(2, "fr")).toBe("other");
  });
});

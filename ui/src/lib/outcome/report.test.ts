import { describe, expect, it } from "vitest";
import type { DelegationRow } from "../ipc";
import { counted, delegationName, delegationsByName, formatStamp, proposal } from "./report";

function delegation(id: string, en: string, fr: string, shown: string | null = null): DelegationRow {
  return {
    id,
    meeting_id: "m",
    name_en: en,
    name_fr: fr,
    acronym_en: null,
    acronym_fr: null,
    listing: "member_state",
    organisation_category: null,
    region: null,
    subregion: null,
    head_id: null,
    head_name: null,
    participants: 1,
    co_chair: false,
    party: { kind: "country", id },
    display_name_en: shown,
    display_name_fr: shown,
    status: "accredited",
    credentials: null,
  };
}

describe("an amendment's proposal", () => {
  const current = { en: "We condemn trafficking.", fr: "Nous condamnons la traite." };

  it("leaves out a language whose text was not changed", () => {
    expect(proposal(current, { en: "We strongly condemn trafficking.", fr: current.fr })).toEqual({
      proposed_en: "We strongly condemn trafficking.",
      proposed_fr: null,
    });
  });

  it("does not count spaces around the text as a change", () => {
    expect(proposal(current, { en: ` ${current.en}\n`, fr: current.fr }), "nothing to amend").toEqual({ proposed_en: null, proposed_fr: null });
  });

  it("sends both languages when both changed", () => {
    const both = proposal(current, { en: "We firmly condemn trafficking.", fr: "Nous condamnons fermement la traite." });
    expect(both.proposed_en && both.proposed_fr, "an amendment in both languages").toBeTruthy();
  });
});

describe("delegations in the amendment form", () => {
  const list = [delegation("ES", "Spain", "Espagne"), delegation("EG", "Egypt", "Égypte"), delegation("CI", "Côte d’Ivoire", "Côte d’Ivoire"), delegation("eu", "European Union", "Union européenne", "EU")];

  it("are named as the meeting shows them", () => {
    expect(delegationName(list[3] as DelegationRow, "fr"), "the name shown at the meeting comes first").toBe("EU");
    expect(delegationName(list[1] as DelegationRow, "fr")).toBe("Égypte");
  });

  it("sort accented names with their letter, in each language", () => {
    expect(delegationsByName(list, "fr").map((d) => delegationName(d, "fr"))).toEqual(["Côte d’Ivoire", "Égypte", "Espagne", "EU"]);
    expect(delegationsByName(list, "en").map((d) => delegationName(d, "en"))).toEqual(["Côte d’Ivoire", "Egypt", "EU", "Spain"]);
  });
});

describe("words of the drafting screen", () => {
  it("count as each language does", () => {
    expect(counted("revisions.count", 1, "en")).toBe("1 revision");
    expect(counted("revisions.count", 0, "en")).toBe("0 revisions");
    expect(counted("revisions.count", 0, "fr"), "French takes the singular for 0").toBe("0 révision");
    expect(counted("revisions.count", 3, "fr")).toBe("3 révisions");
  });

  it("date a time stamp in the interface language", () => {
    const stamp = formatStamp("2025-11-05T10:00:00Z", "fr");
    expect(stamp, "a French date").toMatch(/novembre 2025, \d{1,2}\u00a0h\u00a000$/);
    expect(formatStamp("not a date", "en"), "an unreadable stamp is shown as it is").toBe("not a date");
  });
});

import { describe, expect, it } from "vitest";
import type { DelegationRow, ParticipantRow } from "../ipc";
import {
  delegationErrorField,
  delegationFormFromRow,
  delegationInputFromForm,
  emptyDelegationForm,
  emptyParticipantForm,
  inlineInput,
  inlineValue,
  organisationInputFromForm,
  participantErrorField,
  participantFormFromRow,
  participantInputFromForm,
} from "./form";

const side = (text: string) => ({ text, state: text ? ("translated" as const) : ("missing" as const), source_hash: null, source_text: null });

function row(overrides: Partial<ParticipantRow> = {}): ParticipantRow {
  return {
    display_name: "HE Cyrille Baumgartner",
    delegation_en: "France",
    delegation_fr: "France",
    listing: "member_state",
    country: "FR",
    id: "p1",
    meeting_id: "m1",
    delegation_id: "d-fr",
    honorific_prefix: "HE",
    honorific_suffix: null,
    given_name: "Cyrille",
    family_name: "Baumgartner",
    family_name_first: false,
    function: { en: side("Ambassador-in-Charge of Migration"), fr: side("Ambassadeur chargé des migrations") },
    gender: "male",
    email: "c.baumgartner@example.org",
    phone: "+33 1 00 00 00 00",
    language: "fr",
    rank: "ambassador",
    is_head: true,
    roles: ["speaker", "co_chair"],
    registered: true,
    attended: false,
    badge_printed: true,
    ...overrides,
  };
}

describe("the participant form", () => {
  it("sends back every field of the row unchanged", () => {
    const input = participantInputFromForm(participantFormFromRow(row()));
    expect(input).toEqual({
      delegation_id: "d-fr",
      honorific_prefix: "HE",
      honorific_suffix: null,
      given_name: "Cyrille",
      family_name: "Baumgartner",
      family_name_first: false,
      function_en: "Ambassador-in-Charge of Migration",
      function_fr: "Ambassadeur chargé des migrations",
      gender: "male",
      email: "c.baumgartner@example.org",
      phone: "+33 1 00 00 00 00",
      language: "fr",
      rank: "ambassador",
      is_head: true,
      roles: ["co_chair", "speaker"],
      registered: true,
      attended: false,
      badge_printed: true,
    });
  });

  it("sends null for optional values left blank, and trims", () => {
    const form = emptyParticipantForm("d1");
    form.family_name = "  Okafor ";
    form.honorific_prefix = "   ";
    form.email = " a@b.org ";
    const input = participantInputFromForm(form);
    expect(input.family_name).toBe("Okafor");
    expect(input.honorific_prefix).toBeNull();
    expect(input.email).toBe("a@b.org");
    expect(input.gender).toBeNull();
    expect(input.language).toBeNull();
    expect(input.rank).toBe("official");
    expect(input.function_en, "an empty side is sent as empty, which clears it").toBe("");
  });

  it("maps the API's field names to the form's fields", () => {
    expect(participantErrorField("head")).toBe("is_head");
    expect(participantErrorField("family_name")).toBe("family_name");
    expect(participantErrorField("function_fr")).toBe("function_fr");
    expect(participantErrorField("delegation")).toBe("delegation_id");
    expect(participantErrorField("database"), "not a field of the form: a toast").toBeNull();
  });
});

describe("editing a cell in place", () => {
  it("changes only the honorific and keeps everything else", () => {
    const r = row();
    const input = inlineInput(r, "honorific_prefix", "Amb.", "en");
    const expected = participantInputFromForm(participantFormFromRow(r));
    expect(input).toEqual({ ...expected, honorific_prefix: "Amb." });
  });

  it("changes the function in the interface language only", () => {
    const r = row();
    const fr = inlineInput(r, "function", "Ambassadrice", "fr");
    expect(fr.function_fr).toBe("Ambassadrice");
    expect(fr.function_en, "the English side is sent as it was").toBe("Ambassador-in-Charge of Migration");
    const en = inlineInput(r, "function", "Envoy", "en");
    expect(en.function_en).toBe("Envoy");
    expect(en.function_fr).toBe("Ambassadeur chargé des migrations");
    expect(en.email, "the email is not lost").toBe("c.baumgartner@example.org");
  });

  it("starts from the cell's own value, not the other language's", () => {
    const r = row({ function: { en: side("Director"), fr: side("") } });
    expect(inlineValue(r, "function", "fr")).toBe("");
    expect(inlineValue(r, "function", "en")).toBe("Director");
    expect(inlineValue(row({ honorific_prefix: null }), "honorific_prefix", "en")).toBe("");
  });
});

describe("the delegation form", () => {
  const delegation: DelegationRow = {
    name_en: "Côte d'Ivoire",
    name_fr: "Côte d'Ivoire",
    acronym_en: null,
    acronym_fr: null,
    listing: "member_state",
    organisation_category: null,
    region: "002",
    subregion: "202",
    head_id: null,
    head_name: null,
    participants: 3,
    co_chair: false,
    id: "d-ci",
    meeting_id: "m1",
    party: { kind: "country", id: "CI" },
    display_name_en: null,
    display_name_fr: "Côte d'Ivoire",
    status: "accredited",
    credentials: "Note verbale received",
  };

  it("round-trips a state's delegation", () => {
    const input = delegationInputFromForm(delegationFormFromRow(delegation), "m1");
    expect(input).toEqual({
      meeting_id: "m1",
      country: "CI",
      organisation_id: null,
      display_name_en: null,
      display_name_fr: "Côte d'Ivoire",
      status: "accredited",
      credentials: "Note verbale received",
    });
  });

  it("sends only the party of the chosen kind", () => {
    const form = emptyDelegationForm();
    form.country = "NG";
    form.organisation_id = "org-iom";
    form.kind = "organisation";
    const input = delegationInputFromForm(form, "m1");
    expect(input.country).toBeNull();
    expect(input.organisation_id).toBe("org-iom");
  });

  it("shows a duplicate on the country or organisation picker", () => {
    expect(delegationErrorField("delegation")).toBe("party");
    expect(delegationErrorField("country")).toBe("party");
    expect(delegationErrorField("display_name_fr")).toBe("display_name_fr");
    expect(delegationErrorField("meeting")).toBeNull();
  });

  it("creates an organisation with blank acronyms as null", () => {
    expect(organisationInputFromForm({ name_en: " Mixed Migration Centre ", name_fr: "Centre mixte sur les migrations", acronym_en: "MMC", acronym_fr: "", category: "ngo" })).toEqual({
      name_en: "Mixed Migration Centre",
      name_fr: "Centre mixte sur les migrations",
      acronym_en: "MMC",
      acronym_fr: null,
      category: "ngo",
    });
  });
});

import { describe, expect, it } from "vitest";
import type { MeetingSummary, SessionPerson, TextSide } from "../ipc";
import { emptyForm, formFieldOf, formFromMeeting, inputFromForm, textIn } from "./form";
import { moved, nextPosition, renumbered } from "./order";
import { adding, peopleIn, removing, withRole } from "./people";
import { pillarKey } from "./pillars";
import { femaleShare, genderSegments, genderTotal, rowsOf } from "./stats";

const side = (text: string): TextSide => ({ text, state: text ? "final" : "missing", source_hash: null, source_text: null });

const lagos: MeetingSummary = {
  id: "m1",
  title: { en: side("Joint Thematic Meeting"), fr: side("Réunion thématique conjointe") },
  kind: "joint_thematic_meeting",
  start_date: "2025-11-04",
  end_date: "2025-11-05",
  venue: { en: side("Eko Hotel"), fr: side("") },
  city: "Lagos",
  country: "NG",
  time_zone: "Africa/Lagos",
  languages: ["en", "fr"],
  status: "held",
  participants: 166,
  delegations: 57,
};

describe("meeting form", () => {
  it("starts blank, in Lagos time, in both languages, in planning", () => {
    const f = emptyForm();
    expect(f.time_zone).toBe("Africa/Lagos");
    expect(f.languages).toEqual(["en", "fr"]);
    expect(f.status).toBe("planning");
    expect(f.title_en).toBe("");
  });

  it("round-trips a meeting through the form", () => {
    const input = inputFromForm(formFromMeeting(lagos));
    expect(input).toEqual({
      title_en: "Joint Thematic Meeting",
      title_fr: "Réunion thématique conjointe",
      kind: "joint_thematic_meeting",
      start_date: "2025-11-04",
      end_date: "2025-11-05",
      venue_en: "Eko Hotel",
      venue_fr: "",
      city: "Lagos",
      country: "NG",
      time_zone: "Africa/Lagos",
      languages: ["en", "fr"],
      status: "held",
    });
  });

  it("trims what is typed, sends no country when none is chosen, keeps languages in order", () => {
    const f = { ...emptyForm(), title_en: "  Senior officials  ", city: " Rabat ", time_zone: " Africa/Casablanca ", languages: ["fr", "en"] as ("en" | "fr")[] };
    const input = inputFromForm(f);
    expect(input.title_en).toBe("Senior officials");
    expect(input.city).toBe("Rabat");
    expect(input.time_zone).toBe("Africa/Casablanca");
    expect(input.country).toBeNull();
    expect(input.languages).toEqual(["en", "fr"]);
  });

  it("does not share the languages array with the meeting it was filled from", () => {
    const f = formFromMeeting(lagos);
    f.languages.pop();
    expect(lagos.languages).toEqual(["en", "fr"]);
  });

  it("places an error on the field it names", () => {
    expect(formFieldOf("end_date")).toBe("end_date");
    expect(formFieldOf("title_en")).toBe("title_en");
    expect(formFieldOf("title")).toBe("title_en");
    expect(formFieldOf("language")).toBe("languages");
    expect(formFieldOf("seed")).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });

  it("shows a text in the interface language, else the other side", () => {
    expect(textIn(lagos.title, "fr")).toBe("Réunion thématique conjointe");
    expect(textIn(lagos.venue, "fr")).toBe("Eko Hotel");
  });
});

describe("ordered lists", () => {
  it("move an entry up and down, clamped at the ends", () => {
    expect(moved(["NG", "FR", "MA"], 1, -1)).toEqual(["FR", "NG", "MA"]);
    expect(moved(["NG", "FR", "MA"], 0, 1)).toEqual(["FR", "NG", "MA"]);
    expect(moved(["NG", "FR"], 0, -1)).toEqual(["NG", "FR"]);
    expect(moved(["NG", "FR"], 5, 1)).toEqual(["NG", "FR"]);
  });

  it("renumber only what moved", () => {
    const list = [{ id: "b", position: 2 }, { id: "a", position: 1 }, { id: "c", position: 3 }];
    expect(renumbered(list).map((x) => [x.item.id, x.position])).toEqual([["b", 1], ["a", 2]]);
    expect(nextPosition(list)).toBe(4);
    expect(nextPosition([])).toBe(1);
  });
});

describe("pillar keys", () => {
  it("are made from the English name, without accents, unique", () => {
    expect(pillarKey("Prevention", [])).toBe("prevention");
    expect(pillarKey("Protection & Care", [])).toBe("protection_care");
    expect(pillarKey("Coopération régionale", [])).toBe("cooperation_regionale");
    expect(pillarKey("Prevention", ["prevention"])).toBe("prevention_2");
    expect(pillarKey("Prevention", ["prevention", "prevention_2"])).toBe("prevention_3");
    expect(pillarKey("  ", [])).toBe("pillar");
    expect(pillarKey("a".repeat(40), []).length).toBe(30);
    expect(pillarKey("a".repeat(40), ["a".repeat(30)])).toBe("a".repeat(28) + "_2");
  });
});

describe("session chairs", () => {
  const p = (participant_id: string, role: SessionPerson["role"], position: number): SessionPerson => ({
    participant_id,
    role,
    position,
    display_name: participant_id,
    function: { en: side(""), fr: side("") },
    delegation_en: "",
    delegation_fr: "",
  });
  const people = [p("spk2", "speaker", 2), p("mod", "moderator", 1), p("ch1", "chair", 1), p("spk1", "speaker", 1), p("co1", "co_chair", 1), p("rap", "rapporteur", 1)];

  it("lists the people of a role in order", () => {
    expect(peopleIn(people, "speaker").map((x) => x.participant_id)).toEqual(["spk1", "spk2"]);
  });

  it("replace the chairs and keep everyone else in their order", () => {
    expect(withRole(people, "chair", ["new"])).toEqual([
      { participant_id: "new", role: "chair" },
      { participant_id: "co1", role: "co_chair" },
      { participant_id: "mod", role: "moderator" },
      { participant_id: "spk1", role: "speaker" },
      { participant_id: "spk2", role: "speaker" },
      { participant_id: "rap", role: "rapporteur" },
    ]);
  });

  it("add a co-chair after the others and remove one", () => {
    const after = adding(people, "co_chair", "co2").map((x) => `${x.role}:${x.participant_id}`);
    expect(after).toEqual(["chair:ch1", "co_chair:co1", "co_chair:co2", "moderator:mod", "speaker:spk1", "speaker:spk2", "rapporteur:rap"]);
    const less = removing(people, "chair", "ch1").map((x) => `${x.role}:${x.participant_id}`);
    expect(less).toEqual(["co_chair:co1", "moderator:mod", "speaker:spk1", "speaker:spk2", "rapporteur:rap"]);
  });

  it("do not add the same person twice and work on an empty session", () => {
    expect(adding(people, "chair", "ch1").filter((x) => x.role === "chair")).toHaveLength(1);
    expect(adding([], "co_chair", "x")).toEqual([{ participant_id: "x", role: "co_chair" }]);
  });
});

describe("statistics", () => {
  const g = { female: 60, male: 100, other: 0, unknown: 6 };
  it("share of women among those recorded", () => {
    expect(femaleShare(g)).toBeCloseTo(37.5);
    expect(femaleShare({ female: 0, male: 0, other: 0, unknown: 4 })).toBeNull();
    expect(genderTotal(g)).toBe(166);
  });

  it("segments leave out empty parts, keep the unknown", () => {
    expect(genderSegments(g).map((s) => s.key)).toEqual(["female", "male", "unknown"]);
  });

  it("chart rows leave out empty counts", () => {
    expect(rowsOf([{ key: "ngo", label: "NGOs", count: 3 }, { key: "un_body", label: "UN", count: 0 }])).toEqual([{ key: "ngo", label: "NGOs", value: 3 }]);
  });
});

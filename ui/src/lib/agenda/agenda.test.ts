import { describe, expect, it } from "vitest";
import type { Agenda, AgendaPerson, AgendaSession, AgendaVersion, BilingualText, ChangeEntry, ExportResult, Gap, TranslationState } from "../ipc";
import { french, typeset, NNBSP } from "./typography";
import {
  arrangement,
  coChairsLine,
  datesAndPlace,
  langsOf,
  peopleByRole,
  personLine,
  printed,
  roleLabel,
  versionLine,
} from "./preview";
import { changeMark, changeSentence, counted, exportMessage, exportNote, gapsByLang, laterChoices, versionLabel } from "./report";

const NB = "\u00a0";

function side(text: string, state: TranslationState = "translated", source: string | null = null) {
  return { text, state: text ? state : ("missing" as TranslationState), source_hash: null, source_text: source };
}

function text(en: string, fr: string): BilingualText {
  return { en: side(en, "translated", fr || null), fr: side(fr, "translated", en || null) };
}

function person(role: AgendaPerson["role"], name: string, fnEn = "", fnFr = ""): AgendaPerson {
  return { participant_id: name, role, name, function: text(fnEn, fnFr), delegation: { en: "Nigeria", fr: "Nigéria" } };
}

function session(id: string, en: string, fr: string, people: AgendaPerson[] = []): AgendaSession {
  return {
    id,
    kind: "plenary",
    start: "09:00:00",
    end: "10:30:00",
    room: "Plenary hall",
    pillar: null,
    title: text(en, fr),
    description: text("", ""),
    people,
    items: [],
    interpretation: ["en", "fr"],
  };
}

function agenda(overrides: Partial<Agenda> = {}): Agenda {
  return {
    format: 1,
    meeting_id: "m",
    title: text("Joint thematic meeting", "Réunion thématique conjointe"),
    venue: text("Eko Hotel", "Eko Hotel"),
    city: "Lagos",
    country: { en: "Nigeria", fr: "Nigéria" },
    start_date: "2025-11-04",
    end_date: "2025-11-05",
    time_zone: "Africa/Lagos",
    co_chairs: [
      { en: "Nigeria", fr: "Nigéria" },
      { en: "France", fr: "France" },
    ],
    version: null,
    days: [
      { date: "2025-11-04", sessions: [session("s1", "Opening ceremony", "Cérémonie d’ouverture"), session("s2", "Lunch", "")] },
      { date: "2025-11-05", sessions: [session("s3", "Closing session", "Séance de clôture")] },
    ],
    ...overrides,
  };
}

describe("French typography, as the documents print it", () => {
  it("puts a narrow no-break space before high punctuation", () => {
    expect(french("Pourquoi ? Parce que : voilà ; enfin !")).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}: voilà${NNBSP}; enfin${NNBSP}!`);
    expect(french("Pourquoi?")).toBe(`Pourquoi${NNBSP}?`);
  });

  it("turns quotes into guillemets and leaves times, URLs and repeats alone", () => {
    expect(french('le "4P" du processus')).toBe(`le «${NNBSP}4P${NNBSP}» du processus`);
    expect(french("le “ 4P ” du processus")).toBe(`le «${NNBSP}4P${NNBSP}» du processus`);
    expect(french("« déjà »")).toBe(`«${NNBSP}déjà${NNBSP}»`);
    expect(french("à 9:30 sur https://example.org")).toBe("à 9:30 sur https://example.org");
    expect(french("Vraiment ?!")).toBe(`Vraiment${NNBSP}?!`);
  });

  it("is idempotent and leaves English as typed", () => {
    const once = french('Titre : « citation » et "autre" ?');
    expect(french(once)).toBe(once);
    expect(typeset('Title: "quote"?', "en")).toBe('Title: "quote"?');
  });
});

describe("the preview prints what the documents print", () => {
  it("prints the other language, marked, where a text is missing, and nothing where both are", () => {
    const lunch = text("Lunch: buffet", "");
    expect(printed(lunch, "fr")).toEqual({ text: "Lunch: buffet", fallback: "en" });
    expect(printed(text("", "État des lieux : tendances"), "en")).toEqual({ text: `État des lieux${NNBSP}: tendances`, fallback: "fr" });
    expect(printed(text("", ""), "fr")).toEqual({ text: "", fallback: null });
    expect(printed(text("Opening", "Ouverture : bienvenue"), "fr")).toEqual({ text: `Ouverture${NNBSP}: bienvenue`, fallback: null });
  });

  it("prints people with their function in the document's language, or name and delegation only", () => {
    const withFn = person("speaker", "Dr Amina Bello", "Director", "Directrice");
    expect(personLine(withFn, "en")).toBe("Dr Amina Bello, Director (Nigeria)");
    expect(personLine(withFn, "fr")).toBe("Dr Amina Bello, Directrice (Nigéria)");
    expect(personLine(person("speaker", "Ms Grace Okafor", "Adviser", ""), "fr")).toBe("Ms Grace Okafor (Nigéria)");
  });

  it("groups people by part in the agenda's order and names the parts in the document's language", () => {
    const s = session("s", "Panel", "Panel", [
      person("speaker", "B"),
      person("chair", "A"),
      person("speaker", "C"),
      person("rapporteur", "D"),
    ]);
    expect(peopleByRole(s).map((g) => [g.role, g.people.map((p) => p.name)])).toEqual([
      ["chair", ["A"]],
      ["speaker", ["B", "C"]],
      ["rapporteur", ["D"]],
    ]);
    expect(roleLabel("speaker", "fr", true)).toBe("Intervenant·es");
    expect(roleLabel("co_chair", "en", false)).toBe("Co-chair");
  });

  it("writes the header lines as the exports do", () => {
    const a = agenda();
    expect(datesAndPlace(a, "en")).toBe("4–5 November 2025 · Eko Hotel, Lagos, Nigeria");
    expect(datesAndPlace(a, "fr")).toBe(`4 et 5${NB}novembre 2025 · Eko Hotel, Lagos, Nigéria`);
    expect(coChairsLine(a, "en")).toBe("Co-chairs: Nigeria and France");
    expect(coChairsLine(a, "fr")).toBe(`Coprésidence${NNBSP}: Nigéria et France`);
    expect(coChairsLine(agenda({ co_chairs: [] }), "en")).toBeNull();
    expect(versionLine(a, "en")).toBe("Draft — not released");
    const released = agenda({ version: { number: 2, released_on: "2025-10-20" } });
    expect(versionLine(released, "en")).toBe("Rev. 2 — 20 October 2025");
    expect(versionLine(released, "fr")).toBe(`Rév. 2 — 20${NB}octobre 2025`);
  });

  it("lays two languages out side by side or as editions, and one language as one edition", () => {
    expect(langsOf("both")).toEqual(["en", "fr"]);
    expect(arrangement("both", "side-by-side")).toEqual({ columns: ["en", "fr"] });
    expect(arrangement("both", "separate")).toEqual({ editions: ["en", "fr"] });
    expect(arrangement("fr", "side-by-side")).toEqual({ editions: ["fr"] });
  });
});

describe("the screen's report", () => {
  const gaps: Gap[] = [
    { session_id: "s2", field: "title", lang: "fr", kind: "missing", label: "Lunch — title" },
    { session_id: null, field: "venue", lang: "en", kind: "stale", label: "venue" },
    { session_id: "s2", field: "function:p", lang: "fr", kind: "no_function", label: "Lunch — Ms Okafor" },
  ];

  it("counts the gaps by language", () => {
    expect(gapsByLang(gaps)).toEqual({ en: 1, fr: 2 });
  });

  it("counts in each language's way: French takes the singular for 0 and 1", () => {
    expect(counted("gaps.count", 0, "en")).toBe("0 texts");
    expect(counted("gaps.count", 1, "en")).toBe("1 text");
    expect(counted("gaps.count", 0, "fr")).toBe("0 texte");
    expect(counted("gaps.count", 2, "fr")).toBe("2 textes");
  });

  it("says what an export wrote and how many texts it could not print as they should", () => {
    const result: ExportResult = { paths: ["/tmp/a.pdf"], file_names: ["Lagos-2025-agenda-Rev1-EN-FR.pdf"], bytes: 1, gaps: [], version: 1 };
    expect(exportMessage(result, "en")).toBe("Saved Lagos-2025-agenda-Rev1-EN-FR.pdf — every text in place");
    const two = { ...result, file_names: ["a.en.ics", "a.fr.ics"], gaps };
    expect(exportMessage(two, "en")).toBe("Saved a.en.ics and a.fr.ics — 3 texts missing or stale, printed in the other language");
    expect(exportMessage(two, "fr")).toBe("Enregistré a.en.ics et a.fr.ics — 3 textes manquants ou à mettre à jour, imprimés dans l’autre langue");
  });

  it("says under the export's choices what the file will hold", () => {
    expect(exportNote("ics", "both", "side-by-side", "en"), "a calendar holds one language").toMatch(/two files/);
    expect(exportNote("ics", "en", "side-by-side", "en"), "one language, one calendar: nothing to say").toBe("");
    expect(exportNote("json", "fr", "separate", "en")).toMatch(/both languages/);
    expect(exportNote("pdf", "both", "separate", "en")).toMatch(/English edition, then/);
    expect(exportNote("docx", "en", "separate", "en"), "a layout only matters with both languages").toBe("");
  });

  it("offers later versions and the draft as the other side of a comparison", () => {
    const v = (n: number): AgendaVersion => ({
      id: `v${n}`,
      meeting_id: "m",
      number: n,
      released_on: "2025-11-04",
      note: "",
      released_at: "",
      label_en: `Rev. ${n} — 4 November 2025`,
      label_fr: `Rév. ${n} — 4${NB}novembre 2025`,
    });
    expect(laterChoices([v(1), v(2), v(3)], 2)).toEqual([3, "draft"]);
    expect(laterChoices([v(1)], 1)).toEqual(["draft"]);
    expect(versionLabel(v(2), "fr")).toBe(`Rév. 2 — 4${NB}novembre 2025`);
  });

  it("shows a change's sentence in the interface's language with a mark of its kind", () => {
    const change: ChangeEntry = {
      session: { id: "s1", title: { en: "Opening ceremony", fr: "Cérémonie d’ouverture" } },
      what: { kind: "moved", from: { day: "2025-11-04", start: "09:00:00", end: "10:00:00", room: null }, to: { day: "2025-11-05", start: "09:00:00", end: "10:00:00", room: null } },
      en: "Session moved: …",
      fr: "Séance déplacée : …",
    };
    expect(changeSentence(change, "fr")).toBe("Séance déplacée : …");
    expect(changeMark(change)).toBe("→");
    expect(changeMark({ ...change, what: { kind: "reordered", role: "speaker" } })).toBe("↕");
  });
});

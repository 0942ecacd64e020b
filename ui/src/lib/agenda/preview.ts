// The agenda as the exported documents print it, for the preview: texts in the document's
// language (the other language's, marked, when one is missing: never invented, never
// dropped), people as "Name, Function (Delegation)", the header lines, and which columns or
// editions the chosen languages and layout make. The words here are the document's, in its
// own language, not the interface's.
import type { Agenda, AgendaPerson, AgendaSession, BilingualText, Lang, Languages, Layout, SessionKind, SessionRole } from "../ipc";
import { formatDate, formatDateRange } from "../format";
import { typeset } from "./typography";

/** A text as printed in one language; `fallback` names the language printed instead. */
export type Printed = { text: string; fallback: Lang | null };

const other = (lang: Lang): Lang => (lang === "en" ? "fr" : "en");

/** `text` in `lang`, or the other side (typeset for its own language) when `lang` is empty. */
export function printed(text: BilingualText, lang: Lang): Printed {
  const own = text[lang].text;
  const theirs = text[other(lang)].text;
  if (own || !theirs) return { text: typeset(own, lang), fallback: null };
  return { text: typeset(theirs, other(lang)), fallback: other(lang) };
}

/** "HE Ms Jane Doe, Minister of Justice (Nigeria)"; no function in `lang`: name and delegation. */
export function personLine(person: AgendaPerson, lang: Lang): string {
  const fn = person.function[lang].text;
  const delegation = person.delegation[lang];
  return typeset(fn ? `${person.name}, ${fn} (${delegation})` : `${person.name} (${delegation})`, lang);
}

/** "4–5 November 2025 · Eko Hotel, Lagos, Nigeria". */
export function datesAndPlace(agenda: Agenda, lang: Lang): string {
  const place = [printed(agenda.venue, lang).text, agenda.city, agenda.country?.[lang] ?? ""].filter((p) => p);
  return typeset(`${formatDateRange(agenda.start_date, agenda.end_date, lang)} · ${place.join(", ")}`, lang);
}

/** "Rev. 2 — 20 October 2025" / "Rév. 2 — 20 octobre 2025", or the draft's line. */
export function versionLine(agenda: Agenda, lang: Lang): string {
  const v = agenda.version;
  if (!v) return lang === "en" ? "Draft — not released" : "Projet — non publié";
  return `${lang === "en" ? "Rev." : "Rév."} ${v.number} — ${formatDate(v.released_on, lang)}`;
}

/** "Co-chairs: Nigeria and France" / "Coprésidence : Nigeria et France"; null without co-chairs. */
export function coChairsLine(agenda: Agenda, lang: Lang): string | null {
  const names = agenda.co_chairs.map((c) => c[lang]);
  if (names.length === 0) return null;
  const last = names.pop() ?? "";
  const joined = names.length ? `${names.join(", ")} ${lang === "en" ? "and" : "et"} ${last}` : last;
  return typeset(`${lang === "en" ? "Co-chairs" : "Coprésidence"}: ${joined}`, lang);
}

/** "Agenda" / "Ordre du jour". */
export function agendaWord(lang: Lang): string {
  return lang === "en" ? "Agenda" : "Ordre du jour";
}

/** The parts, in the order the agenda lists them. */
export const ROLES: SessionRole[] = ["chair", "co_chair", "moderator", "speaker", "rapporteur"];

const ROLE_LABELS: Record<SessionRole, [string, string, string, string]> = {
  chair: ["Chair", "Présidence", "Chairs", "Présidence"],
  co_chair: ["Co-chair", "Coprésidence", "Co-chairs", "Coprésidence"],
  moderator: ["Moderator", "Modération", "Moderators", "Modération"],
  speaker: ["Speaker", "Intervenant·e", "Speakers", "Intervenant·es"],
  rapporteur: ["Rapporteur", "Rapporteur·rice", "Rapporteurs", "Rapporteur·rices"],
};

/** A part's label in the document's language ("Speakers", "Intervenant·es"). */
export function roleLabel(role: SessionRole, lang: Lang, plural: boolean): string {
  const [en, fr, enPl, frPl] = ROLE_LABELS[role];
  return plural ? (lang === "en" ? enPl : frPl) : lang === "en" ? en : fr;
}

const KIND_LABELS: Record<SessionKind, [string, string]> = {
  opening: ["Opening", "Ouverture"],
  plenary: ["Plenary", "Plénière"],
  panel: ["Panel", "Panel"],
  working_group: ["Working group", "Groupe de travail"],
  break: ["Break", "Pause"],
  side_event: ["Side event", "Événement parallèle"],
  closing: ["Closing", "Clôture"],
};

/** A session kind's label in the document's language. */
export function kindLabel(kind: SessionKind, lang: Lang): string {
  const [en, fr] = KIND_LABELS[kind];
  return lang === "en" ? en : fr;
}

/** The people of a session grouped by part, in the agenda's order; parts nobody has are left out. */
export function peopleByRole(session: AgendaSession): Array<{ role: SessionRole; people: AgendaPerson[] }> {
  return ROLES.map((role) => ({ role, people: session.people.filter((p) => p.role === role) })).filter((g) => g.people.length > 0);
}

/** The languages a document carries, English first. */
export function langsOf(languages: Languages): Lang[] {
  return languages === "both" ? ["en", "fr"] : [languages];
}

/**
 * How the preview is laid out: one column per language side by side, or one edition after
 * the other (a single language is one edition; the layout only matters for two).
 */
export function arrangement(languages: Languages, layout: Layout): { columns: Lang[] } | { editions: Lang[] } {
  const langs = langsOf(languages);
  return langs.length > 1 && layout === "side-by-side" ? { columns: langs } : { editions: langs };
}

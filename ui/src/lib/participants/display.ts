// How a participant or delegation reads in the interface language.
import type { BilingualText, DelegationRow, Lang, ParticipantRow } from "../ipc";

/** The other working language. */
export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "fr" : "en";
}

/** A bilingual text in `lang`, falling back to the other side (then `lang` says which). */
export function pickText(text: BilingualText, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
  const own = text[lang].text;
  if (own.trim()) return { text: own, lang, fallback: false };
  const other = otherLang(lang);
  const theirs = text[other].text;
  if (theirs.trim()) return { text: theirs, lang: other, fallback: true };
  return { text: "", lang, fallback: false };
}

/** The participant's delegation in `lang`. */
export function participantDelegation(row: ParticipantRow, lang: Lang): string {
  return (lang === "fr" ? row.delegation_fr : row.delegation_en) || row.delegation_en || row.delegation_fr;
}

/** A delegation's name in `lang`. */
export function delegationName(row: DelegationRow, lang: Lang): string {
  return (lang === "fr" ? row.name_fr : row.name_en) || row.name_en || row.name_fr;
}

/** A delegation's acronym in `lang`, if it has one. */
export function delegationAcronym(row: DelegationRow, lang: Lang): string | null {
  return (lang === "fr" ? row.acronym_fr : row.acronym_en) ?? row.acronym_en ?? row.acronym_fr ?? null;
}

/** Lower case without accents or extra spaces, so that "cote" finds "Côte d'Ivoire". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether every word of `query` starts a word of `text` (both folded), as the API's search does. */
export function matchesWords(text: string, query: string): boolean {
  const words = fold(query).split(" ").filter(Boolean);
  if (!words.length) return true;
  const hay = fold(text).split(/[\s\-'(),.]+/).filter(Boolean);
  return words.every((w) => hay.some((h) => h.startsWith(w)));
}

/** The plural form a count takes: French puts 0 and 1 in the singular, English only 1. */
export function pluralForm(n: number, lang: Lang): "one" | "other" {
  return lang === "fr" ? (n < 2 ? "one" : "other") : n === 1 ? "one" : "other";
}

/** Sorts by a name in `lang`'s collation (É with E). */
export function sortByName<T>(items: readonly T[], name: (item: T) => string, lang: Lang): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: "base", ignorePunctuation: false });
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

// What the drafting screen says in the interface language: when something happened, how
// many of a thing there are, the delegations in the amendment form, and which languages an
// amendment changes.
import type { DelegationRow, Lang } from "../ipc";
import { translate } from "../i18n/index.svelte";
import { formatDate, formatTime } from "../format";

/** "4 November 2025, 14:05" / "4 novembre 2025, 14 h 05" for a UTC time stamp (RFC 3339),
 * in the computer's own time zone (where the rapporteur is). */
export function formatStamp(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day, lang)}, ${formatTime(`${pad(d.getHours())}:${pad(d.getMinutes())}`, lang)}`;
}

/** `outcome.<key>_one` or `_other` for `n` (French takes the singular for 0 and 1). */
export function counted(key: string, n: number, lang: Lang): string {
  const one = lang === "fr" ? n < 2 : n === 1;
  return translate(lang, `outcome.${key}_${one ? "one" : "other"}`, { n });
}

/** A delegation's name in `lang`: the name shown at the meeting if it has one. */
export function delegationName(d: DelegationRow, lang: Lang): string {
  const shown = lang === "fr" ? d.display_name_fr || d.display_name_en : d.display_name_en || d.display_name_fr;
  return shown || (lang === "fr" ? d.name_fr || d.name_en : d.name_en || d.name_fr);
}

/** The delegations in the order of their names in `lang`, accents sorted with their letter. */
export function delegationsByName(list: readonly DelegationRow[], lang: Lang): DelegationRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: "base" });
  return [...list].sort((a, b) => collator.compare(delegationName(a, lang), delegationName(b, lang)));
}

/** What an amendment form sends: a language whose text was left as it is is not amended. */
export function proposal(current: { en: string; fr: string }, typed: { en: string; fr: string }): { proposed_en: string | null; proposed_fr: string | null } {
  const changed = (a: string, b: string) => a.trim() !== b.trim();
  return {
    proposed_en: changed(typed.en, current.en) ? typed.en : null,
    proposed_fr: changed(typed.fr, current.fr) ? typed.fr : null,
  };
}

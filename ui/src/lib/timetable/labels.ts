// Counted labels ("1 speaker", "7 speakers"): English takes the singular for 1 only, French
// for 0 and 1 as well.
import type { Lang } from "../ipc";
import { translate } from "../i18n/index.svelte";

/** `timetable.<key>_one` or `_other` for `n`, with `{n}` filled in. */
export function countLabel(key: string, n: number, lang: Lang): string {
  const one = lang === "fr" ? n < 2 : n === 1;
  return translate(lang, `timetable.${key}_${one ? "one" : "other"}`, { n });
}

// What the agenda screen says in the interface's language: the gaps (texts missing or stale),
// the versions, the changes between two of them, and what an export wrote.
import type { AgendaVersion, ChangeEntry, ExportFormat, ExportResult, Gap, GapKind, Lang, Languages, Layout } from "../ipc";
import { translate } from "../i18n/index.svelte";
import { layoutNote } from "../format/edition";

/** `agenda.<key>_one` or `_other` for `n` (French takes the singular for 0 and 1). */
export function counted(key: string, n: number, lang: Lang): string {
  const one = lang === "fr" ? n < 2 : n === 1;
  return translate(lang, `agenda.${key}_${one ? "one" : "other"}`, { n });
}

/** The name of a gap's kind: "Missing", "Stale", "No function". */
export function gapKindLabel(kind: GapKind, lang: Lang): string {
  return translate(lang, `agenda.gap_kind.${kind}`);
}

/** How many gaps there are in each language. */
export function gapsByLang(gaps: Gap[]): Record<Lang, number> {
  const out: Record<Lang, number> = { en: 0, fr: 0 };
  for (const g of gaps) out[g.lang] += 1;
  return out;
}

/** A version's label in `lang`: "Rev. 2 — 20 October 2025". */
export function versionLabel(v: AgendaVersion, lang: Lang): string {
  return lang === "fr" ? v.label_fr : v.label_en;
}

/** A change's sentence in `lang`. */
export function changeSentence(c: ChangeEntry, lang: Lang): string {
  return lang === "fr" ? c.fr : c.en;
}

/** A one-character mark of a change's kind, for the list (the sentence says it in words). */
export function changeMark(c: ChangeEntry): string {
  switch (c.what.kind) {
    case "added":
    case "person_added":
      return "+";
    case "removed":
    case "person_removed":
      return "−";
    case "moved":
      return "→";
    case "retitled":
      return "✎";
    case "person_replaced":
      return "⇄";
    case "reordered":
      return "↕";
  }
}

/** What a toast says of an export: the file(s) written and how many texts are missing or stale. */
export function exportMessage(result: ExportResult, lang: Lang): string {
  const files = result.file_names.join(lang === "fr" ? " et " : " and ");
  const gaps = result.gaps.length === 0 ? translate(lang, "agenda.export.no_gaps") : counted("export.gaps", result.gaps.length, lang);
  return translate(lang, "agenda.export.saved", { files, gaps });
}

/** The value of the version picker: a released version's number, or "draft". */
export type VersionChoice = number | "draft";

/** The versions offered as the "to" side of a changelog from `from`: the later ones, then the draft. */
export function laterChoices(versions: AgendaVersion[], from: number): VersionChoice[] {
  return [...versions.filter((v) => v.number > from).map((v) => v.number), "draft"];
}

/** The formats an agenda is exported to, in the order the menu offers them. */
export const AGENDA_FORMATS: ExportFormat[] = ["pdf", "docx", "html", "ics", "json"];

/** What an agenda export in `format` will write, for the line under the export's choices: one
 * calendar per language, JSON holding both, or how two languages share a page. */
export function exportNote(format: ExportFormat, languages: Languages, layout: Layout, lang: Lang): string {
  if (format === "ics" && languages === "both") return translate(lang, "agenda.export.ics_both");
  if (format === "json") return translate(lang, "agenda.export.json_both");
  const layoutApplies = languages === "both" && (format === "pdf" || format === "docx" || format === "html");
  return layoutApplies ? layoutNote(layout, lang) : "";
}

// The outcome document's export choices and what each will write.
import type { Lang, Languages, Layout, OutcomeFormat } from "../ipc";
import { translate } from "../i18n/index.svelte";
import { layoutNote } from "../format/edition";

/** The formats offered, in the order the menu lists them. */
export const OUTCOME_FORMATS: OutcomeFormat[] = ["docx", "pdf", "html", "akn"];

/** What an export in `format` will write: one Akoma Ntoso file per language, or how two
 * languages share the document. */
export function outcomeExportNote(format: OutcomeFormat, languages: Languages, layout: Layout, lang: Lang): string {
  if (format === "akn") return translate(lang, languages === "both" ? "outcome.export.akn_both" : "outcome.export.akn_one");
  if (languages !== "both") return "";
  return layoutNote(layout, lang);
}

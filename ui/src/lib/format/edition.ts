// How two languages share a printed document, in the words of the interface.
import type { Lang, Layout } from "../ipc";
import { translate } from "../i18n/index.svelte";

/** The key of a layout's name under `edition.` ("layout_side", "layout_separate"). */
export function layoutKey(layout: Layout): string {
  return layout === "side-by-side" ? "layout_side" : "layout_separate";
}

/** What a layout does to the document, for the line under the export's choices. */
export function layoutNote(layout: Layout, lang: Lang): string {
  return translate(lang, `edition.${layoutKey(layout)}_note`);
}

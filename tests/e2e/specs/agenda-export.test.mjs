// The organiser's path to a published agenda: the Lagos agenda previewed side by side,
// released as Rev. 1 (confirming the gaps if there are any), exported as a side-by-side PDF
// through the save dialog (answered by PLENARY_SAVE_PATH, see run.sh), and the file read back
// with poppler's pdftotext. The first page is also drawn with pdftoppm: the README's picture
// (copied to tests/e2e/reference/agenda-pdf.png when the document changes).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { config } from "../lib/app.mjs";
import { scenario } from "../lib/scenario.mjs";
import * as demo from "../lib/seed.mjs";

const SEL = {
  nav: "[data-nav=agenda]",
  preview: "[data-testid=agenda-preview]",
  session: "[data-testid=agenda-session]",
  shown: "[data-testid=agenda-shown]",
  versionLine: "[data-testid=agenda-version-line]",
  release: "[data-action=release-agenda]",
  dialog: "[data-testid=release-dialog]",
  confirm: "[data-action=confirm-release]",
  format: "[data-testid=export-format]",
  export: "[data-action=export-agenda]",
  versions: "[data-testid=agenda-versions]",
  compare: "[data-action=compare]",
  toast: ".toasts .toast:last-child",
};

scenario("the Lagos agenda is released as Rev. 1 and exported as a side-by-side PDF", async ({ app, screenshot }) => {
  const saveAs = process.env.E2E_SAVE_PATH;
  assert.ok(saveAs, "run.sh gives the spec the path that answers the save dialog (E2E_SAVE_PATH)");
  const opening = demo.session("opening");
  const sessions = demo.seed.sessions.length;

  await app.click(SEL.nav);
  await app.find(`${SEL.nav}[aria-current=page]`);
  await app.find(SEL.preview);
  await app.waitFor(async () => (await app.count(SEL.session)) === sessions, `the preview shows all ${sessions} sessions of the timetable`);
  assert.equal(await app.browser.$(SEL.preview).getAttribute("data-layout"), "side-by-side", "English and French side by side by default");
  const page = await app.text(SEL.preview);
  assert.ok(page.includes(opening.title_en) && page.includes(opening.title_fr), "both languages of the opening session are on the page");
  await app.waitForText(SEL.shown, /draft/i);
  await screenshot("preview");

  await app.click(SEL.release);
  await app.find(SEL.dialog);
  assert.match(await app.text(SEL.dialog), /Rev\. 1 — /, "the dialog says which version the release will be");
  await screenshot("release-dialog");
  await app.click(SEL.confirm);
  await app.waitFor(async () => !(await app.exists(SEL.dialog)), "the release dialog closes once released");
  const shown = await app.waitForText(SEL.shown, /Rev\. 1 — /);
  assert.match(shown, /exactly as released/, "the screen now shows the released version");
  const lines = await app.texts(SEL.versionLine);
  assert.ok(lines.some((l) => /^Rev\. 1 — /.test(l)) && lines.some((l) => /^Rév\. 1 — /.test(l)), `the page's header gives the version in both languages: ${lines}`);

  await app.click(`${SEL.versions} ${SEL.compare}`);
  await app.waitForText(SEL.versions, /0 changes/);

  await app.fill(SEL.format, "pdf");
  await app.click(SEL.export);
  const file = `${saveAs}.pdf`;
  const toast = await app.waitForText(SEL.toast, "export.pdf", 90_000);
  assert.match(toast, /^Saved export\.pdf — /, "a toast names the file and the gaps");
  assert.ok(existsSync(file) && statSync(file).size > 10_000, `the PDF was written where the dialog said (${file})`);
  await screenshot("exported");

  const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  for (const needle of [opening.title_en, opening.title_fr, "Rev. 1", "Rév. 1"]) {
    assert.ok(text.includes(needle), `the PDF shows ${JSON.stringify(needle)}`);
  }
  // The screen in French: the version, the labels and the changes' summary follow.
  assert.equal(await app.switchLanguage(), "fr");
  await app.waitForText(SEL.shown, /^Version publiée Rév\. 1 — /);
  await app.waitForText(SEL.versions, /0 modification\b/);
  await screenshot("french");

  const firstPage = path.join(config.screenshots, "agenda-export-pdf-page1");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, firstPage]);
  assert.ok(statSync(`${firstPage}.png`).size > 5_000, "the first page renders as a picture");
});

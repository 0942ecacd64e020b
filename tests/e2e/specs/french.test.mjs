// The interface in French: labels, dates (« 4 novembre 2025 », with a no-break space between
// the day and the month) and the statistics sentence (« 166 représentants de 41 pays »).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { scenario } from "../lib/scenario.mjs";
import { SEL, openTimetable } from "../lib/flows.mjs";

const NBSP = "\u00a0";
const catalogue = (lang) => JSON.parse(readFileSync(new URL(`../../../ui/src/i18n/${lang}.json`, import.meta.url), "utf8"));
const fr = catalogue("fr");
const en = catalogue("en");
const show = (s) => JSON.stringify(s).replace(/\u00a0/g, "⍽");

scenario("switching the interface to French translates labels, dates and statistics", async (ctx) => {
  const { app } = ctx;
  await app.find(SEL.headline);
  assert.equal(await app.lang(), "en");
  assert.equal(await app.switchLanguage(), "fr");

  // Labels: the sidebar and the language button.
  assert.equal(fr.app.nav.overview, "Vue d’ensemble");
  for (const view of ["meetings", "overview", "participants", "timetable", "co_chairs"]) {
    assert.equal(await app.text(`[data-nav=${view}]`), fr.app.nav[view], `the ${view} entry of the sidebar`);
  }
  assert.equal(await app.text("[data-action=switch-language]"), "English", "the button offers to switch back");

  // The meeting's title and dates: « 4 et 5 novembre 2025 », no-break space before the month.
  const head = await app.text(".meeting-head");
  assert.match(head, /Réunion thématique conjointe des Processus de Khartoum, de Rabat et de Niamey/);
  assert.ok(head.includes(`4 et 5${NBSP}novembre 2025`), `the dates read « 4 et 5 novembre 2025 » with a no-break space: ${show(head)}`);

  // The statistics sentence, in French, with the same numbers.
  const headline = await app.waitForText(SEL.headline, /représentants/);
  assert.match(headline, /^166 représentants de 41 pays\b/);
  assert.equal(await app.text(SEL.statRepresentatives), "166");
  assert.equal(await app.text(SEL.statCountries), "41");
  await ctx.screenshot("overview");

  // The timetable's days: « 4 novembre 2025 ».
  await openTimetable(app);
  const page = await app.pageText();
  assert.ok(page.includes(`4${NBSP}novembre 2025`), `the timetable shows « 4 novembre 2025 » with a no-break space: ${show(page.slice(0, 600))}`);
  assert.ok(!/\bNovember\b/.test(page), "no English month is left on the timetable");
  await ctx.screenshot("timetable");

  // And back to English.
  assert.equal(await app.switchLanguage(), "en");
  assert.equal(await app.text("[data-nav=overview]"), en.app.nav.overview);
});

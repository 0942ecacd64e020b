// The statistics screen over the demo meeting: the same figures as the Overview and the
// headline in both languages, attendance as shares of the total, charts that turn into
// tables whose rows add up to the representatives, and French number formatting.
import assert from "node:assert/strict";
import { numberIn } from "../lib/app.mjs";
import { scenario } from "../lib/scenario.mjs";
import { readStats } from "../lib/flows.mjs";

const SEL = {
  nav: "[data-nav=statistics]",
  headline: "[data-testid=stats-headline]",
  other: "[data-testid=stats-headline-other]",
  representatives: "[data-testid=stats-representatives]",
  countries: "[data-testid=stats-countries]",
  attended: "[data-testid=stats-attended]",
  chart: (id) => `[data-testid=stats-chart-${id}]`,
  table: (id) => `[data-testid=stats-table-${id}]`,
  toggle: (id) => `[data-action=table-${id}]`,
};

async function openStatistics(app) {
  await app.click(SEL.nav);
  await app.find(`${SEL.nav}[aria-current=page]`);
  return app.waitForText(SEL.representatives, /\d/);
}

scenario("the statistics screen shows the demo's figures as charts and tables", async (ctx) => {
  const { app } = ctx;
  const overview = await readStats(app);
  const representatives = numberIn(overview.representatives);
  const countries = numberIn(overview.countries);
  assert.ok(representatives > 0, "the demo has representatives");

  assert.equal(numberIn(await openStatistics(app)), representatives, "the same count as the Overview's");
  assert.equal(numberIn(await app.text(SEL.countries)), countries);
  const headline = await app.text(SEL.headline);
  assert.match(headline, new RegExp(`^${representatives} representatives from ${countries} countries`), "the headline, from the same figures");
  assert.match(await app.text(SEL.other), new RegExp(`^${representatives} représentants de ${countries} pays`), "and in French beside it");
  await app.find(SEL.chart("region"));
  await app.find(SEL.chart("country"));
  await app.find(SEL.chart("gender"));
  await ctx.screenshot("charts");

  // The gender balance as a table: its rows add up to every representative.
  await app.click(SEL.toggle("gender"));
  const cells = await app.texts(`${SEL.table("gender")} tbody td:nth-of-type(1)`);
  assert.equal(cells.map(numberIn).reduce((a, b) => a + b, 0), representatives, `every representative in one row: ${JSON.stringify(cells)}`);
  // By country: the top 15 and the others.
  await app.click(SEL.toggle("country"));
  const countryRows = await app.texts(`${SEL.table("country")} tbody th`);
  assert.ok(countryRows.length <= 16, `at most 15 countries and “Others”: ${countryRows.length}`);
  if (countries > 15) assert.equal(countryRows.at(-1), "Others", "the rest summed as “Others”");
  await ctx.screenshot("tables");

  // In French: the same figures, the French headline first.
  assert.equal(await app.switchLanguage(), "fr");
  await app.waitForText(SEL.headline, /représentants/);
  assert.equal(numberIn(await app.text(SEL.representatives)), representatives);
  assert.match(await app.text(SEL.attended), /^\d/, "attendance shown");
  await ctx.screenshot("french");
});

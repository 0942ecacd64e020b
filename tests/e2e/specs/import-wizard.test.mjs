// Importing a registration list through the wizard: a French-locale Excel export (Windows-1252,
// semicolons, French headers) with a country the app does not know (mapped to Tanzania) and a
// demo participant again (skipped). The new participants are listed, and counted on the
// Overview: 166 + 6 = 172 representatives, 41 + Algeria + Tanzania = 43 countries.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, participantCount, readStats, searchParticipants } from "../lib/flows.mjs";
import { representatives, countries } from "../lib/seed.mjs";

const W = {
  wizard: "[data-testid=import-wizard]",
  open: "[data-action=open-import]",
  choose: "[data-action=choose-import-file]",
  next: "[data-action=import-next]",
  run: "[data-action=run-import]",
  step: (s) => `[data-import-step=${s}]`,
  column: (i) => `import-column-${i}`,
};

/** The wizard's step once its heading has focus (each step moves the focus to its heading). */
async function atStep(app, step) {
  await app.waitFor(
    () => app.browser.execute((s) => document.querySelector("[data-testid=import-wizard]")?.dataset.step === s && document.activeElement?.hasAttribute("data-step-heading"), step),
    `the wizard should be at the ${step} step with its heading focused`,
  );
}

/** Waits until the wizard is not reading the file again (aria-busy false). */
async function settled(app) {
  await app.waitFor(async () => (await app.browser.$(W.wizard).getAttribute("aria-busy")) === "false", "the preview did not come back");
}

scenario("a French CSV imported through the wizard is listed and counted", async (ctx) => {
  const { app } = ctx;
  assert.equal(representatives, 166, "the demo meeting has 166 participants");
  assert.equal(countries, 41, "the demo meeting has 41 countries");
  await app.nav("participants");
  await app.find(SEL.row);

  // 1. The file: read as Windows-1252 with semicolons.
  await app.click(W.open);
  await app.find(W.wizard);
  await app.click(W.choose);
  assert.equal(await app.waitForText("[data-testid=import-file-name]", /\S/), "import-wizard.csv");
  assert.equal(await app.text("[data-testid=import-encoding]"), "windows-1252", "the encoding of a French-locale Excel export");
  assert.match(await app.text("[data-testid=import-delimiter]"), /Semicolon/);
  assert.equal(await app.text("[data-testid=import-rows]"), "7", "seven rows under the header");
  await settled(app);
  await ctx.screenshot("1-file");

  // 2. The columns, suggested from the French headers.
  await app.click(W.next);
  await atStep(app, "columns");
  const fields = await app.browser.execute(() => [...document.querySelectorAll("[data-testid=import-column] select")].map((s) => s.value));
  assert.deepEqual(
    fields,
    ["honorific_prefix", "given_name", "family_name", "country", "function_fr", "email"],
    "Civilité, Prénom, Nom, Pays, Fonction, Courriel each suggest their field",
  );
  assert.equal(await app.exists("[data-testid=import-missing]"), false, "nothing required is missing");
  await ctx.screenshot("2-columns");

  // 3. The problems: Zanzibar is no country of the list; it is mapped to Tanzania.
  await app.click(W.next);
  await atStep(app, "problems");
  const unknown = await app.attributes("[data-testid=import-unknown-country]", "data-value");
  assert.deepEqual(unknown, ["Zanzibar"], "the one unknown country is listed");
  await ctx.screenshot("3-problems-unknown");
  await app.click(W.step("summary"));
  await atStep(app, "summary");
  assert.equal(await app.browser.$(W.run).isEnabled(), false, "the import waits for the unknown country");
  assert.match(await app.text("[data-testid=import-blockers]"), /countries to choose: 1/, "the reason is said next to the button");
  await ctx.screenshot("5-summary-blocked");
  await app.click(W.step("problems"));
  await atStep(app, "problems");
  await app.pick("import-country-0", "Tanzania");
  await settled(app);
  await ctx.screenshot("3-problems");

  // 4. The duplicate: Tijjani Aliyu Ahmed is at the meeting already (same email): skipped.
  await app.click(W.next);
  await atStep(app, "duplicates");
  const duplicates = await app.texts("[data-testid=import-duplicate]");
  assert.equal(duplicates.length, 1, `one duplicate, got ${JSON.stringify(duplicates)}`);
  assert.match(duplicates[0], /Ahmed/);
  await app.click("[data-testid=import-duplicate] [data-duplicate-action=skip]");
  await settled(app);
  assert.equal(await app.browser.$("[data-testid=import-duplicate]").getAttribute("data-action"), "skip");
  await ctx.screenshot("4-duplicates");

  // 5. The summary, and the import.
  await app.click(W.next);
  await atStep(app, "summary");
  await settled(app);
  const figure = (k) => app.browser.$(`[data-testid=import-summary-${k}]`).getAttribute("data-value");
  assert.equal(await figure("add"), "6", "six rows to add");
  assert.equal(await figure("skip"), "1", "the duplicate skipped");
  assert.equal(await figure("delegations"), "2", "Algeria and Tanzania are new delegations");
  await ctx.screenshot("5-summary");
  await app.waitFor(() => app.browser.$(W.run).isEnabled(), "the import should be possible now");
  await app.click(W.run);

  // 6. The result, and the table behind refreshed.
  await atStep(app, "result");
  assert.equal(await app.text("[data-testid=import-report-added]"), "6");
  assert.equal(await app.text("[data-testid=import-report-skipped]"), "1");
  assert.equal(await app.text("[data-testid=import-report-delegations_created]"), "2");
  await ctx.screenshot("6-result");
  await app.click("[data-action=close-import]");
  await app.waitFor(async () => !(await app.exists(W.wizard)), "the wizard should close");
  await app.waitFor(async () => (await participantCount(app)) === 172, async () => `the count should be 172, it is ${await participantCount(app)}`);
  const [row] = await searchParticipants(app, "Mwinyi", "Mwinyi");
  assert.match(row, /Salim Mwinyi/, "the imported participant is listed");
  assert.match(row, /Tanzania/, "in the delegation of the country the unknown value was mapped to");
  const [accented] = await searchParticipants(app, "Traoré", "Traoré-Kaboré");
  assert.match(accented, /Amadou Traoré-Kaboré/, "Windows-1252 accents read right");
  await ctx.screenshot("7-table");

  // Counted: on the Overview's statistics.
  const stats = await readStats(app);
  assert.equal(stats.representatives, "172", "166 + 6 representatives");
  assert.equal(stats.countries, "43", "41 + Algeria + Tanzania");

  // The same file again, in French: its mapping is remembered, and every row is a duplicate now
  // but Zanzibar's (a country is mapped for one import, not remembered).
  assert.equal(await app.switchLanguage(), "fr");
  await app.nav("participants");
  await app.click(W.open);
  await app.click(W.choose);
  await app.waitForText("[data-testid=import-file-name]", /\S/);
  assert.match(await app.text("[data-testid=import-delimiter]"), /^Point-virgule \(\u00a0;\u00a0\)$/, "French typography: spaces around the semicolon");
  await settled(app);
  await app.click(W.next);
  await atStep(app, "columns");
  assert.ok(await app.exists("[data-testid=import-remembered]"), "the mapping of the first import is remembered for the same headers");
  await ctx.screenshot("8-columns-fr");
  await app.click(W.step("duplicates"));
  await atStep(app, "duplicates");
  assert.equal(await app.count("[data-testid=import-duplicate]"), 6, "the six rows with a known country are at the meeting now");
  await ctx.screenshot("9-duplicates-fr");
});

// The header's search box: "prosecutor" typed once finds both people (their functions) and
// the outcome paragraph on the network of prosecutors, grouped by kind; the arrow keys walk
// the results and Escape closes them; in French, "procureurs" finds the same paragraph, and
// choosing it opens the outcome document with the cursor in that paragraph.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";

const SEL = {
  box: "[data-testid=global-search]",
  results: "[data-testid=global-search-results]",
  hit: (kind) => `[data-testid=global-search-results] [role=option][data-hit-kind=${kind}]`,
  group: (kind) => `[data-testid=global-search-results] [role=group][data-kind=${kind}]`,
};

/** Types `text` in the search box and waits for hits of every kind in `kinds`. */
async function searchFor(app, text, kinds) {
  await app.type(SEL.box, text);
  for (const kind of kinds) {
    await app.waitFor(async () => (await app.count(SEL.hit(kind))) > 0, `searching “${text}” shows a ${kind}`);
  }
}

scenario("one search box finds people and outcome paragraphs and opens a paragraph", async (ctx) => {
  const { app } = ctx;
  await app.nav("overview");
  await app.find(SEL.box);

  // Each word matches as a prefix: "prosecutor" finds "Prosecutor" and "prosecutors".
  await searchFor(app, "prosecutor", ["participant", "paragraph"]);
  const people = await app.texts(SEL.hit("participant"));
  assert.ok(people.some((p) => /Prosecutor/i.test(p)), `a participant whose function is a prosecutor: ${JSON.stringify(people)}`);
  const paragraphs = await app.texts(SEL.hit("paragraph"));
  assert.ok(paragraphs.some((p) => /^OP\d+ — /.test(p) && /prosecutors/i.test(p)), `the paragraph, titled with its number: ${JSON.stringify(paragraphs)}`);
  const marks = await app.texts(`${SEL.hit("paragraph")} mark`);
  assert.ok(marks.some((m) => /^prosecutors$/i.test(m)), `the word found is marked in the snippet: ${JSON.stringify(marks)}`);
  const heading = await app.text(`${SEL.group("participant")} [role=presentation]`);
  assert.match(heading, /participants/i, "the group is named");
  await ctx.screenshot("prosecutor");

  // The keyboard: down to the first option, Escape closes the list and keeps the text.
  await app.browser.keys(["ArrowDown"]);
  const active = await app.browser.execute(() => document.querySelector("[data-testid=global-search]")?.getAttribute("aria-activedescendant"));
  assert.ok(active?.startsWith("search-opt-participant-"), `ArrowDown makes the first participant active: ${active}`);
  await app.browser.keys(["Escape"]);
  await app.waitFor(async () => (await app.browser.$(SEL.box).getAttribute("aria-expanded")) === "false", "Escape closes the results");

  // In French: "procureurs" finds the same paragraph; choosing it opens the document there.
  assert.equal(await app.switchLanguage(), "fr");
  await searchFor(app, "procureurs", ["paragraph"]);
  const option = await app.find(SEL.hit("paragraph"));
  const optionId = await option.getAttribute("id");
  const paragraphId = optionId.replace("search-opt-paragraph-", "");
  assert.match(await option.getText(), /procureurs/i, "the French text is shown and matched");
  await ctx.screenshot("procureurs");
  await app.clickElement(option, "the paragraph hit");
  await app.find("[data-nav=outcome][aria-current=page]");
  await app.find(`[data-paragraph-id="${paragraphId}"]`);
  await app.waitFor(
    async () => app.browser.execute(() => document.activeElement?.id ?? ""),
    "the cursor goes into the paragraph",
  );
  const focused = await app.browser.execute(() => document.activeElement?.id ?? "");
  assert.ok(focused.startsWith(`para-${paragraphId}-`), `the cursor is in the paragraph chosen: ${focused}`);
  await ctx.screenshot("paragraph-open");

  // Ctrl+K from the outcome screen puts the cursor back in the box.
  await app.browser.execute(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await app.browser.keys(["Control", "k"]);
  await app.browser.keys(["Control"]);
  await app.waitFor(
    async () => (await app.browser.execute(() => document.activeElement?.getAttribute("data-testid"))) === "global-search",
    "Ctrl+K focuses the search box",
  );
});

// The header's search box: "prosecutor" typed once finds both people (their functions) and
// the outcome paragraph on the network of prosecutors, grouped by kind; the arrow keys walk
// the results and Escape closes them; a participant and a session open in their forms; in
// French, "procureurs" finds the same paragraph, and choosing it opens the outcome document
// with the cursor in that paragraph.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";

const SEL = {
  box: "[data-testid=global-search]",
  results: "[data-testid=global-search-results]",
  hit: (kind) => `[data-testid=global-search-results] [role=option][data-hit-kind=${kind}]`,
  group: (kind) => `[data-testid=global-search-results] [role=group][data-kind=${kind}]`,
};

/** Types `text` in the search box and waits for a hit of every kind in `kinds` matching `expect`
 * (the results of the previous words stay on screen until the new ones come). */
async function searchFor(app, text, kinds, expect = new RegExp(text, "i")) {
  await app.type(SEL.box, text);
  for (const kind of kinds) {
    await app.waitFor(async () => (await app.texts(SEL.hit(kind))).some((t) => expect.test(t)), `searching “${text}” shows a ${kind}`);
  }
}

/** The first hit of `kind` whose text matches `expect`. */
async function hitMatching(app, kind, expect) {
  for (const el of await app.browser.$$(SEL.hit(kind))) {
    if (expect.test(await el.getText())) return el;
  }
  throw new Error(`no ${kind} hit matches ${expect}`);
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

  // A participant opens in its form on the participants screen; a session in its timetable form.
  await searchFor(app, "baumgartner", ["participant"]);
  await app.clickElement(await hitMatching(app, "participant", /Baumgartner/), "the participant hit");
  await app.find("[data-nav=participants][aria-current=page]");
  await app.waitFor(async () => (await app.browser.$("#participant-family_name").getValue().catch(() => "")) === "Baumgartner", "Baumgartner's form opens");
  await ctx.screenshot("participant-open");
  await app.click(".drawer button.close");
  await app.waitFor(async () => !(await app.exists("#participant-family_name")), "the participant's form closes");
  await searchFor(app, "opening ceremony", ["session"]);
  await app.clickElement(await hitMatching(app, "session", /Opening ceremony/), "the session hit");
  await app.find("[data-nav=timetable][aria-current=page]");
  await app.waitFor(async () => (await app.browser.$("#session-title-en").getValue().catch(() => "")) === "Opening ceremony", "the session's form opens");
  await ctx.screenshot("session-open");
  await app.click(".drawer button.close");
  await app.waitFor(async () => !(await app.exists("#session-title-en")), "the session's form closes");

  // In French: "procureurs" finds the same paragraph; choosing it opens the document there.
  assert.equal(await app.switchLanguage(), "fr");
  await searchFor(app, "procureurs", ["paragraph"]);
  const option = await hitMatching(app, "paragraph", /procureurs/i);
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

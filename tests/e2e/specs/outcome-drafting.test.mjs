// A rapporteur drafts the Lagos outcome document in the app: a new paragraph typed in English
// and French (saved as it is typed, with no Save button: it is still there after leaving the
// screen at once), a revision "Rev.1", an amendment proposed on behalf of Ghana and accepted
// (the paragraph reads as amended, the French side marked stale), "Rev.2", the two revisions
// compared (the inserted words underlined), and the document exported as DOCX through the save
// dialog (answered by PLENARY_SAVE_PATH, see run.sh) and read back with python-docx. The last
// screenshot (target/e2e/outcome-drafting-text.png), made smaller, is the README's picture
// tests/e2e/reference/outcome-drafting.png.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { byId } from "../lib/app.mjs";
import { scenario } from "../lib/scenario.mjs";

const SEL = {
  documents: "[data-testid=outcome-documents]",
  openDraft: "[data-testid=outcome-document-row][data-kind=outcome_document] [data-action=open-document]",
  text: "[data-testid=outcome-text]",
  section: "[data-testid=section]",
  paragraph: "[data-testid=paragraph]",
  tab: (name) => `[data-tab=${name}]`,
  revisionName: "#revision-name",
  saveRevision: "[data-action=save-revision]",
  revision: (name) => `[data-testid=revision][data-name="${name}"]`,
  panel: "[data-testid=paragraph-panel]",
  newAmendment: "[data-action=new-amendment]",
  propose: "[data-action=propose-amendment]",
  amendment: "[data-testid=amendment]",
  accept: "[data-action=accept-amendment]",
  closeDrawer: ".drawer button.close",
  compareFrom: "[data-testid=compare-from]",
  compareTo: "[data-testid=compare-to]",
  compare: "[data-action=compare-revisions]",
  exportFormat: "[data-testid=export-format]",
  exportLanguages: "[data-languages=en]",
  export: "[data-action=export-outcome]",
  toast: ".toasts .toast:last-child",
};

const EN = "Partners will share data on smuggling routes with the rapporteurs before the next meeting.";
const FR = "Les partenaires partageront avec les rapporteurs les données sur les routes du trafic avant la prochaine réunion.";
const AMENDED = "Partners will promptly share reliable data on smuggling routes with the rapporteurs before the next meeting.";

/** The paragraph row `id`'s selector, or one of its parts. */
const row = (id, inner = "") => `[data-testid=paragraph][data-paragraph-id="${id}"]${inner ? ` ${inner}` : ""}`;

/** Closes the messages in the corner, so that a screenshot shows the screen under them. */
async function dismissToasts(app) {
  await app.browser.execute(() => document.querySelectorAll(".toasts .toast button").forEach((b) => b.click()));
  await app.waitFor(async () => (await app.count(".toasts .toast")) === 0, "the messages close");
}

/** The value of a textarea (what the person sees in it). */
async function valueOf(app, selector) {
  await app.find(selector);
  return app.browser.execute((s) => document.querySelector(s)?.value ?? null, selector);
}

scenario("a paragraph drafted, amended, compared across revisions and exported as DOCX", async (ctx) => {
  const { app } = ctx;
  const saveAs = process.env.E2E_SAVE_PATH;
  assert.ok(saveAs, "run.sh gives the spec the path that answers the save dialog (E2E_SAVE_PATH)");

  await app.nav("outcome");
  await app.find(SEL.documents);
  await app.click(SEL.openDraft);
  await app.find(SEL.text);
  await app.waitFor(async () => (await app.count(SEL.paragraph)) > 5, "the Lagos draft shows its paragraphs");
  const before = await app.count(SEL.paragraph);
  const sections = await app.attributes(SEL.section, "data-section-id");
  const lastSection = sections.at(-1);
  assert.ok(lastSection, "the draft has operative sections");
  const previous = await app.attributes(`${SEL.section}[data-section-id="${lastSection}"] ${SEL.paragraph}`, "data-paragraph-id");
  const previousLast = previous.at(-1);
  await ctx.screenshot("draft");

  // A new paragraph at the end of the last section; the cursor goes into it.
  await app.click(`${SEL.section}[data-section-id="${lastSection}"] [data-action=add-paragraph]`);
  await app.waitFor(async () => (await app.count(SEL.paragraph)) === before + 1, "a paragraph row is added");
  const id = await app.waitFor(
    () => app.browser.execute(() => document.activeElement?.closest("[data-paragraph-id]")?.getAttribute("data-paragraph-id") ?? null),
    "the new paragraph's English side has the focus",
  );
  const reference = await app.browser.$(row(id)).getAttribute("data-reference");
  assert.match(reference, /^OP\d+$/, "a paragraph of a section is operative");
  await app.type(byId(`para-${id}-en`), EN);
  await app.type(byId(`para-${id}-fr`), FR);
  // Leave at once, before the autosave's delay: what is pending is sent on the way out.
  await app.nav("overview");
  await app.nav("outcome");
  await app.find(row(id));
  assert.equal(await valueOf(app, byId(`para-${id}-en`)), EN, "the English text was saved though the screen was left at once");
  assert.equal(await valueOf(app, byId(`para-${id}-fr`)), FR, "the French text too");

  // A named revision of the text as it is.
  await app.click(SEL.tab("revisions"));
  await app.type(SEL.revisionName, "Rev.1");
  await app.click(SEL.saveRevision);
  await app.find(SEL.revision("Rev.1"));

  // An amendment proposed on behalf of Ghana, in English only, then accepted.
  await app.click(SEL.tab("text"));
  await app.click(row(id, "[data-action=open-paragraph-panel]"));
  await app.find(SEL.panel);
  await app.click(SEL.newAmendment);
  assert.equal(await valueOf(app, "#amendment-en"), EN, "the proposal starts from the paragraph as it is");
  await app.fill("#amendment-delegation", "Ghana");
  await app.fill("#amendment-en", AMENDED);
  await app.click(SEL.propose);
  await app.find(`${SEL.amendment}[data-status=proposed]`);
  const inserted = await app.texts(`${SEL.amendment} [data-lang=en] ins`);
  assert.ok(inserted.some((t) => t.includes("promptly")) && inserted.some((t) => t.includes("reliable")), `the word diff underlines the inserted words: ${inserted}`);
  await dismissToasts(app);
  await ctx.screenshot("amendment");
  await app.click(SEL.accept);
  await app.find(`${SEL.amendment}[data-status=accepted]`);
  await app.click(SEL.closeDrawer);
  await app.waitFor(async () => (await valueOf(app, byId(`para-${id}-en`))) === AMENDED, "the paragraph reads as amended");
  await app.find(row(id, "[data-side=fr] [data-state=stale]"));
  assert.equal(await app.count(row(id, "[data-side=en] [data-state=stale]")), 0, "the amended side itself is up to date");

  await app.click(SEL.tab("revisions"));
  await app.type(SEL.revisionName, "Rev.2");
  await app.click(SEL.saveRevision);
  await app.find(SEL.revision("Rev.2"));

  // Rev.1 against Rev.2: the paragraph changed, the two words inserted.
  await app.fill(SEL.compareFrom, "Rev.1");
  await app.fill(SEL.compareTo, "Rev.2");
  await app.click(SEL.compare);
  const changed = `[data-testid=comparison-row][data-paragraph-id="${id}"]`;
  await app.find(changed);
  assert.match(await app.browser.$(changed).getAttribute("data-tags"), /\bchanged\b/, "the paragraph is marked changed");
  const words = (await app.texts(`${changed} [data-side=en] ins`)).join(" ");
  assert.ok(words.includes("promptly") && words.includes("reliable"), `the comparison underlines the inserted words: ${words}`);
  assert.equal(await app.count(`${changed} [data-side=fr] ins, ${changed} [data-side=fr] del`), 0, "the French did not change between the two");
  assert.match(await app.text("[data-testid=comparison-counts]"), /1 changed/);
  await app.browser.$(changed).scrollIntoView({ block: "center" });
  await dismissToasts(app);
  await ctx.screenshot("comparison");

  // The DOCX, in English: the new paragraph after the one that ended the section.
  await app.click(SEL.tab("export"));
  await app.fill(SEL.exportFormat, "docx");
  await app.click(SEL.exportLanguages);
  await app.click(SEL.export);
  const toast = await app.waitForText(SEL.toast, "export.docx", 60_000);
  assert.match(toast, /^Saved export\.docx — /, "a toast names the file and the gaps");
  const file = `${saveAs}.docx`;
  assert.ok(existsSync(file) && statSync(file).size > 5_000, `the DOCX was written where the dialog said (${file})`);
  // Debian's python3 has python-docx (make deps), whatever python3 is first on PATH.
  const script = "import docx, json, sys; print(json.dumps([p.text for p in docx.Document(sys.argv[1]).paragraphs]))";
  const texts = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" }));
  const at = texts.findIndex((t) => t.includes(AMENDED));
  assert.ok(at >= 0, `python-docx reads the amended paragraph in the DOCX (${texts.length} paragraphs)`);
  assert.equal(texts.filter((t) => t.includes("promptly share reliable data")).length, 1, "the paragraph is printed once");
  const prior = await app.browser.execute((p) => document.getElementById(`para-${p}-en`)?.value ?? null, previousLast);
  if (prior) {
    const priorAt = texts.findIndex((t) => t.includes(prior.slice(0, 60)));
    assert.ok(priorAt >= 0 && priorAt < at, "the new paragraph comes after the one that ended its section");
  }

  // The drafting screen for the README: the section with the seed's bracketed passage, and
  // the one after it with the pending amendment.
  await app.click(SEL.tab("text"));
  const bracketed = "[data-testid=paragraph][data-state=bracketed]";
  await app.find(bracketed);
  await app.browser.execute((s) => document.querySelector(s)?.closest("[data-testid=section]")?.scrollIntoView({ block: "start" }), bracketed);
  await dismissToasts(app);
  await ctx.screenshot("text");
  const shell = await app.browser.execute(() => document.querySelector(".shell")?.getBoundingClientRect().top ?? null);
  assert.equal(shell, 0, "scrolling the screen never moves the window's frame");
});

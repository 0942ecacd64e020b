// Attacker-controlled text through the app: participants named `<img src=x onerror=…>` and
// `<script>…</script>`, a spreadsheet formula, template and Typst markup, a right-to-left
// override; a delegation's display name, a session title and an outcome paragraph with the
// same. Nothing runs (`window.__pwned` stays undefined, no element is injected); the text
// shows literally in the table, the form, the header's search (a paragraph's snippet with the
// word marked too), the timetable and the statistics; and every export of the list of
// participants (CSV, XLSX, DOCX, PDF, through the export panel, the save dialog answered by
// PLENARY_SAVE_PATH) and the agenda as HTML hold it literally: escaped in XML and HTML, a
// spreadsheet cell starting with `=` written as text, `{{7*7}}` never 49.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { scenario } from "../lib/scenario.mjs";
import { byId } from "../lib/app.mjs";
import { SEL, addParticipant, fillNewSession, saveForm, searchParticipants } from "../lib/flows.mjs";

const IMG = "<img src=x onerror=window.__pwned=1>";
const SCRIPT = "<script>window.__pwned=2</script>";
const FORMULA = '=HYPERLINK("http://evil.example/","click me")';
const TEMPLATE = "{{7*7}} ${7*7}";
const TYPST = '#set page(width: 1pt) #read("/etc/passwd")';
const RTL = "\u202Egnp.exe\u202C Override";
const SESSION_TITLE = "<img src=x onerror=window.__pwned=3> Side event {{7*7}}";
const DELEGATION_NAME = "<b onmouseover=window.__pwned=4>Algeria</b>";
const PARAGRAPH = "<img src=x onerror=window.__pwned=5> Zyxwvut <script>window.__pwned=6</script> {{7*7}} #set page(width: 1pt)";

const PEOPLE = [
  { delegation: /^Nigeria\b/, given: IMG, family: "Hostile-One", functionEn: TYPST },
  { delegation: /^Nigeria\b/, given: SCRIPT, family: "Hostile-Two", functionEn: RTL },
  { delegation: /onmouseover=window\.__pwned=4/, given: FORMULA, family: "Hostile-Three", functionEn: TEMPLATE },
];

/** What an attacker would have left in the page if any text had been taken as markup. */
async function pageIsClean(app, where) {
  const state = await app.browser.execute(() => ({
    pwned: typeof window.__pwned === "undefined" ? null : String(window.__pwned),
    injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    handlers: document.querySelectorAll("[onerror], [onmouseover], [onload]").length,
    bolds: [...document.querySelectorAll("b")].filter((b) => b.textContent === "Algeria").length,
  }));
  assert.equal(state.pwned, null, `${where}: no payload ran (window.__pwned is ${state.pwned})`);
  assert.equal(state.injectedImages, 0, `${where}: no <img> came from a name`);
  assert.equal(state.inlineScripts, 0, `${where}: no inline <script> in the page`);
  assert.equal(state.handlers, 0, `${where}: no element carries an inline event handler`);
  assert.equal(state.bolds, 0, `${where}: a delegation's name is not markup`);
}

/** Runs a Python script on `file` and returns what it printed. */
function python(script, file) {
  return execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" });
}

/** Clicks the export button of the panel and waits for `file` to be written anew. */
async function exportTo(app, action, file) {
  rmSync(file, { force: true });
  await app.click(`[data-action=${action}]`);
  await app.waitFor(async () => existsSync(file) && statSync(file).size > 0, `the export writes ${file}`, 120_000);
  // The file is renamed into place whole: once it exists it is complete.
}

scenario("hostile names and titles never run and every export prints them literally", async (ctx) => {
  const { app } = ctx;
  const saveAs = process.env.E2E_SAVE_PATH;
  assert.ok(saveAs, "run.sh gives the spec the path that answers the save dialog (E2E_SAVE_PATH)");
  await pageIsClean(app, "at start");

  // A delegation whose display name is markup, then the participants.
  await app.nav("participants");
  await app.find(SEL.row);
  await app.click(SEL.addDelegation);
  await app.fill("delegation-country", "Algeria");
  await app.fill("delegation-display_name_en", DELEGATION_NAME);
  await saveForm(app, "delegation");
  for (const person of PEOPLE) {
    await addParticipant(app, person);
  }
  await pageIsClean(app, "after saving the participants");

  // The table: each name exactly as typed.
  for (const [person, payload] of [[PEOPLE[0], IMG], [PEOPLE[1], SCRIPT], [PEOPLE[2], FORMULA]]) {
    const rows = await searchParticipants(app, person.family, person.family);
    assert.equal(rows.length, 1, `one row for ${person.family}`);
    assert.ok(rows[0].includes(payload), `the row shows ${JSON.stringify(payload)} literally: ${JSON.stringify(rows[0])}`);
  }
  await ctx.screenshot("table");

  // The form: the field holds the text as typed.
  await searchParticipants(app, "Hostile-Two", "Hostile-Two");
  await app.click(`${SEL.row} .name-link`);
  await app.find("#participant-given_name");
  assert.equal(await app.browser.$("#participant-given_name").getValue(), SCRIPT, "the form shows the name as typed");
  assert.equal(await app.browser.$("#participant-function-en").getValue(), RTL, "the function keeps its right-to-left override as a character");
  await ctx.screenshot("form");
  await pageIsClean(app, "with the form open");
  // The ✕ rather than Escape: the form's focused <select> may keep Escape for itself.
  await app.click(".drawer .close");
  await app.waitFor(async () => !(await app.exists(".drawer")), "the form closes");

  // The delegation's name, listed among the delegations.
  const names = await app.browser.execute(() => document.body.innerText);
  assert.ok(names.includes(DELEGATION_NAME), "the delegation's display name shows as text somewhere on the screen");

  // The header's search finds them and shows the names as text.
  const box = "[data-testid=global-search]";
  const hits = "[data-testid=global-search-results] [role=option][data-hit-kind=participant]";
  await app.type(box, "Hostile");
  let found = [];
  await app.waitFor(async () => (found = await app.texts(hits)).length >= 3, () => `the search lists the three: ${JSON.stringify(found)}`);
  for (const payload of [IMG, SCRIPT, FORMULA]) {
    assert.ok(found.some((t) => t.includes(payload)), `a search result shows ${JSON.stringify(payload)}: ${JSON.stringify(found)}`);
  }
  await ctx.screenshot("search");
  await pageIsClean(app, "with the search results open");
  await app.browser.keys(["Escape"]);

  // A session titled with markup.
  await app.nav("timetable");
  await app.find(SEL.block);
  await fillNewSession(app, { day: "2025-11-05", start: "19:00", end: "19:30", room: "Conference Foyer", titleEn: SESSION_TITLE, titleFr: SESSION_TITLE });
  await saveForm(app, "session");
  await app.waitFor(async () => (await app.texts(SEL.block)).some((t) => t.includes(SESSION_TITLE)), "the block shows the title literally");
  await pageIsClean(app, "on the timetable");
  await ctx.screenshot("timetable");

  // The statistics screen counts them and runs nothing.
  await app.click("[data-nav=statistics]");
  await app.find("[data-nav=statistics][aria-current=page]");
  await app.waitForText("[data-testid=stats-representatives]", /^169$/);
  await pageIsClean(app, "on the statistics");

  // The list of participants in every format.
  await app.nav("participants");
  await app.click("[data-action=open-lists-export]");
  await app.find("[data-testid=lists-export]");
  assert.equal(await app.browser.$("[data-testid=lists-include-contacts]").isSelected(), false, "emails and phones are left out by default");

  await app.fill("[data-testid=lists-export] [data-testid=export-format]", "csv");
  await exportTo(app, "export-participants", `${saveAs}.csv`);
  const csv = readFileSync(`${saveAs}.csv`, "utf8");
  for (const payload of [IMG, SCRIPT, TEMPLATE, TYPST, RTL, DELEGATION_NAME]) {
    assert.ok(csv.includes(payload.replaceAll('"', '""')), `the CSV holds ${JSON.stringify(payload)} literally`);
  }
  assert.ok(csv.includes(`"'${FORMULA.replaceAll('"', '""')}"`), "the formula is written as text: a leading apostrophe, quoted");
  assert.ok(!/(^|,)=HYPERLINK/m.test(csv), "no cell starts with = in the CSV");

  await app.fill("[data-testid=lists-export] [data-testid=export-format]", "xlsx");
  await exportTo(app, "export-participants", `${saveAs}.xlsx`);
  const cells = python(
    "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).active\nprint(sum(1 for r in ws.iter_rows() for c in r if c.data_type == 'f'))\nfor r in ws.iter_rows(values_only=True):\n    print('\\t'.join('' if v is None else str(v) for v in r))",
    `${saveAs}.xlsx`,
  );
  const [formulas, ...sheetRows] = cells.split("\n");
  assert.equal(formulas, "0", "no cell of the workbook is a formula");
  for (const payload of [IMG, SCRIPT, TEMPLATE, TYPST, RTL, DELEGATION_NAME, `'${FORMULA}`]) {
    assert.ok(sheetRows.some((r) => r.includes(payload)), `the workbook holds ${JSON.stringify(payload)} as text`);
  }

  await app.fill("[data-testid=lists-export] [data-testid=export-format]", "docx");
  await exportTo(app, "export-participants", `${saveAs}.docx`);
  const documentXml = python("import sys, zipfile\nprint(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", `${saveAs}.docx`);
  const escaped = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  for (const payload of [IMG, SCRIPT, FORMULA.replaceAll('"', "&quot;"), "{{7*7}}", DELEGATION_NAME]) {
    const asXml = escaped(payload).replaceAll("&amp;quot;", "&quot;");
    const plain = asXml.replaceAll("&quot;", '"');
    assert.ok(documentXml.includes(asXml) || documentXml.includes(plain), `the Word file holds ${JSON.stringify(payload)}, escaped`);
  }
  assert.ok(!documentXml.includes("<script>") && !documentXml.includes("<img "), "no markup of the names reached the document's XML");

  await app.fill("[data-testid=lists-export] [data-testid=export-format]", "pdf");
  await exportTo(app, "export-participants", `${saveAs}.pdf`);
  const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", `${saveAs}.pdf`, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const payload of [IMG, SCRIPT, FORMULA, "{{7*7}}", "#set page(width: 1pt)", DELEGATION_NAME]) {
    assert.ok(pdfText.includes(payload), `the PDF prints ${JSON.stringify(payload)} literally`);
  }
  assert.ok(!/\b49\b/.test(pdfText), "{{7*7}} was not evaluated");
  await pageIsClean(app, "after the exports");
  await ctx.screenshot("exports");
  await app.click("#lists-list");
  await app.browser.keys(["Escape"]);
  await app.waitFor(async () => !(await app.exists("[data-testid=lists-export]")), "Escape closes the export panel");

  // The agenda as HTML: the session title escaped, no element from it.
  await app.nav("agenda");
  await app.find("[data-testid=agenda-preview]");
  await pageIsClean(app, "on the agenda preview");
  await app.fill("[data-testid=export-format]", "html");
  await exportTo(app, "export-agenda", `${saveAs}.html`);
  const html = readFileSync(`${saveAs}.html`, "utf8");
  assert.ok(html.includes(escaped("<img src=x onerror=window.__pwned=3>")), "the agenda holds the session title escaped");
  assert.ok(!html.includes("<img src=x") && !/onerror=/.test(html.replaceAll("onerror=window.__pwned=3&gt;", "")), "no element or handler from the title in the HTML");
  assert.ok(html.includes("{{7*7}}"), "template syntax stays as typed");

  // An outcome paragraph: typed, saved, shown back as text, found by the header's search with
  // the word marked in a snippet that stays text.
  await app.nav("outcome");
  await app.find("[data-testid=outcome-documents]");
  await app.click("[data-testid=outcome-document-row][data-kind=outcome_document] [data-action=open-document]");
  await app.find("[data-testid=outcome-text]");
  const sections = await app.attributes("[data-testid=section]", "data-section-id");
  const before = await app.count("[data-testid=paragraph]");
  await app.click(`[data-testid=section][data-section-id="${sections.at(-1)}"] [data-action=add-paragraph]`);
  await app.waitFor(async () => (await app.count("[data-testid=paragraph]")) === before + 1, "a paragraph row is added");
  const id = await app.waitFor(
    () => app.browser.execute(() => document.activeElement?.closest("[data-paragraph-id]")?.getAttribute("data-paragraph-id") ?? null),
    "the new paragraph has the focus",
  );
  await app.type(byId(`para-${id}-en`), PARAGRAPH);
  await app.nav("overview");
  await app.nav("outcome");
  await app.find(`[data-paragraph-id="${id}"]`);
  const saved = await app.browser.execute((p) => document.getElementById(`para-${p}-en`)?.value ?? null, id);
  assert.equal(saved, PARAGRAPH, "the paragraph is saved and shown as typed");
  await pageIsClean(app, "on the outcome document");
  await app.type(box, "Zyxwvut");
  const paragraphHits = "[data-testid=global-search-results] [role=option][data-hit-kind=paragraph]";
  let snippets = [];
  await app.waitFor(async () => (snippets = await app.texts(paragraphHits)).length > 0, "the search finds the paragraph");
  assert.ok(snippets.some((t) => t.includes("Zyxwvut") && t.includes("<script>")), `the snippet shows the markup as text: ${JSON.stringify(snippets)}`);
  const marks = await app.texts(`${paragraphHits} mark`);
  assert.ok(marks.includes("Zyxwvut"), `only the word found is marked: ${JSON.stringify(marks)}`);
  await ctx.screenshot("paragraph-search");
  await pageIsClean(app, "with the paragraph's snippet shown");
  await app.browser.keys(["Escape"]);
  await pageIsClean(app, "at the end");
});

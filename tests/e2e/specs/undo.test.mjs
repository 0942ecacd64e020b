// Undo and redo in the app: a participant deleted from the participants screen comes back with
// Ctrl+Z (out of any text field) and goes again with Ctrl+Shift+Z; a session deleted from the
// timetable comes back with the Undo button; an outcome paragraph deleted comes back with
// Ctrl+Z at its number. The buttons say what they would do, in English and in French, and a
// toast says what was undone.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, openTimetable, searchParticipants, sessionIds } from "../lib/flows.mjs";
import * as demo from "../lib/seed.mjs";

const UNDO = {
  undo: "[data-action=undo]",
  redo: "[data-action=redo]",
  toast: ".toasts .toast:last-child span",
  deleteOpen: "[data-action=delete]",
  confirmDelete: "[data-action=confirm-delete]",
  documents: "[data-testid=outcome-documents]",
  openDraft: "[data-testid=outcome-document-row][data-kind=outcome_document] [data-action=open-document]",
  paragraph: "[data-testid=paragraph]",
  deleteParagraph: "[data-action=delete-paragraph]",
  confirm: "[data-action=confirm]",
};

/** Takes the cursor out of any field, as a person clicking on the page would. */
async function leaveFields(app) {
  await app.browser.execute(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
}

/** Presses Ctrl+Z (or Ctrl+Shift+Z) outside any field and waits for the toast that answers. */
async function pressUndo(app, redo = false) {
  await leaveFields(app);
  await app.browser.keys(redo ? ["Control", "Shift", "z"] : ["Control", "z"]);
  await app.browser.keys(redo ? ["Control", "Shift"] : ["Control"]);
}

/** The accessible label of a button (what the tooltip and a screen reader say). */
async function labelOf(app, selector) {
  const [label] = await app.attributes(selector, "aria-label");
  return label ?? "";
}

/** Closes the messages in the corner, so that the next one is read alone. */
async function dismissToasts(app) {
  await app.browser.execute(() => document.querySelectorAll(".toasts .toast button").forEach((b) => b.click()));
  await app.waitFor(async () => (await app.count(".toasts .toast")) === 0, "the messages close");
}

scenario("deletes of a participant, a session and a paragraph are undone and redone", async (ctx) => {
  const { app } = ctx;
  await app.nav("participants");
  await app.find(SEL.row);
  assert.equal(await app.browser.$(UNDO.undo).getAttribute("disabled"), "true", "nothing to undo on a fresh start");

  // A participant deleted through the form…
  const person = demo.participant("Nwankwo");
  const name = `${person.given} ${person.family}`;
  await searchParticipants(app, person.family, person.family);
  const [id] = await app.attributes(SEL.row, "data-participant-id");
  await app.browser.execute((pid) => document.querySelector(`[data-participant-id="${pid}"]`)?.focus(), id);
  await app.browser.keys(["Enter"]);
  await app.click(UNDO.deleteOpen);
  await app.click(UNDO.confirmDelete);
  await app.waitFor(async () => (await app.count(`[data-participant-id="${id}"]`)) === 0, "the deleted person leaves the table");
  await app.waitFor(async () => (await labelOf(app, UNDO.undo)) === `Undo: delete participant ${name}`, async () => `the Undo button says what it would undo: ${await labelOf(app, UNDO.undo)}`);
  await dismissToasts(app);

  // …comes back with Ctrl+Z, and the screen shows them again.
  await pressUndo(app);
  assert.equal(await app.waitForText(UNDO.toast, /Undone/), `Undone: delete participant ${name}`, "a toast says what was undone");
  await app.find(SEL.row);
  let rows = await searchParticipants(app, person.family, person.family);
  assert.equal(rows.length, 1, "the person is back in the table");
  assert.deepEqual(await app.attributes(SEL.row, "data-participant-id"), [id], "with the same id: the same row, not a new one");
  assert.equal(await labelOf(app, UNDO.redo), `Redo: delete participant ${name}`, "the delete can be redone");
  await ctx.screenshot("participant-back");

  // Ctrl+Shift+Z deletes them again.
  await dismissToasts(app);
  await pressUndo(app, true);
  assert.equal(await app.waitForText(UNDO.toast, /Redone/), `Redone: delete participant ${name}`);
  await searchParticipants(app, person.family, null);

  // Ctrl+Z inside the search box is the box's own text undo, not the app's: the person stays deleted.
  await dismissToasts(app);
  await app.browser.execute((s) => document.querySelector(s)?.focus(), SEL.search);
  await app.browser.keys(["Control", "z"]);
  await app.browser.keys(["Control"]);
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(await app.count(".toasts .toast"), 0, "no undo ran from the text field");
  assert.equal(await labelOf(app, UNDO.undo), `Undo: delete participant ${name}`, "the delete is still the next thing to undo");

  // A session deleted from the timetable comes back with the Undo button.
  await dismissToasts(app);
  await openTimetable(app);
  const before = await sessionIds(app);
  const session = before[0];
  await app.browser.execute((sid) => document.querySelector(`[data-session-id="${sid}"]`)?.focus(), session);
  await app.browser.keys(["Enter"]);
  await app.click(UNDO.deleteOpen);
  await app.click(UNDO.confirmDelete);
  await app.waitFor(async () => !(await sessionIds(app)).includes(session), "the session leaves the timetable");
  assert.match(await labelOf(app, UNDO.undo), /^Undo: delete session “.+”$/, "the button names the session");
  await dismissToasts(app);
  await app.click(UNDO.undo);
  await app.waitForText(UNDO.toast, /Undone: delete session/);
  await app.waitFor(async () => (await sessionIds(app)).includes(session), "the session is back on the timetable");
  assert.deepEqual((await sessionIds(app)).sort(), [...before].sort(), "every session as before");
  await ctx.screenshot("session-back");

  // An outcome paragraph deleted comes back at its place.
  await dismissToasts(app);
  await app.nav("outcome");
  await app.find(UNDO.documents);
  await app.click(UNDO.openDraft);
  await app.waitFor(async () => (await app.count(UNDO.paragraph)) > 5, "the draft shows its paragraphs");
  const paragraphs = await app.attributes(UNDO.paragraph, "data-paragraph-id");
  const third = paragraphs[2];
  await app.click(`[data-testid=paragraph][data-paragraph-id="${third}"] ${UNDO.deleteParagraph}`);
  await app.click(UNDO.confirm);
  await app.waitFor(async () => !(await app.attributes(UNDO.paragraph, "data-paragraph-id")).includes(third), "the paragraph leaves the text");
  await dismissToasts(app);
  await pressUndo(app);
  await app.waitForText(UNDO.toast, /Undone: delete paragraph/);
  await app.waitFor(
    async () => JSON.stringify(await app.attributes(UNDO.paragraph, "data-paragraph-id")) === JSON.stringify(paragraphs),
    "every paragraph is back in its place",
  );
  await dismissToasts(app);
  await ctx.screenshot("paragraph-back");

  // In French, the buttons say the same in French.
  await app.switchLanguage();
  await app.waitFor(async () => (await labelOf(app, UNDO.redo)).startsWith("Rétablir\u00a0: suppression du paragraphe"), async () => `the Redo button in French: ${await labelOf(app, UNDO.redo)}`);
  assert.match(await labelOf(app, UNDO.undo), /^Annuler\u00a0: suppression du participant /, "and the Undo button");
  await ctx.screenshot("french");

  // Ctrl+Z in French says what it undid in French, and the person is back.
  await pressUndo(app);
  assert.equal(await app.waitForText(UNDO.toast, /Annulé/), `Annulé\u00a0: suppression du participant ${name}`, "the toast in French");
  await app.nav("participants");
  rows = await searchParticipants(app, person.family, person.family);
  assert.equal(rows.length, 1, "the person deleted first is back");
  await ctx.screenshot("french-participant-back");
});

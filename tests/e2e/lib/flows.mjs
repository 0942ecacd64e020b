// Steps several specs share, written against the selector contract of the screens
// (data-testid, data-action, form ids `participant-<field>` / `session-<field>`).
import assert from "node:assert/strict";
import { byId, numberIn } from "./app.mjs";

export const SEL = {
  // Overview
  statRepresentatives: "[data-testid=stat-representatives]",
  statCountries: "[data-testid=stat-countries]",
  headline: "[data-testid=headline]",
  // Participants
  search: "[data-testid=participants-search]",
  row: "[data-testid=participant-row]",
  count: "[data-testid=participants-count]",
  addParticipant: "[data-testid=add-participant]",
  addDelegation: "[data-testid=add-delegation]",
  // Timetable
  block: "[data-testid=session-block]",
  addSession: "[data-testid=add-session]",
  conflicts: "[data-testid=conflicts]",
  conflict: "[data-testid=conflict]",
  // Forms
  save: "[data-action=save]",
};

/** The Overview's two numbers and its sentence, once the numbers are there. */
export async function readStats(app) {
  await app.nav("overview");
  const representatives = await app.waitForText(SEL.statRepresentatives, /\d/);
  const countries = await app.waitForText(SEL.statCountries, /\d/);
  const headline = await app.text(SEL.headline);
  return { representatives, countries, headline };
}

/** Clicks the visible Save and waits until the form is gone (it closes when saved). */
export async function saveForm(app, what) {
  await app.clickVisible(SEL.save);
  await app.waitFor(
    async () => !(await app.browser.$(SEL.save).isDisplayed().catch(() => false)),
    async () => `the ${what} form did not close after Save`,
  );
}

/** The participant count the screen shows (the number in [data-testid=participants-count]). */
export async function participantCount(app) {
  return numberIn(await app.text(SEL.count));
}

/**
 * Types in the participants' search and waits until the list is filtered: rows on screen and
 * every one of them showing `expect` (a RegExp or a string), or no row when `expect` is null.
 * Returns the rows' texts. (The queries of the specs each match one person.)
 */
export async function searchParticipants(app, text, expect) {
  await app.type(SEL.search, text);
  if (expect === null) {
    await app.waitFor(async () => (await app.count(SEL.row)) === 0, `searching ${text} should find no one`);
    return [];
  }
  const matches = (t) => (expect instanceof RegExp ? expect.test(t) : t.includes(expect));
  let rows = [];
  await app.waitFor(
    async () => {
      rows = await app.texts(SEL.row);
      return rows.length > 0 && rows.every(matches);
    },
    () => `searching "${text}" should list only ${expect}; the ${rows.length} rows begin with ${JSON.stringify(rows.slice(0, 5))}`,
  );
  return rows;
}

/** Adds a state's delegation: its country typed and picked in the combobox `#delegation-country`. */
export async function addDelegation(app, { country }) {
  await app.click(SEL.addDelegation);
  await app.fill("delegation-country", country);
  await saveForm(app, "delegation");
}

/**
 * Adds a participant through the form: `delegation` is matched against the labels of
 * `#participant-delegation_id`; the other keys are the form's fields.
 */
export async function addParticipant(app, p) {
  await app.click(SEL.addParticipant);
  await app.fill("participant-delegation_id", p.delegation);
  if (p.prefix != null) await app.fill("participant-honorific_prefix", p.prefix);
  await app.fill("participant-given_name", p.given);
  await app.fill("participant-family_name", p.family);
  if (p.functionEn != null) await app.fill("participant-function-en", p.functionEn);
  if (p.functionFr != null) await app.fill("participant-function-fr", p.functionFr);
  await saveForm(app, "participant");
}

/** Opens the timetable and waits for its sessions. */
export async function openTimetable(app) {
  await app.nav("timetable");
  await app.find(SEL.block);
}

/** The ids of the session blocks on screen (data-session-id). */
export async function sessionIds(app) {
  return (await app.attributes(SEL.block, "data-session-id")).filter(Boolean);
}

/** The text of the block of session `id`. */
export async function blockText(app, id) {
  const [text] = await app.texts(`${SEL.block}[data-session-id="${id}"]`);
  return text ?? null;
}

/** Opens the new-session form and fills it (`day` "2025-11-04", times "13:30", `room` a room name). */
export async function fillNewSession(app, s) {
  await app.click(SEL.addSession);
  await app.find(byId("session-start"));
  if (s.day != null) await app.fill("session-day", s.day);
  if (s.start != null) await app.fill("session-start", s.start);
  if (s.end != null) await app.fill("session-end", s.end);
  if (s.room != null) await app.fill("session-room_id", s.room);
  if (s.titleEn != null) await app.fill("session-title-en", s.titleEn);
  if (s.titleFr != null) await app.fill("session-title-fr", s.titleFr);
}

/** Checks that the error `[data-field-error=key]` is shown right by the control `#id`; returns its text. */
export async function assertErrorNextTo(app, id, key = id) {
  const e = await app.fieldError(id, key);
  assert.ok(e.visible, `the error of ${key} is not visible`);
  assert.ok(e.text.length > 0, `the error of ${key} is empty`);
  assert.ok(e.control, `there is no control #${id} for the error ${key}`);
  assert.ok(e.depth !== null && e.depth <= 3, `the error of ${key} is not beside #${id} in the page (${e.depth} levels up)`);
  assert.ok(e.gap <= 80, `the error of ${key} is ${e.gap}px away from #${id}`);
  return e.text;
}

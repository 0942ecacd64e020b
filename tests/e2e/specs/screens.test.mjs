// The screens an officer opens every morning, as they first appear on the Lagos meeting: the
// participants table with everyone, and the timetable of the first day. Their screenshots are
// the ones the README shows (copied to tests/e2e/reference/ when the screens change).
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, openTimetable, participantCount, sessionIds } from "../lib/flows.mjs";
import * as demo from "../lib/seed.mjs";

scenario("the participants table and the timetable show the whole Lagos meeting", async ({ app, screenshot }) => {
  await app.nav("participants");
  await app.waitFor(async () => (await participantCount(app)) === demo.representatives, "the table counts every participant");
  assert.ok((await app.count(SEL.row)) >= 10, "the first rows of the table are on screen");
  assert.match(await app.text(SEL.row), /\S/, "rows show names");
  await screenshot("participants");

  await openTimetable(app);
  const opening = demo.session("opening");
  const ids = await sessionIds(app);
  assert.ok(ids.length >= 5, `the first day's sessions are drawn (${ids.length} blocks)`);
  assert.match(await app.pageText(), new RegExp(opening.title_en.split(" ")[0]), "the opening session is on the timetable");
  await screenshot("timetable");
});

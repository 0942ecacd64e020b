// A session booked in a room already taken: the conflict is shown and nothing is lost.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, blockText, fillNewSession, openTimetable, saveForm, sessionIds } from "../lib/flows.mjs";
import * as demo from "../lib/seed.mjs";

// The side event on survivor voices, 12:45–13:35 on 4 November in Breakout Room A.
const taken = demo.session("side_survivors");
const CLASH = {
  day: taken.day,
  start: "13:00",
  end: "13:45",
  room: taken.roomName,
  titleEn: "Bilateral meeting: Nigeria and Niger on joint investigation teams",
  titleFr: "Réunion bilatérale Nigeria–Niger sur les équipes communes d’enquête",
};

async function conflictTexts(app) {
  return (await app.exists(SEL.conflicts)) ? app.texts(`${SEL.conflicts} ${SEL.conflict}`) : [];
}

scenario("a session clashing with another in the same room shows the conflict and keeps both", async (ctx) => {
  const { app } = ctx;
  assert.equal(taken.roomName, "Breakout Room A");
  await openTimetable(app);
  const before = await sessionIds(app);
  const conflictsBefore = (await conflictTexts(app)).length;

  await fillNewSession(app, CLASH);
  await saveForm(app, "session");

  // The new block is there, and so is the one it clashes with.
  const after = await app.waitFor(async () => {
    const ids = await sessionIds(app);
    return ids.length > before.length ? ids : null;
  }, "the new session did not appear in the timetable");
  const added = after.filter((id) => !before.includes(id));
  assert.equal(added.length, 1, "one new session block");
  assert.deepEqual(before.filter((id) => !after.includes(id)), [], "no session disappeared");
  assert.match(await blockText(app, added[0]), /Bilateral meeting: Nigeria and Niger/);
  const blocks = await app.texts(SEL.block);
  assert.ok(blocks.some((t) => t.includes(taken.title_en)), `the clashing session "${taken.title_en}" is still shown`);

  // The conflict is listed, naming the room or the sessions.
  const conflicts = await app.waitFor(async () => {
    const list = await conflictTexts(app);
    return list.length > conflictsBefore ? list : null;
  }, "no new conflict in [data-testid=conflicts]");
  assert.ok(
    conflicts.some((t) => t.includes(CLASH.room) || t.includes("Bilateral meeting") || t.includes(taken.title_en)),
    `a conflict names ${CLASH.room} or the two sessions: ${JSON.stringify(conflicts)}`,
  );
  await ctx.screenshot("conflict");

  // Reopening the timetable: both sessions are still there, and so is the conflict.
  await app.nav("overview");
  await openTimetable(app);
  const reopened = await app.waitFor(async () => {
    const ids = await sessionIds(app);
    return ids.length >= after.length ? ids : null;
  }, "sessions are missing after reopening the timetable");
  assert.deepEqual([...reopened].sort(), [...after].sort(), "the same sessions after reopening the timetable");
  const again = await app.texts(SEL.block);
  assert.ok(again.some((t) => t.includes("Bilateral meeting: Nigeria and Niger")), "the new session is still there");
  assert.ok(again.some((t) => t.includes(taken.title_en)), "the clashing session is still there");
  assert.ok((await conflictTexts(app)).length > conflictsBefore, "the conflict is still listed");
  await ctx.screenshot("reopened");
});

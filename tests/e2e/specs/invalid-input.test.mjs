// Invalid input is refused with the field's error shown next to the field, and nothing saved.
import assert from "node:assert/strict";
import { byId } from "../lib/app.mjs";
import { scenario } from "../lib/scenario.mjs";
import { SEL, assertErrorNextTo, fillNewSession, openTimetable, participantCount, sessionIds } from "../lib/flows.mjs";
import * as demo from "../lib/seed.mjs";

scenario("a session ending before it starts shows the error next to its end", async (ctx) => {
  const { app } = ctx;
  await openTimetable(app);
  const before = await sessionIds(app);

  const closing = demo.session("closing");
  await fillNewSession(app, {
    day: closing.day,
    start: "17:30",
    end: "16:30",
    room: demo.room("plenary").name,
    titleEn: "Press conference of the co-chairs",
    titleFr: "Conférence de presse des coprésidents",
  });
  await app.clickVisible(SEL.save);

  const message = await assertErrorNextTo(app, "session-end");
  assert.ok(message.length > 3, `a readable message: ${message}`);
  assert.ok(await app.browser.$(byId("session-end")).isDisplayed(), "the form stays open");
  await ctx.screenshot("session-end");
  assert.deepEqual(await sessionIds(app), before, "no session was added");
});

scenario("a participant without a family name shows the error next to the family name", async (ctx) => {
  const { app } = ctx;
  await app.nav("participants");
  await app.find(SEL.row);

  await app.click(SEL.addParticipant);
  await app.fill("participant-delegation_id", /^Senegal\b/);
  await app.fill("participant-honorific_prefix", "Ms");
  await app.fill("participant-given_name", "Khady");
  await app.fill("participant-family_name", "");
  await app.clickVisible(SEL.save);

  await assertErrorNextTo(app, "participant-family_name");
  assert.ok(await app.browser.$(byId("participant-family_name")).isDisplayed(), "the form stays open");
  await ctx.screenshot("family-name");
  assert.equal(await participantCount(app), 166, "no participant was added");
});

// Closing and reopening the app: what was saved is still there (same database).
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, addParticipant, participantCount, readStats, searchParticipants } from "../lib/flows.mjs";

const KHADY = {
  delegation: /^Senegal\b/,
  prefix: "Ms",
  given: "Khady",
  family: "Gueye",
  functionEn: "Head of the Unit against Trafficking in Persons, Ministry of Justice",
  functionFr: "Cheffe de la cellule de lutte contre la traite des personnes, ministère de la Justice",
};

scenario("a participant added before closing the app is found after reopening it", async (ctx) => {
  await ctx.app.nav("participants");
  await ctx.app.find(SEL.row);
  await addParticipant(ctx.app, KHADY);
  await searchParticipants(ctx.app, "gueye", /\bMs Khady Gueye\b/);

  const app = await ctx.restart();
  // The app opens again on the meeting, with the participant saved.
  await app.find("[data-nav=overview][aria-current=page]");
  const stats = await readStats(app);
  assert.equal(stats.representatives, "167");
  assert.equal(stats.countries, "41");

  await app.nav("participants");
  await app.find(SEL.row);
  assert.equal(await participantCount(app), 167);
  const rows = await searchParticipants(app, "gueye", /\bMs Khady Gueye\b/);
  assert.equal(rows.length, 1, `one Khady Gueye after the restart: ${JSON.stringify(rows)}`);
  assert.match(rows[0], /Head of the Unit against Trafficking in Persons/);
  await ctx.screenshot("after-restart");
});

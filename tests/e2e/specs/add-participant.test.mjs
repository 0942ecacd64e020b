// Adding a delegation (a state not at the meeting yet) and a participant with an honorific
// and a function in English and French: the participant is listed and counted.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, addDelegation, addParticipant, participantCount, readStats, searchParticipants } from "../lib/flows.mjs";

const NEWCOMER = {
  delegation: /^Algeria\b/,
  prefix: "HE",
  given: "Karima",
  family: "Benali-Haddad",
  functionEn: "Director-General for Consular Affairs and the National Community Abroad, Ministry of Foreign Affairs",
  functionFr: "Directrice générale des affaires consulaires et de la communauté nationale à l’étranger, ministère des Affaires étrangères",
};

scenario("adding a delegation and a participant lists and counts them (167)", async (ctx) => {
  const { app } = ctx;
  await app.nav("participants");
  await app.find(SEL.row);
  assert.equal(await participantCount(app), 166, "the demo meeting starts with 166 participants");

  await addDelegation(app, { country: "Algeria" });
  await addParticipant(app, NEWCOMER);

  // Listed: the count goes up, and a search finds the row with the honorific.
  await app.waitFor(async () => (await participantCount(app)) === 167, async () => `the count should be 167, it is ${await participantCount(app)}`);
  const rows = await searchParticipants(app, "Benali", "Benali-Haddad");
  assert.equal(rows.length, 1, `one row for Benali, got ${JSON.stringify(rows)}`);
  const [row] = rows;
  assert.match(row, /\bHE Karima Benali-Haddad\b/, "the row shows the honorific and the names");
  assert.match(row, /Director-General for Consular Affairs/, "the row shows the function in English");
  await ctx.screenshot("row");

  // Counted: 167 representatives; Algeria is the 42nd country.
  const stats = await readStats(app);
  assert.equal(stats.representatives, "167");
  assert.equal(stats.countries, "42");
  assert.match(stats.headline, /^167 representatives from 42 countries\b/);
  await ctx.screenshot("overview");

  // The function was saved in French too: the French interface lists it.
  assert.equal(await app.switchLanguage(), "fr");
  await app.nav("participants");
  const [fr] = await searchParticipants(app, "Benali", "Benali-Haddad");
  assert.match(fr, /Directrice générale des affaires consulaires/, "the row shows the function in French");
});

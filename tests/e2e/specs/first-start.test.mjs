// First start on a new database: the app opens on the Lagos meeting's overview with its
// statistics (166 representatives from 41 countries).
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL } from "../lib/flows.mjs";
import * as demo from "../lib/seed.mjs";

scenario("first start shows the Lagos meeting with 166 representatives and 41 countries", async ({ app, screenshot }) => {
  assert.equal(demo.representatives, 166, "the seed has 166 participants");
  assert.equal(demo.countries, 41, "the seed has 41 countries");

  // The meeting is open on its overview, in English.
  await app.find("[data-nav=overview][aria-current=page]");
  assert.equal(await app.lang(), "en");
  const head = await app.text(".meeting-head");
  assert.match(head, /Joint Thematic Meeting of the Khartoum, Rabat and Niamey Processes/);
  assert.match(head, /4–5 November 2025/);
  assert.match(head, /Lagos/);

  // The statistics: the numbers alone, and the sentence.
  assert.equal(await app.waitForText(SEL.statRepresentatives, /\d/), "166");
  assert.equal(await app.text(SEL.statCountries), "41");
  assert.match(await app.text(SEL.headline), /^166 representatives from 41 countries\b/);

  await screenshot("overview");
});

// The participants' search: by family name, and without the accents of an accented name.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, searchParticipants } from "../lib/flows.mjs";
import * as demo from "../lib/seed.mjs";

scenario("searching finds participants by name, accents ignored", async (ctx) => {
  const { app } = ctx;
  await app.nav("participants");
  await app.find(SEL.row);

  // "baumgartner" → HE Cyrille Baumgartner (France), and only him.
  const baumgartner = demo.displayName(demo.participant("Baumgartner"));
  assert.equal(baumgartner, "HE Cyrille Baumgartner");
  let rows = await searchParticipants(app, "baumgartner", baumgartner);
  assert.equal(rows.length, 1, `one row for baumgartner, got ${JSON.stringify(rows)}`);
  const [id] = await app.attributes(SEL.row, "data-participant-id");
  assert.ok(id, "the row carries data-participant-id");
  await ctx.screenshot("baumgartner");

  // "helene" (typed without accents) → Ms Hélène Marchetti.
  const helene = demo.participant("Marchetti");
  assert.equal(helene.given, "Hélène");
  assert.equal(demo.fold(helene.given), "helene");
  rows = await searchParticipants(app, "helene", /Hélène Marchetti/);
  assert.equal(rows.length, 1, `one row for helene, got ${JSON.stringify(rows)}`);
  assert.match(rows[0], /\bMs Hélène Marchetti\b/);
  await ctx.screenshot("helene");

  // "ouedraogo" → Mr Wendyam Arsène Ouédraogo (Burkina Faso).
  rows = await searchParticipants(app, "ouedraogo", /Ouédraogo/);
  assert.match(rows.find((r) => r.includes("Ouédraogo")), /Wendyam Arsène Ouédraogo/);
});

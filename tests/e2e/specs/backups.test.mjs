// Backups: a participant added, "Back up now", another added, then the snapshot restored after
// a confirmation that says the current state is snapshotted first: the second participant is
// gone, the first is there, and the snapshot of the state before the restore is listed. The
// screen in English and in French.
import assert from "node:assert/strict";
import { scenario } from "../lib/scenario.mjs";
import { SEL, addParticipant, participantCount, searchParticipants } from "../lib/flows.mjs";

const B = {
  nav: "[data-nav=backups]",
  view: "[data-view=backups]",
  now: "[data-action=back-up-now]",
  snapshot: "[data-view=backups] li[data-snapshot]",
  manual: "[data-view=backups] li[data-reason=manual]",
  beforeRestore: "[data-view=backups] li[data-reason=restore]",
  confirm: "[role=alertdialog]",
  confirmButton: "[role=alertdialog] [data-action=confirm]",
  toast: ".toasts .toast:last-child span",
};

const FIRST = { delegation: /^Senegal\b/, prefix: "Ms", given: "Khady", family: "Gueye" };
const SECOND = { delegation: /^Senegal\b/, prefix: "Mr", given: "Ousmane", family: "Sarr-Backup" };

async function openBackups(app) {
  await app.click(B.nav);
  await app.find(B.view);
}

scenario("a snapshot taken by hand is restored after a later change, the state before kept", async (ctx) => {
  const { app } = ctx;
  await app.nav("participants");
  await app.find(SEL.row);
  const before = await participantCount(app);
  await addParticipant(app, FIRST);
  await searchParticipants(app, "gueye", /\bMs Khady Gueye\b/);

  await openBackups(app);
  await app.click(B.now);
  await app.find(B.manual);
  const [name] = await app.attributes(B.manual, "data-snapshot");
  assert.match(name ?? "", /^plenary-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-manual(-\d+)?\.db$/, "the snapshot is named by its UTC time and reason");
  const card = await app.text(B.manual);
  assert.match(card, /Backed up by hand/, `the reason is shown: ${card}`);
  assert.match(card, /UTC/, `the time is shown in UTC: ${card}`);
  assert.match(card, new RegExp(`${(before + 1).toLocaleString("en-US")} participants`), `the counts include the new participant: ${card}`);
  await ctx.screenshot("list-en");

  await app.nav("participants");
  await app.find(SEL.row);
  await addParticipant(app, SECOND);
  await searchParticipants(app, "sarr-backup", /Ousmane Sarr-Backup/);

  await openBackups(app);
  await app.click(`[data-snapshot="${name}"] [data-action=restore]`);
  const question = await app.text(B.confirm);
  assert.match(question, /snapshot of the current state is taken first/, `the confirmation says the current state is kept: ${question}`);
  await ctx.screenshot("confirm-en");
  await app.click(B.confirmButton);
  await app.waitForText(B.toast, (t) => /is restored/.test(t));
  await app.find(B.beforeRestore);
  const beforeRestore = await app.text(B.beforeRestore);
  assert.match(beforeRestore, /Before a restore/, `the state before the restore is a snapshot: ${beforeRestore}`);
  assert.match(beforeRestore, new RegExp(`${(before + 2).toLocaleString("en-US")} participants`), `it holds both new participants: ${beforeRestore}`);

  await app.nav("participants");
  await searchParticipants(app, "sarr-backup", null);
  await searchParticipants(app, "gueye", /\bMs Khady Gueye\b/);
  const total = await app.text(SEL.count);
  assert.match(total, new RegExp(`\\b${before + 1}$`), `the meeting has the snapshot's ${before + 1} participants: ${total}`);

  await app.switchLanguage();
  await openBackups(app);
  await app.find(B.manual);
  const fr = await app.text(B.manual);
  assert.match(fr, /Sauvegarde manuelle/, `the reason in French: ${fr}`);
  assert.match(fr, /novembre|décembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre/, `the date in French: ${fr}`);
  assert.match(await app.text("[data-nav=backups]"), /Sauvegardes/);
  await ctx.screenshot("list-fr");
  await app.click(`[data-snapshot="${name}"] [data-action=restore]`);
  assert.match(await app.text(B.confirm), /Un instantané de l’état actuel est pris d’abord/, "the confirmation in French");
  await ctx.screenshot("confirm-fr");
  await app.browser.keys(["Escape"]);
});

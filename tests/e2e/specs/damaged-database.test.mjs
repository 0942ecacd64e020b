// A damaged database: the app is closed, pages in the middle of its file are overwritten, and
// the app opened again offers the newest snapshot by its date; restoring it opens the data
// without restarting the app, and the damaged file stays beside it as `.damaged`.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { scenario } from "../lib/scenario.mjs";
import { SEL, participantCount } from "../lib/flows.mjs";

/** The database file, as the app reports it (run.sh gives each spec file its own). */
async function databasePath(app) {
  const status = await app.browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__.invoke("app_status").then(done, (e) => done({ error: String(e) }));
  });
  assert.ok(status?.database, `the app reports its database: ${JSON.stringify(status)}`);
  return status.database;
}

/**
 * Moves the WAL of the closed app into the database file (sqlite3, as `make deps` installs
 * it), so that damage to the file is not hidden by newer pages in the WAL. Retries while the
 * ended app still holds its lock.
 */
async function checkpointClosed(db) {
  for (let i = 0; i < 100; i++) {
    const out = execFileSync("sqlite3", [db, "PRAGMA wal_checkpoint(TRUNCATE);"], { encoding: "utf8" }).trim();
    const wal = `${db}-wal`;
    if (out.startsWith("0|") && (!existsSync(wal) || statSync(wal).size === 0)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the WAL of ${db} could not be moved into it: is the app still running?`);
}

/** Overwrites the middle third of the file's pages, its first page (header, schema) intact. */
function damage(db) {
  const bytes = readFileSync(db);
  const page = 4096;
  const pages = Math.floor(bytes.length / page);
  assert.ok(pages >= 30, `the demo database spans many pages (${pages})`);
  let state = 0x9e3779b9;
  for (let i = Math.floor(pages / 3) * page; i < Math.floor((2 * pages) / 3) * page; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  writeFileSync(db, bytes);
  return bytes;
}

scenario("a damaged database offers its newest snapshot, which opens without a restart", async (ctx) => {
  let app = ctx.app;
  await app.nav("participants");
  await app.find(SEL.row);
  const people = await participantCount(app);
  const db = await databasePath(app);
  await app.click("[data-nav=backups]");
  await app.click("[data-action=back-up-now]");
  await app.find("[data-view=backups] li[data-reason=manual]");

  await app.quit();
  await checkpointClosed(db);
  const damaged = damage(db);

  app = await ctx.restart();
  await app.find("[data-damaged]");
  const screen = await app.text(".fatal");
  assert.match(screen, /The database is damaged/, `the start screen says what happened: ${screen}`);
  assert.match(screen, /\.damaged/, `and that a copy was kept: ${screen}`);
  const offer = await app.text("[data-action=restore-newest]");
  assert.match(offer, /^Restore the snapshot of \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC$/, `the newest snapshot is offered by its date: ${offer}`);
  assert.match(screen, new RegExp(`${people.toLocaleString("en-US")} participants`), `with its contents: ${screen}`);
  assert.ok(readFileSync(`${db}.damaged`).equals(damaged), "the damaged file is kept as found");
  await ctx.screenshot("offer");
  await app.switchLanguage();
  const fr = await app.text("[data-action=restore-newest]");
  assert.match(fr, /^Restaurer l’instantané du \S+\s\S+ \d{4}, \d{1,2}\sh\s\d{2} UTC$/u, `the offer in French: ${fr}`);
  assert.match(await app.text(".fatal"), /La base de données est endommagée/);
  await ctx.screenshot("offer-fr");

  await app.click("[data-action=restore-newest]");
  await app.find("[data-nav=overview][aria-current=page]");
  await app.nav("participants");
  await app.find(SEL.row);
  assert.equal(await participantCount(app), people, "the snapshot's participants are back, in the same window");
  assert.ok(readFileSync(`${db}.damaged`).equals(damaged), "the damaged copy stays after the restore");
  await ctx.screenshot("restored");
});

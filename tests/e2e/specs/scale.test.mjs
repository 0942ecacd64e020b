// The app at scale: a generated meeting (fixtures/scale.setup.sh: 7,000 participants in
// `make e2e`, the COP meeting of 70,000 in `make e2e-scale`) opened in the window. Timed
// inside the page with performance.now(): a keystroke in the header's search box until the
// participant it finds is on screen, and a click on a participant in the table until the form
// shows their name. The table scrolled to its middle and its end shows the rows that belong
// there; the timetable shows one day at a time and switches days. Medians are printed and
// written to target/e2e/scale.json; only correctness is asserted, never a time.
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { config, numberIn } from "../lib/app.mjs";
import { scenario } from "../lib/scenario.mjs";

const TRIES = Number(process.env.E2E_SCALE_TRIES ?? 7);

const SEL = {
  box: "[data-testid=global-search]",
  results: "[data-testid=global-search-results]",
  table: "[data-testid=participants-table]",
  row: "[data-testid=participant-row]",
  count: "[data-testid=participants-count]",
  family: "#participant-family_name",
  given: "#participant-given_name",
  block: "[data-testid=session-block]",
  day: "select[data-filter=day]",
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

/**
 * Arms a probe in the page: from the next `event` (capture phase, on the document) until the
 * condition `kind` holds at an animation frame, in ms of performance.now(). The conditions live
 * in the page's script here (the CSP allows no string evaluated as code); `want` is what they
 * look for.
 */
async function arm(app, event, kind, want) {
  await app.browser.execute(
    (event, kind, want) => {
      const conditions = {
        // The participant form shows the person: family (and given) name in the row's name.
        form: () => {
          const family = document.querySelector("#participant-family_name")?.value ?? "";
          const given = document.querySelector("#participant-given_name")?.value ?? "";
          return !!family && want.includes(family) && (!given || want.includes(given));
        },
        // The search results are those of the text typed and show a participant of that name.
        search: () => {
          const list = document.querySelector("[data-testid=global-search-results]");
          if (list?.getAttribute("data-query") !== want) return false;
          return [...list.querySelectorAll("[data-hit-kind=participant]")].some((o) => o.textContent.includes(want));
        },
        // The edited row shows the new function, and the form is closed.
        edited: () =>
          !document.querySelector("#participant-family_name") &&
          !!document.querySelector(`[data-participant-id="${want.id}"]`)?.textContent?.includes(want.text),
        // The statistics show the number of representatives.
        stats: () => /[1-9]/.test(document.querySelector("[data-testid=stats-representatives]")?.textContent ?? ""),
        // The outcome document's text shows its first paragraph.
        text: () => !!document.querySelector(`[data-testid=paragraph] [id^="para-"][id$="-en"]`),
        // The grid shows sessions, all of them on the day chosen.
        day: () => {
          const blocks = document.querySelectorAll("[data-testid=session-block]");
          return blocks.length > 0 && [...blocks].every((b) => b.closest("[data-day]")?.getAttribute("data-day") === want);
        },
      };
      const check = conditions[kind];
      // `shown`: the animation frame at which the condition held (the DOM is right, not yet
      // painted); `end`: the first task after that frame, i.e. once it was painted.
      const probe = { start: null, shown: null, end: null, error: null };
      window.__scaleProbe = probe;
      document.addEventListener(
        event,
        () => {
          probe.start = performance.now();
          const deadline = probe.start + 15000;
          const poll = () => {
            try {
              if (check()) {
                probe.shown = performance.now();
                setTimeout(() => (probe.end = performance.now()), 0);
                return;
              }
            } catch (e) {
              probe.error = String(e);
            }
            if (performance.now() > deadline) probe.error = probe.error ?? "timed out";
            else requestAnimationFrame(poll);
          };
          poll();
        },
        { capture: true, once: true },
      );
    },
    event,
    kind,
    want,
  );
}

/** The armed probe's time in ms, once it has ended. */
async function probeTime(app, what) {
  const probe = await app.waitFor(
    async () => {
      const p = await app.browser.execute(() => window.__scaleProbe);
      return p && (p.end !== null || p.error) ? p : null;
    },
    `${what}: the probe ended`,
    20_000,
  );
  assert.equal(probe.error, null, `${what}: ${probe.error}`);
  return { ms: probe.end - probe.start, dom: probe.shown - probe.start };
}

/** The median of the tries (until painted), that of the DOM being right, and each try. */
function summary(tries) {
  return { median: round(median(tries.map((t) => t.ms))), dom_median: round(median(tries.map((t) => t.dom))), tries: tries.map((t) => round(t.ms)) };
}

/** The participant rows rendered: index, id and the name shown. */
async function renderedRows(app) {
  return app.browser.execute(() =>
    [...document.querySelectorAll("[data-testid=participant-row]")].map((r) => ({
      index: Number(r.getAttribute("data-index")),
      id: r.getAttribute("data-participant-id"),
      name: r.querySelector(".name-link")?.textContent?.trim() ?? "",
    })),
  );
}

/** Scrolls the table so that row `index` is at the top; returns the rows once that row is loaded. */
async function scrollTableTo(app, index) {
  await app.browser.execute((index) => {
    const el = document.querySelector("[data-testid=participants-table] .scroller");
    const rowHeight = document.querySelector("[data-testid=participant-row]")?.getBoundingClientRect().height || 40;
    el.scrollTop = index * rowHeight;
    el.dispatchEvent(new Event("scroll"));
  }, index);
  return app.waitFor(
    async () => {
      const rows = await renderedRows(app);
      return rows.some((r) => r.index === index && r.name) ? rows : null;
    },
    `row ${index} rendered with its name after scrolling`,
    20_000,
  );
}

scenario("a meeting at scale: search, open, scroll, switch days and open the outcome text in the window", async (ctx) => {
  const { app } = ctx;
  const figures = { scale: process.env.E2E_SCALE ?? "7000", tries: TRIES };

  // ── The participants table ──────────────────────────────────────────────────────────────
  await app.nav("participants");
  const total = numberIn(await app.waitForText(SEL.count, /[1-9]/, 30_000));
  assert.ok(total >= 1000, `the generated meeting is large: ${total} participants`);
  figures.participants = total;
  await app.waitFor(async () => (await renderedRows(app)).some((r) => r.name), "the first rows are shown", 30_000);
  const first = await renderedRows(app);
  assert.ok(first.length < 200, `only the rows in view are in the DOM, not ${total}: ${first.length}`);
  await ctx.screenshot("participants");

  // Middle and end: the rows at those places, numbered in order, each with a name.
  const middle = Math.floor(total / 2);
  const midRows = await scrollTableTo(app, middle);
  assert.ok(midRows.every((r) => Math.abs(r.index - middle) < 100), `the rows around ${middle}: ${JSON.stringify(midRows.map((r) => r.index))}`);
  await ctx.screenshot("participants-middle");
  const endRows = await scrollTableTo(app, total - 1);
  assert.ok(endRows.some((r) => r.index === total - 1 && r.name), `the last row (${total - 1}) is shown with its name`);
  assert.ok(endRows.every((r) => r.index < total), "no row past the end");
  const ids = new Set([...midRows, ...endRows].map((r) => r.id));
  assert.equal(ids.size, new Set([...midRows, ...endRows].map((r) => r.index)).size, "each place holds a different participant");
  await ctx.screenshot("participants-end");

  // ── Click on a participant → the form with their name ──────────────────────────────────
  const clicks = [];
  const people = [];
  for (let k = 0; k < TRIES; k++) {
    const index = Math.floor((total * (k + 1)) / (TRIES + 2));
    const rows = await scrollTableTo(app, index);
    const row = rows.find((r) => r.index === index);
    people.push(row);
    await arm(app, "click", "form", row.name);
    await app.click(`[data-testid=participant-row][data-index="${index}"] .name-link`);
    clicks.push(await probeTime(app, `click on ${row.name}`));
    const family = await app.browser.$(SEL.family).getValue();
    assert.ok(row.name.includes(family), `the form shows the participant clicked (${row.name}): ${family}`);
    if (k === 0) await ctx.screenshot("participant-form");
    // The form is closed again (its drawer covers the table); the screen ignores a close in
    // the first 400 ms after opening (the second click of a double-click).
    await app.browser.pause(450);
    await app.click("[role=dialog] .close");
    await app.waitFor(async () => !(await app.exists(SEL.family)), "the close button closes the participant form");
  }
  // An edit in the form updates its row where it is: the table neither goes back to the top
  // nor loses the rows around it.
  {
    const row = people.at(-1);
    const before = await app.browser.execute(() => document.querySelector("[data-testid=participants-table] .scroller").scrollTop);
    await app.click(`[data-testid=participant-row][data-index="${row.index}"] .name-link`);
    await app.find(SEL.family);
    const text = `Scale check ${Date.now() % 100000}`;
    await app.fill("participant-function-en", text);
    await arm(app, "click", "edited", { id: row.id, text });
    await app.click("[data-action=save]");
    figures.save_to_row_ms = round((await probeTime(app, "saving the participant")).ms);
    const after = await app.browser.execute(() => document.querySelector("[data-testid=participants-table] .scroller").scrollTop);
    assert.equal(after, before, "the table stays where it was after the edit");
    const rows = await renderedRows(app);
    assert.equal(rows.find((r) => r.index === row.index)?.id, row.id, "the edited participant is still at its place");
    await ctx.screenshot("edited");
  }
  figures.click_to_form_ms = summary(clicks);
  console.log(`scale: click_to_form_ms ${JSON.stringify(figures.click_to_form_ms)}`);

  // ── A keystroke in the header's search box → the participant found on screen ──────────
  const keys = [];
  for (let k = 0; k < TRIES; k++) {
    const person = people[k];
    // A word of the name (letters only: "Schröder," without its comma), the last one typed as
    // a key: one whose last letter is ASCII, which WebKitWebDriver types faithfully.
    const words = person.name.match(/\p{L}{4,}/gu) ?? [person.name];
    const word = words.filter((w) => /[A-Za-z]$/.test(w)).at(-1) ?? words.at(-1);
    const prefix = word.slice(0, -1);
    await app.type(SEL.box, prefix);
    await app.waitFor(async () => (await app.browser.$(SEL.results).getAttribute("data-query")) === prefix, `the results of “${prefix}”`, 20_000);
    await arm(app, "keydown", "search", word);
    await app.browser.keys([word.at(-1)]);
    keys.push(await probeTime(app, `typing the last letter of “${word}”`));
    const hits = await app.texts(`${SEL.results} [data-hit-kind=participant]`);
    assert.ok(hits.some((h) => h.includes(word)), `searching “${word}” shows a participant of that name: ${JSON.stringify(hits.slice(0, 6))}`);
    if (k === 0) await ctx.screenshot("search");
  }
  await app.browser.keys(["Escape", "Escape"]);
  figures.keystroke_to_result_ms = summary(keys);
  console.log(`scale: keystroke_to_result_ms ${JSON.stringify(figures.keystroke_to_result_ms)}`);

  // ── The timetable: one day at a time, days switched ─────────────────────────────────────
  await app.nav("timetable");
  await app.find(SEL.day);
  const dayValues = await app.browser.execute((s) => [...document.querySelectorAll(`${s} option`)].map((o) => o.value).filter((v) => /^\d{4}-/.test(v)), SEL.day);
  assert.ok(dayValues.length >= 2, `the meeting has several days: ${JSON.stringify(dayValues)}`);
  await app.waitFor(async () => (await app.count(SEL.block)) > 0, "sessions shown", 30_000);
  let shownDay = await app.browser.$(SEL.day).getValue();
  // Above 400 sessions (the COP's 1,000) the timetable opens on its first day; a smaller one
  // opens on all days, and is put on its first day here.
  if (figures.scale === "cop") assert.ok(dayValues.includes(shownDay), `a large timetable opens on one day, not all ${dayValues.length}: “${shownDay}”`);
  if (!dayValues.includes(shownDay)) {
    shownDay = dayValues[0];
    await app.fill(SEL.day, shownDay);
    await app.waitFor(async () => (await app.attributes(`${SEL.block}`, "data-session-id")).length > 0, "the first day's sessions");
  }
  figures.sessions_in_dom = await app.count(SEL.block);
  await ctx.screenshot("timetable");
  const switches = [];
  for (let k = 0; k < Math.min(TRIES, dayValues.length - 1); k++) {
    const day = dayValues[(dayValues.indexOf(shownDay) + k + 1) % dayValues.length];
    await arm(app, "change", "day", day);
    await app.fill(SEL.day, day);
    switches.push(await probeTime(app, `switching to ${day}`));
  }
  figures.day_switch_ms = summary(switches);
  console.log(`scale: day_switch_ms ${JSON.stringify(figures.day_switch_ms)}`);
  await ctx.screenshot("timetable-day");

  // ── The other large screens, looked at ──────────────────────────────────────────────────
  const stats = [];
  for (let k = 0; k < 3; k++) {
    await app.nav("overview");
    await arm(app, "click", "stats", "");
    await app.click("[data-nav=statistics]");
    stats.push(await probeTime(app, "opening the statistics"));
  }
  figures.open_statistics_ms = summary(stats);
  console.log(`scale: open_statistics_ms ${JSON.stringify(figures.open_statistics_ms)}`);
  assert.equal(numberIn(await app.text("[data-testid=stats-representatives]")), total, "every participant counted");
  await ctx.screenshot("statistics");
  await app.nav("outcome");
  const openDocument = "[data-testid=outcome-document-row] [data-action=open-document]";
  const opens = [];
  for (let k = 0; k < Math.min(TRIES, 3); k++) {
    if (k > 0) await app.click("[data-action=all-documents]");
    await app.find(openDocument, 30_000);
    await arm(app, "click", "text", "");
    await app.click(openDocument);
    opens.push(await probeTime(app, "opening the outcome document"));
    if (k === 0) {
      figures.paragraphs_at_first_paint = await app.count("[data-testid=paragraph]");
      // Taken while the text is still coming in chunks: once all 500 paragraphs (1,000
      // editors) are in, WebKitWebDriver's screenshot of the page may take longer than its
      // request timeout on a loaded machine.
      await ctx.screenshot("outcome");
    }
  }
  figures.open_outcome_ms = summary(opens);
  console.log(`scale: open_outcome_ms ${JSON.stringify(figures.open_outcome_ms)}`);
  await app.waitFor(async () => (await app.count("[data-testid=paragraph]")) >= 500 || figures.scale !== "cop", "every paragraph in the end", 30_000);
  figures.paragraphs_in_dom = await app.count("[data-testid=paragraph]");

  console.log(`scale: ${JSON.stringify(figures)}`);
  await writeFile(path.join(config.screenshots, "scale.json"), JSON.stringify(figures, null, 2) + "\n");
});

// Drives the Plenary window through tauri-driver (WebKitWebDriver) with WebdriverIO's `remote()`.
//
// The database is chosen by the environment of tauri-driver, which the app inherits: run.sh
// starts one tauri-driver per spec file with its own PLENARY_DB, HOME and XDG_* folders. So
// `restart()` (end the session, start a new one) reopens the same database, and every spec
// file starts from a new database holding the Lagos demo meeting.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const config = {
  hostname: process.env.E2E_DRIVER_HOST ?? "127.0.0.1",
  port: Number(process.env.E2E_DRIVER_PORT ?? 4444),
  application: path.resolve(process.env.PLENARY_APP ?? path.join(ROOT, "target/debug/plenary-desktop")),
  screenshots: path.resolve(process.env.E2E_SCREENSHOTS ?? path.join(ROOT, "target/e2e")),
  // How long to wait for one thing on screen (ms).
  timeout: Number(process.env.E2E_TIMEOUT ?? 10_000),
  // How long to wait for the app to start and show its first screen (ms).
  startTimeout: Number(process.env.E2E_START_TIMEOUT ?? 30_000),
};

/** The sidebar's screens. */
export const VIEWS = ["meetings", "overview", "participants", "timetable", "co_chairs", "agenda", "translation", "outcome"];

/** The CSS selector of an element by id (ids like `participant-function-en` need no escaping). */
export const byId = (id) => `[id="${id}"]`;

/** A number read from a text: "166", "1,234", "1 234" (thin or no-break spaces) → 1234. */
export function numberIn(text) {
  const m = String(text).match(/\d[\d,\u00a0\u202f ]*/);
  return m ? Number(m[0].replace(/[^\d]/g, "")) : NaN;
}

/** Turns a test title into a file name. */
export function slug(text) {
  return String(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export class App {
  /** @param {WebdriverIO.Browser} browser */
  constructor(browser) {
    this.browser = browser;
  }

  /** Starts the app (a new WebDriver session) and waits for its first screen. */
  static async launch() {
    const browser = await remote({
      hostname: config.hostname,
      port: config.port,
      logLevel: process.env.E2E_WDIO_LOG ?? "error",
      connectionRetryCount: 1,
      connectionRetryTimeout: config.startTimeout,
      waitforTimeout: config.timeout,
      capabilities: {
        "tauri:options": { application: config.application },
        "wdio:enforceWebDriverClassic": true,
      },
    });
    const app = new App(browser);
    try {
      await app.waitReady();
    } catch (error) {
      const shot = await app.screenshot(`start-failed-${Date.now()}`).catch(() => null);
      const text = await app.pageText().catch(() => null);
      await app.quit();
      error.message += `\n  the window showed: ${JSON.stringify(text?.slice(0, 400) ?? null)}${shot ? `\n  (screenshot: ${shot})` : ""}`;
      throw error;
    }
    return app;
  }

  /** Waits until App.svelte has loaded the meeting: `.shell[data-ready=true]`. */
  async waitReady() {
    await this.browser.$(".shell[data-ready=true]").waitForExist({
      timeout: config.startTimeout,
      timeoutMsg: "the app did not become ready (.shell[data-ready=true])",
    });
  }

  /** Ends the session, which closes the window. Never throws. */
  async quit() {
    try {
      await this.browser.deleteSession();
    } catch {
      // Already gone (the app crashed or the session timed out): run.sh kills what is left.
    }
  }

  /** Closes the app and opens it again on the same database; returns the new App. */
  async restart() {
    await this.quit();
    return App.launch();
  }

  /** Waits until `fn()` is truthy (re-evaluated until the timeout) and returns its value. */
  async waitFor(fn, message, timeout = config.timeout) {
    let value;
    try {
      await this.browser.waitUntil(
        async () => {
          value = await fn();
          return value;
        },
        { timeout, interval: 100 },
      );
    } catch (error) {
      // `message` may be a function, to describe what the screen shows at the time.
      const text = typeof message === "function" ? await message() : message;
      if (!text) throw error;
      throw new Error(`${text} (waited ${timeout} ms)`, { cause: error });
    }
    return value;
  }

  /** The first element matching `selector`, once it exists. */
  async find(selector, timeout = config.timeout) {
    const el = this.browser.$(selector);
    await el.waitForExist({ timeout, timeoutMsg: `nothing on screen matches ${selector}` });
    return el;
  }

  /** Whether something matches `selector` right now. */
  async exists(selector) {
    return this.browser.$(selector).isExisting();
  }

  /** How many elements match `selector` right now. */
  async count(selector) {
    return this.browser.execute((s) => document.querySelectorAll(s).length, selector);
  }

  /**
   * The text of the first element matching `selector` (waits for it). Unlike WebDriver's
   * getText, this keeps no-break spaces (U+00A0, U+202F) as they are: French typography
   * is part of what the tests check.
   */
  async text(selector) {
    await this.find(selector);
    return this.browser.execute((s) => {
      const el = document.querySelector(s);
      return el ? (el.innerText ?? el.textContent ?? "").trim() : null;
    }, selector);
  }

  /** The texts of every element matching `selector` (none: []), title and aria-label included. */
  async texts(selector) {
    return this.browser.execute(
      (s) =>
        [...document.querySelectorAll(s)].map((el) =>
          [el.innerText ?? el.textContent ?? "", el.getAttribute("title") ?? "", el.getAttribute("aria-label") ?? ""]
            .join(" ")
            .replace(/\s+/g, " ")
            .trim(),
        ),
      selector,
    );
  }

  /** The values of `attribute` of every element matching `selector`. */
  async attributes(selector, attribute) {
    return this.browser.execute(
      (s, a) => [...document.querySelectorAll(s)].map((el) => el.getAttribute(a)),
      selector,
      attribute,
    );
  }

  /** The text of the whole window (sidebar and screen). */
  async pageText() {
    return this.browser.execute(() => document.body.innerText);
  }

  /** Waits until the text of `selector` passes `test` (a RegExp, a string it must contain, or a function). */
  async waitForText(selector, test, timeout = config.timeout) {
    const ok = (t) =>
      t != null && (test instanceof RegExp ? test.test(t) : typeof test === "function" ? test(t) : t.includes(test));
    let last = null;
    await this.find(selector, timeout);
    try {
      await this.waitFor(
        async () => ok((last = await this.browser.execute((s) => {
          const el = document.querySelector(s);
          return el ? (el.innerText ?? el.textContent ?? "").trim() : null;
        }, selector))),
        "",
        timeout,
      );
    } catch {
      throw new Error(`${selector} should show ${test}, it shows ${JSON.stringify(last)}`);
    }
    return last;
  }

  /** Clicks the first element matching `selector` once it is visible. */
  async click(selector) {
    const el = await this.find(selector);
    await el.waitForClickable({ timeout: config.timeout, timeoutMsg: `${selector} cannot be clicked` });
    await this.clickElement(el, selector);
  }

  /**
   * Clicks `el`; while something lies over it (a toast, a closing drawer), waits and tries
   * again, as a person would, up to the timeout.
   */
  async clickElement(el, what = "the element") {
    const until = Date.now() + config.timeout;
    for (;;) {
      try {
        await el.click();
        return;
      } catch (error) {
        const covered = /intercepted|not interactable|obscured/i.test(String(error?.message));
        if (!covered || Date.now() > until) {
          if (covered) error.message = `${what} stayed covered by another element: ${error.message}`;
          throw error;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** Clicks the last visible element matching `selector` (a drawer's button over the screen's). */
  async clickVisible(selector) {
    await this.find(selector);
    const el = await this.waitFor(async () => {
      const all = await this.browser.$$(selector);
      for (let i = all.length - 1; i >= 0; i--) if (await all[i].isDisplayed()) return all[i];
      return null;
    }, `no visible ${selector}`);
    await this.clickElement(el, selector);
  }

  /** Opens a screen from the sidebar and waits until it is the current one. */
  async nav(view) {
    if (!VIEWS.includes(view)) throw new Error(`unknown screen ${view}`);
    await this.click(`[data-nav=${view}]`);
    await this.find(`[data-nav=${view}][aria-current=page]`);
  }

  /** Switches the interface language (English ⇄ French); returns the new language. */
  async switchLanguage() {
    const before = await this.lang();
    await this.click("[data-action=switch-language]");
    return this.waitFor(async () => {
      const now = await this.lang();
      return now !== before ? now : null;
    }, "the interface language did not change");
  }

  /** The interface language (the `lang` of the document). */
  async lang() {
    return this.browser.execute(() => document.documentElement.lang);
  }

  /** Types `text` into an input as a person would (keys), replacing what it held. */
  async type(selector, text) {
    const el = await this.find(selector);
    await this.clickElement(el, selector);
    await el.clearValue();
    if (text) await el.addValue(text);
    // WebKitWebDriver may drop or mangle keys (non-ASCII): make sure the field holds the text.
    if ((await el.getValue()) !== text) await this.fill(selector, text);
  }

  /**
   * Sets a form control to `value`: for a <select>, the option whose value is `value` or whose
   * label matches it (a RegExp, or a string: the same label first, then one starting with it,
   * then one containing it); for any other control, its value (dates and times as
   * "2025-11-04" and "13:30"). Dispatches `input` and `change` as the browser would.
   * `target` is a selector, or a bare id ("session-start").
   */
  async fill(target, value) {
    const selector = /^[\w-]+$/.test(target) ? byId(target) : target;
    await this.find(selector);
    if ((await this.browser.$(selector).getAttribute("role")) === "combobox") return this.pick(selector, value);
    const pattern = value instanceof RegExp ? { source: value.source, flags: value.flags } : null;
    const result = await this.browser.execute(
      (s, v, p) => {
        const el = document.querySelector(s);
        if (!el) return { error: "missing" };
        const fire = () => {
          el.dispatchEvent(new Event("input", { bubbles: true }));
          el.dispatchEvent(new Event("change", { bubbles: true }));
        };
        if (el instanceof HTMLSelectElement) {
          const options = [...el.options].filter((o) => !o.disabled);
          const label = (o) => o.textContent.replace(/\s+/g, " ").trim();
          let chosen;
          if (p) {
            const re = new RegExp(p.source, p.flags);
            chosen = options.find((o) => re.test(label(o)) || re.test(o.value));
          } else {
            const want = String(v).toLowerCase();
            chosen =
              options.find((o) => o.value === v) ??
              options.find((o) => label(o).toLowerCase() === want) ??
              options.find((o) => label(o).toLowerCase().startsWith(want)) ??
              options.find((o) => label(o).toLowerCase().includes(want));
          }
          if (!chosen) return { error: "no option", options: options.map(label).slice(0, 60) };
          el.value = chosen.value;
          fire();
          return { value: el.value, label: label(chosen) };
        }
        el.focus();
        // The native setter, so that a framework wrapping `value` still sees the change.
        const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, "value").set.call(el, String(v));
        fire();
        return { value: el.value };
      },
      selector,
      pattern ? "" : String(value),
      pattern,
    );
    if (result.error === "no option") {
      throw new Error(`${selector} has no option matching ${value}; it offers: ${result.options.join(" | ")}`);
    }
    if (result.error) throw new Error(`${selector}: ${result.error}`);
    return result;
  }

  /**
   * Chooses in an ARIA combobox (a text input with a listbox, e.g. the country picker) as a
   * person would: types `value` (a string; or a RegExp, then nothing is typed and the whole
   * list is searched), then clicks the option whose label matches in the listbox that the
   * input's `aria-controls` names.
   */
  async pick(target, value) {
    const selector = /^[\w-]+$/.test(target) ? byId(target) : target;
    const input = await this.find(selector);
    await this.clickElement(input, selector);
    if (!(value instanceof RegExp)) {
      await input.clearValue();
      await input.addValue(String(value));
    }
    const listId = await input.getAttribute("aria-controls");
    if (!listId) throw new Error(`${selector} names no listbox (aria-controls)`);
    const pattern = value instanceof RegExp ? { source: value.source, flags: value.flags } : null;
    const optionId = await this.waitFor(
      () =>
        this.browser.execute(
          (list, v, p) => {
            const options = [...(document.getElementById(list)?.querySelectorAll("[role=option]") ?? [])];
            const label = (o) => o.textContent.replace(/\s+/g, " ").trim();
            const want = String(v).toLowerCase();
            const re = p ? new RegExp(p.source, p.flags) : null;
            const hit = re
              ? options.find((o) => re.test(label(o)))
              : options.find((o) => label(o).toLowerCase() === want) ??
                options.find((o) => label(o).toLowerCase().startsWith(want)) ??
                options.find((o) => label(o).toLowerCase().includes(want));
            if (!hit) return null;
            if (!hit.id) hit.id = `e2e-option-${Date.now()}`;
            return hit.id;
          },
          listId,
          pattern ? "" : String(value),
          pattern,
        ),
      `${selector} offers no option matching ${value}`,
    );
    const option = this.browser.$(byId(optionId));
    await option.scrollIntoView({ block: "nearest" });
    await this.clickElement(option, `option ${optionId}`);
    return { option: optionId };
  }

  /** The options of a <select> (label and value). */
  async options(target) {
    const selector = /^[\w-]+$/.test(target) ? byId(target) : target;
    await this.find(selector);
    return this.browser.execute(
      (s) => [...(document.querySelector(s)?.options ?? [])].map((o) => ({ value: o.value, label: o.textContent.trim() })),
      selector,
    );
  }

  /**
   * The error shown for a field, `[data-field-error=<key>]`, and where it is relative to the
   * control `#<id>`: `depth` is how many levels up from the error one must go to reach an
   * element that also holds the control (1: they are siblings), `gap` the distance in pixels
   * between the two boxes.
   */
  async fieldError(id, key = id) {
    const selector = `[data-field-error="${key}"]`;
    await this.find(selector);
    return this.browser.execute(
      (s, i) => {
        const err = document.querySelector(s);
        const control = document.getElementById(i);
        const box = (el) => el.getBoundingClientRect();
        const e = box(err);
        const out = { text: (err.innerText ?? err.textContent).trim(), visible: e.width > 0 && e.height > 0, control: !!control };
        if (!control) return out;
        let depth = 1;
        let a = err.parentElement;
        while (a && !a.contains(control)) {
          a = a.parentElement;
          depth += 1;
        }
        const c = box(control);
        const dx = Math.max(0, c.left - e.right, e.left - c.right);
        const dy = Math.max(0, c.top - e.bottom, e.top - c.bottom);
        return { ...out, depth: a ? depth : null, gap: Math.round(Math.hypot(dx, dy)) };
      },
      selector,
      id,
    );
  }

  /**
   * Saves a PNG of the window to target/e2e/<name>.png, after two animation frames so that
   * the picture is of the current state, not of the previous frame.
   */
  async screenshot(name) {
    await this.browser.execute(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))),
    );
    await mkdir(config.screenshots, { recursive: true });
    const file = path.join(config.screenshots, `${slug(name)}.png`);
    await this.browser.saveScreenshot(file);
    return file;
  }
}

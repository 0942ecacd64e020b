// Autosave: every text of the drafting screen is saved as the person types, with no Save
// button. Each field (a key) is saved ~600 ms after the last key press and at once when it
// loses focus; saves of one field never overlap (a value typed during a save is sent after
// it), a value equal to the last one saved is not sent again, and a refused save keeps the
// typed text (the field still shows it) and says why until the next attempt. `flush()` sends
// everything pending, before the screen is left or the document is read again.

/** Where a field's text stands. */
export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "error"; code: string | null; field: string | null; message: string };

/** How a refused save is described: its code and field when it has them (an ApiFailure). */
export type Describe = (error: unknown) => { code: string | null; field: string | null; message: string };

type Timers = {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

type Entry = {
  /** The text as last typed. */
  latest: string;
  /** The text the store holds, as far as this field knows. */
  saved: string;
  save: (value: string) => Promise<void>;
  timer: unknown;
  running: Promise<void> | null;
  status: SaveStatus;
};

export const AUTOSAVE_DELAY = 600;

export class AutosaveQueue {
  private entries = new Map<string, Entry>();
  private readonly delay: number;
  private readonly timers: Timers;
  private readonly describe: Describe;
  private readonly onstatus: (key: string, status: SaveStatus) => void;

  constructor(options: {
    delay?: number;
    timers?: Timers;
    describe: Describe;
    onstatus?: (key: string, status: SaveStatus) => void;
  }) {
    this.delay = options.delay ?? AUTOSAVE_DELAY;
    this.timers = options.timers ?? {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    this.describe = options.describe;
    this.onstatus = options.onstatus ?? (() => {});
  }

  /** A key press in field `key`: remembers `value` and saves it after the delay. `saved` is
   * the text the store holds (used the first time the field is edited); `save` writes a
   * value (the latest one given is used). */
  edit(key: string, value: string, saved: string, save: (value: string) => Promise<void>) {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { latest: value, saved, save, timer: null, running: null, status: { kind: "idle" } };
      this.entries.set(key, entry);
    }
    entry.latest = value;
    entry.save = save;
    this.clearTimer(entry);
    if (entry.running) {
      // Sent once the save under way is done (run() looks at `latest` again).
      this.setStatus(key, entry, { kind: "saving" });
      return;
    }
    if (value === entry.saved) {
      // Typed back to what is stored: nothing to send, and no error to keep showing.
      this.setStatus(key, entry, entry.status.kind === "idle" ? entry.status : { kind: "saved" });
      return;
    }
    this.setStatus(key, entry, { kind: "pending" });
    entry.timer = this.timers.set(() => {
      entry.timer = null;
      void this.run(key);
    }, this.delay);
  }

  /** The field lost focus: saves what it holds now. */
  commit(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return Promise.resolve();
    this.clearTimer(entry);
    return this.run(key);
  }

  /** Saves every field with something pending and waits until all saves are done. */
  async flush(): Promise<void> {
    const keys = [...this.entries.keys()];
    await Promise.all(keys.map((k) => this.commit(k)));
  }

  /** Whether `key` holds text the store does not have yet (typed, or being sent). */
  pending(key: string): boolean {
    const entry = this.entries.get(key);
    return !!entry && (entry.running !== null || entry.timer !== null || entry.latest !== entry.saved);
  }

  /** Whether any field has something pending. */
  busy(): boolean {
    return [...this.entries.keys()].some((k) => this.pending(k));
  }

  /** The status of `key`. */
  status(key: string): SaveStatus {
    return this.entries.get(key)?.status ?? { kind: "idle" };
  }

  /** The store's text changed from elsewhere (a merged amendment, a restored revision): a
   * field with nothing pending takes it as its new baseline. */
  rebase(key: string, saved: string) {
    const entry = this.entries.get(key);
    if (entry && !this.pending(key)) {
      entry.saved = saved;
      entry.latest = saved;
    }
  }

  /** Forgets a field whose thing was deleted (nothing of it is sent any more). */
  forget(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.clearTimer(entry);
    this.entries.delete(key);
  }

  private run(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return Promise.resolve();
    if (entry.running) {
      // After the save under way, which sends the latest text if it changed meanwhile.
      return entry.running;
    }
    if (entry.latest === entry.saved) return Promise.resolve();
    const value = entry.latest;
    this.setStatus(key, entry, { kind: "saving" });
    const running = (async () => {
      try {
        await entry.save(value);
        entry.saved = value;
        entry.running = null;
        if (this.entries.get(key) !== entry) return;
        if (entry.latest !== entry.saved) {
          await this.run(key);
        } else {
          this.setStatus(key, entry, { kind: "saved" });
        }
      } catch (error) {
        entry.running = null;
        if (this.entries.get(key) !== entry) return;
        const { code, field, message } = this.describe(error);
        this.setStatus(key, entry, { kind: "error", code, field, message });
      }
    })();
    entry.running = running;
    return running;
  }

  private clearTimer(entry: Entry) {
    if (entry.timer !== null) {
      this.timers.clear(entry.timer);
      entry.timer = null;
    }
  }

  private setStatus(key: string, entry: Entry, status: SaveStatus) {
    entry.status = status;
    this.onstatus(key, status);
  }
}

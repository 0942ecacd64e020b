// Pages of a long list fetched from the API as the user scrolls: a bounded cache of loaded
// pages, at most a few requests at a time, answers to an outdated query ignored, and rows
// kept on screen while their replacement loads (no blank flash after an edit).
// Plain TypeScript (no runes) so that it is unit-tested in node; the view wraps it.

/** One page of the API's answer. */
export type Page<T> = { total: number; rows: T[] };

/** Fetches `limit` rows from `offset` of the current query. */
export type Fetcher<T> = (offset: number, limit: number) => Promise<Page<T>>;

type Entry<T> = { rows: T[]; generation: number };

export type PagedRowsOptions<T> = {
  fetcher: Fetcher<T>;
  pageSize: number;
  /** How many pages stay in memory; the least recently wanted go first. */
  maxPages?: number;
  /** How many requests may be in flight at once. */
  maxInFlight?: number;
  /** Called after anything visible changed (rows, total, loading). */
  onChange?: () => void;
  /** Called when a request of the current query fails. */
  onError?: (error: unknown) => void;
};

export class PagedRows<T extends { id: string }> {
  readonly pageSize: number;
  /** How many rows the current query has in all (the last answer's `total`). */
  total = 0;
  /** Whether the current query has answered at least once. */
  loaded = false;

  private fetcher: Fetcher<T>;
  private readonly maxPages: number;
  private readonly maxInFlight: number;
  private readonly onChange: () => void;
  private readonly onError: (error: unknown) => void;
  private pages = new Map<number, Entry<T>>();
  private inFlight = new Map<number, number>();
  private generation = 0;
  private dropOnArrival = false;
  private wanted: number[] = [];

  constructor(options: PagedRowsOptions<T>) {
    this.fetcher = options.fetcher;
    this.pageSize = options.pageSize;
    this.maxPages = Math.max(1, options.maxPages ?? 40);
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 3);
    this.onChange = options.onChange ?? (() => {});
    this.onError = options.onError ?? (() => {});
  }

  /** Whether a request is under way. */
  get loading(): boolean {
    for (const generation of this.inFlight.values()) if (generation === this.generation) return true;
    return false;
  }

  /** How many pages are in memory (for tests and diagnostics). */
  get cachedPages(): number {
    return this.pages.size;
  }

  /**
   * A new query (other filter, search or order). The rows shown so far stay until its first
   * page arrives, then every page of the old query is dropped.
   */
  reset(fetcher?: Fetcher<T>) {
    if (fetcher) this.fetcher = fetcher;
    this.generation += 1;
    this.dropOnArrival = true;
    this.loaded = false;
    // The view goes back to the top of the new list.
    this.ensure([0]);
  }

  /**
   * The same query, whose rows may have moved (a participant added or deleted, a delegation
   * renamed): every page becomes stale, stays on screen, and is fetched again when wanted.
   */
  refresh() {
    this.generation += 1;
    this.ensure(this.wanted.length ? this.wanted : [0]);
  }

  /** Asks for these pages (those in view): fetches the missing and stale ones. */
  ensure(pages: number[]) {
    this.wanted = pages;
    for (const p of pages) {
      const entry = this.pages.get(p);
      if (entry) {
        // Recently wanted: last to be evicted.
        this.pages.delete(p);
        this.pages.set(p, entry);
        if (entry.generation === this.generation) continue;
      }
      if (this.inFlight.get(p) === this.generation) continue;
      if (this.loaded && p * this.pageSize >= this.total && p !== 0) continue;
      if (this.currentInFlight() >= this.maxInFlight) break;
      void this.load(p, this.generation);
    }
  }

  /** The row at `index`, if its page is loaded (possibly stale). */
  rowAt(index: number): T | undefined {
    if (index < 0) return undefined;
    const entry = this.pages.get(Math.floor(index / this.pageSize));
    return entry?.rows[index % this.pageSize];
  }

  /** Replaces a row in place (after an edit), wherever it is loaded. Returns whether it was. */
  replace(row: T): boolean {
    let found = false;
    for (const entry of this.pages.values()) {
      const i = entry.rows.findIndex((r) => r.id === row.id);
      if (i >= 0) {
        entry.rows[i] = row;
        found = true;
      }
    }
    if (found) this.onChange();
    return found;
  }

  /** The index of a loaded row, or -1. */
  indexOf(id: string): number {
    for (const [p, entry] of this.pages) {
      const i = entry.rows.findIndex((r) => r.id === id);
      if (i >= 0) return p * this.pageSize + i;
    }
    return -1;
  }

  private currentInFlight(): number {
    let n = 0;
    for (const generation of this.inFlight.values()) if (generation === this.generation) n += 1;
    return n;
  }

  private async load(page: number, generation: number) {
    this.inFlight.set(page, generation);
    this.onChange();
    let answer: Page<T>;
    try {
      answer = await this.fetcher(page * this.pageSize, this.pageSize);
    } catch (error) {
      if (this.inFlight.get(page) === generation) this.inFlight.delete(page);
      if (generation === this.generation) {
        this.onChange();
        this.onError(error);
      }
      return;
    }
    if (this.inFlight.get(page) === generation) this.inFlight.delete(page);
    if (generation !== this.generation) return; // an answer to an outdated query
    if (this.dropOnArrival) {
      this.pages.clear();
      this.dropOnArrival = false;
    }
    this.total = answer.total;
    this.loaded = true;
    this.pages.delete(page);
    this.pages.set(page, { rows: answer.rows, generation });
    this.evict();
    this.onChange();
    // Pages refused by the in-flight limit are asked for now.
    this.ensure(this.wanted);
  }

  private evict() {
    const keep = new Set(this.wanted);
    for (const p of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) break;
      if (!keep.has(p)) this.pages.delete(p);
    }
  }
}

import { describe, expect, it } from "vitest";
import { PagedRows, type Page } from "./pages";

type Row = { id: string; name: string };

/** A fake API over `n` rows whose answers are released by hand. */
function fakeApi(n: number, prefix = "r") {
  const calls: { offset: number; limit: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const fetcher = (offset: number, limit: number) =>
    new Promise<Page<Row>>((resolve, reject) => {
      const rows = Array.from({ length: Math.max(0, Math.min(limit, n - offset)) }, (_, i) => ({ id: `${prefix}${offset + i}`, name: `${prefix}${offset + i}` }));
      calls.push({ offset, limit, resolve: () => resolve({ total: n, rows }), reject });
    });
  return { calls, fetcher };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("pages fetched as the user scrolls", () => {
  it("fetches the first page, learns the total, and serves rows from the cache", async () => {
    const api = fakeApi(70_000);
    let changes = 0;
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100, onChange: () => changes++ });
    rows.reset();
    expect(api.calls.map((c) => c.offset)).toEqual([0]);
    expect(rows.loading).toBe(true);
    api.calls[0]!.resolve();
    await settle();
    expect(rows.total).toBe(70_000);
    expect(rows.loaded).toBe(true);
    expect(rows.rowAt(42)?.id).toBe("r42");
    expect(rows.rowAt(100), "page 1 is not loaded yet").toBeUndefined();
    expect(changes, "the view was told").toBeGreaterThan(0);
  });

  it("does not ask twice for a page in flight or loaded", async () => {
    const api = fakeApi(1000);
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100 });
    rows.reset();
    rows.ensure([0, 1]);
    rows.ensure([0, 1]);
    expect(api.calls.map((c) => c.offset)).toEqual([0, 100]);
    api.calls.forEach((c) => c.resolve());
    await settle();
    rows.ensure([0, 1]);
    expect(api.calls).toHaveLength(2);
  });

  it("limits the requests in flight and asks for the rest as answers arrive", async () => {
    const api = fakeApi(10_000);
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100, maxInFlight: 2 });
    rows.reset();
    api.calls[0]!.resolve();
    await settle();
    rows.ensure([10, 11, 12, 13]);
    expect(api.calls.map((c) => c.offset)).toEqual([0, 1000, 1100]);
    api.calls[1]!.resolve();
    await settle();
    expect(api.calls.map((c) => c.offset), "page 12 asked for once page 10 arrived").toEqual([0, 1000, 1100, 1200]);
  });

  it("ignores the answer to an outdated query", async () => {
    const first = fakeApi(500, "old");
    const rows = new PagedRows<Row>({ fetcher: first.fetcher, pageSize: 100 });
    rows.reset();
    const second = fakeApi(3, "new");
    rows.reset(second.fetcher);
    second.calls[0]!.resolve();
    await settle();
    first.calls[0]!.resolve();
    await settle();
    expect(rows.total, "the new search's count").toBe(3);
    expect(rows.rowAt(0)?.id).toBe("new0");
  });

  it("keeps the old rows on screen until the new query answers", async () => {
    const first = fakeApi(500, "old");
    const rows = new PagedRows<Row>({ fetcher: first.fetcher, pageSize: 100 });
    rows.reset();
    first.calls[0]!.resolve();
    await settle();
    const second = fakeApi(3, "new");
    rows.reset(second.fetcher);
    expect(rows.rowAt(0)?.id, "no blank table while typing").toBe("old0");
    second.calls[0]!.resolve();
    await settle();
    expect(rows.rowAt(0)?.id).toBe("new0");
    expect(rows.rowAt(50), "rows of the old query are gone").toBeUndefined();
  });

  it("replaces an edited row in place, without fetching", async () => {
    const api = fakeApi(300);
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100 });
    rows.reset();
    rows.ensure([0, 1]);
    api.calls.forEach((c) => c.resolve());
    await settle();
    expect(rows.replace({ id: "r150", name: "edited" })).toBe(true);
    expect(rows.rowAt(150)?.name).toBe("edited");
    expect(rows.indexOf("r150")).toBe(150);
    expect(rows.replace({ id: "nowhere", name: "x" })).toBe(false);
    expect(api.calls).toHaveLength(2);
  });

  it("refreshes stale pages when wanted, showing the old rows meanwhile", async () => {
    const api = fakeApi(300);
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100 });
    rows.reset();
    rows.ensure([0, 1]);
    api.calls.forEach((c) => c.resolve());
    await settle();
    rows.ensure([1]);
    rows.refresh();
    expect(api.calls.map((c) => c.offset), "only the page in view is fetched again").toEqual([0, 100, 100]);
    expect(rows.rowAt(0)?.id, "stale rows still shown").toBe("r0");
    rows.ensure([0]);
    expect(api.calls.map((c) => c.offset), "page 0 is fetched again once wanted").toEqual([0, 100, 100, 0]);
  });

  it("keeps at most maxPages in memory, never the ones in view", async () => {
    const api = fakeApi(100_000);
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100, maxPages: 3, maxInFlight: 10 });
    rows.reset();
    api.calls[0]!.resolve();
    await settle();
    for (let p = 1; p <= 6; p++) {
      rows.ensure([p]);
      api.calls.at(-1)!.resolve();
      await settle();
    }
    expect(rows.cachedPages).toBeLessThanOrEqual(3);
    expect(rows.rowAt(600)?.id, "the page in view stays").toBe("r600");
    expect(rows.rowAt(0), "the oldest page went").toBeUndefined();
  });

  it("does not ask for pages past the end", async () => {
    const api = fakeApi(150);
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100 });
    rows.reset();
    api.calls[0]!.resolve();
    await settle();
    rows.ensure([1, 2, 3]);
    expect(api.calls.map((c) => c.offset)).toEqual([0, 100]);
  });

  it("reports a failure of the current query and asks again later", async () => {
    const api = fakeApi(150);
    const errors: unknown[] = [];
    const rows = new PagedRows<Row>({ fetcher: api.fetcher, pageSize: 100, onError: (e) => errors.push(e) });
    rows.reset();
    api.calls[0]!.reject(new Error("database busy"));
    await settle();
    expect(errors).toHaveLength(1);
    expect(rows.loading).toBe(false);
    rows.ensure([0]);
    expect(api.calls, "retried on the next scroll").toHaveLength(2);
  });
});

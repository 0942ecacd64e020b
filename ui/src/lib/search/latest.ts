// Results as you type: a query waits for a pause in the typing, and an answer that comes
// back after a newer query was sent is dropped, so that a slow answer never replaces the
// results of what is typed now.

/** Runs `run` once `delay` ms have passed without another call; `cancel` forgets the pending one. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, delay: number): { call: (...args: A) => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call: (...args: A) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run(...args);
      }, delay);
    },
    cancel: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Numbers requests so that only the latest one's answer is kept. */
export class Latest {
  private sent = 0;

  /** Awaits `request`; its answer, or `stale` when a later request was made meanwhile. */
  async run<T>(request: () => Promise<T>): Promise<{ stale: true } | { stale: false; value: T }> {
    const mine = ++this.sent;
    const value = await request();
    return mine === this.sent ? { stale: false, value } : { stale: true };
  }

  /** Makes every request in flight stale (the box was emptied or closed). */
  forget() {
    this.sent += 1;
  }
}

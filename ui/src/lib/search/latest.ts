// Results as you type: a query is sent at once unless one is on its way (then the newest text
// follows it), and an answer that comes back after a newer query was sent is dropped, so that a slow answer never replaces the
// results of what is typed now.

/**
 * Runs `run` at once when no run is under way; calls made meanwhile wait, and only the last of
 * them runs when the current one ends. A keystroke is answered as soon as the store can (no
 * fixed pause), and fast typing never queues more than one request behind the one in flight.
 * `cancel` forgets the waiting call.
 */
export function oneAtATime<A extends unknown[]>(run: (...args: A) => Promise<void>): { call: (...args: A) => void; cancel: () => void } {
  let busy = false;
  let waiting: A | null = null;
  const start = (args: A) => {
    busy = true;
    void run(...args)
      .catch(() => {})
      .finally(() => {
        busy = false;
        const next = waiting;
        waiting = null;
        if (next) start(next);
      });
  };
  return {
    call: (...args: A) => {
      if (busy) waiting = args;
      else start(args);
    },
    cancel: () => {
      waiting = null;
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

/**
 * Timers the plugin sees as `window.setTimeout`, `setInterval`, `requestAnimationFrame`, …
 *
 * Why not happy-dom's own timers: a test must be able to (1) run a pending debounce *now*
 * instead of sleeping for it, and (2) assert after `unload()` that the plugin left no interval
 * running. Both need a registry of every timer the plugin started, which this is. Timers still
 * fire on their own in real time (a test that just awaits works), `runPendingTimeouts()` fires
 * them early, in due order, the way time passing would.
 */

/** Node's own timers, captured before anything is patched. */
const nodeSetTimeout = globalThis.setTimeout;
const nodeClearTimeout = globalThis.clearTimeout;

type TimerKind = 'timeout' | 'interval';

interface TimerEntry {
  readonly id: number;
  readonly kind: TimerKind;
  readonly callback: (...args: unknown[]) => unknown;
  readonly args: unknown[];
  readonly delay: number;
  /** Sequence number: ties on `due` fire in the order they were scheduled. */
  readonly seq: number;
  due: number;
  handle: ReturnType<typeof setTimeout>;
}

/** Reports an exception thrown by a timer callback (the harness records it as a plugin error). */
export type TimerErrorSink = (source: string, error: unknown) => void;

/** A registry of timers with browser semantics (numeric ids, one id pool for timeouts and intervals). */
export class TimerRegistry {
  private readonly entries = new Map<number, TimerEntry>();
  private nextId = 1;
  private seq = 0;
  private disposed = false;

  constructor(private readonly onError: TimerErrorSink) {}

  readonly setTimeout = (handler: unknown, delay?: number, ...args: unknown[]): number => this.schedule('timeout', handler, delay, args);

  readonly setInterval = (handler: unknown, delay?: number, ...args: unknown[]): number => this.schedule('interval', handler, delay, args);

  /** Browsers let either clear function clear either kind of timer; so does this. */
  readonly clearTimeout = (id?: number | null): void => this.clear(id);

  readonly clearInterval = (id?: number | null): void => this.clear(id);

  readonly requestAnimationFrame = (callback: (time: number) => void): number => this.schedule('timeout', () => callback(performance.now()), 16, []);

  readonly cancelAnimationFrame = (id?: number | null): void => this.clear(id);

  /** Timeouts scheduled and not yet fired nor cleared. */
  get pendingTimeouts(): number {
    return [...this.entries.values()].filter((e) => e.kind === 'timeout').length;
  }

  /** Intervals started and not cleared. */
  get activeIntervals(): number {
    return [...this.entries.values()].filter((e) => e.kind === 'interval').length;
  }

  /** Human-readable list of live timers, for leak reports. */
  describe(): string[] {
    return [...this.entries.values()].map((e) => `${e.kind} #${e.id} (${e.delay} ms): ${e.callback.name || 'anonymous'}`);
  }

  /**
   * Fires every timeout pending now, earliest due first, as if their time had come. Timeouts
   * scheduled by those callbacks wait for the next call. Returns how many fired.
   */
  runPendingTimeouts(): number {
    const due = [...this.entries.values()].filter((e) => e.kind === 'timeout').sort((a, b) => a.due - b.due || a.seq - b.seq);
    let fired = 0;
    for (const entry of due) {
      if (!this.entries.has(entry.id)) continue; // cleared by an earlier callback
      this.fire(entry.id);
      fired += 1;
    }
    return fired;
  }

  /** Fires each live interval once (a test's "a period has passed"). Returns how many fired. */
  tickIntervals(): number {
    const intervals = [...this.entries.values()].filter((e) => e.kind === 'interval');
    for (const entry of intervals) if (this.entries.has(entry.id)) this.fire(entry.id, false);
    return intervals.length;
  }

  /** Cancels every timer and refuses new ones (the window is gone). */
  dispose(): void {
    this.disposed = true;
    for (const entry of this.entries.values()) nodeClearTimeout(entry.handle);
    this.entries.clear();
  }

  private schedule(kind: TimerKind, handler: unknown, delay: number | undefined, args: unknown[]): number {
    if (typeof handler !== 'function') {
      throw new TypeError(`${kind === 'timeout' ? 'setTimeout' : 'setInterval'} with a string is eval; pass a function`);
    }
    const id = this.nextId++;
    const ms = Math.max(0, Number(delay) || 0);
    if (this.disposed) return id;
    const entry: TimerEntry = {
      id,
      kind,
      callback: handler as (...a: unknown[]) => unknown,
      args,
      delay: ms,
      seq: this.seq++,
      due: Date.now() + ms,
      handle: this.arm(id, ms),
    };
    this.entries.set(id, entry);
    return id;
  }

  private arm(id: number, ms: number): ReturnType<typeof setTimeout> {
    const handle = nodeSetTimeout(() => this.fire(id), ms);
    // A forgotten plugin timer must not keep the test process alive.
    if (typeof handle === 'object' && 'unref' in handle) handle.unref();
    return handle;
  }

  private clear(id: number | null | undefined): void {
    if (id === null || id === undefined) return;
    const entry = this.entries.get(id);
    if (!entry) return;
    nodeClearTimeout(entry.handle);
    this.entries.delete(id);
  }

  /** Runs one timer; a timeout is forgotten first, an interval re-armed (unless `rearm` is false). */
  private fire(id: number, rearm = true): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (entry.kind === 'timeout') {
      nodeClearTimeout(entry.handle);
      this.entries.delete(id);
    } else if (rearm) {
      entry.due = Date.now() + entry.delay;
      entry.handle = this.arm(id, Math.max(1, entry.delay));
    }
    try {
      const result = entry.callback(...entry.args);
      if (result instanceof Promise) result.catch((error: unknown) => this.onError(`${entry.kind} #${id}`, error));
    } catch (error) {
      this.onError(`${entry.kind} #${id}`, error);
    }
  }
}

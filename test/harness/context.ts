/**
 * The state one fake Obsidian shares between its parts: the window, the timers, and the records
 * a test reads (notices, opened files, errors, network attempts, …).
 *
 * Why a module-level "active" context: Obsidian's own constructors take no app (`new Notice(msg)`,
 * `new Menu()`, `new Setting(el)`, `setIcon(el, id)`), yet the harness must record what they do.
 * Obsidian answers that with globals; so does the harness, with one active context at a time,
 * which `loadPlugin` enforces.
 */
import type { TimerRegistry } from './timers';

/** Something the plugin did wrong that Obsidian would only log: an exception in a handler, … */
export interface HarnessError {
  /** Where it was caught: `vault:modify handler`, `timeout #3`, `command grow-coach:x`, … */
  readonly source: string;
  readonly error: unknown;
}

/** One `new Notice(...)`. */
export interface NoticeRecord {
  message: string;
  readonly duration: number | undefined;
  hidden: boolean;
}

/** One file a leaf opened (`openFile`, `openLinkText`, `setViewState` with a file). */
export interface OpenedRecord {
  readonly path: string;
  /** `eState.line` when given (Obsidian scrolls there), else undefined. */
  readonly line: number | undefined;
  readonly eState: Record<string, unknown> | undefined;
  readonly newLeaf: unknown;
  readonly leafId: string;
}

/** One attempt at the network (`requestUrl`, `fetch`, `XMLHttpRequest`, `WebSocket`, …). */
export interface NetworkRecord {
  readonly api: string;
  readonly target: string;
}

/**
 * Work started by the fake (a deferred metadata parse, an editor save) that `flush()` must
 * wait for. Each entry is a promise that settles when the work is done.
 */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(promise: Promise<T>): Promise<T> {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return promise;
  }

  get size(): number {
    return this.pending.size;
  }

  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}

export interface HarnessContext {
  readonly window: Window;
  readonly document: Document;
  readonly timers: TimerRegistry;
  readonly pending: PendingWork;
  readonly errors: HarnessError[];
  readonly notices: NoticeRecord[];
  readonly opened: OpenedRecord[];
  readonly network: NetworkRecord[];
  /** Everything the plugin handed to an API that would render HTML from a string. */
  readonly unsafeHtml: string[];
  /** Modals open now (a `Modal` adds itself on `open()` and removes itself on `close()`). */
  readonly modals: object[];
  /** Every menu shown (`showAtMouseEvent`, `showAtPosition`), in order. */
  readonly menus: object[];
  language: string;
  /** Records an error instead of throwing it, as Obsidian's event loop would (it logs and goes on). */
  reportError(source: string, error: unknown): void;
}

let active: HarnessContext | null = null;

export function setActiveContext(context: HarnessContext | null): void {
  active = context;
}

export function activeContext(): HarnessContext {
  if (!active) throw new Error('No fake Obsidian is active: create one with createFakeObsidian() or loadPlugin()');
  return active;
}

export function maybeActiveContext(): HarnessContext | null {
  return active;
}

/** Reports to the active context, or rethrows asynchronously when there is none (like Obsidian). */
export function reportError(source: string, error: unknown): void {
  if (active) active.reportError(source, error);
  else
    queueMicrotask(() => {
      throw error;
    });
}

/** Calls `fn`; an exception or a rejected promise it returns becomes a recorded error. */
export function guarded(source: string, fn: () => unknown): void {
  try {
    const result = fn();
    if (isThenable(result)) result.then(undefined, (error: unknown) => reportError(source, error));
  } catch (error) {
    reportError(source, error);
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

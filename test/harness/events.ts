/**
 * `Events` and `EventRef` as Obsidian has them: `on` returns a ref, `offref` removes it, and
 * `Component.registerEvent(ref)` is what removes it on unload.
 *
 * Handlers run through `tryTrigger`: an exception (or a rejected promise from an async handler)
 * does not stop the other handlers; Obsidian logs it, the harness records it in `errors` so a test
 * can assert there were none.
 */
import { guarded } from './context';

export type EventCallback = (...data: unknown[]) => unknown;

export interface EventRef {
  /** The `Events` the ref belongs to (Obsidian's own field names). */
  e: Events;
  name: string;
  fn: EventCallback;
  ctx?: unknown;
}

export class Events {
  private readonly handlers = new Map<string, EventRef[]>();

  on(name: string, callback: EventCallback, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback, ctx };
    const list = this.handlers.get(name) ?? [];
    list.push(ref);
    this.handlers.set(name, list);
    return ref;
  }

  off(name: string, callback: EventCallback): void {
    const list = this.handlers.get(name);
    if (!list) return;
    this.handlers.set(
      name,
      list.filter((ref) => ref.fn !== callback),
    );
  }

  offref(ref: EventRef): void {
    const list = this.handlers.get(ref.name);
    if (!list) return;
    this.handlers.set(
      ref.name,
      list.filter((r) => r !== ref),
    );
  }

  trigger(name: string, ...data: unknown[]): void {
    // A snapshot: a handler that unsubscribes (or subscribes) does not disturb this round.
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(ref: EventRef, args: unknown[]): void {
    guarded(`${this.constructor.name}:${ref.name} handler`, () => ref.fn.apply(ref.ctx, args));
  }

  /** Harness: how many handlers are registered (for one event name, or all). */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
    let total = 0;
    for (const list of this.handlers.values()) total += list.length;
    return total;
  }

  /** Harness: `name ×count` for every event that still has handlers. */
  describeListeners(): string[] {
    return [...this.handlers.entries()].filter(([, l]) => l.length > 0).map(([n, l]) => `${n} ×${l.length}`);
  }
}

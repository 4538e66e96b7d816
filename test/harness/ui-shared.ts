/** Small helpers the UI classes share: the active document, async results, DOM constructors. */
import { activeContext, isThenable } from './context';

export type Listener<T> = (value: T) => unknown;

export function doc(): Document {
  return activeContext().document;
}

/** Tracks a promise a UI callback returned, so `flush()` waits for it and its error is recorded. */
export function track(source: string, result: unknown): void {
  if (isThenable(result)) {
    const context = activeContext();
    void context.pending.track(Promise.resolve(result).catch((error: unknown) => context.reportError(source, error)));
  }
}

export function textOf(content: string | DocumentFragment): string {
  return typeof content === 'string' ? content : (content.textContent ?? '');
}

/** The active window's `Event` class: happy-dom dispatches only its own events. */
export function WindowEvent(): typeof Event {
  return (activeContext().window as unknown as { Event: typeof Event }).Event;
}

/** The active window's `MouseEvent` class. */
export function WindowMouseEvent(): typeof MouseEvent {
  return (activeContext().window as unknown as { MouseEvent: typeof MouseEvent }).MouseEvent;
}

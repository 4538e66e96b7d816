/**
 * Obsidian's `Component`: the owner of everything a plugin, view or render child registers.
 *
 * Order follows Obsidian: `load()` runs `onload()` then loads the children; `unload()` unloads the
 * children (last added first), runs every registered cleanup (last registered first), then
 * `onunload()`. `registeredCount()` and `loadedChildren()` let a test prove that after `unload()`
 * nothing the component registered is still attached.
 */
import { isThenable, maybeActiveContext, reportError } from './context';
import type { EventRef } from './events';

export class Component {
  /** Obsidian's field name; true between `load()` and `unload()`. */
  _loaded = false;
  private readonly children: Component[] = [];
  private readonly cleanups: (() => unknown)[] = [];

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    const result: unknown = this.onload();
    if (isThenable(result)) result.then(undefined, (error: unknown) => reportError(`${this.constructor.name}.onload`, error));
    this.loadChildren();
  }

  protected loadChildren(): void {
    for (const child of [...this.children]) child.load();
  }

  /** Obsidian types this `void`, and `Plugin.onload` `Promise<void> | void`; both are allowed here. */
  onload(): void | Promise<void> {
    // Overridden by subclasses.
  }

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this.children.length > 0) this.children.pop()?.unload();
    while (this.cleanups.length > 0) {
      const cleanup = this.cleanups.pop();
      try {
        cleanup?.();
      } catch (error) {
        reportError(`${this.constructor.name} cleanup`, error);
      }
    }
    this.onunload();
  }

  onunload(): void {
    // Overridden by subclasses.
  }

  addChild<T extends Component>(component: T): T {
    this.children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const index = this.children.indexOf(component);
    if (index >= 0) this.children.splice(index, 1);
    component.unload();
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => eventRef.e.offref(eventRef));
  }

  registerDomEvent(el: EventTarget, type: string, callback: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }

  registerInterval(id: number): number {
    this.register(() => maybeActiveContext()?.timers.clearInterval(id));
    return id;
  }

  /** Harness: cleanups registered and not yet run. */
  registeredCount(): number {
    return this.cleanups.length;
  }

  /** Harness: children still attached (loaded or not). */
  childCount(): number {
    return this.children.length;
  }
}

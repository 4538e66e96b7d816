/** `Keymap` (with `isModEvent`, which decides tab, split or window from a click) and `Scope`. */

export type Modifier = 'Mod' | 'Ctrl' | 'Meta' | 'Shift' | 'Alt';

export interface KeymapEventHandler {
  scope: Scope;
  modifiers: Modifier[] | null;
  key: string | null;
  func: (evt: KeyboardEvent, ctx: unknown) => unknown;
}

export class Scope {
  readonly keys: KeymapEventHandler[] = [];

  constructor(readonly parent?: Scope) {}

  register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventHandler['func']): KeymapEventHandler {
    const handler = { scope: this, modifiers, key, func };
    this.keys.push(handler);
    return handler;
  }

  unregister(handler: KeymapEventHandler): void {
    const index = this.keys.indexOf(handler);
    if (index >= 0) this.keys.splice(index, 1);
  }
}

export class Keymap {
  private readonly scopes: Scope[] = [];

  pushScope(scope: Scope): void {
    this.scopes.push(scope);
  }

  popScope(scope: Scope): void {
    const index = this.scopes.indexOf(scope);
    if (index >= 0) this.scopes.splice(index, 1);
  }

  /** `Mod` is Ctrl in the harness (it reports a Linux desktop). */
  static isModifier(evt: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean }, modifier: Modifier): boolean {
    switch (modifier) {
      case 'Mod':
      case 'Ctrl':
        return Boolean(evt.ctrlKey);
      case 'Meta':
        return Boolean(evt.metaKey);
      case 'Shift':
        return Boolean(evt.shiftKey);
      case 'Alt':
        return Boolean(evt.altKey);
    }
  }

  /** Mod-click opens a tab, Mod-Alt a split, Mod-Alt-Shift a window; a middle click a tab. */
  static isModEvent(
    evt?: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean; button?: number } | null,
  ): 'tab' | 'split' | 'window' | boolean {
    if (!evt) return false;
    if (evt.button === 1) return 'tab';
    if (!Keymap.isModifier(evt, 'Mod')) return false;
    if (evt.altKey && evt.shiftKey) return 'window';
    if (evt.altKey) return 'split';
    return 'tab';
  }
}

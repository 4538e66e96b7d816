/**
 * Obsidian's DOM helpers (`createEl`, `empty`, `setText`, `addClass`, …) installed on a happy-dom
 * window's prototypes, as Obsidian installs them on Electron's.
 *
 * Why not obsidian-test-mocks' setup(): it patches the *global* `Node`, `HTMLElement`, … and builds
 * elements with the global `document`; the harness gives each loaded plugin its own happy-dom
 * `Window` and must patch that window's classes and build in that window's document. The
 * semantics follow obsidian.d.ts (and Obsidian's own behaviour where the types are silent:
 * `cls` splits on spaces, `text` goes through `textContent`, `attr: null` removes).
 */

/** obsidian.d.ts `DomElementInfo`. */
export interface DomElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

/** obsidian.d.ts `SvgElementInfo`. */
export interface SvgElementInfo {
  cls?: string | string[];
  attr?: Record<string, string | number | boolean | null>;
  parent?: Node;
  prepend?: boolean;
}

type ElCallback<T> = ((el: T) => void) | undefined;

const SVG_NS = 'http://www.w3.org/2000/svg';

function classList(cls: string | string[] | undefined): string[] {
  if (cls === undefined) return [];
  const parts = Array.isArray(cls) ? cls : [cls];
  return parts.flatMap((c) => c.split(/\s+/)).filter((c) => c.length > 0);
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function setText(el: Node, val: string | DocumentFragment): void {
  if (typeof val === 'string') {
    el.textContent = val;
  } else {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(val);
  }
}

function attach(el: Element, info: { parent?: Node; prepend?: boolean }): void {
  const parent = info.parent;
  if (!parent) return;
  if (info.prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

/** `createEl` in a given document: the one function every other helper builds on. */
export function createElIn<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  o?: DomElementInfo | string,
  callback?: ElCallback<HTMLElementTagNameMap[K]>,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
  const classes = classList(info.cls);
  if (classes.length > 0) el.classList.add(...classes);
  if (info.text !== undefined) setText(el, info.text);
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
  if (info.title !== undefined) el.title = info.title;
  if (info.value !== undefined && 'value' in el) (el as { value: string }).value = info.value;
  if (info.type !== undefined && 'type' in el) (el as { type: string }).type = info.type;
  if (info.placeholder !== undefined && 'placeholder' in el) (el as { placeholder: string }).placeholder = info.placeholder;
  if (info.href !== undefined && 'href' in el) (el as { href: string }).href = info.href;
  attach(el, info);
  callback?.(el);
  return el;
}

export function createSvgIn<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  o?: SvgElementInfo | string,
  callback?: ElCallback<SVGElementTagNameMap[K]>,
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  const info: SvgElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
  const classes = classList(info.cls);
  if (classes.length > 0) el.classList.add(...classes);
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
  attach(el, info);
  callback?.(el);
  return el;
}

function docOf(node: Node, fallback: Document): Document {
  return node.ownerDocument ?? (node.nodeType === 9 ? (node as Document) : fallback);
}

function withParent<T extends DomElementInfo | SvgElementInfo>(o: T | string | undefined, parent: Node): T {
  const info = (typeof o === 'string' ? { cls: o } : (o ?? {})) as T;
  return { ...info, parent };
}

/** A record of what was installed, to put every property back on uninstall. */
interface Patch {
  readonly target: object;
  readonly key: string;
  readonly previous: PropertyDescriptor | undefined;
}

let installCount = 0;

/**
 * Installs Obsidian's DOM helpers on `win` (its prototypes and its globals: `createEl`,
 * `createDiv`, `createSpan`, `createSvg`, `createFragment`, `activeWindow`, `activeDocument`,
 * `sleep`, `nextFrame`, `fish`, `fishAll`, `isBoolean`, `ready`). Returns the uninstaller.
 */
export function installObsidianDom(win: Window): () => void {
  const patches: Patch[] = [];
  const define = (target: object, key: string, descriptor: PropertyDescriptor): void => {
    patches.push({ target, key, previous: Object.getOwnPropertyDescriptor(target, key) });
    Object.defineProperty(target, key, { configurable: true, ...descriptor });
  };
  const method = (target: object, key: string, value: unknown): void => define(target, key, { value, writable: true, enumerable: false });

  const doc = win.document;
  type W = Window & Record<string, { prototype: object } | undefined>;
  const w = win as W;
  const proto = (name: string): object => {
    const ctor = w[name];
    if (!ctor) throw new Error(`happy-dom window has no ${name}`);
    return ctor.prototype;
  };

  // --- Node ---------------------------------------------------------------------------------
  const nodeProto = proto('Node');
  method(nodeProto, 'createEl', function (this: Node, tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: ElCallback<HTMLElement>) {
    return createElIn(docOf(this, doc), tag, withParent(o, this), cb);
  });
  method(nodeProto, 'createDiv', function (this: Node, o?: DomElementInfo | string, cb?: ElCallback<HTMLDivElement>) {
    return createElIn(docOf(this, doc), 'div', withParent(o, this), cb);
  });
  method(nodeProto, 'createSpan', function (this: Node, o?: DomElementInfo | string, cb?: ElCallback<HTMLSpanElement>) {
    return createElIn(docOf(this, doc), 'span', withParent(o, this), cb);
  });
  method(nodeProto, 'createSvg', function (this: Node, tag: keyof SVGElementTagNameMap, o?: SvgElementInfo | string, cb?: ElCallback<SVGElement>) {
    return createSvgIn(docOf(this, doc), tag, withParent(o, this), cb);
  });
  method(nodeProto, 'detach', function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  method(nodeProto, 'empty', function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  method(nodeProto, 'insertAfter', function <T extends Node>(this: Node, node: T, child: Node | null): T {
    if (child === null) this.insertBefore(node, this.firstChild);
    else this.insertBefore(node, child.nextSibling);
    return node;
  });
  method(nodeProto, 'indexOf', function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  method(nodeProto, 'setChildrenInPlace', function (this: Node, children: Node[]) {
    while (this.firstChild) this.removeChild(this.firstChild);
    for (const child of children) this.appendChild(child);
  });
  method(nodeProto, 'appendText', function (this: Node, val: string) {
    this.appendChild(docOf(this, doc).createTextNode(val));
  });
  method(nodeProto, 'instanceOf', function (this: Node, type: { new (): unknown; name: string }) {
    if (this instanceof type) return true;
    const own = (w as unknown as Record<string, unknown>)[type.name];
    return typeof own === 'function' && this instanceof (own as new () => unknown);
  });
  define(nodeProto, 'doc', {
    get(this: Node) {
      return this.ownerDocument ?? doc;
    },
  });
  define(nodeProto, 'win', {
    get(this: Node) {
      return (this.ownerDocument ?? doc).defaultView ?? win;
    },
  });
  define(nodeProto, 'constructorWin', { value: win, writable: true });

  // --- Element ------------------------------------------------------------------------------
  const elementProto = proto('Element');
  method(elementProto, 'getText', function (this: Element) {
    return this.textContent ?? '';
  });
  method(elementProto, 'setText', function (this: Element, val: string | DocumentFragment) {
    setText(this, val);
  });
  method(elementProto, 'addClass', function (this: Element, ...classes: string[]) {
    const list = classList(classes);
    if (list.length > 0) this.classList.add(...list);
  });
  method(elementProto, 'addClasses', function (this: Element, classes: string[]) {
    const list = classList(classes);
    if (list.length > 0) this.classList.add(...list);
  });
  method(elementProto, 'removeClass', function (this: Element, ...classes: string[]) {
    const list = classList(classes);
    if (list.length > 0) this.classList.remove(...list);
  });
  method(elementProto, 'removeClasses', function (this: Element, classes: string[]) {
    const list = classList(classes);
    if (list.length > 0) this.classList.remove(...list);
  });
  method(elementProto, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
    for (const c of classList(classes)) this.classList.toggle(c, value);
  });
  method(elementProto, 'hasClass', function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  method(elementProto, 'setAttr', function (this: Element, name: string, value: string | number | boolean | null) {
    setAttr(this, name, value);
  });
  method(elementProto, 'setAttrs', function (this: Element, obj: Record<string, string | number | boolean | null>) {
    for (const [k, v] of Object.entries(obj)) setAttr(this, k, v);
  });
  method(elementProto, 'getAttr', function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  method(elementProto, 'matchParent', function (this: Element, selector: string, lastParent?: Element) {
    let el: Element | null = this;
    while (el) {
      if (el.matches(selector)) return el;
      if (el === lastParent) return null;
      el = el.parentElement;
    }
    return null;
  });
  method(elementProto, 'getCssPropertyValue', function (this: Element, property: string, pseudo?: string) {
    return win.getComputedStyle(this, pseudo).getPropertyValue(property);
  });
  method(elementProto, 'isActiveElement', function (this: Element) {
    return (this.ownerDocument ?? doc).activeElement === this;
  });
  method(elementProto, 'find', function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  method(elementProto, 'findAll', function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  method(elementProto, 'findAllSelf', function (this: Element, selector: string) {
    const found = Array.from(this.querySelectorAll(selector));
    return this.matches(selector) ? [this, ...found] : found;
  });

  // --- HTMLElement / SVGElement ---------------------------------------------------------------
  const htmlProto = proto('HTMLElement');
  const styled = [htmlProto, proto('SVGElement')];
  for (const target of styled) {
    method(target, 'setCssStyles', function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
      Object.assign(this.style, styles);
    });
    method(target, 'setCssProps', function (this: HTMLElement, props: Record<string, string>) {
      for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
    });
  }
  method(htmlProto, 'show', function (this: HTMLElement) {
    this.style.display = '';
  });
  method(htmlProto, 'hide', function (this: HTMLElement) {
    this.style.display = 'none';
  });
  method(htmlProto, 'toggle', function (this: HTMLElement, show: boolean) {
    this.style.display = show ? '' : 'none';
  });
  method(htmlProto, 'toggleVisibility', function (this: HTMLElement, visible: boolean) {
    this.style.visibility = visible ? '' : 'hidden';
  });
  /**
   * happy-dom does no layout (`offsetParent` is always null), so "shown" is decided the way the
   * d.ts describes it: attached to the document, and no ancestor hidden with `display: none`.
   */
  method(htmlProto, 'isShown', function (this: HTMLElement) {
    if (!this.isConnected) return false;
    for (let el: HTMLElement | null = this; el; el = el.parentElement) {
      if (el.style.display === 'none' || el.hidden) return false;
    }
    return true;
  });
  define(htmlProto, 'innerWidth', {
    get(this: HTMLElement) {
      return this.clientWidth;
    },
  });
  define(htmlProto, 'innerHeight', {
    get(this: HTMLElement) {
      return this.clientHeight;
    },
  });
  method(htmlProto, 'onClickEvent', function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener('click', listener as EventListener, options);
    this.addEventListener('auxclick', listener as EventListener, options);
  });
  method(htmlProto, 'trigger', function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event(eventType, { bubbles: true }));
  });
  method(htmlProto, 'onNodeInserted', function (this: HTMLElement, listener: () => unknown, once?: boolean) {
    const target = this;
    let wasConnected = target.isConnected;
    const Observer = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    const observer = new Observer(() => {
      const now = target.isConnected;
      if (now && !wasConnected) {
        listener();
        if (once) observer.disconnect();
      }
      wasConnected = now;
    });
    observer.observe(docOf(target, doc), { childList: true, subtree: true });
    return () => observer.disconnect();
  });
  method(htmlProto, 'onWindowMigrated', function () {
    return () => undefined;
  });
  installDelegation(htmlProto, method);
  installDelegation(proto('Document'), method);

  // --- DocumentFragment ---------------------------------------------------------------------
  const fragmentProto = proto('DocumentFragment');
  method(fragmentProto, 'find', function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  method(fragmentProto, 'findAll', function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  // --- UIEvent ------------------------------------------------------------------------------
  const uiEventProto = proto('UIEvent');
  define(uiEventProto, 'targetNode', {
    get(this: Event) {
      return this.target as Node | null;
    },
  });
  define(uiEventProto, 'win', { get: () => win });
  define(uiEventProto, 'doc', { get: () => doc });
  method(uiEventProto, 'instanceOf', function (this: Event, type: new (...a: unknown[]) => unknown) {
    return this instanceof type;
  });

  // --- window globals -----------------------------------------------------------------------
  const globals: Record<string, unknown> = {
    createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo | string, cb?: ElCallback<HTMLElementTagNameMap[K]>) =>
      createElIn(doc, tag, o, cb),
    createDiv: (o?: DomElementInfo | string, cb?: ElCallback<HTMLDivElement>) => createElIn(doc, 'div', o, cb),
    createSpan: (o?: DomElementInfo | string, cb?: ElCallback<HTMLSpanElement>) => createElIn(doc, 'span', o, cb),
    createSvg: <K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo | string, cb?: ElCallback<SVGElementTagNameMap[K]>) =>
      createSvgIn(doc, tag, o, cb),
    createFragment: (cb?: ElCallback<DocumentFragment>) => {
      const fragment = doc.createDocumentFragment();
      cb?.(fragment);
      return fragment;
    },
    fish: (selector: string) => doc.querySelector(selector),
    fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
    isBoolean: (obj: unknown) => typeof obj === 'boolean',
    // Looked up at call time: the harness swaps the window's timers for recorded ones.
    sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)),
    nextFrame: () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve())),
    ready: (fn: () => unknown) => {
      fn();
    },
  };
  for (const [key, value] of Object.entries(globals)) method(win, key, value);
  define(win, 'activeWindow', { value: win, writable: true });
  define(win, 'activeDocument', { value: doc, writable: true });

  installCount += 1;
  let uninstalled = false;
  return () => {
    if (uninstalled) return;
    uninstalled = true;
    installCount -= 1;
    for (const patch of patches.reverse()) {
      if (patch.previous) Object.defineProperty(patch.target, patch.key, patch.previous);
      else delete (patch.target as Record<string, unknown>)[patch.key];
    }
  };
}

/** How many windows have the helpers installed now (prototypes are shared by happy-dom windows). */
export function installedWindowCount(): number {
  return installCount;
}

interface DelegatedListener {
  readonly type: string;
  readonly selector: string;
  readonly listener: (...args: unknown[]) => unknown;
  readonly options: boolean | AddEventListenerOptions | undefined;
  readonly callback: EventListener;
}

const delegated = new WeakMap<EventTarget, DelegatedListener[]>();

/** `el.on(type, selector, listener)` / `el.off(...)`: event delegation to matching descendants. */
function installDelegation(target: object, method: (target: object, key: string, value: unknown) => void): void {
  method(
    target,
    'on',
    function (this: EventTarget, type: string, selector: string, listener: (...a: unknown[]) => unknown, options?: boolean | AddEventListenerOptions) {
      const host = this;
      const callback: EventListener = (event) => {
        const origin = event.target as Element | null;
        const match = origin && typeof origin.closest === 'function' ? origin.closest(selector) : null;
        if (match && (host as unknown as Node).contains(match)) listener.call(host, event, match);
      };
      const list = delegated.get(host) ?? [];
      list.push({ type, selector, listener, options, callback });
      delegated.set(host, list);
      host.addEventListener(type, callback, options);
    },
  );
  method(
    target,
    'off',
    function (this: EventTarget, type: string, selector: string, listener: (...a: unknown[]) => unknown, options?: boolean | AddEventListenerOptions) {
      const list = delegated.get(this) ?? [];
      const index = list.findIndex((d) => d.type === type && d.selector === selector && d.listener === listener);
      if (index < 0) return;
      const [entry] = list.splice(index, 1);
      if (entry) this.removeEventListener(type, entry.callback, options);
    },
  );
}

/**
 * The small additions Obsidian makes to JavaScript's builtins (`Array.prototype.first`,
 * `String.prototype.contains`, `Math.clamp`, …). They live on *this* realm's builtins because the
 * plugin runs in this realm, as it runs in Obsidian's. Returns the uninstaller.
 */
export function installObsidianBuiltins(): () => void {
  const patches: Patch[] = [];
  const method = (target: object, key: string, value: unknown): void => {
    const previous = Object.getOwnPropertyDescriptor(target, key);
    if (previous) return; // native (e.g. findLastIndex) or already installed: leave it
    patches.push({ target, key, previous });
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
  };
  method(Array.prototype, 'first', function (this: unknown[]) {
    return this[0];
  });
  method(Array.prototype, 'last', function (this: unknown[]) {
    return this[this.length - 1];
  });
  method(Array.prototype, 'contains', function (this: unknown[], target: unknown) {
    return this.includes(target);
  });
  method(Array.prototype, 'remove', function (this: unknown[], target: unknown) {
    for (let i = this.indexOf(target); i >= 0; i = this.indexOf(target)) this.splice(i, 1);
  });
  method(Array.prototype, 'unique', function (this: unknown[]) {
    return [...new Set(this)];
  });
  method(Array.prototype, 'shuffle', function (this: unknown[]) {
    for (let i = this.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [this[i], this[j]] = [this[j], this[i]];
    }
    return this;
  });
  method(Array, 'combine', (arrays: unknown[][]) => arrays.flat());
  method(Math, 'clamp', (value: number, min: number, max: number) => Math.min(max, Math.max(min, value)));
  method(Math, 'square', (value: number) => value * value);
  method(String.prototype, 'contains', function (this: string, target: string) {
    return this.includes(target);
  });
  method(String.prototype, 'format', function (this: string, ...args: string[]) {
    return this.replace(/{(\d+)}/g, (m, i: string) => args[Number(i)] ?? m);
  });
  method(String, 'isString', (obj: unknown) => typeof obj === 'string');
  method(Number, 'isNumber', (obj: unknown) => typeof obj === 'number');
  method(Object, 'isEmpty', (obj: Record<string, unknown>) => Object.keys(obj).length === 0);
  method(Object, 'each', (obj: Record<string, unknown>, cb: (v: unknown, k?: string) => boolean | void, ctx?: unknown) => {
    for (const [k, v] of Object.entries(obj)) if (cb.call(ctx, v, k) === false) return false;
    return true;
  });
  return () => {
    for (const patch of patches.reverse()) delete (patch.target as Record<string, unknown>)[patch.key];
  };
}

/**
 * `createFakeObsidian`: the object a plugin gets from `require('obsidian')`, with the app it runs
 * in, built over a real vault folder and a happy-dom window.
 *
 * Why a fake and not obsidian-test-mocks' module: those mocks are in-memory and answer for every
 * class in obsidian.d.ts; the harness needs fewer classes but real behaviour (a disk vault, a
 * metadata cache computed from the notes, events in Obsidian's order, leak accounting). Unknown
 * exports throw on access, so a plugin that starts to use an API the harness does not model
 * fails loudly instead of receiving `undefined`.
 */
import { createRequire } from 'node:module';
import type momentFn from 'moment';
import { App } from './app';
import { Component } from './component';
import { PendingWork, setActiveContext, type HarnessContext, type HarnessError } from './context';
import { installObsidianDom } from './dom';
import { Editor } from './editor';
import { Events } from './events';
import { FileManager } from './file-manager';
import { addIcon, getIcon, getIconIds, removeIcon, setIcon } from './icons';
import {
  getAllTags,
  getFrontMatterInfo,
  getLinkpath,
  iterateCacheRefs,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
  parseLinktext,
  resolveSubpath,
} from './metadata';
import { MetadataCache, type MetadataTiming } from './metadata-cache';
import { Plugin } from './plugin';
import { MarkdownRenderChild, MarkdownRenderer, sanitizeHTMLToDom } from './render';
import { TimerRegistry } from './timers';
import {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  ColorComponent,
  DropdownComponent,
  ExtraButtonComponent,
  MomentFormatComponent,
  SearchComponent,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from './controls';
import { Keymap, Scope } from './keymap';
import { Menu, MenuItem } from './menu';
import { FuzzySuggestModal, Modal, prepareFuzzySearch, prepareSimpleSearch, SuggestModal } from './modals';
import { Notice } from './notice';
import { PluginSettingTab, Setting, SettingGroup, SettingTab } from './settings';
import { AbstractInputSuggest, EditorSuggest } from './suggest';
import { FileSystemAdapter, normalizePath, TAbstractFile, TFile, TFolder, Vault } from './vault';
import { FileView, ItemView, MarkdownView, View, Workspace, WorkspaceLeaf } from './workspace';
import { parseYaml, stringifyYaml } from './yaml';

export interface FakeObsidianOptions {
  /** The vault: a real folder on disk. */
  readonly vaultDir: string;
  /** A happy-dom window (typed as the DOM's `Window`). */
  readonly window: Window;
  /** What `getLanguage()` returns, and moment's locale. Default `'en'`. */
  readonly language?: string;
  /** `Platform.isMobile` and friends. Default false (a Linux desktop). */
  readonly mobile?: boolean;
  /** `'deferred'` (default, as Obsidian) or `'sync'` metadata cache updates. */
  readonly metadataTiming?: MetadataTiming;
}

/** Debouncer, as obsidian.d.ts declares it. */
export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): Debouncer<T, V>;
  cancel(): Debouncer<T, V>;
  run(): V | void;
}

/** moment, as Obsidian bundles it (the version obsidian's package depends on). */
function loadMoment(language: string): typeof momentFn {
  const fromObsidian = createRequire(createRequire(import.meta.url).resolve('obsidian/package.json'));
  const moment = fromObsidian('moment') as typeof momentFn;
  if (language !== 'en') {
    try {
      fromObsidian(`moment/locale/${language}`);
    } catch {
      // An unknown locale: moment stays English, as Obsidian's would.
    }
  }
  moment.locale(language);
  return moment;
}

function blocked(context: HarnessContext, api: string, target: unknown): Error {
  const where = typeof target === 'string' ? target : target instanceof URL ? target.href : String((target as { url?: unknown } | null)?.url ?? target);
  context.network.push({ api, target: where });
  return new Error(`GROW Coach must not use the network: ${api}(${where})`);
}

/** Throwing stand-ins for every network API; each records the attempt first. */
export function networkBlockers(context: HarnessContext): Record<string, unknown> {
  class BlockedXMLHttpRequest {
    constructor() {
      throw blocked(context, 'XMLHttpRequest', 'new XMLHttpRequest()');
    }
  }
  class BlockedWebSocket {
    constructor(url: unknown) {
      throw blocked(context, 'WebSocket', url);
    }
  }
  class BlockedEventSource {
    constructor(url: unknown) {
      throw blocked(context, 'EventSource', url);
    }
  }
  return {
    fetch: (input: unknown) => {
      throw blocked(context, 'fetch', input);
    },
    XMLHttpRequest: BlockedXMLHttpRequest,
    WebSocket: BlockedWebSocket,
    EventSource: BlockedEventSource,
  };
}

const MODULE_INTEROP_KEYS = new Set(['__esModule', 'default', 'then', 'toJSON', 'constructor', 'inspect', 'nodeType', 'asymmetricMatch', '$$typeof']);

interface DomListenerEntry {
  readonly target: EventTarget;
  readonly type: string;
  readonly listener: unknown;
  readonly capture: boolean;
}

/**
 * Records listeners added to the window, the document, `<html>` and `<body>`: the ones a plugin
 * must remove on unload (through `registerDomEvent`), because those targets outlive it.
 */
function watchGlobalListeners(win: Window): { describe: () => string[]; dispose: () => void } {
  const entries: DomListenerEntry[] = [];
  const watched = (target: unknown): target is EventTarget =>
    target === win || target === win.document || target === win.document.documentElement || target === win.document.body;
  const owners = new Set<object>();
  for (const start of [win as object, win.document as object]) {
    let proto: object | null = start;
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'addEventListener')) proto = Object.getPrototypeOf(proto) as object | null;
    if (proto) owners.add(proto);
  }
  const restores: (() => void)[] = [];
  for (const owner of owners) {
    const target = owner as { addEventListener: EventTarget['addEventListener']; removeEventListener: EventTarget['removeEventListener'] };
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      const once = typeof options === 'object' && options.once === true;
      if (watched(this) && listener && !once) {
        const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
        if (!entries.some((e) => e.target === this && e.type === type && e.listener === listener && e.capture === capture))
          entries.push({ target: this, type, listener, capture });
      }
      add.call(this, type, listener, options);
    };
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
      const index = entries.findIndex((e) => e.target === this && e.type === type && e.listener === listener && e.capture === capture);
      if (index >= 0) entries.splice(index, 1);
      remove.call(this, type, listener, options);
    };
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const name = (t: EventTarget): string => (t === win ? 'window' : t === win.document ? 'document' : t === win.document.body ? 'body' : 'html');
  return {
    describe: () => entries.map((e) => `${name(e.target)} "${e.type}" listener`),
    dispose: () => {
      for (const restore of restores) restore();
    },
  };
}

export function createFakeObsidian(options: FakeObsidianOptions) {
  const win = options.window;
  const language = options.language ?? 'en';
  const mobile = options.mobile ?? false;
  const errors: HarnessError[] = [];
  const timers = new TimerRegistry((source, error) => context.reportError(source, error));
  const context: HarnessContext = {
    window: win,
    document: win.document,
    timers,
    pending: new PendingWork(),
    errors,
    notices: [],
    opened: [],
    network: [],
    unsafeHtml: [],
    modals: [],
    menus: [],
    language,
    reportError(source, error) {
      errors.push({ source, error });
    },
  };
  setActiveContext(context);

  // The window's timers become the recorded ones; its network APIs throw.
  const winRecord = win as unknown as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const override = (key: string, value: unknown): void => {
    if (!saved.has(key)) saved.set(key, Object.getOwnPropertyDescriptor(win, key));
    Object.defineProperty(win, key, { value, configurable: true, writable: true, enumerable: true });
  };
  for (const key of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] as const) {
    override(key, timers[key]);
  }
  for (const [key, value] of Object.entries(networkBlockers(context))) override(key, value);
  const navigatorRecord = win.navigator as unknown as Record<string, unknown>;
  const sendBeacon = navigatorRecord.sendBeacon;
  navigatorRecord.sendBeacon = (url: unknown) => {
    throw blocked(context, 'navigator.sendBeacon', url);
  };
  if (language !== 'en') win.localStorage.setItem('language', language);
  const uninstallDom = installObsidianDom(win);
  const globalListeners = watchGlobalListeners(win);
  const moment = loadMoment(language);

  const app = new App(context, { vaultDir: options.vaultDir, metadataTiming: options.metadataTiming });

  function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
    let timer: number | null = null;
    let lastArgs: T | null = null;
    const fire = (): V | void => {
      timer = null;
      const args = lastArgs;
      lastArgs = null;
      if (args) return cb(...args);
    };
    const debounced = ((...args: T) => {
      lastArgs = args;
      if (timer !== null) {
        if (!resetTimer) return debounced;
        timers.clearTimeout(timer);
      }
      timer = timers.setTimeout(fire, timeout);
      return debounced;
    }) as Debouncer<T, V>;
    debounced.cancel = () => {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      lastArgs = null;
      return debounced;
    };
    debounced.run = () => {
      if (timer === null) return undefined;
      timers.clearTimeout(timer);
      return fire();
    };
    return debounced;
  }

  const requestUrl = (request: unknown): never => {
    throw blocked(context, 'requestUrl', request);
  };
  const request = (request: unknown): never => {
    throw blocked(context, 'request', request);
  };

  const Platform = {
    isDesktop: !mobile,
    isMobile: mobile,
    isDesktopApp: !mobile,
    isMobileApp: mobile,
    isIosApp: false,
    isAndroidApp: mobile,
    isPhone: mobile,
    isTablet: false,
    isMacOS: false,
    isWin: false,
    isLinux: !mobile,
    isSafari: false,
    resourcePathPrefix: 'app://local/',
  };

  const API_VERSION = '1.13.1';
  /** obsidian.d.ts `requireApiVersion`: whether the (fake) app is at least this version. */
  const requireApiVersion = (version: string): boolean => {
    const want = version.split('.').map(Number);
    const have = API_VERSION.split('.').map(Number);
    for (let i = 0; i < Math.max(want.length, have.length); i++) {
      const a = have[i] ?? 0;
      const b = want[i] ?? 0;
      if (a !== b) return a > b;
    }
    return true;
  };

  const stripHeading = (heading: string): string =>
    heading
      .replace(/[#|^\\:%[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();

  const exports = {
    // Lifecycle and events
    Component,
    Events,
    Plugin,
    App,
    // Files
    TAbstractFile,
    TFile,
    TFolder,
    Vault,
    FileSystemAdapter,
    MetadataCache,
    FileManager,
    // Workspace
    Workspace,
    WorkspaceLeaf,
    View,
    ItemView,
    FileView,
    MarkdownView,
    Editor,
    MarkdownRenderer,
    MarkdownRenderChild,
    // UI
    Notice,
    Modal,
    SuggestModal,
    FuzzySuggestModal,
    Menu,
    MenuItem,
    Setting,
    SettingGroup,
    SettingTab,
    PluginSettingTab,
    BaseComponent,
    ValueComponent,
    AbstractTextComponent,
    TextComponent,
    TextAreaComponent,
    SearchComponent,
    ToggleComponent,
    DropdownComponent,
    ButtonComponent,
    ExtraButtonComponent,
    SliderComponent,
    ColorComponent,
    MomentFormatComponent,
    AbstractInputSuggest,
    EditorSuggest,
    Keymap,
    Scope,
    // Functions and values
    Platform,
    apiVersion: API_VERSION,
    requireApiVersion,
    moment,
    debounce,
    normalizePath,
    setIcon,
    getIcon,
    addIcon,
    removeIcon,
    getIconIds,
    setTooltip: (el: HTMLElement, tooltip: string) => el.setAttribute('aria-label', tooltip),
    getLanguage: () => context.language,
    requestUrl,
    request,
    parseYaml,
    stringifyYaml,
    getFrontMatterInfo,
    parseFrontMatterEntry,
    parseFrontMatterStringArray,
    parseFrontMatterTags,
    parseFrontMatterAliases,
    getAllTags,
    parseLinktext,
    getLinkpath,
    stripHeading,
    stripHeadingForLink: stripHeading,
    prepareFuzzySearch,
    prepareSimpleSearch,
    sortSearchResults: <T extends { match: { score: number } }>(results: T[]) => results.sort((a, b) => b.match.score - a.match.score),
    renderResults: (el: HTMLElement, text: string) => el.appendText(text),
    displayTooltip: (el: HTMLElement, tooltip: string) => el.setAttribute('aria-label', tooltip),
    resolveSubpath,
    iterateCacheRefs,
    arrayBufferToBase64: (buffer: ArrayBuffer) => Buffer.from(buffer).toString('base64'),
    base64ToArrayBuffer: (base64: string) => Uint8Array.from(Buffer.from(base64, 'base64')).buffer,
    arrayBufferToHex: (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex'),
    hexToArrayBuffer: (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex')).buffer,
    sanitizeHTMLToDom,
    htmlToMarkdown: (html: unknown): never => {
      context.unsafeHtml.push(String(html));
      throw new Error('htmlToMarkdown is not modelled by the harness');
    },
  };

  /** What `require('obsidian')` returns: the exports, and a loud error for anything else. */
  const module = new Proxy<Record<string | symbol, unknown>>(exports, {
    get(target, key) {
      if (typeof key === 'symbol' || key in target || MODULE_INTEROP_KEYS.has(key)) return target[key];
      throw new Error(`The fake obsidian module has no export "${key}": model it in test/harness before the plugin uses it`);
    },
  });

  let disposed = false;
  return {
    app,
    context,
    /** The exports, typed, for tests (`obsidian.TFile`, `obsidian.MarkdownView`, …). */
    obsidian: exports,
    /** The value for `require('obsidian')`. */
    module,
    /** Listeners still on the window, document, `<html>` or `<body>`. */
    globalListeners: (): string[] => globalListeners.describe(),
    /** Restores the window and forgets the context. */
    dispose(): void {
      if (disposed) return;
      disposed = true;
      timers.dispose();
      globalListeners.dispose();
      uninstallDom();
      navigatorRecord.sendBeacon = sendBeacon;
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(win, key, descriptor);
        else delete winRecord[key];
      }
      moment.locale('en');
      setActiveContext(null);
    },
  };
}

export type FakeObsidian = ReturnType<typeof createFakeObsidian>;
export type FakeObsidianExports = FakeObsidian['obsidian'];

/**
 * `loadPlugin`: loads the BUILT `main.js` the way Obsidian does, over a real vault folder.
 *
 * Why the built file and not the TypeScript sources: what ships is `main.js`, bundled by esbuild
 * with `obsidian` left external. Loading it catches what a source-level test cannot: a Node module
 * bundled in or required at run time (Obsidian on mobile has none), a `process` or `Buffer`
 * reference, code that runs at import time, a default export that is not the plugin class.
 *
 * How: a fresh happy-dom `Window` gets Obsidian's DOM helpers; its DOM globals (`window`,
 * `document`, `HTMLElement`, `activeDocument`, `createDiv`, …) are installed on `globalThis` for the
 * plugin's lifetime and put back on `unload()`. `main.js` is compiled with `vm.compileFunction`
 * in this realm (Obsidian runs plugins in its own realm too, so `instanceof Array` works) with a
 * `require` that returns the fake obsidian for `'obsidian'` and throws for anything else, and
 * with `process`, `Buffer`, `global` and the Node timers shadowed. Every network API throws and
 * is recorded. Then `new PluginClass(app, manifest)` and `await plugin.load()`, then a `create`
 * event for every file, as Obsidian fires while it loads a vault.
 *
 * @example
 * ```ts
 * const vaultDir = tempCopyOf('test/fixtures/vault');          // a real folder
 * const h = await loadPlugin({ vaultDir, language: 'nl' });      // <repo>/main.js
 * await h.triggerLayoutReady();                                 // onLayoutReady callbacks run
 * expect(await h.runCommand('open-dashboard')).toBe(true);
 * const [leaf] = h.app.workspace.getLeavesOfType('grow-coach-dashboard');
 * const rows = leaf.view.containerEl.children[1].findAll('.grow-action');
 * rows[0].find('input').click();                                // tick the first action
 * await h.flush();                                              // process() + metadata 'changed'
 * expect(fs.readFileSync(notePath, 'utf8')).toContain('- [x] Bel de manager');
 * h.app.vault.external.writeFile('Anna/Sessie 2.md', '- [ ] Nieuw\n');  // an edit outside Obsidian
 * await h.flush();
 * expect(h.errors).toEqual([]);
 * expect(h.network).toEqual([]);
 * expect(await h.unload()).toEqual([]);                         // nothing left registered
 * ```
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { Window as HappyWindow } from 'happy-dom';
import type { App, Command } from './app';
import { maybeActiveContext, type HarnessError, type NetworkRecord, type NoticeRecord, type OpenedRecord } from './context';
import { installObsidianBuiltins } from './dom';
import { createFakeObsidian, networkBlockers, type FakeObsidianExports } from './fake-obsidian';
import type { MetadataTiming } from './metadata-cache';
import { registrationsOf, type MarkdownPostProcessorContext, type Plugin, type PluginManifest } from './plugin';
import { Component } from './component';
import type { Menu } from './menu';
import type { Modal } from './modals';
import type { SettingsProbe } from './settings';

/** The repository: the nearest folder above this file that holds manifest.json (also from a bundle in dist/). */
const REPO_ROOT = ((): string => {
  let dir = path.dirname(new URL(import.meta.url).pathname);
  while (!fs.existsSync(path.join(dir, 'manifest.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

export interface LoadPluginOptions {
  /** The vault: a real folder on disk (a temp copy of a fixture, usually). */
  readonly vaultDir: string;
  /** Default `<repo>/main.js` (run `npm run build` first). */
  readonly mainJsPath?: string;
  /** Default `<repo>/manifest.json`. */
  readonly manifestPath?: string;
  /** Plugin source to load instead of `mainJsPath` (the harness's own tests use this). */
  readonly source?: string;
  /** A manifest to use instead of `manifestPath`. */
  readonly manifest?: PluginManifest;
  /** What `getLanguage()` returns. Default `'en'`. */
  readonly language?: string;
  /** Report a phone instead of a desktop. */
  readonly mobile?: boolean;
  /** `'deferred'` (default, as Obsidian) or `'sync'`. */
  readonly metadataTiming?: MetadataTiming;
  /** Fire `create` for every file after `onload()`, as Obsidian does at startup. Default true. */
  readonly announceFiles?: boolean;
  /** Modules besides `obsidian` the plugin may `require` (none in production). */
  readonly modules?: Readonly<Record<string, unknown>>;
  /** Leave `process`, `Buffer` and `global` visible (as on desktop). Default false (as on mobile). */
  readonly nodeGlobals?: boolean;
}

/** A code block rendered through the plugin's processor, as in reading view. */
export interface RenderedBlock {
  readonly el: HTMLElement;
  readonly ctx: MarkdownPostProcessorContext;
  /** The preview section that owns the block's render children. */
  readonly owner: Component;
  /** Takes the block away, as Obsidian does when the note re-renders: unloads its children. */
  unload(): void;
}

export interface LoadedPlugin {
  readonly app: App;
  readonly plugin: Plugin;
  readonly manifest: PluginManifest;
  /** The fake obsidian module's exports, typed (`obsidian.TFile`, `obsidian.MarkdownView`, …). */
  readonly obsidian: FakeObsidianExports;
  readonly window: Window;
  /** Every `new Notice(…)`, in order. */
  readonly notices: readonly NoticeRecord[];
  /** Every file a leaf opened, with `eState.line`. */
  readonly opened: readonly OpenedRecord[];
  /** Exceptions Obsidian would have logged (event handlers, timers, commands, …). */
  readonly errors: readonly HarnessError[];
  /** Network attempts (each also threw). */
  readonly network: readonly NetworkRecord[];
  /** HTML strings handed to `sanitizeHTMLToDom` and friends. */
  readonly unsafeHtml: readonly string[];
  /** Modals open now. */
  readonly modals: readonly Modal[];
  /** Menus shown, in order. */
  readonly menus: readonly Menu[];
  /** Obsidian finished restoring the layout: runs `onLayoutReady` callbacks, then `flush()`. */
  triggerLayoutReady(): Promise<void>;
  /**
   * Waits until no deferred work (metadata parses, watcher syncs, editor saves) and no timeout is
   * left: pending timeouts fire at once, in due order, as if their time had come. Intervals do not.
   */
  flush(): Promise<void>;
  /** Fires every live interval once (a period has passed), then `flush()`. Returns how many. */
  tickIntervals(): Promise<number>;
  /** The plugin's commands (ids with the plugin prefix). */
  commands(): Command[];
  /** Runs a command as the palette does (`'insert'` or `'grow-coach:insert'`), then `flush()`. */
  runCommand(id: string): Promise<boolean>;
  /** Opens the plugin's (first) setting tab, as the settings modal would. */
  openSettings(): SettingsProbe;
  /** Renders a fenced block through the plugin's code block processor. */
  renderCodeBlock(language: string, source: string, sourcePath?: string): Promise<RenderedBlock>;
  /**
   * Unloads the plugin as Obsidian does when it is disabled, flushes, and returns what is still
   * registered (listeners, intervals, commands, views, DOM, …); `[]` means a clean unload. Then
   * the window is closed and the globals are put back.
   */
  unload(): Promise<string[]>;
}

/** The names JavaScript itself defines on a global object (Array, Promise, …): never replaced. */
const LANGUAGE_GLOBALS = new Set(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]);
/** DOM classes Node also defines: the plugin must get happy-dom's, or its events do not dispatch. */
const DOM_OVER_NODE = new Set(['Event', 'EventTarget', 'CustomEvent', 'DOMException', 'navigator']);
/** Left as Node has them (the plugin gets recorded timers through its own parameters). */
const KEEP = new Set([
  'console',
  'globalThis',
  'global',
  'process',
  'Buffer',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'queueMicrotask',
]);

interface SavedGlobal {
  readonly key: string;
  readonly descriptor: PropertyDescriptor | undefined;
}

/** Installs the window's DOM globals on `globalThis`; returns the restorer. */
function installGlobals(win: Window, extra: Record<string, unknown>): () => void {
  const target = globalThis as unknown as Record<string, unknown>;
  const saved: SavedGlobal[] = [];
  const define = (key: string, descriptor: PropertyDescriptor): void => {
    saved.push({ key, descriptor: Object.getOwnPropertyDescriptor(globalThis, key) });
    Object.defineProperty(globalThis, key, { configurable: true, enumerable: false, ...descriptor });
  };
  const source = win as unknown as Record<string, unknown>;
  const names = new Set<string>();
  for (let o: object | null = win; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) names.add(name);
  }
  for (const name of names) {
    if (LANGUAGE_GLOBALS.has(name) || KEEP.has(name) || name.startsWith('on') || name === 'constructor' || name in extra) continue;
    if (name in globalThis && !DOM_OVER_NODE.has(name)) continue;
    let value: unknown;
    try {
      value = source[name];
    } catch {
      continue;
    }
    if (typeof value === 'function' && /^[A-Z]/.test(name)) define(name, { value, writable: true });
    else if (typeof value === 'function') define(name, { value: (value as (...a: unknown[]) => unknown).bind(win), writable: true });
    else define(name, { get: () => source[name], set: (v: unknown) => (source[name] = v) });
  }
  for (const [key, value] of Object.entries(extra)) define(key, { value, writable: true });
  void target;
  return () => {
    for (const { key, descriptor } of saved.reverse()) {
      if (descriptor) Object.defineProperty(globalThis, key, descriptor);
      else Reflect.deleteProperty(globalThis, key);
    }
  };
}

const nodeSetImmediate = globalThis.setImmediate;
const macrotask = (): Promise<void> => new Promise((resolve) => nodeSetImmediate(resolve));

function readManifest(options: LoadPluginOptions): PluginManifest {
  const manifest = options.manifest ?? (JSON.parse(fs.readFileSync(options.manifestPath ?? path.join(REPO_ROOT, 'manifest.json'), 'utf8')) as PluginManifest);
  return { ...manifest, dir: `.obsidian/plugins/${manifest.id}` };
}

/** Loads a plugin (see the module comment). Only one can be loaded at a time. */
export async function loadPlugin(options: LoadPluginOptions): Promise<LoadedPlugin> {
  if (maybeActiveContext()) throw new Error('A plugin is already loaded in this test: unload() it first');
  const mainJsPath = options.mainJsPath ?? path.join(REPO_ROOT, 'main.js');
  const source = options.source ?? fs.readFileSync(mainJsPath, 'utf8');
  const manifest = readManifest(options);

  const happy = new HappyWindow({
    url: 'app://obsidian.md/index.html',
    width: 1280,
    height: 800,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const win = happy as unknown as Window;
  const fake = createFakeObsidian({
    vaultDir: options.vaultDir,
    window: win,
    language: options.language,
    mobile: options.mobile,
    metadataTiming: options.metadataTiming,
  });
  const { app, context } = fake;
  const uninstallBuiltins = installObsidianBuiltins();
  const winRecord = win as unknown as Record<string, unknown>;
  const blockers = networkBlockers(context);
  const restoreGlobals = installGlobals(win, {
    window: win,
    self: win,
    document: win.document,
    activeWindow: win,
    activeDocument: win.document,
    createEl: winRecord.createEl,
    createDiv: winRecord.createDiv,
    createSpan: winRecord.createSpan,
    createSvg: winRecord.createSvg,
    createFragment: winRecord.createFragment,
    fish: winRecord.fish,
    fishAll: winRecord.fishAll,
    isBoolean: winRecord.isBoolean,
    sleep: winRecord.sleep,
    nextFrame: winRecord.nextFrame,
    ready: winRecord.ready,
    ajax: (o: unknown) => {
      throw new Error(`GROW Coach must not use the network: ajax(${JSON.stringify(o)})`);
    },
    ajaxPromise: (o: unknown) => Promise.reject(new Error(`GROW Coach must not use the network: ajaxPromise(${JSON.stringify(o)})`)),
    ...blockers,
  });

  let disposed = false;
  const dispose = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    restoreGlobals();
    uninstallBuiltins();
    fake.dispose();
    await happy.happyDOM.abort();
    happy.close();
  };

  let plugin: Plugin;
  try {
    const requireForPlugin = (id: string): unknown => {
      if (id === 'obsidian') return fake.module;
      if (options.modules && Object.prototype.hasOwnProperty.call(options.modules, id)) return options.modules[id];
      throw new Error(`The plugin required "${id}": only "obsidian" is available to a plugin (mobile Obsidian has no Node modules)`);
    };
    const module = { exports: {} as Record<string, unknown> };
    const timers = context.timers;
    const hideNode = !options.nodeGlobals;
    const params: Record<string, unknown> = {
      require: requireForPlugin,
      module,
      exports: module.exports,
      __filename: mainJsPath,
      __dirname: path.dirname(mainJsPath),
      setTimeout: timers.setTimeout,
      clearTimeout: timers.clearTimeout,
      setInterval: timers.setInterval,
      clearInterval: timers.clearInterval,
      requestAnimationFrame: timers.requestAnimationFrame,
      cancelAnimationFrame: timers.cancelAnimationFrame,
      ...blockers,
      ...(hideNode ? { process: undefined, Buffer: undefined, global: undefined, setImmediate: undefined, clearImmediate: undefined } : {}),
    };
    const compiled = vm.compileFunction(source, Object.keys(params), { filename: mainJsPath }) as (...args: unknown[]) => unknown;
    compiled(...Object.values(params));
    const exported = module.exports;
    const PluginClass = (exported.default ?? exported) as unknown;
    if (typeof PluginClass !== 'function' || !(PluginClass.prototype instanceof fake.obsidian.Plugin)) {
      throw new Error('main.js must export (default) a class that extends Plugin');
    }
    plugin = new (PluginClass as new (app: App, manifest: PluginManifest) => Plugin)(app, manifest);
    plugin.load();
    await plugin.loading;
    if (options.announceFiles !== false) app.vault.announceAll();
    app.metadataCache.trigger('resolved');
  } catch (error) {
    await dispose();
    throw error;
  }

  const blocks: RenderedBlock[] = [];

  const flush = async (): Promise<void> => {
    const maxRounds = 500;
    for (let round = 0; round < maxRounds; round++) {
      await macrotask();
      await context.pending.settle();
      await macrotask();
      if (context.pending.size === 0 && context.timers.pendingTimeouts === 0) return;
      context.timers.runPendingTimeouts();
    }
    throw new Error(`flush(): still busy after ${maxRounds} rounds: ${context.timers.describe().join('; ')}`);
  };

  const pluginCommands = (): Command[] => app.commands.list().filter((c) => c.id.startsWith(`${manifest.id}:`));

  const leaks = (): string[] => {
    const found: string[] = [];
    if (plugin._loaded) found.push('the plugin is still loaded');
    if (plugin.registeredCount() > 0) found.push(`${plugin.registeredCount()} registered cleanups did not run`);
    if (plugin.childCount() > 0) found.push(`${plugin.childCount()} child components still attached`);
    const sources: [string, { describeListeners(): string[] }][] = [
      ['vault', app.vault],
      ['metadataCache', app.metadataCache],
      ['workspace', app.workspace],
      ...app.workspace.allLeaves().map((l): [string, { describeListeners(): string[] }] => [`leaf ${l.id}`, l]),
    ];
    for (const [name, events] of sources) for (const d of events.describeListeners()) found.push(`${name} listener: ${d}`);
    for (const d of fake.globalListeners()) found.push(`DOM ${d}`);
    for (const t of context.timers.describe()) found.push(`timer: ${t}`);
    for (const c of pluginCommands()) found.push(`command: ${c.id}`);
    for (const type of app.workspace.registeredViewTypes()) found.push(`view type: ${type}`);
    for (const leaf of app.workspace.allLeaves())
      if (leaf.view._loaded && leaf.savedState === null && !['empty', 'markdown'].includes(leaf.view.getViewType()))
        found.push(`open view: ${leaf.view.getViewType()}`);
    const r = registrationsOf(app);
    for (const lang of r.codeBlocks.keys()) found.push(`code block processor: ${lang}`);
    if (r.postProcessors.size > 0) found.push(`${r.postProcessors.size} markdown post processors`);
    if (r.settingTabs.length > 0) found.push(`${r.settingTabs.length} setting tabs`);
    if (r.ribbonIcons.length > 0) found.push(`${r.ribbonIcons.length} ribbon icons`);
    if (r.statusBarItems.length > 0 || win.document.querySelector(`.status-bar-item.plugin-${manifest.id}`)) found.push('status bar items');
    if (r.editorExtensions.length > 0) found.push(`${r.editorExtensions.length} editor extensions`);
    if (r.editorSuggests.length > 0) found.push(`${r.editorSuggests.length} editor suggests`);
    for (const action of r.protocolHandlers.keys()) found.push(`protocol handler: ${action}`);
    for (const m of context.modals) found.push(`open modal: ${m.constructor.name}`);
    for (const m of context.menus as Menu[]) if (m.shown) found.push('menu still shown');
    return found;
  };

  const harness: LoadedPlugin = {
    app,
    plugin,
    manifest,
    obsidian: fake.obsidian,
    window: win,
    notices: context.notices,
    opened: context.opened,
    errors: context.errors,
    network: context.network,
    unsafeHtml: context.unsafeHtml,
    modals: context.modals as Modal[],
    menus: context.menus as Menu[],
    async triggerLayoutReady() {
      app.workspace.triggerLayoutReady();
      await flush();
    },
    flush,
    async tickIntervals() {
      const fired = context.timers.tickIntervals();
      await flush();
      return fired;
    },
    commands: pluginCommands,
    async runCommand(id) {
      const fullId = id.includes(':') ? id : `${manifest.id}:${id}`;
      const ran = app.commands.executeCommandById(fullId);
      await flush();
      return ran;
    },
    openSettings() {
      const tab = registrationsOf(app).settingTabs[0];
      if (!tab) throw new Error('The plugin added no setting tab');
      return tab.openForTest();
    },
    async renderCodeBlock(language, blockSource, sourcePath = '') {
      const handler = registrationsOf(app).codeBlocks.get(language);
      if (!handler) throw new Error(`No code block processor for "${language}"`);
      const section = win.document.body.createDiv({ cls: 'markdown-preview-view' });
      const el = section.createDiv({ cls: `block-language-${language}` });
      const owner = new Component();
      owner.load();
      const file = app.vault.getFileByPath(sourcePath);
      const ctx: MarkdownPostProcessorContext = {
        docId: `doc-${blocks.length + 1}`,
        sourcePath,
        frontmatter: file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined,
        addChild: (child) => {
          owner.addChild(child);
        },
        getSectionInfo: () => null,
      };
      await handler(blockSource, el, ctx);
      const block: RenderedBlock = {
        el,
        ctx,
        owner,
        unload() {
          owner.unload();
          section.remove();
          const index = blocks.indexOf(block);
          if (index >= 0) blocks.splice(index, 1);
        },
      };
      blocks.push(block);
      await flush();
      return block;
    },
    async unload() {
      if (disposed) throw new Error('Already unloaded');
      try {
        plugin.unload();
        await flush();
        // Obsidian re-renders open notes without the plugin's processors: their children unload.
        for (const block of [...blocks]) block.unload();
        await flush();
        return leaks();
      } finally {
        await dispose();
      }
    },
  };
  return harness;
}

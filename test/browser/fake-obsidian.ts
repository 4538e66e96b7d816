/**
 * A small `obsidian` module for a real browser: an in-memory vault, a metadata cache computed
 * with remark (the harness's `computeCachedMetadata`), a workspace of leaves on the page, and the
 * classes the plugin extends. Enough to load the built main.js as Obsidian does and to show the
 * dashboard in Chromium; the behaviour the plugin relies on is tested in depth by the Node harness.
 *
 * Bundled for the browser by `dashboard.browser.test.ts` (with `page.ts`).
 */
import type { CachedMetadata } from 'obsidian';
import { Component } from '../harness/component';
import { Events } from '../harness/events';
import { computeCachedMetadata } from '../harness/metadata';
import { MarkdownRenderChild, MarkdownRenderer } from '../harness/render';

export { Component, Events, MarkdownRenderChild, MarkdownRenderer };

export class TAbstractFile {
  parent: TFolder | null = null;
  constructor(
    public path: string,
    public vault: Vault,
  ) {}
  get name(): string {
    return this.path.slice(this.path.lastIndexOf('/') + 1);
  }
}

export class TFile extends TAbstractFile {
  stat = { ctime: Date.now(), mtime: Date.now(), size: 0 };
  get extension(): string {
    const dot = this.name.lastIndexOf('.');
    return dot < 0 ? '' : this.name.slice(dot + 1);
  }
  get basename(): string {
    const dot = this.name.lastIndexOf('.');
    return dot < 0 ? this.name : this.name.slice(0, dot);
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
}

/** Lets the page settle, as Obsidian's deferred metadata updates do. */
const later = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

export class Vault extends Events {
  readonly texts = new Map<string, string>();
  private readonly nodes = new Map<string, TAbstractFile>();
  readonly root: TFolder;
  configDir = '.obsidian';

  constructor(private readonly app: App) {
    super();
    this.root = new TFolder('/', this);
    this.nodes.set('/', this.root);
  }

  private folder(path: string): TFolder {
    if (path === '' || path === '/') return this.root;
    const found = this.nodes.get(path);
    if (found instanceof TFolder) return found;
    const folder = new TFolder(path, this);
    const parent = this.folder(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    folder.parent = parent;
    parent.children.push(folder);
    this.nodes.set(path, folder);
    return folder;
  }

  /** Adds a file without events (the vault as it is when Obsidian starts). */
  seed(path: string, text: string): TFile {
    const file = new TFile(path, this);
    const parent = this.folder(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    file.parent = parent;
    parent.children.push(file);
    this.nodes.set(path, file);
    this.texts.set(path, text);
    this.app.metadataCache.compute(file, text);
    return file;
  }

  getMarkdownFiles(): TFile[] {
    return [...this.nodes.values()].filter((n): n is TFile => n instanceof TFile && n.extension === 'md');
  }

  getFiles(): TFile[] {
    return [...this.nodes.values()].filter((n): n is TFile => n instanceof TFile);
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.nodes.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const found = this.nodes.get(path);
    return found instanceof TFile ? found : null;
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.texts.get(file.path) ?? '';
  }

  async read(file: TFile): Promise<string> {
    return this.cachedRead(file);
  }

  private async changed(file: TFile, text: string): Promise<void> {
    this.texts.set(file.path, text);
    this.trigger('modify', file);
    await later();
    this.app.metadataCache.update(file, text);
  }

  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const before = this.texts.get(file.path) ?? '';
    const after = fn(before);
    if (after !== before) await this.changed(file, after);
    return after;
  }

  async modify(file: TFile, text: string): Promise<void> {
    await this.changed(file, text);
  }

  async create(path: string, text: string): Promise<TFile> {
    if (this.nodes.has(path)) throw new Error(`File already exists: ${path}`);
    const file = this.seed(path, text);
    this.trigger('create', file);
    await later();
    this.app.metadataCache.update(file, text);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    return this.folder(path);
  }
}

export class MetadataCache extends Events {
  private readonly caches = new Map<string, CachedMetadata>();
  resolvedLinks = {};

  compute(file: TFile, text: string): CachedMetadata {
    const cache = computeCachedMetadata(text);
    this.caches.set(file.path, cache);
    return cache;
  }

  update(file: TFile, text: string): void {
    this.trigger('changed', file, text, this.compute(file, text));
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }
}

export class View extends Component {
  app: App;
  containerEl: HTMLElement;
  navigation = true;
  icon = '';
  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.app = leaf.app;
    this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
  }
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return '';
  }
  getIcon(): string {
    return this.icon;
  }
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(state: unknown, result: unknown): Promise<void> {
    void state;
    void result;
  }
  async onOpen(): Promise<void> {
    // Overridden.
  }
  async onClose(): Promise<void> {
    // Overridden.
  }
}

export class ItemView extends View {
  contentEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: 'view-header' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }
}

class EmptyView extends ItemView {}

export class WorkspaceLeaf extends Events {
  view: View;
  readonly el: HTMLElement;
  constructor(public app: App) {
    super();
    this.el = app.workspace.rootEl.createDiv({ cls: 'workspace-leaf' });
    this.view = new EmptyView(this);
  }
  getViewState(): { type: string } {
    return { type: this.view.getViewType() };
  }
  async setViewState(state: { type: string; active?: boolean }): Promise<void> {
    const creator = this.app.workspace.creators.get(state.type);
    if (!creator) throw new Error(`no view ${state.type}`);
    this.view = creator(this);
    this.el.empty();
    this.el.appendChild(this.view.containerEl);
    const title = this.view.containerEl.querySelector('.view-header');
    title?.setText(this.view.getDisplayText());
    this.view.load();
    await this.view.onOpen();
  }
  async openFile(file: TFile, state?: { eState?: { line?: number } }): Promise<void> {
    this.app.opened.push({ path: file.path, line: state?.eState?.line });
  }
}

export class Workspace extends Events {
  readonly creators = new Map<string, (leaf: WorkspaceLeaf) => View>();
  readonly leaves: WorkspaceLeaf[] = [];
  layoutReady = false;
  private readonly waiting: (() => unknown)[] = [];
  constructor(
    private readonly app: App,
    readonly rootEl: HTMLElement,
  ) {
    super();
  }
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.waiting.push(callback);
  }
  triggerLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.waiting.splice(0)) cb();
  }
  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === type);
  }
  getLeaf(newLeaf?: unknown): WorkspaceLeaf {
    void newLeaf;
    const leaf = new WorkspaceLeaf(this.app);
    this.leaves.push(leaf);
    return leaf;
  }
  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    void leaf;
  }
  setActiveLeaf(leaf: WorkspaceLeaf): void {
    void leaf;
  }
  getActiveFile(): TFile | null {
    return null;
  }
  requestSaveLayout(): void {
    // Nothing to save.
  }
  async openLinkText(link: string, sourcePath: string): Promise<void> {
    this.app.opened.push({ path: link, line: undefined });
    void sourcePath;
  }
}

export class App {
  readonly opened: { path: string; line: number | undefined }[] = [];
  readonly metadataCache = new MetadataCache();
  readonly vault: Vault;
  readonly workspace: Workspace;
  constructor(
    rootEl: HTMLElement,
    readonly statusBarEl: HTMLElement,
  ) {
    this.vault = new Vault(this);
    this.workspace = new Workspace(this, rootEl);
  }
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => unknown;
  editorCallback?: (...args: unknown[]) => unknown;
}

export class Plugin extends Component {
  settings?: unknown;
  readonly commands: Command[] = [];
  data: unknown = null;
  constructor(
    public app: App,
    public manifest: { id: string; name: string },
  ) {
    super();
  }
  async loadAsync(): Promise<void> {
    this._loaded = true;
    await this.onload();
    (this as unknown as { loadChildren(): void }).loadChildren();
  }
  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    void icon;
    const el = createDiv({ attr: { 'aria-label': title } });
    el.addEventListener('click', callback);
    return el;
  }
  addStatusBarItem(): HTMLElement {
    return this.app.statusBarEl.createDiv({ cls: 'status-bar-item' });
  }
  addCommand(command: Command): Command {
    this.commands.push(command);
    return command;
  }
  addSettingTab(tab: unknown): void {
    void tab;
  }
  registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
    this.app.workspace.creators.set(type, creator);
  }
  registerMarkdownCodeBlockProcessor(language: string, handler: unknown): void {
    void language;
    void handler;
  }
  async loadData(): Promise<unknown> {
    return this.data;
  }
  async saveData(data: unknown): Promise<void> {
    this.data = data;
  }
}

export class PluginSettingTab {
  containerEl = createDiv();
  constructor(
    public app: App,
    public plugin: Plugin,
  ) {}
  update(): void {
    // Not shown in the browser test.
  }
  display(): void {
    // Not shown in the browser test.
  }
  hide(): void {
    // Not shown in the browser test.
  }
}

export class Setting {
  constructor(readonly containerEl: HTMLElement) {}
}

export class Modal {
  constructor(readonly app: App) {}
  open(): void {
    // Not shown in the browser test.
  }
  close(): void {
    // Not shown in the browser test.
  }
  setPlaceholder(text: string): void {
    void text;
  }
}

export class SuggestModal extends Modal {}
export class FuzzySuggestModal extends SuggestModal {}

export const notices: string[] = [];

export class Notice {
  constructor(message: string | DocumentFragment) {
    notices.push(typeof message === 'string' ? message : (message.textContent ?? ''));
  }
  setMessage(message: string): this {
    notices.push(message);
    return this;
  }
  hide(): void {
    // Nothing shown.
  }
}

export const Keymap = {
  isModEvent(evt?: { ctrlKey?: boolean; metaKey?: boolean } | null): 'tab' | boolean {
    return evt?.ctrlKey || evt?.metaKey ? 'tab' : false;
  },
};

export const language = { current: 'en' };
export const getLanguage = (): string => language.current;
export const apiVersion = '1.13.1';
/** Whether the fake app (1.13.1) is at least `version`. */
export const requireApiVersion = (version: string): boolean => {
  const want = version.split('.').map(Number);
  const have = apiVersion.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
  }
  return true;
};
export const Platform = { isMobile: false, isDesktop: true };

/** Obsidian's `debounce`: calls `cb` once `timeout` ms after the last call (or the first, without reset). */
export function debounce<T extends unknown[]>(
  cb: (...args: T) => unknown,
  timeout = 0,
  resetTimer = false,
): ((...args: T) => void) & { cancel(): void; run(): void } {
  let timer: number | null = null;
  let last: T | null = null;
  const fire = (): void => {
    timer = null;
    if (last !== null) cb(...last);
    last = null;
  };
  const debounced = (...args: T): void => {
    last = args;
    if (timer !== null && !resetTimer) return;
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(fire, timeout);
  };
  return Object.assign(debounced, {
    cancel: (): void => {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
      last = null;
    },
    run: (): void => {
      if (timer !== null) window.clearTimeout(timer);
      fire();
    },
  });
}

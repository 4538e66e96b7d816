/**
 * `Workspace`, `WorkspaceLeaf` and the views (`View`, `ItemView`, `FileView`, `MarkdownView`).
 *
 * No layout is computed; what a plugin can observe is kept: leaves live in the root, left or
 * right split and their views are attached to the document (so `isShown()` is true); a view is
 * loaded, then `onOpen()`, and on detach `onClose()` then unloaded; `openFile` makes the leaf
 * active and fires `file-open` and `active-leaf-change`; `onLayoutReady` waits for the test's
 * `triggerLayoutReady()`. Every file a leaf opens is recorded in `context.opened`, with the line
 * of `eState.line`, so a test can assert "the dashboard opened note X at line N".
 */
import type { App } from './app';
import { Component } from './component';
import { guarded, type HarnessContext } from './context';
import { createElIn } from './dom';
import { Editor } from './editor';
import { Events } from './events';
import { setIcon } from './icons';
import { parseLinktext } from './metadata';
import { TFile, type VaultChange } from './vault';

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
  pinned?: boolean;
  group?: WorkspaceLeaf;
}

export interface OpenViewState {
  state?: Record<string, unknown>;
  eState?: Record<string, unknown>;
  active?: boolean;
  group?: WorkspaceLeaf;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;
export type Side = 'root' | 'left' | 'right';

export abstract class View extends Component {
  app: App;
  icon = '';
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: unknown = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = createElIn(leaf.app.context.document, 'div', { cls: 'workspace-leaf-content' });
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  protected async onOpen(): Promise<void> {
    // Overridden by subclasses.
  }

  protected async onClose(): Promise<void> {
    // Overridden by subclasses.
  }

  /** Harness (Obsidian does this inside the leaf): load, then `onOpen()`. */
  async open(): Promise<void> {
    this.containerEl.setAttribute('data-type', this.getViewType());
    this.load();
    await this.onOpen();
  }

  /** Harness: `onClose()`, then unload. */
  async close(): Promise<void> {
    try {
      await this.onClose();
    } finally {
      this.unload();
    }
  }

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(state: unknown, result: { history: boolean }): Promise<void> {
    void state;
    void result;
  }

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(state: unknown): void {
    void state;
  }

  getIcon(): string {
    return this.icon;
  }

  onResize(): void {
    // No layout.
  }

  onPaneMenu(menu: unknown, source: string): void {
    void menu;
    void source;
  }
}

export class ItemView extends View {
  contentEl: HTMLElement;
  private readonly actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: 'view-header' });
    header.createDiv({ cls: 'view-header-title', text: '' });
    this.actionsEl = header.createDiv({ cls: 'view-actions' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }

  getViewType(): string {
    return 'item';
  }

  getDisplayText(): string {
    return '';
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.actionsEl.createEl('a', { cls: ['clickable-icon', 'view-action'], attr: { 'aria-label': title } });
    setIcon(el, icon);
    el.addEventListener('click', (evt) => guarded(`view action "${title}"`, () => callback(evt)));
    return el;
  }
}

export class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  override getDisplayText(): string {
    return this.file?.basename ?? 'No file';
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  override async setState(state: unknown, result: { history: boolean }): Promise<void> {
    void result;
    const path = typeof state === 'object' && state !== null ? (state as { file?: unknown }).file : undefined;
    if (typeof path !== 'string') return;
    const file = this.app.vault.getFileByPath(path);
    if (!file) throw new Error(`No such file: ${path}`);
    await this.loadFile(file);
  }

  async loadFile(file: TFile): Promise<void> {
    if (this.file === file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
  }

  async onLoadFile(file: TFile): Promise<void> {
    void file;
  }

  async onUnloadFile(file: TFile): Promise<void> {
    void file;
  }

  async onRename(file: TFile): Promise<void> {
    void file;
  }

  canAcceptExtension(extension: string): boolean {
    void extension;
    return false;
  }
}

/**
 * A markdown note open in source mode. Editor changes are saved to the file after a debounce
 * (Obsidian waits about two seconds; `flush()` runs it at once), and the editor reloads when the
 * file changes on disk while it has no unsaved changes.
 */
export class MarkdownView extends FileView {
  readonly editor: Editor;
  previewMode: { containerEl: HTMLElement; rerender: (full?: boolean) => void };
  private dirty = false;
  private saveTimer: number | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = new Editor(() => this.onEditorChange());
    this.previewMode = { containerEl: this.contentEl.createDiv({ cls: 'markdown-preview-view' }), rerender: () => undefined };
  }

  override getViewType(): string {
    return 'markdown';
  }

  getMode(): 'source' | 'preview' {
    return 'source';
  }

  get currentMode(): unknown {
    return this.editor;
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  setViewData(data: string, clear: boolean): void {
    void clear;
    this.editor.setValue(data);
  }

  clear(): void {
    this.editor.load('');
  }

  showSearch(): void {
    // Not modelled.
  }

  override canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }

  override setEphemeralState(state: unknown): void {
    const line = typeof state === 'object' && state !== null ? (state as { line?: unknown }).line : undefined;
    if (typeof line === 'number') this.editor.setCursor({ line, ch: 0 });
  }

  override async onLoadFile(file: TFile): Promise<void> {
    this.editor.load(this.app.vault.readSync(file));
    this.dirty = false;
    this.unsubscribe?.();
    this.unsubscribe = this.app.vault.onInternalChange((change: VaultChange) => {
      const file = this.file;
      if (change.file !== file || !file) return;
      if (change.type === 'modify' && !this.dirty) this.editor.load(this.app.vault.readSync(file));
      // Renamed: the same file object, a new path. Deleted: the leaf shows nothing any more.
      if (change.type === 'rename') void this.app.context.pending.track(this.onRename(file));
      if (change.type === 'delete') {
        this.dirty = false;
        this.file = null;
        void this.app.context.pending.track(this.leaf.open(new EmptyView(this.leaf)));
      }
    });
  }

  override async onUnloadFile(file: TFile): Promise<void> {
    void file;
    await this.save();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Writes unsaved editor changes to the file now. */
  async save(): Promise<void> {
    if (this.saveTimer !== null) this.app.context.timers.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.dirty || !this.file) return;
    this.dirty = false;
    await this.app.vault.modify(this.file, this.editor.getValue());
  }

  override async close(): Promise<void> {
    await this.save();
    this.unsubscribe?.();
    this.unsubscribe = null;
    await super.close();
  }

  private onEditorChange(): void {
    this.dirty = true;
    this.app.workspace.trigger('editor-change', this.editor, this);
    if (this.saveTimer !== null) this.app.context.timers.clearTimeout(this.saveTimer);
    this.saveTimer = this.app.context.timers.setTimeout(() => {
      this.saveTimer = null;
      void this.app.context.pending.track(this.save());
    }, 2000);
  }
}

/** What a leaf shows when it shows nothing (and what a plugin's view becomes when it unloads). */
class EmptyView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly type = 'empty',
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return this.type;
  }

  override getDisplayText(): string {
    return 'New tab';
  }
}

let leafCounter = 0;

export class WorkspaceLeaf extends Events {
  readonly id = `leaf-${++leafCounter}`;
  readonly containerEl: HTMLElement;
  view: View;
  pinned = false;
  group: string | null = null;
  private deferredState: ViewState | null = null;

  constructor(
    readonly app: App,
    readonly side: Side,
    parentEl: HTMLElement,
  ) {
    super();
    this.containerEl = createElIn(app.context.document, 'div', { cls: 'workspace-leaf', parent: parentEl });
    this.view = new EmptyView(this);
    this.containerEl.appendChild(this.view.containerEl);
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {
    // Leaves are never deferred in the harness.
  }

  getViewState(): ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
    const workspace = this.app.workspace;
    let view: View;
    if (viewState.type === 'markdown') {
      view = this.view instanceof MarkdownView ? this.view : new MarkdownView(this);
    } else {
      const creator = workspace.viewCreator(viewState.type);
      if (!creator) throw new Error(`No view registered for type "${viewState.type}"`);
      view = creator(this);
    }
    if (view !== this.view) await this.open(view);
    await view.setState(viewState.state ?? {}, { history: false });
    if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
    this.deferredState = null;
    if (view instanceof FileView && view.file) this.recordOpen(view.file, eState, false);
    if (eState !== undefined) view.setEphemeralState(eState);
    if (viewState.active) workspace.setActiveLeaf(this, { focus: true });
    workspace.trigger('layout-change');
  }

  async open(view: View): Promise<View> {
    const previous = this.view;
    await previous.close();
    previous.containerEl.remove();
    this.view = view;
    this.containerEl.appendChild(view.containerEl);
    await view.open();
    return view;
  }

  async openFile(file: TFile, openState: OpenViewState = {}): Promise<void> {
    const workspace = this.app.workspace;
    if (file.extension !== 'md') throw new Error(`The harness opens markdown files only: ${file.path}`);
    const view = this.view instanceof MarkdownView ? this.view : ((await this.open(new MarkdownView(this))) as MarkdownView);
    await view.loadFile(file);
    this.recordOpen(file, openState.eState, openState);
    if (openState.eState) view.setEphemeralState(openState.eState);
    if (openState.active !== false) workspace.setActiveLeaf(this, { focus: true });
    workspace.trigger('layout-change');
  }

  getEphemeralState(): Record<string, unknown> {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.setPinned(!this.pinned);
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    this.trigger('pinned-change', pinned);
  }

  setGroupMember(other: WorkspaceLeaf): void {
    this.setGroup(other.group ?? other.id);
  }

  setGroup(group: string): void {
    this.group = group;
    this.trigger('group-change', group);
  }

  detach(): void {
    this.app.workspace.removeLeaf(this);
    void this.app.context.pending.track(this.view.close().catch((error: unknown) => this.app.context.reportError('view close', error)));
    this.containerEl.remove();
  }

  getIcon(): string {
    return this.view.getIcon();
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  onResize(): void {
    this.view.onResize();
  }

  /** Harness: a plugin's view type was unregistered; the leaf keeps its place, with an empty view. */
  async unloadViewOfType(type: string): Promise<void> {
    if (this.view.getViewType() !== type) return;
    this.deferredState = this.getViewState();
    await this.open(new EmptyView(this, type));
  }

  /** Harness: the state this leaf would restore when the plugin loads again. */
  get savedState(): ViewState | null {
    return this.deferredState;
  }

  private recordOpen(file: TFile, eState: unknown, openState: OpenViewState | false): void {
    const state = typeof eState === 'object' && eState !== null ? (eState as Record<string, unknown>) : undefined;
    const line = typeof state?.line === 'number' ? state.line : undefined;
    this.app.context.opened.push({ path: file.path, line, eState: state, newLeaf: openState === false ? undefined : openState, leafId: this.id });
  }
}

/** A sidebar or the root: holds leaves in the DOM. */
export class WorkspaceSplit {
  collapsed = false;

  constructor(readonly containerEl: HTMLElement) {}

  expand(): void {
    this.collapsed = false;
  }

  collapse(): void {
    this.collapsed = true;
  }

  toggle(): void {
    this.collapsed = !this.collapsed;
  }
}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  readonly containerEl: HTMLElement;
  readonly rootSplit: WorkspaceSplit;
  readonly leftSplit: WorkspaceSplit;
  readonly rightSplit: WorkspaceSplit;
  readonly statusBarEl: HTMLElement;
  readonly ribbonEl: HTMLElement;
  /** Harness: leaves passed to `revealLeaf`, in order. */
  readonly revealed: WorkspaceLeaf[] = [];
  readonly requestSaveLayout = Object.assign(() => undefined, { cancel: () => undefined, run: () => undefined });
  private readonly leaves: WorkspaceLeaf[] = [];
  private readonly creators = new Map<string, ViewCreator>();
  private readonly layoutReadyCallbacks: (() => unknown)[] = [];
  private lastFileLeaf: WorkspaceLeaf | null = null;
  private lastActiveFile: TFile | null = null;

  constructor(
    private readonly app: App,
    context: HarnessContext,
  ) {
    super();
    const body = context.document.body;
    const appEl = createElIn(context.document, 'div', { cls: 'app-container', parent: body });
    this.ribbonEl = createElIn(context.document, 'div', { cls: 'side-dock-ribbon mod-left', parent: appEl });
    this.containerEl = createElIn(context.document, 'div', { cls: 'workspace', parent: appEl });
    this.leftSplit = new WorkspaceSplit(createElIn(context.document, 'div', { cls: 'workspace-split mod-left-split', parent: this.containerEl }));
    this.rootSplit = new WorkspaceSplit(createElIn(context.document, 'div', { cls: 'workspace-split mod-root', parent: this.containerEl }));
    this.rightSplit = new WorkspaceSplit(createElIn(context.document, 'div', { cls: 'workspace-split mod-right-split', parent: this.containerEl }));
    this.statusBarEl = createElIn(context.document, 'div', { cls: 'status-bar', parent: appEl });
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) guarded('onLayoutReady callback', callback);
    else this.layoutReadyCallbacks.push(callback);
  }

  /** Harness: Obsidian finished restoring the layout; runs the `onLayoutReady` callbacks in order. */
  triggerLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    for (const callback of this.layoutReadyCallbacks.splice(0)) guarded('onLayoutReady callback', callback);
    this.trigger('layout-change');
  }

  getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
    if (!newLeaf) {
      const reusable =
        this.lastFileLeaf && !this.lastFileLeaf.pinned && this.leaves.includes(this.lastFileLeaf)
          ? this.lastFileLeaf
          : this.leaves.find((l) => l.side === 'root' && !l.pinned);
      if (reusable) return reusable;
    }
    return this.createLeaf('root');
  }

  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }

  getRightLeaf(split: boolean): WorkspaceLeaf {
    void split;
    return this.createLeaf('right');
  }

  getLeftLeaf(split: boolean): WorkspaceLeaf {
    void split;
    return this.createLeaf('left');
  }

  async ensureSideLeaf(
    type: string,
    side: 'left' | 'right',
    options: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {},
  ): Promise<WorkspaceLeaf> {
    const existing = this.getLeavesOfType(type)[0];
    const leaf = existing ?? this.createLeaf(side);
    if (!existing) await leaf.setViewState({ type, state: options.state, active: options.active });
    if (options.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }

  createLeafBySplit(leaf: WorkspaceLeaf): WorkspaceLeaf {
    return this.createLeaf(leaf.side);
  }

  splitActiveLeaf(): WorkspaceLeaf {
    return this.createLeaf('root');
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === viewType && !l.savedState);
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    this.revealed.push(leaf);
    if (leaf.side === 'left') this.leftSplit.expand();
    if (leaf.side === 'right') this.rightSplit.expand();
  }

  setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean): void {
    void params;
    if (!this.leaves.includes(leaf)) return;
    const changed = this.activeLeaf !== leaf;
    this.activeLeaf = leaf;
    if (leaf.view instanceof FileView && leaf.side === 'root') this.lastFileLeaf = leaf;
    if (changed) this.trigger('active-leaf-change', leaf);
    const file = this.getActiveFile();
    if (leaf.view instanceof FileView && (changed || file !== this.lastActiveFile)) this.trigger('file-open', file);
    this.lastActiveFile = file;
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  getActiveFile(): TFile | null {
    const view = this.lastFileLeaf?.view;
    return view instanceof FileView ? view.file : null;
  }

  get activeEditor(): { app: App; file: TFile | null; editor: Editor } | null {
    const view = this.lastFileLeaf?.view;
    return view instanceof MarkdownView ? { app: this.app, file: view.file, editor: view.editor } : null;
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    return this.lastFileLeaf ?? this.leaves.find((l) => l.side === 'root') ?? null;
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.leaves.find((l) => l.id === id) ?? null;
  }

  getGroupLeaves(group: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.group === group);
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.leaves]) callback(leaf);
  }

  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves.filter((l) => l.side === 'root')) callback(leaf);
  }

  getLastOpenFiles(): string[] {
    return [...new Set(this.app.context.opened.map((o) => o.path).reverse())];
  }

  /**
   * Opens a link as a click on `[[linktext]]` in `sourcePath` would: resolved with the metadata
   * cache; a `#heading` subpath opens at that heading's line; an unresolved link creates the note.
   */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | 'tab' | 'split' | 'window', openViewState: OpenViewState = {}): Promise<void> {
    const { path, subpath } = parseLinktext(linktext);
    let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (!file) {
      const target = path.endsWith('.md') ? path : `${path}.md`;
      file = await this.app.vault.create(target, '');
    }
    let eState = openViewState.eState;
    if (subpath) {
      const heading = subpath.slice(1).trim().toLowerCase();
      const found = this.app.metadataCache.getFileCache(file)?.headings?.find((h) => h.heading.trim().toLowerCase() === heading);
      eState = { ...eState, subpath, ...(found ? { line: found.position.start.line } : {}) };
    }
    await this.getLeaf(newLeaf).openFile(file, { ...openViewState, eState });
  }

  updateOptions(): void {
    // Nothing to update.
  }

  // --- harness internals ----------------------------------------------------------------------

  registerViewCreator(type: string, creator: ViewCreator): void {
    if (this.creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.creators.set(type, creator);
  }

  /** A view type is unregistered (its plugin unloaded): its leaves stay, showing nothing. */
  async unregisterViewCreator(type: string): Promise<void> {
    this.creators.delete(type);
    for (const leaf of this.leaves) await leaf.unloadViewOfType(type);
  }

  viewCreator(type: string): ViewCreator | undefined {
    return this.creators.get(type);
  }

  registeredViewTypes(): string[] {
    return [...this.creators.keys()];
  }

  allLeaves(): WorkspaceLeaf[] {
    return [...this.leaves];
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    const index = this.leaves.indexOf(leaf);
    if (index >= 0) this.leaves.splice(index, 1);
    if (this.lastFileLeaf === leaf) this.lastFileLeaf = null;
    if (this.activeLeaf === leaf) {
      this.activeLeaf = this.lastFileLeaf;
      this.trigger('active-leaf-change', this.activeLeaf);
    }
    this.trigger('layout-change');
  }

  private createLeaf(side: Side): WorkspaceLeaf {
    const split = side === 'root' ? this.rootSplit : side === 'left' ? this.leftSplit : this.rightSplit;
    const leaf = new WorkspaceLeaf(this.app, side, split.containerEl);
    this.leaves.push(leaf);
    return leaf;
  }
}

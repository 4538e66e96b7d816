/**
 * Obsidian's `Plugin`: a `Component` whose `add…` and `register…` methods attach things to the
 * app and register their removal, so that `unload()` takes every one of them away again.
 *
 * `loadData`/`saveData` use `<vault>/.obsidian/plugins/<id>/data.json` on disk, pretty-printed,
 * written atomically; a missing file loads as `null`, as in Obsidian.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { App, Command } from './app';
import { Component } from './component';
import { guarded, reportError } from './context';
import { setIcon } from './icons';
import type { PluginSettingTab } from './settings';
import { writeAtomic } from './vault';
import type { ViewCreator } from './workspace';

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  authorUrl?: string;
  fundingUrl?: string | Record<string, string>;
  isDesktopOnly?: boolean;
  dir?: string;
}

/** obsidian.d.ts `MarkdownPostProcessorContext`, as the harness fills it. */
export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: Component): void;
  getSectionInfo(el: HTMLElement): { text: string; lineStart: number; lineEnd: number } | null;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;
export type PostProcessor = ((el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void) & { sortOrder?: number };

/** What plugins registered with the app, for the harness to run and to check after unload. */
export class Registrations {
  readonly codeBlocks = new Map<string, CodeBlockHandler>();
  readonly postProcessors = new Set<PostProcessor>();
  readonly settingTabs: PluginSettingTab[] = [];
  readonly editorExtensions: unknown[] = [];
  readonly editorSuggests: unknown[] = [];
  readonly protocolHandlers = new Map<string, (params: Record<string, string>) => unknown>();
  readonly ribbonIcons: HTMLElement[] = [];
  readonly statusBarItems: HTMLElement[] = [];
  readonly extensions = new Map<string, string>();
}

const registrationsByApp = new WeakMap<App, Registrations>();

/** The registrations of an app (created on first use). */
export function registrationsOf(app: App): Registrations {
  let found = registrationsByApp.get(app);
  if (!found) {
    found = new Registrations();
    registrationsByApp.set(app, found);
  }
  return found;
}

function remove<T>(list: T[], item: T): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}

export class Plugin extends Component {
  app: App;
  manifest: PluginManifest;
  settings?: unknown;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  /**
   * Obsidian awaits a plugin's `onload()` (it may be async) before it counts the plugin as
   * loaded; so does the harness. An exception here is a failed plugin load, and is thrown.
   */
  /** Settles when `onload()` (which may be async) has finished; set by `load()`. */
  loading: Promise<void> = Promise.resolve();

  /**
   * Obsidian awaits a plugin's `onload()` (it may be async) before it counts the plugin as
   * loaded; the harness awaits `loading`. An exception there is a failed plugin load.
   */
  override load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this.loading = (async () => {
      await this.onload();
      this.loadChildren();
    })();
  }

  override onload(): Promise<void> | void {
    // Overridden by the plugin.
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const registrations = registrationsOf(this.app);
    const el = this.app.workspace.ribbonEl.createDiv({ cls: 'clickable-icon side-dock-ribbon-action', attr: { 'aria-label': title } });
    setIcon(el, icon);
    el.addEventListener('click', (evt) => guarded(`ribbon "${title}"`, () => callback(evt)));
    registrations.ribbonIcons.push(el);
    this.register(() => {
      el.remove();
      remove(registrations.ribbonIcons, el);
    });
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const registrations = registrationsOf(this.app);
    const el = this.app.workspace.statusBarEl.createDiv({ cls: ['status-bar-item', `plugin-${this.manifest.id}`] });
    registrations.statusBarItems.push(el);
    this.register(() => {
      el.remove();
      remove(registrations.statusBarItems, el);
    });
    return el;
  }

  /** As in Obsidian, the command's id and name get the plugin's id and name as prefix. */
  addCommand(command: Command): Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    const id = command.id;
    this.app.commands.add(command);
    this.register(() => this.app.commands.remove(id));
    return command;
  }

  removeCommand(commandId: string): void {
    this.app.commands.remove(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: PluginSettingTab): void {
    const registrations = registrationsOf(this.app);
    guarded('setting tab update', () => settingTab.update());
    registrations.settingTabs.push(settingTab);
    this.register(() => {
      settingTab.hide();
      remove(registrations.settingTabs, settingTab);
    });
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    this.app.workspace.registerViewCreator(type, viewCreator);
    this.register(() => {
      void this.app.context.pending.track(
        this.app.workspace.unregisterViewCreator(type).catch((error: unknown) => reportError(`unregister view ${type}`, error)),
      );
    });
  }

  registerHoverLinkSource(id: string, info: unknown): void {
    void id;
    void info;
  }

  registerExtensions(extensions: string[], viewType: string): void {
    const registrations = registrationsOf(this.app);
    for (const ext of extensions) registrations.extensions.set(ext, viewType);
    this.register(() => {
      for (const ext of extensions) registrations.extensions.delete(ext);
    });
  }

  registerMarkdownPostProcessor(postProcessor: PostProcessor, sortOrder?: number): PostProcessor {
    const registrations = registrationsOf(this.app);
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    registrations.postProcessors.add(postProcessor);
    this.register(() => registrations.postProcessors.delete(postProcessor));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): PostProcessor {
    void sortOrder;
    const registrations = registrationsOf(this.app);
    if (registrations.codeBlocks.has(language)) throw new Error(`A code block processor for "${language}" is already registered`);
    registrations.codeBlocks.set(language, handler);
    this.register(() => registrations.codeBlocks.delete(language));
    return () => undefined;
  }

  registerEditorExtension(extension: unknown): void {
    const registrations = registrationsOf(this.app);
    registrations.editorExtensions.push(extension);
    this.register(() => remove(registrations.editorExtensions, extension));
  }

  registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string>) => unknown): void {
    const registrations = registrationsOf(this.app);
    registrations.protocolHandlers.set(action, handler);
    this.register(() => registrations.protocolHandlers.delete(action));
  }

  registerEditorSuggest(editorSuggest: unknown): void {
    const registrations = registrationsOf(this.app);
    registrations.editorSuggests.push(editorSuggest);
    this.register(() => remove(registrations.editorSuggests, editorSuggest));
  }

  registerBasesView(viewId: string, registration: unknown): boolean {
    void viewId;
    void registration;
    return false;
  }

  registerCliHandler(command: string, description: string, flags: unknown, handler: unknown): void {
    void command;
    void description;
    void flags;
    void handler;
  }

  async loadData(): Promise<unknown> {
    const file = this.dataPath();
    if (!fs.existsSync(file)) return null;
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  }

  async saveData(data: unknown): Promise<void> {
    const file = this.dataPath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeAtomic(file, JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {
    // Overridden by the plugin.
  }

  /** Harness: where `loadData`/`saveData` read and write. */
  dataPath(): string {
    return this.app.vault.abs(`${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`);
  }
}

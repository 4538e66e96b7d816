/**
 * The page the browser test opens: Obsidian's DOM helpers, the fake `obsidian` module, and
 * `growBoot`, which loads the built main.js over an in-memory vault the way Obsidian loads a
 * plugin (`require('obsidian')`, `module.exports.default`, `new Plugin(app, manifest)`, `onload`,
 * then the layout gets ready).
 */
import { installObsidianDom } from '../harness/dom';
import * as obsidian from './fake-obsidian';

installObsidianDom(window);

interface BootOptions {
  manifest: { id: string; name: string };
  files: Record<string, string>;
  language?: string;
}

interface GrowPage {
  app: obsidian.App;
  plugin: obsidian.Plugin & { openDashboard(): Promise<void>; index: { ready: boolean; revision: number } };
  notices: string[];
}

declare global {
  interface Window {
    growBoot(options: BootOptions): Promise<void>;
    /** main.js wrapped as Obsidian runs it: a CommonJS function (added by the test as a script). */
    growMain?: (require: (id: string) => unknown, module: { exports: Record<string, unknown> }, exports: Record<string, unknown>) => void;
    grow: GrowPage;
  }
}

window.growBoot = async (options: BootOptions): Promise<void> => {
  obsidian.language.current = options.language ?? 'en';
  const shell = document.body.createDiv({ cls: 'app-container' });
  const root = shell.createDiv({ cls: 'workspace' });
  const statusBar = shell.createDiv({ cls: 'status-bar' });
  const app = new obsidian.App(root, statusBar);
  for (const [path, text] of Object.entries(options.files)) app.vault.seed(path, text);

  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string): unknown => {
    if (id === 'obsidian') return obsidian;
    throw new Error(`main.js required "${id}": only "obsidian" exists for a plugin`);
  };
  // The plugin's code, run as Obsidian runs it: a CommonJS function of require/module/exports.
  if (!window.growMain) throw new Error('main.js was not added to the page');
  window.growMain(require, module, module.exports);
  const PluginClass = (module.exports.default ?? module.exports) as new (app: obsidian.App, manifest: unknown) => GrowPage['plugin'];
  const plugin = new PluginClass(app, options.manifest);
  await plugin.loadAsync();
  app.workspace.triggerLayoutReady();
  // The index builds in chunks after the layout is ready.
  for (let i = 0; i < 2000 && !plugin.index.ready; i += 1) await new Promise((resolve) => window.setTimeout(resolve, 5));
  window.grow = { app, plugin, notices: obsidian.notices };
};

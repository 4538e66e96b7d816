/** Shared by the plugin tests: a temp copy of a vault, the built plugin loaded over it, the dashboard. */
import { expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPlugin, type LoadedPlugin, type LoadPluginOptions } from '../harness/load-plugin';
import { runCli } from '../cli/run-cli';

export const fixtureVault = path.resolve(__dirname, '..', 'fixtures', 'vault');

/** A fresh temp folder with a copy of `from` (or empty). */
export function tempVault(from?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grow-plugin-'));
  if (from) fs.cpSync(from, dir, { recursive: true });
  return dir;
}

export function writeNote(vault: string, relative: string, text: string): void {
  const abs = path.join(vault, relative);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

export function readNote(vault: string, relative: string): string {
  return fs.readFileSync(path.join(vault, relative), 'utf8');
}

/** Loads the built plugin over the vault and lets the layout get ready (the index builds then). */
export async function start(vaultDir: string, options: Partial<LoadPluginOptions> = {}): Promise<LoadedPlugin> {
  const loaded = await loadPlugin({ vaultDir, ...options });
  await loaded.triggerLayoutReady();
  return loaded;
}

/** Opens the dashboard through its command and returns its content element. */
export async function openDashboard(loaded: LoadedPlugin): Promise<HTMLElement> {
  await loaded.runCommand('open-actions-dashboard');
  const leaf = loaded.app.workspace.getLeavesOfType('grow-actions')[0];
  if (!leaf) throw new Error('no dashboard leaf');
  await loaded.flush();
  return leaf.view.containerEl;
}

export interface ShownRow {
  file: string;
  line: number;
  text: string;
}

/** The rows the dashboard shows, in order. */
export function shownRows(el: HTMLElement): ShownRow[] {
  return Array.from(el.querySelectorAll<HTMLElement>('.grow-row')).map((row) => ({
    file: row.dataset.file ?? '',
    line: Number(row.dataset.line),
    text: row.querySelector('.grow-row-text')?.textContent ?? '',
  }));
}

export function rowEl(el: HTMLElement, file: string, line: number): HTMLElement {
  const row = Array.from(el.querySelectorAll<HTMLElement>('.grow-row')).find((r) => r.dataset.file === file && r.dataset.line === String(line));
  if (!row) throw new Error(`no row for ${file}:${line}; rows: ${JSON.stringify(shownRows(el))}`);
  return row;
}

/** Ticks a row's checkbox as a click does. */
export function tick(row: HTMLElement): void {
  const box = row.querySelector<HTMLInputElement>('input.grow-checkbox');
  if (!box) throw new Error('no checkbox');
  box.click();
}

export interface CliAction {
  file: string;
  line: number;
  text: string;
  status: string;
  due: string | null;
  client: string | null;
  overdue: boolean;
}

/** `grow-coach actions <vault> --json`. */
export function cliActions(vault: string, ...args: string[]): CliAction[] {
  const result = runCli(['actions', vault, '--json', ...args]);
  if (result.code !== 0) throw new Error(`grow-coach actions failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as CliAction[];
}

/**
 * What every plugin test does after itself: unload the plugin, asserting nothing it registered is
 * left behind, and remove the test's vault. Returns the emptied state to assign back.
 */
export async function tearDown(loaded: LoadedPlugin | null, vault: string): Promise<{ loaded: null; vault: '' }> {
  if (loaded) expect(await loaded.unload()).toEqual([]);
  if (vault) fs.rmSync(vault, { recursive: true, force: true });
  return { loaded: null, vault: '' };
}

/**
 * The built plugin, exercised end to end over the sample vault (every command, the dashboard, a
 * tick, the code block, the settings tab), while the harness records every network API call and
 * every HTML-from-string assignment. Both records must stay empty.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedPlugin } from '../harness/load-plugin';
import { openDashboard, start } from '../plugin/helpers';

const sample = path.resolve(__dirname, '..', '..', 'examples', 'sample-vault');
let vault = '';
let loaded: LoadedPlugin | null = null;
afterAll(async () => {
  const still = loaded;
  loaded = null;
  if (still) await still.unload();
  if (vault) rmSync(vault, { recursive: true, force: true });
});

describe('the built plugin, all of it at once', () => {
  it('makes no network call and builds no HTML from strings', async () => {
    vault = mkdtempSync(path.join(os.tmpdir(), 'grow-net-'));
    cpSync(sample, vault, { recursive: true });
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    el.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    await loaded.flush();
    await loaded.renderCodeBlock('grow-actions', 'client: Anna de Vries\ndone: true', 'Clients/Anna de Vries.md');
    loaded.openSettings();
    const commands = loaded.commands();
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const command of commands) {
      await loaded.runCommand(command.id);
      await loaded.flush();
      // A picker the command opened is closed again, as the coach would with Escape.
      for (const modal of [...loaded.modals]) modal.close();
    }
    expect(loaded.network).toEqual([]);
    expect(loaded.unsafeHtml).toEqual([]);
    const done = loaded;
    loaded = null;
    expect(await done.unload()).toEqual([]);
  });
});

/**
 * The plugin's initial index, measured in the harness (issue 6): the built main.js loaded as
 * Obsidian loads it over a generated vault (N coaching notes and N other notes), the clock from
 * "layout ready" to "index ready", and how many notes it read. `npm run bench:plugin [-- --notes N]`.
 *
 * The fake metadata cache is computed before the clock starts (Obsidian has it cached from the
 * last session); what is timed is the plugin's own work.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPlugin } from '../harness/load-plugin';
import { generateVault } from './generate';

interface IndexLike {
  ready: boolean;
  entries(): IterableIterator<{ actions: readonly unknown[] }>;
  readsInBuild?: number;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--notes');
  const notes = i >= 0 ? Number(process.argv[i + 1]) : 10_000;
  const root = resolve(process.cwd(), '.bench-vault', `plugin-${notes}`);
  rmSync(root, { recursive: true, force: true });
  const manifest = generateVault(root, notes);
  const loadStart = performance.now();
  const loaded = await loadPlugin({ vaultDir: root, metadataTiming: 'sync' });
  const loadMs = performance.now() - loadStart;
  const index = (loaded.plugin as unknown as { index: IndexLike }).index;
  const t0 = performance.now();
  await loaded.triggerLayoutReady();
  while (!index.ready) await loaded.flush();
  const ms = performance.now() - t0;
  let coaching = 0;
  let actions = 0;
  for (const entry of index.entries()) {
    coaching += 1;
    actions += entry.actions.length;
  }
  console.log(`vault: ${notes} coaching notes and ${notes} other notes (${JSON.stringify(manifest).length > 0 ? 'generated' : ''})`);
  console.log(`harness start-up (fake cache of every file, not timed below): ${loadMs.toFixed(0)} ms`);
  console.log(`plugin index, layout ready → ready: ${ms.toFixed(0)} ms (${((ms / (2 * notes)) * 1000).toFixed(1)} µs per note in the vault)`);
  console.log(`coaching notes indexed: ${coaching}, actions: ${actions}, notes read: ${index.readsInBuild ?? 'n/a'}`);
  await loaded.unload();
}

void main();

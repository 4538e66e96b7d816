/**
 * The plugin's index through the built main.js: what it reads (only coaching notes, and of those
 * only the ones with task items), and how it follows renames, deletes, rule changes and language.
 */
import * as fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadedPlugin } from '../../harness/load-plugin';
import { loadPlugin } from '../../harness/load-plugin';
import { openDashboard, shownRows, start, tempVault, writeNote, tearDown } from '../helpers';

let loaded: LoadedPlugin | null = null;
let vault = '';

afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

const WILL = '## Will\n- [ ] Call Piet\n';

function practice(): string {
  const dir = tempVault();
  writeNote(dir, 'Coaching/Anna/s1.md', `---\nclient: Anna\n---\n${WILL}`);
  writeNote(dir, 'Coaching/Anna/profile.md', '---\nclient: Anna\n---\n# Anna\nNo tasks here.\n');
  writeNote(dir, 'Elsewhere/typed.md', `---\ntype: coaching-session\nclient: Bram\n---\n${WILL}`);
  writeNote(dir, 'Elsewhere/tagged.md', `#coaching/team\n\n${WILL}`);
  writeNote(dir, 'Journal/shopping.md', '- [ ] Milk\n- [ ] Bread\n');
  writeNote(dir, 'Journal/plans.md', `---\ntype: plan\n---\n${WILL}`);
  return dir;
}

describe('the index', () => {
  it('reads only coaching notes with task items; the others come from the metadata cache or not at all', async () => {
    vault = practice();
    loaded = await loadPlugin({ vaultDir: vault });
    const reads: string[] = [];
    const { vault: v } = loaded.app;
    for (const name of ['read', 'cachedRead'] as const) {
      const original = v[name].bind(v);
      v[name] = (file: Parameters<typeof original>[0]) => {
        reads.push(file.path);
        return original(file);
      };
    }
    const adapterRead = v.adapter.read.bind(v.adapter);
    v.adapter.read = (path: string) => {
      reads.push(`adapter:${path}`);
      return adapterRead(path);
    };
    await loaded.triggerLayoutReady();
    expect(reads.sort()).toEqual(['Coaching/Anna/s1.md', 'Elsewhere/tagged.md', 'Elsewhere/typed.md']);
    const el = await openDashboard(loaded);
    expect(
      shownRows(el)
        .map((r) => r.file)
        .sort(),
    ).toEqual(['Coaching/Anna/s1.md', 'Elsewhere/tagged.md', 'Elsewhere/typed.md']);
    // The note without tasks still counts as Anna's (for the client list), read from the cache.
    const clients = Array.from(el.querySelectorAll('select.grow-client-select option')).map((o) => o.textContent);
    expect(clients).toEqual(['All clients', 'Anna', 'Bram']);
  });

  it('registers nothing and reads nothing when turned off before the layout is ready', async () => {
    vault = practice();
    loaded = await loadPlugin({ vaultDir: vault });
    const reads: string[] = [];
    const { vault: v } = loaded.app;
    const cachedRead = v.cachedRead.bind(v);
    v.cachedRead = (file: Parameters<typeof cachedRead>[0]) => {
      reads.push(file.path);
      return cachedRead(file);
    };
    loaded.plugin.unload();
    await loaded.triggerLayoutReady();
    expect(reads).toEqual([]);
  });

  it('follows renames in and out of the coaching folder, and deletes', async () => {
    vault = practice();
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const files = () =>
      shownRows(el)
        .map((r) => r.file)
        .sort();
    const file = (p: string) => {
      const f = loaded?.app.vault.getFileByPath(p);
      if (!f) throw new Error(p);
      return f;
    };
    await loaded.app.fileManager.renameFile(file('Coaching/Anna/s1.md'), 'Journal/s1.md');
    await loaded.flush();
    expect(files()).toEqual(['Elsewhere/tagged.md', 'Elsewhere/typed.md']);
    await loaded.app.fileManager.renameFile(file('Journal/plans.md'), 'Coaching/plans.md');
    await loaded.flush();
    expect(files()).toEqual(['Coaching/plans.md', 'Elsewhere/tagged.md', 'Elsewhere/typed.md']);
    await loaded.app.fileManager.renameFile(file('Elsewhere/typed.md'), 'Elsewhere/renamed.md');
    await loaded.flush();
    expect(files()).toEqual(['Coaching/plans.md', 'Elsewhere/renamed.md', 'Elsewhere/tagged.md']);
    await loaded.app.fileManager.trashFile(file('Elsewhere/tagged.md'));
    await loaded.flush();
    expect(files()).toEqual(['Coaching/plans.md', 'Elsewhere/renamed.md']);
    expect(loaded.errors).toEqual([]);
  });

  it('reads the vault again when the coaching-note rules change in the settings', async () => {
    vault = practice();
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const settings = loaded.openSettings();
    expect(settings.names()).toEqual([
      'Language',
      'Coaching notes',
      'Type',
      'Tag',
      'Folder',
      'Headings',
      'Own words for Goal',
      'Own words for Reality',
      'Own words for Options',
      'Own words for Will',
      'Templates',
      'Template folder',
      "Coach's name",
      'Actions',
      'Add completion date',
      'Update properties on change',
      'Vague verbs',
    ]);
    settings.change('Type', 'plan');
    settings.change('Folder', '');
    await loaded.flush();
    expect(
      shownRows(el)
        .map((r) => r.file)
        .sort(),
    ).toEqual(['Elsewhere/tagged.md', 'Journal/plans.md']);
    const saved = JSON.parse(fs.readFileSync(`${vault}/.obsidian/plugins/grow-coach/data.json`, 'utf8')) as { rules: unknown };
    expect(saved.rules).toEqual({ type: 'plan', tag: 'coaching', folder: '' });
  });

  it('reads the vault again once after a rule is typed key by key', async () => {
    vault = practice();
    loaded = await start(vault);
    const plugin = loaded.plugin as unknown as { index: { rebuild(): Promise<void> } };
    let builds = 0;
    const rebuild = plugin.index.rebuild.bind(plugin.index);
    plugin.index.rebuild = () => {
      builds += 1;
      return rebuild();
    };
    const settings = loaded.openSettings();
    for (const folder of ['C', 'Co', 'Coaching/', 'Coaching/Clients']) settings.change('Folder', folder);
    await loaded.flush();
    expect(builds).toBe(1);
  });

  it('speaks Dutch when Obsidian does, and switches language from the settings', async () => {
    vault = practice();
    loaded = await start(vault, { language: 'nl' });
    const el = await openDashboard(loaded);
    expect(el.querySelector('.grow-dashboard-title')?.textContent).toBe('GROW-acties');
    expect(el.querySelector('.grow-dashboard-counts')?.textContent).toBe('3 open · 0 verstreken');
    expect(loaded.window.document.querySelector('.grow-status-bar')?.textContent).toBe('3 open · 0 verstreken');
    const settings = loaded.openSettings();
    expect(settings.names()[0]).toBe('Taal');
    settings.change('Taal', 'en');
    await loaded.flush();
    expect(el.querySelector('.grow-dashboard-counts')?.textContent).toBe('3 open · 0 overdue');
    expect(el.querySelector('.grow-dashboard-title')?.textContent).toBe('GROW actions');
    expect(el.querySelector('select.grow-group-by option')?.textContent).toBe('By client');
  });
});

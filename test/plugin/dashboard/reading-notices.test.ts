/**
 * Issue 11 in the plugin, through the built main.js in the harness: a vault of notes written as
 * coaches write them. The dashboard lists the same actions as `grow-coach actions --json`, shows
 * the quiet lines for tasks outside Will and for frontmatter that never closes (a list with links
 * on click), reads the coach's own words from the settings, and parses nothing into a note whose
 * frontmatter never closes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadedPlugin } from '../../harness/load-plugin';
import { cliActions, openDashboard, readNote, shownRows, start, tearDown, tempVault, writeNote } from '../helpers';

let loaded: LoadedPlugin | null = null;
let vault = '';

afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

const fixtures = path.resolve(__dirname, '..', '..', 'fixtures');
const NOTES = {
  'Coaching/Sanne/gesprek 4.md': 'reading/nl-coach-headings.md',
  'Coaching/Omar/session 2.md': 'reading/en-coach-headings.md',
  'Coaching/Mark/sessie 1.md': 'reading/nl-scales.md',
  'Coaching/Anna/open frontmatter.md': 'unclosed/no-closing.md',
  'Coaching/Anna/crlf.md': 'unclosed/crlf.md',
};

function coachVault(): string {
  const dir = tempVault();
  for (const [rel, from] of Object.entries(NOTES)) writeNote(dir, rel, fs.readFileSync(path.join(fixtures, from), 'utf8'));
  return dir;
}

const key = (r: { file: string; line: number; text: string }) => `${r.file}:${r.line} ${r.text}`;

function toggleOf(el: HTMLElement, section: 'outside' | 'unclosed'): HTMLButtonElement {
  const button = el.querySelector<HTMLButtonElement>(`.grow-notice-${section} .grow-notice-toggle`);
  if (!button) throw new Error(`no ${section} notice; notices: ${el.querySelector('.grow-notices')?.textContent ?? ''}`);
  return button;
}

describe('the dashboard over notes written as coaches write', () => {
  it('shows the actions `actions --json` gives, the note with unclosed frontmatter included', async () => {
    vault = coachVault();
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const expected = cliActions(vault).map(key).sort();
    expect(expected).toContain('Coaching/Anna/open frontmatter.md:6 Teamleider bellen');
    expect(expected).toContain('Coaching/Sanne/gesprek 4.md:35 Lijstje meenemen van overleggen die ze heeft afgezegd');
    expect(shownRows(el).map(key).sort()).toEqual(expected);
    expect(loaded.errors).toEqual([]);
  });

  it('says how many tasks stand outside a Will section, and lists the notes with links on click', async () => {
    vault = coachVault();
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const toggle = toggleOf(el, 'outside');
    // Sanne: 2 under Huiswerk, 1 under Doelgroep; Omar: 1 under Homework.
    expect(toggle.textContent).toBe('4 tasks in 2 coaching notes are outside a Will section');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('.grow-notice-outside .grow-notice-list')).toBeNull();
    toggle.click();
    await loaded.flush();
    expect(toggleOf(el, 'outside').getAttribute('aria-expanded')).toBe('true');
    const items = Array.from(el.querySelectorAll<HTMLElement>('.grow-notice-outside .grow-notice-note')).map((li) => li.textContent);
    expect(items).toEqual([
      'session 2: 1 under "## Homework" (line 28)',
      'gesprek 4: 2 under "## Huiswerk" (line 24), 1 under "## Doelgroep van het project" (line 39)',
    ]);
    const link = el.querySelector<HTMLElement>('.grow-notice-outside a[data-file="Coaching/Sanne/gesprek 4.md"]');
    link?.click();
    await loaded.flush();
    expect(loaded.opened.at(-1)).toMatchObject({ path: 'Coaching/Sanne/gesprek 4.md', line: 24 });
  });

  it('names the notes whose properties never close', async () => {
    vault = coachVault();
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const toggle = toggleOf(el, 'unclosed');
    expect(toggle.textContent).toBe("2 coaching notes' properties never close");
    toggle.click();
    await loaded.flush();
    expect(Array.from(el.querySelectorAll('.grow-notice-unclosed a')).map((a) => a.getAttribute('data-file'))).toEqual([
      'Coaching/Anna/crlf.md',
      'Coaching/Anna/open frontmatter.md',
    ]);
    expect(el.querySelector('.grow-notice-unclosed .grow-notice-help')?.textContent).toContain('Add a line "---" below the last property');
  });

  it('reads the coach’s own words from the settings: Huiswerk becomes Will, the line follows, as the CLI with --phase-words', async () => {
    vault = coachVault();
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const settings = loaded.openSettings();
    expect(settings.names()).toEqual(expect.arrayContaining(['Own words for Goal', 'Own words for Reality', 'Own words for Options', 'Own words for Will']));
    settings.change('Own words for Will', 'huiswerk, homework');
    await loaded.flush();
    const expected = cliActions(vault, '--phase-words', 'will=huiswerk,homework').map(key).sort();
    expect(expected).toContain('Coaching/Sanne/gesprek 4.md:25 Een week lang bijhouden welke overleggen echt nodig waren');
    expect(shownRows(el).map(key).sort()).toEqual(expected);
    expect(toggleOf(el, 'outside').textContent).toBe('1 task in 1 coaching note is outside a Will section');
    const saved = JSON.parse(fs.readFileSync(path.join(vault, '.obsidian/plugins/grow-coach/data.json'), 'utf8')) as { phaseWords: { will: string } };
    expect(saved.phaseWords.will).toBe('huiswerk, homework');
  });

  it('speaks Dutch when Obsidian does', async () => {
    vault = coachVault();
    loaded = await start(vault, { language: 'nl' });
    const el = await openDashboard(loaded);
    expect(toggleOf(el, 'outside').textContent).toBe('4 taken in 2 coachingnotities staan buiten een Wil-sectie');
    expect(toggleOf(el, 'unclosed').textContent).toBe('De eigenschappen van 2 coachingnotities sluiten niet af');
  });

  it('shows no line when every task stands under Will, and the line goes when the note is fixed', async () => {
    vault = tempVault();
    writeNote(vault, 'Coaching/a.md', '## Wil\n- [ ] bellen\n## Huiswerk\n- [ ] lezen\n');
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    expect(toggleOf(el, 'outside').textContent).toBe('1 task in 1 coaching note is outside a Will section');
    const file = loaded.app.vault.getFileByPath('Coaching/a.md');
    if (!file) throw new Error('no file');
    await loaded.app.vault.modify(file, '## Wil\n- [ ] bellen\n## Afspraken\n- [ ] lezen\n');
    await loaded.flush();
    await loaded.tickIntervals();
    expect(el.querySelector('.grow-notice-outside')).toBeNull();
    expect(el.querySelector('.grow-notices')?.classList.contains('grow-hidden')).toBe(true);
    expect(shownRows(el).map((r) => r.text)).toEqual(['bellen', 'lezen']);
  });

  it('parses nothing into a note whose frontmatter never closes, and says why and what to do', async () => {
    vault = coachVault();
    loaded = await start(vault);
    const note = 'Coaching/Anna/open frontmatter.md';
    const before = readNote(vault, note);
    const file = loaded.app.vault.getFileByPath(note);
    if (!file) throw new Error('no file');
    const leaf = loaded.app.workspace.getLeaf(true);
    await leaf.openFile(file, { active: true });
    loaded.app.workspace.setActiveLeaf(leaf, { focus: true });
    await loaded.flush();
    await loaded.runCommand('parse-note');
    expect(readNote(vault, note)).toBe(before);
    const message = loaded.notices.at(-1)?.message ?? '';
    expect(message).toContain(`${note}:1: the note starts with "---" but no second "---" line closes the properties`);
    expect(message).toContain('Add a line "---" below the last property');
  });
});

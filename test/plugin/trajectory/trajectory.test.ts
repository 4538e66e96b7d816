/**
 * The client overview, the `grow-client` block, the sponsor summary, the hours log and the lint
 * badge, through the built main.js over a copy of the trajectory fixture; each is held against
 * what the CLI gives over the same vault.
 */
import * as fs from 'node:fs';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/core/note/dates';
import type { LoadedPlugin } from '../../harness/load-plugin';
import { runCli } from '../../cli/run-cli';
import { ANNA, ANNA_GOALS, HOURS_CSV, LINT, SECRET } from '../../fixtures/trajectory/expected';
import { openDashboard, readNote, start, tempVault, tearDown } from '../helpers';

const fixture = path.resolve(__dirname, '..', '..', 'fixtures', 'trajectory');
const SESSION_3 = 'Coaching/Anna de Vries/2026-10-27 sessie 3.md';

let loaded: LoadedPlugin | null = null;
let vault = '';

afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

interface CliTrajectory {
  sessions: { kind: string; number: number | null; date: string; scale: number | null; commitment: number | null; actions: { agreed: number; done: number } }[];
  followThrough: { agreed: number; done: number; rate: number };
}

function cliTrajectory(dir: string): CliTrajectory {
  const r = runCli(['client', dir, '--client', ANNA, '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as CliTrajectory;
}

async function activate(l: LoadedPlugin, file: string): Promise<void> {
  const tfile = l.app.vault.getFileByPath(file);
  if (!tfile) throw new Error(`no ${file}`);
  const leaf = l.app.workspace.getLeaf(true);
  await leaf.openFile(tfile, { active: true });
  l.app.workspace.setActiveLeaf(leaf, { focus: true });
  await l.flush();
}

async function overview(l: LoadedPlugin): Promise<HTMLElement> {
  await activate(l, SESSION_3);
  expect(await l.runCommand('open-client-overview')).toBe(true);
  const leaf = l.app.workspace.getLeavesOfType('grow-client-overview')[0];
  if (!leaf) throw new Error('no client overview');
  await l.flush();
  return leaf.view.containerEl;
}

const texts = (el: HTMLElement, selector: string) => Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? '');
const en = (v: number | null) => (v === null ? '' : String(v));

describe('the client overview', () => {
  it('shows the goals, the chart with its numbers, the follow-through and the open actions the CLI gives', async () => {
    vault = tempVault(fixture);
    loaded = await start(vault);
    const el = await overview(loaded);
    const cli = cliTrajectory(vault);
    expect(el.querySelector('.grow-client-title')?.textContent).toBe(ANNA);
    expect(texts(el, '.grow-client-list li').slice(0, 2)).toEqual(ANNA_GOALS);
    expect(el.querySelector('.grow-client-follow')?.textContent).toBe(`${cli.followThrough.done} of ${cli.followThrough.agreed} agreed actions done (44%)`);
    // The chart: one point per stated number, and the numbers as text in the hidden table.
    const charted = cli.sessions.filter((s) => s.scale !== null || s.commitment !== null);
    const rows = Array.from(el.querySelectorAll('.grow-sr-only tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent ?? ''));
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual(charted.map((s) => [s.date, en(s.scale), en(s.commitment)]));
    expect(el.querySelectorAll('.grow-chart-scale circle')).toHaveLength(charted.filter((s) => s.scale !== null).length);
    expect(el.querySelectorAll('.grow-chart-commitment circle')).toHaveLength(charted.filter((s) => s.commitment !== null).length);
    const svg = el.querySelector('svg.grow-chart');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toContain('session 1 (2026-09-15): Scale');
    // Per session: done of agreed, beside the commitment.
    const perSession = Array.from(el.querySelectorAll('.grow-client-sessions tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    const grow = cli.sessions.filter((s) => s.kind === 'session');
    expect(perSession.map((r) => r[3])).toEqual(
      grow.map((s) => `${s.actions.done}/${s.actions.agreed} (${Math.round((100 * s.actions.done) / s.actions.agreed)}%)`),
    );
    expect(perSession.map((r) => r[2])).toEqual(grow.map((s) => en(s.commitment)));
    expect(el.querySelectorAll('.grow-client-actions li')).toHaveLength(6);
    expect(el.querySelectorAll('.grow-client-warning')).toHaveLength(0);
    expect(loaded.errors).toEqual([]);
  });

  it('stays live: an action ticked on disk moves the follow-through', async () => {
    vault = tempVault(fixture);
    loaded = await start(vault);
    const el = await overview(loaded);
    const text = readNote(vault, SESSION_3);
    loaded.app.vault.external.writeFile(SESSION_3, text.replace('- [ ] Kijken naar de vacature', '- [x] Kijken naar de vacature'));
    await loaded.flush();
    expect(el.querySelector('.grow-client-follow')?.textContent).toBe('5 of 9 agreed actions done (56%)');
    expect(el.querySelectorAll('.grow-client-actions li')).toHaveLength(5);
    // A value that cannot be read is named in the view, not guessed.
    loaded.app.vault.external.writeFile(SESSION_3, readNote(vault, SESSION_3).replace('duration: 75', 'duration: vijf kwartier'));
    await loaded.flush();
    expect(texts(el, '.grow-client-warning')).toEqual([`${SESSION_3}: duration: "vijf kwartier" is not a number of minutes; it is left out`]);
    expect(cliTrajectory(vault).followThrough).toEqual({ agreed: 9, done: 5, rate: 5 / 9 });
  });

  it('the grow-client block on the client page finds its client by the page name', async () => {
    vault = tempVault(fixture);
    loaded = await start(vault);
    const block = await loaded.renderCodeBlock('grow-client', '', 'Klanten/Anna de Vries.md');
    await loaded.flush();
    expect(texts(block.el, '.grow-client-list li').slice(0, 2)).toEqual(ANNA_GOALS);
    expect(block.el.querySelector('.grow-client-follow')?.textContent).toBe('4 of 9 agreed actions done (44%)');
    // Hidden (a collapsed callout, another tab), it waits; shown again, it catches up.
    block.el.hidden = true;
    loaded.app.vault.external.writeFile(SESSION_3, readNote(vault, SESSION_3).replace('- [ ] Kijken naar de vacature', '- [x] Kijken naar de vacature'));
    await loaded.flush();
    expect(block.el.querySelector('.grow-client-follow')?.textContent).toBe('4 of 9 agreed actions done (44%)');
    block.el.hidden = false;
    loaded.app.workspace.trigger('layout-change');
    await loaded.flush();
    expect(block.el.querySelector('.grow-client-follow')?.textContent).toBe('5 of 9 agreed actions done (56%)');
    block.unload();
    const named = await loaded.renderCodeBlock('grow-client', 'client: [[Bram Jansen]]\ncolour: red', 'x.md');
    await loaded.flush();
    expect(named.el.querySelector('.grow-block-error')?.textContent).toBe('grow-client: unknown line "colour: red"');
    expect(named.el.querySelector('.grow-client-follow')?.textContent).toBe('1 of 4 agreed actions done (25%)');
    named.unload();
  });
});

describe('the sponsor summary command', () => {
  it('creates a new note with what the CLI prints, opens it, never overwrites, and holds no word of Reality', async () => {
    vault = tempVault(fixture);
    loaded = await start(vault);
    await activate(loaded, SESSION_3);
    expect(await loaded.runCommand('create-sponsor-summary')).toBe(true);
    await loaded.flush();
    const file = `Coaching/Anna de Vries/Sponsor summary Anna de Vries ${localToday()}.md`;
    const text = readNote(vault, file);
    const cli = runCli(['sponsor', vault, '--client', ANNA, '--today', localToday()]);
    expect(text).toBe(`${cli.stdout.trimEnd()}\n`);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('Rijkswaterstaat');
    expect(loaded.opened.map((o) => o.path)).toContain(file);
    await activate(loaded, SESSION_3);
    await loaded.runCommand('create-sponsor-summary');
    await loaded.flush();
    expect(readNote(vault, file)).toBe(text);
    expect(fs.existsSync(path.join(vault, file.replace('.md', ' (2).md')))).toBe(true);
  });
});

describe('the hours log command', () => {
  it('writes the ICF log as CSV (the hand count) and a note with the totals and the EMCC counts', async () => {
    vault = tempVault(fixture);
    loaded = await start(vault);
    expect(await loaded.runCommand('export-coaching-hours-log')).toBe(true);
    await loaded.flush();
    const base = `Coaching/Coaching hours log ${localToday()}`;
    expect(readNote(vault, `${base}.csv`)).toBe(HOURS_CSV.map((l) => `${l}\r\n`).join(''));
    const note = readNote(vault, `${base}.md`);
    expect(note).toContain('EMCC: 8.83 client hours, 3 clients.');
    expect(note).toContain('0.83 hours of 1 client are left off the ICF log (icf_consent: false).');
    expect(note).toContain('Coaching/Bram Jansen/2026-10-19 session 2.md: no duration');
    expect(note).toContain(`[[${base}.csv]]`);
  });
});

describe('the lint badge in the dashboard', () => {
  it('marks exactly the vague undated actions `grow-coach lint` names', async () => {
    vault = tempVault(fixture);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const marked = Array.from(el.querySelectorAll<HTMLElement>('.grow-row'))
      .filter((row) => row.querySelector('.grow-lint'))
      .map((row) => row.dataset.file)
      .sort();
    expect(marked).toEqual(LINT.map((f) => f.file).sort());
    const badge = el.querySelector('.grow-lint');
    expect(badge?.textContent).toBe('vague');
    expect(badge?.getAttribute('aria-label')).toMatch(/^Hard to follow up: "/);
    // The coach's own vague verbs, from the settings.
    loaded.openSettings().change('Vague verbs', 'opstellen, ');
    await loaded.flush();
    const agenda = Array.from(el.querySelectorAll<HTMLElement>('.grow-row')).find((row) => row.textContent?.includes('Agenda van het teamoverleg opstellen'));
    expect(agenda?.querySelector('.grow-lint')?.getAttribute('aria-label')).toBe(
      'Hard to follow up: "opstellen" and no due date. Make it concrete: what exactly, by when?',
    );
  });
});

describe('the "no owner" badge', () => {
  const owners = path.resolve(__dirname, '..', '..', 'fixtures', 'lint-owners');
  const CLAIRE = 'Coaching/2026-11-13 session 2 Claire.md';
  const marked = (el: HTMLElement, cls: string) =>
    Array.from(el.querySelectorAll<HTMLElement>('.grow-row'))
      .filter((row) => row.querySelector(cls))
      .map((row) => `${row.dataset.file}:${row.dataset.line}`)
      .sort();

  it('marks exactly the actions `grow-coach lint` names for it, in Dutch, and follows the note as it changes', async () => {
    vault = tempVault(owners);
    const cli = JSON.parse(runCli(['lint', vault, '--json']).stdout) as { file: string; line: number; kind: string }[];
    const expected = (kind: string) =>
      cli
        .filter((f) => f.kind === kind)
        .map((f) => `${f.file}:${f.line}`)
        .sort();
    expect(expected('owner')).toHaveLength(3);
    loaded = await start(vault, { language: 'nl' });
    const el = await openDashboard(loaded);
    expect(marked(el, '.grow-lint-owner')).toEqual(expected('owner'));
    expect(marked(el, '.grow-lint-vague')).toEqual(expected('vague'));
    const badge = el.querySelector('.grow-lint-owner');
    expect(badge?.textContent).toBe('geen eigenaar');
    expect(badge?.getAttribute('aria-label')).toBe(
      'Geen eigenaar, in een notitie waarin je eigenaren noteert. Schrijf erbij van wie de actie is: [owner:: klant] of [owner:: coach].',
    );

    // The coach drops the one client field of Claire's note: it no longer marks owners, its badge goes.
    const before = readNote(vault, CLAIRE);
    const file = loaded.app.vault.getFileByPath(CLAIRE);
    if (!file) throw new Error(`no ${CLAIRE}`);
    await loaded.app.vault.modify(file, before.replace(' (owner:: client)', ''));
    await loaded.flush();
    expect(marked(el, '.grow-lint-owner').filter((id) => id.startsWith(CLAIRE))).toEqual([]);
    expect(marked(el, '.grow-lint-owner')).toEqual(expected('owner').filter((id) => !id.startsWith(CLAIRE)));
    // And back.
    await loaded.app.vault.modify(file, before);
    await loaded.flush();
    expect(marked(el, '.grow-lint-owner')).toEqual(expected('owner'));
    // The badges only read: every note is as it was.
    for (const f of cli) expect(readNote(vault, f.file)).toBe(readFileSync(path.join(owners, f.file), 'utf8'));
  });
});

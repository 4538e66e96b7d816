/**
 * The client overview's chart in a real browser (issue 15): the built main.js over the trajectory
 * fixture in Chromium (see `page.ts`), Anna's trajectory shown in the client view in Obsidian's
 * light and dark theme, the series drawn in the theme's colours, the numbers readable as text; then
 * the demo's English client (examples/sample-vault, dated as `demo-files.ts` dates it) as the core
 * trajectory reads her, in the screenshots the README shows. Chromium as `dashboard.browser.test.ts`
 * finds it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { startBrowser, type TestBrowser } from './browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, annaSessionsAsRead } from '../fixtures/trajectory/expected';
import { remarkOutline } from '../../src/core/note/remark-reading';
import { scanOutline } from '../../src/core/note/scan';
import { readTrajectoryNote } from '../../src/core/trajectory/note';
import { buildTrajectory } from '../../src/core/trajectory/trajectory';
import { demoFiles } from './demo-files';

const root = path.resolve(__dirname, '..', '..');
const fixture = path.join(root, 'test', 'fixtures', 'trajectory');

let tb: TestBrowser;
/** The day the demo's screenshots show (as in `dashboard.browser.test.ts`). */
const today = '2026-11-21';
/** The demo's English trajectory: intake, three GROW sessions and a mid-way evaluation. */
const DEMO_CLIENT = 'Claire Morgan';

/** The fixture's notes, by vault path. */
function fixtureFiles(dir = fixture, rel = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    const relPath = rel ? `${rel}/${name}` : name;
    if (statSync(abs).isDirectory()) Object.assign(files, fixtureFiles(abs, relPath));
    else if (name.endsWith('.md')) files[relPath] = readFileSync(abs, 'utf8');
  }
  return files;
}

beforeAll(async () => {
  tb = await startBrowser({ width: 720, height: 900 });
});

afterAll(async () => {
  await tb?.close();
});

describe('the client overview in Chromium', () => {
  it('draws scale and commitment in the theme colours, light and dark, with the numbers as text', async () => {
    const { page, errors } = await tb.openVault(fixtureFiles());
    await page.evaluate(async (client) => {
      const leaf = window.grow.app.workspace.getLeaf('tab');
      await leaf.setViewState({ type: 'grow-client-overview', active: true });
      (leaf.view as unknown as { setClient(c: string): void }).setClient(client);
    }, ANNA);
    await page.waitForSelector('svg.grow-chart circle');

    const charted = annaSessionsAsRead().filter((s) => s.scale !== null || s.commitment !== null);
    expect(await page.$$eval('.grow-chart-scale circle', (c) => c.length)).toBe(charted.filter((s) => s.scale !== null).length);
    expect(await page.$$eval('.grow-chart-commitment circle', (c) => c.length)).toBe(charted.filter((s) => s.commitment !== null).length);
    // The numbers as text for screen readers: the hidden table, and the image's label.
    const table = await page.$$eval('.grow-sr-only tbody tr', (rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent ?? '')));
    expect(table.map((r) => [r[1], r[2], r[3]])).toEqual(
      charted.map((s) => [s.date, s.scale === null ? '' : String(s.scale), s.commitment === null ? '' : String(s.commitment)]),
    );
    expect(await page.$eval('.grow-sr-only', (el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await page.$eval('svg.grow-chart', (el) => el.getAttribute('aria-label'))).toContain('session 3 (2026-10-27)');

    const stroke = (series: string) => page.$eval(`.grow-chart-${series} polyline`, (el) => getComputedStyle(el).stroke);
    expect(await stroke('scale')).toBe('rgb(138, 92, 245)');
    expect(await stroke('commitment')).toBe('rgb(236, 117, 0)');
    await page.evaluate(() => document.body.classList.replace('theme-light', 'theme-dark'));
    expect(await stroke('scale')).toBe('rgb(166, 138, 249)');
    expect(await stroke('commitment')).toBe('rgb(233, 151, 63)');
    expect(await page.$eval('.grow-chart-axis', (el) => getComputedStyle(el).fill)).toBe('rgb(179, 179, 179)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the demo's English client as the core trajectory reads her: the screenshots the README shows", async () => {
    const files = demoFiles(today);
    const notes = Object.entries(files)
      .filter(([p]) => p.startsWith('Coaching/'))
      .map(([p, text]) => readTrajectoryNote(p, text, (body, lines) => scanOutline(body, lines) ?? remarkOutline(body)))
      .filter((n) => n !== null);
    const trajectory = buildTrajectory(DEMO_CLIENT, notes);
    const charted = trajectory.sessions.filter((s) => s.scale !== null || s.commitment !== null);
    // A trajectory worth a chart: several conversations with a scale, and goals from the intake.
    expect(charted.length).toBeGreaterThanOrEqual(3);
    expect(trajectory.goals.length).toBeGreaterThan(0);

    const { page, errors } = await tb.openVault(files, { fixedDay: today });
    await page.evaluate(async (client) => {
      const leaf = window.grow.app.workspace.getLeaf('tab');
      await leaf.setViewState({ type: 'grow-client-overview', active: true });
      (leaf.view as unknown as { setClient(c: string): void }).setClient(client);
    }, DEMO_CLIENT);
    await page.waitForSelector('svg.grow-chart circle');
    expect(await page.$$eval('.grow-chart-scale circle', (c) => c.length)).toBe(charted.filter((s) => s.scale !== null).length);
    expect(await page.$$eval('.grow-chart-commitment circle', (c) => c.length)).toBe(charted.filter((s) => s.commitment !== null).length);
    const table = await page.$$eval('.grow-sr-only tbody tr', (rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent ?? '')));
    expect(table.map((r) => [r[1], r[2], r[3]])).toEqual(
      charted.map((s) => [s.date, s.scale === null ? '' : String(s.scale), s.commitment === null ? '' : String(s.commitment)]),
    );
    const shown = await page.$eval('.grow-client-view', (el) => el.textContent ?? '');
    for (const goal of trajectory.goals) expect(shown).toContain(goal);
    for (const action of trajectory.openActions) expect(shown).toContain(action.text);

    const shots = path.join(root, 'docs', 'screenshots');
    mkdirSync(shots, { recursive: true });
    const view = await page.$('.grow-client-view');
    if (!view) throw new Error('no client view');
    await view.screenshot({ path: path.join(shots, 'client-light.png') });
    await page.evaluate(() => document.body.classList.replace('theme-light', 'theme-dark'));
    expect(await page.$eval('.grow-chart-scale polyline', (el) => getComputedStyle(el).stroke)).toBe('rgb(166, 138, 249)');
    await view.screenshot({ path: path.join(shots, 'client-dark.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * What every browser test starts with: a Chromium (see `find-chromium.ts`) with a new, empty
 * profile, the fake Obsidian page script (`page.ts`) bundled for the browser, and a page in
 * Obsidian's light or dark theme with the plugin's styles.css; and a page with the built main.js
 * loaded over a vault of given notes, as Obsidian loads it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from './find-chromium';

const root = path.resolve(__dirname, '..', '..');

export interface TestBrowser {
  context: BrowserContext;
  /** `page.ts`, bundled: the fake Obsidian over an in-memory vault that loads main.js. */
  pageScript: string;
  /** An empty page in Obsidian's theme, with the plugin's styles. */
  html(theme: 'light' | 'dark'): string;
  /**
   * A light page with the built main.js loaded over `files` (path → text), the clock fixed at 10:00
   * on `fixedDay` when given, Obsidian's language `language` (default English); `errors` collects
   * the page's errors and console errors.
   */
  openVault(files: Record<string, string>, options?: { fixedDay?: string; language?: string }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

const mainJs = (): string => readFileSync(path.join(root, 'main.js'), 'utf8');
const manifest = (): { id: string; name: string } => JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { id: string; name: string };

export async function startBrowser(viewport: { width: number; height: number }): Promise<TestBrowser> {
  const found = await findChromium();
  const bundled = await build({
    entryPoints: [path.join(__dirname, 'page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const theme = readFileSync(path.join(__dirname, 'theme.css'), 'utf8');
  const styles = readFileSync(path.join(root, 'styles.css'), 'utf8');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'grow-chromium-'));
  // A new, empty profile for every run (playwright passes it as --user-data-dir).
  const context = await chromium
    .launchPersistentContext(userDataDir, { executablePath: found.executablePath, args: found.args, timeout: 60_000, viewport, deviceScaleFactor: 2 })
    .catch((error: unknown) => {
      rmSync(userDataDir, { recursive: true, force: true });
      throw new Error(`Chromium from ${found.source} did not start: ${String(error)}`);
    });
  const pageScript = bundled.outputFiles[0]?.text ?? '';
  const html = (t: 'light' | 'dark'): string =>
    `<!doctype html><html><head><meta charset="utf-8"><style>${theme}</style><style>${styles}</style></head><body class="theme-${t}"></body></html>`;
  const plugin = { main: mainJs(), manifest: manifest() };
  return {
    context,
    pageScript,
    html,
    openVault: async (files, options = {}) => {
      const page = await context.newPage();
      if (options.fixedDay !== undefined) await page.clock.setFixedTime(new Date(`${options.fixedDay}T10:00:00`));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.setContent(html('light'));
      await page.addScriptTag({ content: pageScript });
      await page.addScriptTag({ content: `window.growMain = function (require, module, exports) {\n${plugin.main}\n};` });
      await page.evaluate((o) => window.growBoot(o), { manifest: plugin.manifest, files, language: options.language });
      return { page, errors };
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

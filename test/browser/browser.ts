/**
 * What every browser test starts with: a Chromium (see `find-chromium.ts`) with a new, empty
 * profile, the fake Obsidian page script (`page.ts`) bundled for the browser, and a page in
 * Obsidian's light or dark theme with the plugin's styles.css.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from './find-chromium';

const root = path.resolve(__dirname, '..', '..');

export interface TestBrowser {
  context: BrowserContext;
  /** `page.ts`, bundled: the fake Obsidian over an in-memory vault that loads main.js. */
  pageScript: string;
  /** An empty page in Obsidian's theme, with the plugin's styles. */
  html(theme: 'light' | 'dark'): string;
  close(): Promise<void>;
}

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
  return {
    context,
    pageScript: bundled.outputFiles[0]?.text ?? '',
    html: (t) =>
      `<!doctype html><html><head><meta charset="utf-8"><style>${theme}</style><style>${styles}</style></head><body class="theme-${t}"></body></html>`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

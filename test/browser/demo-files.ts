/**
 * The demo's notes for the browser tests and their screenshots: examples/sample-vault (the notes
 * `npm run demo` writes, for the day scripts/sample-vault.mjs gives it), dated to a test's fixed
 * day the way the demo dates its notes to the day it runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../src/core/actions/query';
import { guessNotesLanguage } from '../../src/core/note/language';

const root = path.resolve(__dirname, '..', '..');
const sample = path.join(root, 'examples', 'sample-vault');

/** The day examples/sample-vault was written for: the one scripts/sample-vault.mjs gives the demo. */
export const SAMPLE_DAY =
  /writeDemoVault\(vault, '(\d{4}-\d{2}-\d{2})'\)/.exec(readFileSync(path.join(root, 'scripts', 'sample-vault.mjs'), 'utf8'))?.[1] ?? '';

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The demo on `today`, by vault path: the sample's notes (the coaching notes, the client page, the
 * weekly review, as `npm run demo` copies them) with every `YYYY-MM-DD` — in names, properties,
 * links and task dates — moved by the days from the sample's day to `today`. (The written-out
 * dates in the prose stay; the dashboard and the client overview show none.)
 */
export function demoFiles(today: string): Record<string, string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(SAMPLE_DAY)) throw new Error('scripts/sample-vault.mjs no longer names the sample day');
  const offset = daysBetween(SAMPLE_DAY, today);
  const move = (text: string) => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => addDays(date, offset));
  const files: Record<string, string> = {};
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      if (statSync(abs).isDirectory()) walk(abs, relPath);
      else if (name.endsWith('.md')) files[move(relPath)] = move(readFileSync(abs, 'utf8'));
    }
  };
  walk(sample, '');
  return files;
}

/** The Dutch part of the demo: the notes in Dutch (Anna's and Bram's trajectories, Anna's client page). */
export function dutchFiles(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([, text]) => guessNotesLanguage([text]) === 'nl'));
}

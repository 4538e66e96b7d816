/**
 * The hostile corpus (test/fixtures/hostile/) through every door: the CLI (`actions`, `parse
 * --write`, `parse --json`), the frontmatter writer, and the dashboard in the built plugin. For
 * each: it finishes within a stated bound, says what it refused and why, changes no file it
 * should not, and shows hostile text as inert text.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateProperties } from '../../src/core/properties/write';
import { findFrontmatter } from '../../src/core/note/frontmatter-range';
import { splitLines } from '../../src/core/note/lines';
import { readRecord } from '../../src/cli/read-record';
import { writeHostileVault } from '../fixtures/hostile/cases';
import { runCli } from '../cli/run-cli';
import type { LoadedPlugin } from '../harness/load-plugin';
import { openDashboard, start } from '../plugin/helpers';

/** Bounds, generous for a loaded CI machine; measured locally at a fraction of each. */
const CLI_BOUND_MS = 60_000;
const WRITER_BOUND_MS = 10_000;

let vault = '';
let files: string[] = [];
const hashes = (): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), r);
      else
        out.set(
          r,
          createHash('sha256')
            .update(readFileSync(path.join(dir, entry.name)))
            .digest('hex'),
        );
    }
  };
  walk(vault, '');
  return out;
};
const bodyOf = (text: string): string => {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const range = findFrontmatter(splitLines(text));
  return range === null ? text : lines.slice(range.endLine).join('');
};

beforeAll(() => {
  vault = mkdtempSync(path.join(os.tmpdir(), 'grow-hostile-'));
  files = writeHostileVault(vault);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

interface Row {
  file: string;
  text: string;
  client: string | null;
  line: number;
}

describe('the CLI over the hostile corpus', () => {
  it('lists actions within the bound, skips what is not text, refuses the unreadable, and changes nothing', () => {
    const before = hashes();
    const started = Date.now();
    const result = runCli(['actions', vault, '--json', '--all'], { timeoutMs: CLI_BOUND_MS });
    expect(Date.now() - started).toBeLessThan(CLI_BOUND_MS);
    // Notes were skipped (not text): the listing is incomplete, so the exit code says so.
    expect(result.code).toBe(1);
    const rows = JSON.parse(result.stdout) as Row[];
    const count = (file: string) => rows.filter((r) => r.file === `Coaching/${file}`).length;
    expect(count('ten-thousand-actions.md')).toBe(10_000);
    expect(count('huge-5mb.md')).toBe(1);
    expect(count('long-line.md')).toBe(1);
    expect(count('megabyte-value.md')).toBe(1);
    expect(count('name with #hash ^caret [brackets] |pipe.md')).toBe(1);
    expect(count('mixed-line-endings.md')).toBe(3);
    // Refused, each with its file and the reason, on stderr only.
    expect(result.stderr).toMatch(/Coaching\/binary\.md: holds NUL bytes/);
    expect(result.stderr).toMatch(/Coaching\/nul-bytes\.md: holds NUL bytes/);
    expect(result.stderr).toMatch(/Coaching\/deep-nesting\.md: not indexed: .*nested deeper/);
    expect(result.stdout).not.toContain('warning');
    // Hostile text comes out exactly as written, as data.
    const html = rows.filter((r) => r.file === 'Coaching/html-in-actions.md');
    expect(html.map((r) => r.text)).toContain('<script>window.__pwned = 1</script> plan the talk');
    expect(html[0]?.client).toBe('<img src=x onerror=alert(1)><script>window.__pwned=1</script>');
    expect(rows.find((r) => r.file === 'Coaching/handlebars-client.md')?.client).toBe('{{#each this}}{{this}}{{/each}} ../../etc/passwd');
    expect(rows.filter((r) => r.file === 'Coaching/rtl-emoji-combining.md').map((r) => r.text)).toEqual([
      'مراجعة الخطة \u200f\u202e reversed',
      'e\u0301\u0301\u0301 Z\u0351\u0357\u0352 emoji 👩🏽‍💼 🇳🇱',
    ]);
    expect(hashes()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parse --write changes only what it may, refuses broken frontmatter with file and line, within the bound', () => {
    const before = hashes();
    const texts = new Map(files.map((f) => [f, readFileSync(path.join(vault, f))]));
    const started = Date.now();
    const result = runCli(['parse', vault, '--write'], { timeoutMs: CLI_BOUND_MS });
    expect(Date.now() - started).toBeLessThan(CLI_BOUND_MS);
    expect(result.code).toBe(1); // some notes were refused
    const after = hashes();
    const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f));
    // Refused or skipped: byte for byte as they were.
    for (const untouched of ['fm-unclosed.md', 'fm-tabs.md', 'fm-duplicate-keys.md', 'binary.md', 'nul-bytes.md', 'deep-nesting.md']) {
      expect(changed).not.toContain(`Coaching/${untouched}`);
    }
    expect(result.stdout).toMatch(/fm-duplicate-keys\.md:\d+: .*/);
    expect(result.stdout).toMatch(/deep-nesting\.md: not read/);
    // Written: the body is byte-identical, the BOM and line endings kept.
    for (const file of changed) {
      const old = texts.get(file)?.toString('utf8') ?? '';
      const now = readFileSync(path.join(vault, file), 'utf8');
      expect(bodyOf(now), file).toBe(bodyOf(old));
      expect(now.startsWith('\uFEFF')).toBe(old.startsWith('\uFEFF'));
    }
    expect(readFileSync(path.join(vault, 'Coaching/mixed-line-endings.md'), 'utf8').startsWith('\uFEFF---\r\n')).toBe(true);
    // A second run writes nothing.
    const mtimes = new Map(changed.map((f) => [f, statSync(path.join(vault, f)).mtimeMs]));
    runCli(['parse', vault, '--write'], { timeoutMs: CLI_BOUND_MS });
    for (const [file, mtime] of mtimes) expect(statSync(path.join(vault, file)).mtimeMs).toBe(mtime);
  });

  it('parse --json of the 5 MB note and of the deep list: an answer or a refusal, quickly', () => {
    const huge = runCli(['parse', path.join(vault, 'Coaching/huge-5mb.md'), '--json'], { timeoutMs: CLI_BOUND_MS });
    expect(huge.code).toBe(0);
    expect((JSON.parse(huge.stdout) as { actions: unknown[] }).actions).toHaveLength(1);
    const deep = runCli(['parse', path.join(vault, 'Coaching/deep-nesting.md'), '--json'], { timeoutMs: CLI_BOUND_MS });
    expect(deep.code).toBe(1);
    expect(deep.stdout).toBe('');
    expect(deep.stderr).toMatch(/deep-nesting\.md: not read: .*split the note/);
  });
});

describe('the frontmatter writer over the hostile corpus', () => {
  it('keeps every body byte-identical or refuses, within the bound per note', () => {
    for (const file of files) {
      const bytes = readFileSync(path.join(vault, file));
      if (bytes.includes(0)) continue; // not text: the shells never hand it to the writer
      const text = bytes.toString('utf8');
      const started = Date.now();
      const read = readRecord(text, file);
      if ('refused' in read) continue;
      const result = updateProperties(text, read.record, file);
      expect(Date.now() - started, file).toBeLessThan(WRITER_BOUND_MS);
      if (result.status === 'updated') expect(bodyOf(result.text), file).toBe(bodyOf(text));
      if (result.status === 'refused') expect(result.reason, file).toContain(file);
      if (file.endsWith('fm-duplicate-keys.md') || file.endsWith('fm-tabs.md')) expect(result.status, file).toBe('refused');
      // An unclosed `---` is no frontmatter (as in Obsidian): its Will task is read, and the writer refuses the note.
      if (file.endsWith('fm-unclosed.md')) {
        expect(
          read.record.actions.map((a) => a.text),
          file,
        ).toEqual(['the frontmatter never closes']);
        expect(result.status, file).toBe('refused');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the dashboard over the hostile corpus', () => {
  let loaded: LoadedPlugin | null = null;
  afterAll(async () => {
    if (loaded) await loaded.unload();
  });

  it('shows hostile text as inert text: no script ran, no script element, no on* attribute, no javascript: URL', async () => {
    const started = Date.now();
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    expect(Date.now() - started).toBeLessThan(CLI_BOUND_MS);
    const win = loaded.window as unknown as Record<string, unknown> & Window & typeof globalThis;
    const doc = win.document;
    // The hostile rows are there, as text.
    const search = el.querySelector<HTMLInputElement>('input[type="search"], input.grow-dashboard-filter');
    if (search) {
      search.value = 'plan the talk';
      search.dispatchEvent(new win.Event('input'));
      await loaded.flush();
    }
    expect(el.textContent).toContain('<script>window.__pwned = 1</script> plan the talk');
    expect(win.__pwned).toBeUndefined();
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    expect(doc.querySelectorAll('script, iframe, object, embed, style').length).toBe(0);
    for (const node of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(node.attributes)) {
        expect(attr.name.toLowerCase().startsWith('on'), `${node.tagName} ${attr.name}`).toBe(false);
        expect(/^\s*javascript:/i.test(attr.value), `${node.tagName} ${attr.name}=${attr.value}`).toBe(false);
      }
    }
    expect(loaded.network).toEqual([]);
    expect(loaded.unsafeHtml).toEqual([]);
  });
});

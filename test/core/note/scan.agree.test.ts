/**
 * The differential test of the fast scanner: on generated hostile-ish markdown and on every
 * fixture, `scanOutline` either refuses (null) or gives exactly remark's outline, and `scanRecord`
 * either refuses or gives exactly `readNote`'s record.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { splitBom } from '../../../src/core/note/lines';
import { readNote, remarkOutline } from '../../../src/core/note/remark-reading';
import { scanOutline, scanRecord } from '../../../src/core/note/scan';
import { COACH_WORDS, grow, hostile, nested } from './scan.arbitraries';

const stats = { notes: 0, nulls: 0, remarkThrew: 0 };

/**
 * remark's outline, or null where remark itself throws: under vitest the packages load their
 * development builds, whose assertions fail on some inputs (mdast-util-gfm-task-list-item on
 * `-\n[ ] x`); the production builds the CLI uses do not assert.
 */
function reference(body: string): ReturnType<typeof remarkOutline> | null {
  try {
    return remarkOutline(body);
  } catch {
    stats.remarkThrew += 1;
    return null;
  }
}

function agree(text: string, withRecord = false): void {
  stats.notes += 1;
  const { body } = splitBom(text);
  const expected = reference(body);
  if (expected === null) return;
  const ours = scanOutline(body);
  if (ours === null) {
    stats.nulls += 1;
    expect(scanRecord(text, 'n.md')).toBeNull();
    return;
  }
  expect(ours, JSON.stringify(text)).toEqual(expected);
  // Equal outlines give equal records (one buildRecord); still check the whole path on a share,
  // with the built-in words and with a coach's own.
  if (withRecord || stats.notes % 4 === 0) expect(scanRecord(text, 'n.md'), JSON.stringify(text)).toEqual(readNote(text, 'n.md'));
  if (withRecord || stats.notes % 4 === 1) {
    const options = { phaseWords: COACH_WORDS, language: 'nl' as const };
    expect(scanRecord(text, 'n.md', options), JSON.stringify(text)).toEqual(readNote(text, 'n.md', options));
  }
}

describe('scanOutline agrees with remark (fast-check)', () => {
  afterAll(() => {
    const rate = stats.nulls / Math.max(1, stats.notes);
    console.log(
      `scan agreement: ${stats.notes} notes, ${stats.nulls} fallbacks (${(rate * 100).toFixed(2)} %), ${stats.remarkThrew} where remark's development build threw`,
    );
  });

  // Split in parts so that no single test nears the 60 s timeout on a loaded machine.
  for (const part of [1, 2]) {
    it(`hostile line mixes (${part}/2): null or remark’s outline`, () => {
      fc.assert(
        fc.property(hostile, (text) => agree(text)),
        { numRuns: 2500 },
      );
    });
    it(`nested containers (${part}/2): null or remark’s outline`, () => {
      fc.assert(
        fc.property(nested, (text) => agree(text)),
        { numRuns: 1000 },
      );
    });
    it(`GROW notes with noise (${part}/2): null or remark’s outline and record`, () => {
      fc.assert(
        fc.property(grow, (text) => agree(text)),
        { numRuns: 1500 },
      );
    });
  }

  it('falls back on fewer than 10 % of the generated notes', () => {
    expect(stats.notes).toBeGreaterThanOrEqual(10_000);
    expect(stats.nulls / stats.notes).toBeLessThan(0.1);
  });

  it('every fixture note agrees or falls back', () => {
    const root = join(__dirname, '..', '..', 'fixtures');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.md')) files.push(path);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(10);
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const file of files) {
      let text: string;
      try {
        text = utf8.decode(readFileSync(file));
      } catch {
        continue;
      }
      agree(text, true);
    }
  });
});

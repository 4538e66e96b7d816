/**
 * A standing agreement test over the CommonMark and GFM spec examples placed into coaching notes:
 * for each note the scanner gives exactly remark's outline, or declines (null). Never a third answer.
 *
 * Every example goes in three placements (bare, as the Will section's body, inside a task item) and
 * in a fixed share of the others (example i takes placement p when (i + p) % STRIDE is 0), so the
 * run stays short; `SPEC_CORPUS_ALL=1` runs every example in every placement (run it after a
 * change to the scanner). The declines are counted: a decline is allowed, but each costs a slow
 * remark reading, so the share where remark finds no definition at all is held low.
 */
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { splitBom } from '../../../src/core/note/lines';
import { readNote, remarkOutline } from '../../../src/core/note/remark-reading';
import { scanOutline, scanRecord, scanRefusal } from '../../../src/core/note/scan';
import { PLACEMENTS, specExamples } from './spec-corpus';

const ALL = process.env.SPEC_CORPUS_ALL === '1';
const STRIDE = 7;
const ALWAYS = new Set(['bare', 'Will section body', 'in a task item']);

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

function hasDefinition(body: string): boolean {
  const walk = (n: Nodes): boolean => n.type === 'definition' || n.type === 'footnoteDefinition' || ('children' in n && n.children.some(walk));
  return walk(processor.parse(body));
}

const stats = { notes: 0, declined: 0, declinedWithoutDefinition: 0, reasons: new Map<string, number>() };

const examples = specExamples();
const cases = examples.flatMap((ex, i) =>
  PLACEMENTS.filter(([name], p) => ALL || ALWAYS.has(name) || (i + p) % STRIDE === 0).map(([name, place]) => ({
    label: `${ex.name} (${ex.section}) ${name}`,
    text: place(ex.markdown),
  })),
);

/** Runs a slice of the cases; returns the disagreements (at most a few per slice, with the note). */
function check(from: number, to: number): string[] {
  const wrong: string[] = [];
  for (const { label, text } of cases.slice(from, to)) {
    stats.notes += 1;
    const { body } = splitBom(text);
    const expected = remarkOutline(body);
    const ours = scanOutline(body);
    if (ours === null) {
      stats.declined += 1;
      const reason = scanRefusal(body) ?? '?';
      stats.reasons.set(reason, (stats.reasons.get(reason) ?? 0) + 1);
      if (!hasDefinition(body)) {
        stats.declinedWithoutDefinition += 1;
        if (process.env.SPEC_CORPUS_DEBUG === '1') console.log(`NODEF ${label} ${JSON.stringify(text)}`);
      }
      if (scanRecord(text, 'n.md') !== null) wrong.push(`${label}: scanOutline declined but scanRecord did not`);
      continue;
    }
    try {
      expect(ours).toEqual(expected);
      if (stats.notes % 8 === 0) expect(scanRecord(text, 'n.md')).toEqual(readNote(text, 'n.md'));
    } catch {
      if (wrong.length < 5) wrong.push(`${label}: ${JSON.stringify(text)}\n  scan:   ${JSON.stringify(ours)}\n  remark: ${JSON.stringify(expected)}`);
      else wrong.push(label);
    }
  }
  return wrong;
}

describe('the spec examples in coaching notes: the scanner gives remark’s outline or declines', () => {
  afterAll(() => {
    const reasons = [...stats.reasons].map(([r, n]) => `${n}× ${r}`).join('; ');
    console.log(
      `spec corpus: ${examples.length} examples, ${stats.notes} notes (${ALL ? 'all' : 'sampled'} placements of ${PLACEMENTS.length}), ` +
        `${stats.declined} declined (${((stats.declined / Math.max(1, stats.notes)) * 100).toFixed(2)} %), ` +
        `${stats.declinedWithoutDefinition} of them without any definition in remark's tree; ${reasons}`,
    );
  });

  it('holds both suites, every example once', () => {
    expect(examples.length).toBeGreaterThan(650);
    expect(examples.some((e) => e.section.includes('Tables (extension)'))).toBe(true);
    expect(examples.some((e) => e.markdown.includes('\t'))).toBe(true);
    expect(examples.some((e) => e.markdown.includes('→'))).toBe(false);
  });

  const PARTS = ALL ? 16 : 4;
  const size = Math.ceil(cases.length / PARTS);
  for (let part = 0; part < PARTS; part += 1) {
    it(`part ${part + 1}/${PARTS}: no third answer`, () => {
      expect(check(part * size, (part + 1) * size).join('\n\n')).toBe('');
    });
  }

  it('declines few notes, and few where remark finds no definition', () => {
    expect(stats.notes).toBe(cases.length);
    // The corpus is full of definitions (a tenth of its notes hold one). Measured: every example
    // in every placement 10.2 % declined, 4.9 % of those without a definition (12 % before the
    // scanner knew that `[[Anna]]:` and `[]:` start none); sampled 9.5 % and 5.6 %.
    expect(stats.declined / stats.notes).toBeLessThan(0.11);
    expect(stats.declinedWithoutDefinition / stats.declined).toBeLessThan(0.07);
  });
});

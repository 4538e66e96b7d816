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
import { splitBom } from '../../src/core/lines';
import { readNote, remarkOutline } from '../../src/core/parse';
import { scanOutline, scanRecord } from '../../src/core/scan';

const stats = { notes: 0, nulls: 0 };

function agree(text: string): void {
  stats.notes += 1;
  const { body } = splitBom(text);
  const ours = scanOutline(body);
  if (ours === null) {
    stats.nulls += 1;
    expect(scanRecord(text, 'n.md')).toBeNull();
    return;
  }
  expect(ours, JSON.stringify(text)).toEqual(remarkOutline(body));
  expect(scanRecord(text, 'n.md'), JSON.stringify(text)).toEqual(readNote(text, 'n.md'));
}

// ---- the generator ----

const word = fc.constantFrom('plan', 'team', 'gesprek', 'feedback', 'Piet', 'Anna', 'café', '目标', '👩🏽‍💼', '*nadruk*', '`code`', '#tag', 'a|b', '\\|', '[[Anna]]', '<b>x</b>', '&amp;');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const date = fc.constantFrom('', ' 📅 2026-12-01', ' [due:: 2027-01-15]', ' ✅ 2026-11-02', ' (due:: 2026-10-10)');
const status = fc.constantFrom(' ', 'x', 'X', '/', '-', '>');
const task = fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '-\t', '- '), status, words, date).map(([m, s, w, d]) => `${m}[${s}] ${w}${d}`);
const growHeading = fc
  .tuple(
    fc.constantFrom('#', '##', '###', '####'),
    fc.constantFrom('Goal', 'Doel', 'Reality', 'Realiteit', 'Options', 'Opties', 'Will', 'Wil', 'Acties', 'Way forward', 'Notities', 'Huidige situatie'),
    fc.constantFrom('', ' 🎯', '**', ' (wat wil je?)', ' —', ' ##', ' #'),
  )
  .map(([h, w, d]) => (d === '**' ? `${h} **${w}**` : d === ' 🎯' ? `${h} 🎯 ${w}` : `${h} ${w}${d}`));

/** The content of one line, without container prefixes. */
const content = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 4, arbitrary: task },
  { weight: 3, arbitrary: growHeading },
  { weight: 4, arbitrary: fc.constantFrom('', '', '', '  ', '\t') },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      '```', '```js', '~~~', '````', '``` `x`', '~~~ ~', '<!-- opmerking', '-->', '<!-- kort -->', '<div>', '</div>', '<div class="x">',
      '<script>', '</script>', '<pre>', '</pre>', '<span>x</span>', '<br>', '<br/>', '<a href="x">', '<?php', '?>', '<!DOCTYPE html>',
      '<![CDATA[', ']]>', '===', '---', '***', '- - -', '___', '--', '=', '| a | b |', '|---|---|', '| - | :-: |', 'a | b', '-|-', ':-',
      '| x | y |', '|', '# ', '#', '####### x', '#hashtag', '1. een', '2. twee', '10) tien', '1) een', '-', '*', '+', '1.', '-  ',
      '- [ ]', '[ ] los', '> [!todo] Afspraken', '> [!note]', '>', 'Schaal: 7/10', 'Commitment: 8', '[link](https://x.nl)', '\\',
      'tekst  ', '# Kop #', '## Kop ##  ', '#\tTab', 'x\ty', '    ', '     ', '<!-->', '<![CDATA[ x ]]>', '<textarea>',
    ),
  },
);

/** Container prefixes, stacked (including indentation that continues an item or makes code). */
const prefix = fc.array(fc.constantFrom('> ', '>', '- ', '* ', '1. ', '2) ', '  ', '   ', '    ', '\t', ' ', '>\t', '-\t', '> - ', '  - '), { maxLength: 3 }).map((p) => p.join(''));
const line = fc.oneof({ weight: 3, arbitrary: content }, { weight: 2, arbitrary: fc.tuple(prefix, content).map(([p, c]) => p + c) });
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const frontmatter = fc.constantFrom('', '', '---\ntype: coaching-session\nclient: "[[Anna]]"\ndate: 2026-11-03\ntags: [coaching]\n---\n', '---\nbroken: [\n---\n', '---\n---\n', '---\n', '---  \na: 1\n---\t\n');
const bom = fc.constantFrom('', '', '', '\uFEFF');

/** A note of random lines: the hostile mix. */
const hostile = fc.tuple(bom, frontmatter, fc.array(line, { minLength: 0, maxLength: 25 }), eol, fc.nat()).map(([b, fm, ls, e, seed]) => {
  const text = fm + ls.join('\n') + (ls.length % 2 === 0 ? '\n' : '');
  // seed odd: mixed line endings, chosen by the seed's bits
  let bits = seed;
  const mixed = (): string => {
    bits = (bits * 1103515245 + 12345) >>> 0;
    return ['\n', '\r\n', '\r'][bits % 3] ?? '\n';
  };
  return b + (seed % 2 === 1 ? text.replace(/\n/g, mixed) : text.replace(/\n/g, e));
});

/** A GROW note with noise in and between its sections. */
const section = fc.tuple(growHeading, fc.array(fc.oneof({ weight: 3, arbitrary: task }, { weight: 3, arbitrary: line }, { weight: 1, arbitrary: fc.tuple(prefix, task).map(([p, t]) => p + t) }), { maxLength: 8 }), fc.boolean()).map(
  ([h, body, gap]) => [h, ...(gap ? [''] : []), ...body].join('\n'),
);
const grow = fc.tuple(bom, frontmatter, fc.array(section, { minLength: 1, maxLength: 6 }), eol, fc.constantFrom('\n\n', '\n')).map(([b, fm, secs, e, sep]) => b + (fm + secs.join(sep) + '\n').replace(/\n/g, e));

describe('scanOutline agrees with remark (fast-check)', () => {
  afterAll(() => {
    const rate = stats.nulls / Math.max(1, stats.notes);
    console.log(`scan agreement: ${stats.notes} notes, ${stats.nulls} fallbacks (${(rate * 100).toFixed(2)} %)`);
  });

  it('hostile line mixes: null or remark’s outline', () => {
    fc.assert(fc.property(hostile, (text) => agree(text)), { numRuns: 6000 });
  });

  it('GROW notes with noise: null or remark’s outline and record', () => {
    fc.assert(fc.property(grow, (text) => agree(text)), { numRuns: 4000 });
  });

  it('falls back on fewer than 10 % of the generated notes', () => {
    expect(stats.notes).toBeGreaterThanOrEqual(10_000);
    expect(stats.nulls / stats.notes).toBeLessThan(0.1);
  });

  it('every fixture note agrees or falls back', () => {
    const root = join(__dirname, '..', 'fixtures');
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
      agree(text);
    }
  });
});

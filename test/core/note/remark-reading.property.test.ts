import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/note/lines';
import { readNote } from '../../../src/core/note/remark-reading';

const word = fc.constantFrom('plan', 'team', 'gesprek', 'feedback', 'Piet', 'Anna', 'rust', 'ruimte', 'stilte', 'café', 'مدير', '目标', '👩🏽‍💼');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const status = fc.constantFrom(' ', 'x', 'X', '/', '-', '>', '?');
const date = fc.constantFrom('', ' 📅 2026-12-01', ' [due:: 2027-01-15]', ' ✅ 2026-11-02', ' (due:: 2026-10-10)');
const marker = fc.constantFrom('-', '*', '+', '1.', '2)');
const task = fc.tuple(marker, status, words, date).map(([m, s, w, d]) => `${m} [${s}] ${w}${d}`);
const nested = fc.tuple(task, fc.array(task, { maxLength: 2 })).map(([t, kids]) => [t, ...kids.map((k) => `   ${k}`)].join('\n'));
const quoted = fc.array(task, { minLength: 1, maxLength: 3 }).map((ts) => ['> [!todo] Afspraken', ...ts.map((t) => `> ${t}`)].join('\n'));

/** Blocks that close themselves: added outside the Will section they cannot reach into it. */
const outsideBlock = fc.oneof(
  words,
  fc.array(task, { minLength: 1, maxLength: 3 }).map((ts) => ts.join('\n')),
  fc
    .tuple(fc.constantFrom('```', '~~~~'), fc.array(fc.oneof(task, fc.constant('## Will'), words), { maxLength: 3 }))
    .map(([f, body]) => [f, ...body, f].join('\n')),
  fc.array(task, { maxLength: 2 }).map((ts) => ['<!--', ...ts, '-->'].join('\n')),
  quoted,
  fc.constantFrom('## Notities', '### Overig', '# Sessie', '***', '| a | b |\n| - | - |\n| - [ ] x | y |', '<div>\n- [ ] html\n</div>'),
  fc.array(task, { minLength: 1, maxLength: 2 }).map((ts) => ts.map((t) => `    ${t}`).join('\n')),
);
const blocks = fc.array(outsideBlock, { maxLength: 5 }).map((bs) => bs.map((b) => `${b}\n\n`).join(''));
const willBody = fc.array(fc.oneof(task, nested, quoted, words), { minLength: 1, maxLength: 6 }).map((bs) => bs.join('\n\n'));
const frontmatter = fc.constantFrom('', '---\ntype: coaching-session\nclient: "[[Anna]]"\n---\n', '---\nbroken: [\n---\n');

const note = (fm: string, pre: string, will: string, post: string) => `${fm}${pre}## Wil\n\n${will}\n\n## Notes\n\n${post}`;

describe('reader properties (fast-check)', () => {
  it('a reported line always holds that task', () => {
    fc.assert(
      fc.property(frontmatter, blocks, willBody, blocks, fc.constantFrom('\n', '\r\n'), (fm, pre, will, post, eol) => {
        const text = note(fm, pre, will, post).replace(/\n/g, eol);
        const lines = splitLines(text);
        for (const action of readNote(text, 'n.md').actions) {
          const line = lines[action.line - 1] ?? '';
          expect(line).toContain(`[${action.statusChar}]`);
          expect(line).toContain(action.text.split(' ')[0] ?? '');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('text added outside the Will section never changes the actions', () => {
    fc.assert(
      fc.property(frontmatter, blocks, willBody, blocks, blocks, blocks, (fm, pre, will, post, addBefore, addAfter) => {
        const base = readNote(note(fm, pre, will, post), 'n.md').actions;
        const grown = readNote(note(fm, `${addBefore}${pre}`, will, `${post}${addAfter}`), 'n.md').actions;
        const shift = splitLines(addBefore).length - 1;
        expect(grown).toEqual(base.map((a) => ({ ...a, line: a.line + shift })));
      }),
      { numRuns: 300 },
    );
  });
});

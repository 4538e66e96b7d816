/**
 * Generators of hostile-ish markdown for the scanner's differential tests: fenced and indented
 * code, lazy continuation, callouts, nested and ordered lists, HTML blocks, setext headings, tables,
 * tabs, CRLF and lone CR, blank lines everywhere, and GROW headings in Dutch and English with tasks.
 */
import fc from 'fast-check';

const word = fc.constantFrom(
  'plan',
  'team',
  'gesprek',
  'feedback',
  'Piet',
  'Anna',
  'café',
  '目标',
  '👩🏽‍💼',
  '*nadruk*',
  '`code`',
  '#tag',
  'a|b',
  '\\|',
  '[[Anna]]',
  '<b>x</b>',
  '&amp;',
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const date = fc.constantFrom('', ' 📅 2026-12-01', ' [due:: 2027-01-15]', ' ✅ 2026-11-02', ' (due:: 2026-10-10)');
const status = fc.constantFrom(' ', 'x', 'X', '/', '-', '>');
const task = fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '-\t', '- '), status, words, date).map(([m, s, w, d]) => `${m}[${s}] ${w}${d}`);
const growHeading = fc
  .tuple(
    fc.constantFrom('#', '##', '###', '####'),
    fc.constantFrom(
      'Goal',
      'Doel',
      'Reality',
      'Realiteit',
      'Options',
      'Opties',
      'Will',
      'Wil',
      'Acties',
      'Way forward',
      'Notities',
      'Huidige situatie',
      // as coaches write them (issue 11): a phase word first, whatever follows; question forms
      'Doel van het gesprek',
      'Situatie nu',
      'Opties en ideeën',
      'Actie',
      'Afspraken voor de volgende keer',
      'Vervolgafspraken',
      'Wat ga je doen?',
      'Waar sta je nu?',
      'Next steps for Omar',
      'Commitments (what I will do)',
      'Doelgroep',
      'Wil je nog iets kwijt',
      // no phase unless the coach adds the word (see `COACH_WORDS`)
      'Huiswerk',
      'Klusjes voor thuis',
    ),
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
      '```',
      '```js',
      '~~~',
      '````',
      '``` `x`',
      '~~~ ~',
      '<!-- opmerking',
      '-->',
      '<!-- kort -->',
      '<div>',
      '</div>',
      '<div class="x">',
      '<script>',
      '</script>',
      '<pre>',
      '</pre>',
      '<span>x</span>',
      '<br>',
      '<br/>',
      '<a href="x">',
      '<?php',
      '?>',
      '<!DOCTYPE html>',
      '<![CDATA[',
      ']]>',
      '===',
      '---',
      '***',
      '- - -',
      '___',
      '--',
      '=',
      '| a | b |',
      '|---|---|',
      '| - | :-: |',
      'a | b',
      '-|-',
      ':-',
      '| x | y |',
      '|',
      '# ',
      '#',
      '####### x',
      '#hashtag',
      '1. een',
      '2. twee',
      '10) tien',
      '1) een',
      '-',
      '*',
      '+',
      '1.',
      '-  ',
      '- [ ]',
      '[ ] los',
      '> [!todo] Afspraken',
      '> [!note]',
      '>',
      'Schaal: 7/10',
      'Commitment: 8',
      '[link](https://x.nl)',
      '\\',
      'tekst  ',
      '# Kop #',
      '## Kop ##  ',
      '#\tTab',
      'x\ty',
      '    ',
      '     ',
      '<!-->',
      '<![CDATA[ x ]]>',
      '<textarea>',
      '[^1]: voetnoot',
      '[ref]: https://x.nl',
      '[^1]',
      '[^noot]:',
      '[^1]: - [ ] taak',
      '[^x]:\tx',
      '[^1] zie',
      '[[Anna]] zei',
      '<div>| a |</div>',
      // issue 11: labels with escapes and brackets, lazy table headers
      '[foo\\]',
      'bar]: /url',
      '[[Anna]]: bel maandag',
      '[[Anna]]:',
      '[]: /uri',
      '[ ]: x',
      '[Anna] zei: [x]: y',
      '[\\[x]]: y',
      'Wie | Wat',
      '--- | ---',
      'Offerte st',
      '    - [ ] ingesprongen',
      '  # Kop',
    ),
  },
);

/** Container prefixes, stacked (including indentation that continues an item or makes code). */
const prefix = fc
  .array(fc.constantFrom('> ', '>', '- ', '* ', '1. ', '2) ', '  ', '   ', '    ', '\t', ' ', '>\t', '-\t', '> - ', '  - '), { maxLength: 3 })
  .map((p) => p.join(''));
const line = fc.oneof({ weight: 3, arbitrary: content }, { weight: 2, arbitrary: fc.tuple(prefix, content).map(([p, c]) => p + c) });
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const frontmatter = fc.constantFrom(
  '',
  '',
  // never closed (issue 11): no frontmatter, as Obsidian reads it
  '---\nclient: Anna\n',
  '---\ntype: coaching-session\ndate: 2026-11-03\n\n',
  '---\ntype: coaching-session\nclient: "[[Anna]]"\ndate: 2026-11-03\ntags: [coaching]\n---\n',
  '---\nbroken: [\n---\n',
  '---\n---\n',
  '---\n',
  '---  \na: 1\n---\t\n',
);
const bom = fc.constantFrom('', '', '', '\uFEFF');

/** The coach's own phase words the agreement tests also read with. */
export const COACH_WORDS = { will: ['huiswerk', 'klusjes'], goal: ['thema'] };

/** Scale and commitment lines as coaches write them, right and wrong. */
export const measureLine = fc.constantFrom('Schaal: 7,5', 'Scale: 6/10', '[scale:: 4]', 'Cijfer 6½', 'Commitment: 11', 'Zekerheid: 8', 'Schaal 1-10: ');

/** A note of random lines: the hostile mix. */
export const hostile = fc.tuple(bom, frontmatter, fc.array(line, { minLength: 0, maxLength: 25 }), eol, fc.nat()).map(([b, fm, ls, e, seed]) => {
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
const section = fc
  .tuple(
    growHeading,
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: task },
        { weight: 3, arbitrary: line },
        { weight: 1, arbitrary: fc.tuple(prefix, task).map(([p, t]) => p + t) },
        { weight: 1, arbitrary: measureLine },
      ),
      { maxLength: 8 },
    ),
    fc.boolean(),
  )
  .map(([h, body, gap]) => [h, ...(gap ? [''] : []), ...body].join('\n'));
export const grow = fc
  .tuple(bom, frontmatter, fc.array(section, { minLength: 1, maxLength: 6 }), eol, fc.constantFrom('\n\n', '\n'))
  .map(([b, fm, secs, e, sep]) => b + (fm + secs.join(sep) + '\n').replace(/\n/g, e));

/** A block tree rendered with (mostly) proper container indentation, sometimes off by one, lazy or tabbed. */
type Tree =
  | { t: 'leaf'; lines: string[] }
  | { t: 'list'; marker: string; items: Tree[][]; sep: string }
  | { t: 'quote'; body: Tree[]; lazy: boolean }
  | { t: 'foot'; label: string; body: Tree[] };

/** Marks a line the renderer writes without container prefixes (a lazy continuation line). */
const LAZY = '\u0001';

const leaf: fc.Arbitrary<Tree> = fc
  .oneof(
    fc.array(fc.oneof(words, task), { minLength: 1, maxLength: 3 }),
    fc.tuple(growHeading).map(([h]) => [h]),
    fc.tuple(words, fc.constantFrom('===', '---', '-', '= =')).map(([w, u]) => [w, u]),
    fc
      .tuple(
        fc.constantFrom('```', '~~~', '````md'),
        fc.array(fc.oneof(words, task, fc.constant('')), { maxLength: 3 }),
        fc.constantFrom('```', '~~~', '````', '', '``` x'),
      )
      .map(([o, b, c]) => [o, ...b, ...(c ? [c] : [])]),
    fc.array(fc.oneof(words, task), { minLength: 1, maxLength: 2 }).map((ls) => ls.map((l) => `    ${l}`)),
    fc.constantFrom(['<!-- c', 'x', '-->'], ['<div>', '- [ ] in html', '</div>'], ['<script>', 'x', '</script>'], ['<br>'], ['<details>', '', 'na blank']),
    fc.constantFrom(['| a | b |', '| - | - |', '| c | d |'], ['a | b', '-|-'], ['x', '|-'], ['***'], ['']),
    // a lazy line (LAZY: written without the containers' prefixes) heading a table, and a lazy body row
    fc.constantFrom(
      ['Offerte st', `${LAZY}uren`, `${LAZY}Wie | Wat`, '--- | ---'],
      ['a', `${LAZY}b | c`, '-|-', 'd | e', `${LAZY}f | g`],
      ['a', `${LAZY}b | c`, `${LAZY}-|-`],
      ['[foo\\]', `${LAZY}bar]: /url`],
      ['[[Anna]]: bel', `${LAZY}maandag`],
    ),
  )
  .map((lines): Tree => ({ t: 'leaf', lines: [...lines] }));

const tree = fc.letrec<{ block: Tree; blocks: Tree[] }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 8, arbitrary: leaf },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.constantFrom('- ', '* ', '1. ', '2) ', '-   ', '- \t', '10. ', '-\t', '+ '),
          fc.array(tie('blocks'), { minLength: 1, maxLength: 3 }),
          fc.constantFrom('', '\n', ''),
        )
        .map(([marker, items, sep]): Tree => ({ t: 'list', marker, items, sep })),
    },
    { weight: 2, arbitrary: fc.tuple(tie('blocks'), fc.boolean()).map(([body, lazy]): Tree => ({ t: 'quote', body, lazy })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('1', '1', 'noot', 'noot', 'x', 'a b'), tie('blocks')).map(([label, body]): Tree => ({ t: 'foot', label, body })),
    },
  ),
  blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }),
}));

const indentModes = fc.constantFrom('exact', 'exact', 'exact', 'minus', 'plus', 'tab', 'none');

function render(blocks: Tree[], mode: string, out: string[], prefix: string): void {
  blocks.forEach((b, i) => {
    if (i > 0 && (mode === 'none' || i % 2 === 0)) out.push(prefix.trimEnd());
    if (b.t === 'leaf') for (const l of b.lines) out.push(l.startsWith(LAZY) ? l : prefix + l);
    else if (b.t === 'foot') {
      const inner: string[] = [];
      render(b.body, mode, inner, '');
      const pad = mode === 'tab' ? '\t' : mode === 'minus' ? '   ' : mode === 'none' ? '' : '    ';
      inner.forEach((l, j) => out.push(j > 0 && l.startsWith(LAZY) ? l : prefix + (j === 0 ? `[^${b.label}]: ` : l === '' ? '' : pad) + l));
    } else if (b.t === 'quote') {
      const inner: string[] = [];
      render(b.body, mode, inner, '');
      inner.forEach((l, j) => out.push(j > 0 && l.startsWith(LAZY) ? l : prefix + (b.lazy && j > 0 && j === inner.length - 1 ? '' : '> ') + l));
    } else {
      b.items.forEach((item, n) => {
        const marker = b.marker.replace(/^\d+/, (d) => String(Number(d) + n));
        const inner: string[] = [];
        render(item, mode, inner, '');
        const width = marker.replace('\t', '  ').length;
        const pad =
          mode === 'tab'
            ? '\t'
            : mode === 'minus'
              ? ' '.repeat(Math.max(0, width - 1))
              : mode === 'plus'
                ? ' '.repeat(width + 1)
                : mode === 'none'
                  ? ''
                  : ' '.repeat(width);
        inner.forEach((l, j) => out.push(j > 0 && l.startsWith(LAZY) ? l : prefix + (j === 0 ? marker : l === '' ? '' : pad) + l));
        if (b.sep) out.push(prefix.trimEnd());
      });
    }
  });
}

/** Nested containers rendered as a writer would (and as a careless one would). */
export const nested = fc.tuple(bom, frontmatter, tree.blocks, indentModes, eol).map(([b, fm, blocks, mode, e]) => {
  const out: string[] = [];
  render(blocks, mode, out, '');
  return b + (fm + out.map((l) => (l.startsWith(LAZY) ? l.slice(1) : l)).join('\n') + '\n').replace(/\n/g, e);
});

/**
 * Hand-written cases for the fast scanner, construct by construct: each must give exactly remark's
 * outline (`remarkOutline`), or null where the scanner refuses by design.
 */
import { describe, expect, it } from 'vitest';
import { splitBom } from '../../../src/core/note/lines';
import { readNote, remarkOutline } from '../../../src/core/note/remark-reading';
import { MAX_DEPTH, scanOutline, scanRecord, scanRefusal } from '../../../src/core/note/scan';

function same(text: string): void {
  const { body } = splitBom(text);
  const ours = scanOutline(body);
  expect(ours, `refused (${scanRefusal(body) ?? ''}): ${JSON.stringify(text)}`).not.toBeNull();
  expect(ours, JSON.stringify(text)).toEqual(remarkOutline(body));
  expect(scanRecord(text, 'n.md')).toEqual(readNote(text, 'n.md'));
}

const cases: Record<string, string[]> = {
  'ATX headings': [
    '# Doel',
    '## W — Will (wat ga je doen?)\n\n- [ ] bellen',
    '### 4. Wil ###',
    '## 🎯 **Doel**',
    '#\tTab\t#\t',
    '# foo #b',
    '# foo \\#',
    '## ##',
    '#',
    '# #',
    '####### seven',
    '#hashtag',
    '   ### indented three',
    '    # indented four is code',
    '# Kop   ',
    '## Way forward ##   \n- [ ] x',
  ],
  'setext headings': [
    'Doel\n====',
    'Reality\n---',
    'multi\nline  \nheading\t\n===',
    '  indented\n  text\n  ---',
    'foo\n    ===',
    'foo\n= =',
    '- a\n  ---',
    '- a\n---',
    '> a\n===',
    '> a\n---',
    'a\n-',
    '***\n---',
  ],
  paragraphs: ['a\nb\nc', 'a\n\nb', '  a\n     b', 'a  \nb', '> a\nlazy\n> more', '- a\nlazy', '> - a\nlazy', 'a\n    b'],
  'fenced code': [
    '```\ncode\n```',
    '~~~\n```\n~~~',
    '````\n```\n````',
    '```\nnot closed\n\n\n',
    '``` js\nx\n  ```  ',
    '```\nx\n    ```\n```',
    '``` a`b\n```',
    '~~~ a`b\nx\n~~~',
    '- ```\n  a\n\nb',
    '> ```\n> a\nb',
    '> ```\n- a',
    '- ```\n  a\n- b',
    '- ~~~\n1. b',
    '   ```\n   x\n   ```',
  ],
  'indented code': [
    '    code\n\n\n\nx',
    '    a\n\tb',
    '    code\n    \nx',
    '    code\n   \nx',
    '    code\n\t\n\n',
    '> # x\n    a\n    b',
    '    code\n2) a',
    '    code\n\n2) a',
    '    code\n- a',
    'para\n    not code',
    '- a\n\n      code\n      \n  x',
    '*     ```\n      \n',
  ],
  'block quotes and callouts': [
    '> a\n>\n\nb',
    '> [!todo] Afspraken\n> - [ ] bellen 📅 2026-12-01\n> - [x] mailen',
    '> > nested\n> back',
    '>no space\n>\ttab',
    '> a\n\n> b',
    '- a\n  > b\n  > c',
    '> a\n2. b',
    '> a\n-',
  ],
  lists: [
    '- a\n- b\n\n\n- c',
    '1. een\n2. twee\n3) drie',
    '2. starts at two\n3. three',
    'para\n2. no list',
    'para\n1. list',
    'para\n01. no list',
    'para\n-\nnext',
    'para\n- \nnext',
    '-\n  foo',
    '-\n\n  foo',
    '- a\n - b\n  - c\n   - d',
    '- a\n\n  b\n\n- c',
    '- a\n\t- b\n\t\t- c',
    '-\tx\n\ty',
    '-    five\n     spaces',
    '-     code in item',
    '1.\n\n\t> \n2) [ ] plan',
    '- [ ] plan\n   > 2) [ ] plan',
    '- a\n  > 2) b',
    'a\n- 2) b',
    '* a\n+ b\n- c',
    '- # heading in item\n- ```\n  code\n  ```',
    '- - - not a list',
    '- - nested',
    '10) ten\n11) eleven',
    '1234567890. too long',
  ],
  'html blocks': [
    '<!-- a\n\n\n',
    '<!-->\nfoo',
    '<!-- one line -->\ntext',
    '<div>\n- [ ] in html\n</div>\n\n- [ ] out',
    '<div>\n\n- [ ] after blank',
    '<script>\nx\n\n</script>\nafter',
    '<pre>\n</PRE>',
    '<?php\nx\n?>',
    '<!DOCTYPE html>\nx',
    '<![CDATA[\nx\n]]>',
    '<span>x</span>\n',
    '<br>\nnext',
    'a\n<br>',
    '> a\n<span>',
    '- [ ] plan\n<a href="x">\n',
    '> plan\n<a x>',
    '- plan\n<a x>\n  foo',
    '<a\nhref="x">',
    '<textarea>\n\n</textarea>',
  ],
  'thematic breaks': ['***', '- - -', '_ _ _', '---\n- a', '* * *\n* a', 'a\n***'],
  tables: [
    '| a | b |\n| - | - |\n| c | d |',
    'foo\n| a | b |\n| - | - |\n| c | d |',
    'foo\na | b\n- | -',
    'a | b\n-|-\nc',
    'a\n-|-',
    'a\n:-',
    '|a|b|\n|-|',
    '|\n|-',
    '\\| a\n-|-',
    '`a|b` | c\n-|-|-',
    'a|b\n-|-\nc|d\n    e',
    '| a |\n| - |\n# h',
    '| a |\n| - |\n- x',
    '> | a |\n> | - |\nlazy',
    '> a|b\n> -|-\nb|c\n-|-',
    '> # x\na|b\n-|-',
    'plan\n<b>\n:-',
    'plan\n<b>x</b>\n:-',
    'foo\n    a | b\n-|-',
    '- a | b\n  -|-',
    '## Opties\n\n| optie | score |\n| --- | --- |\n| A | 7 |',
    // issue 11, disagreement C: a lazy header row under a delimiter row that continues the container
    '- [ ] Offerte st\nuren\nWie | Wat\n  --- | ---\n- [ ] daarna',
    '## Wil\n- [ ] Offerte st\nuren\nWie | Wat\n  --- | ---\n  Jan | bellen\nlazy | rij\n- [ ] daarna',
    '> [!todo] Afspraken\n> Offerte\nWie | Wat\n> --- | ---\n> - [ ] x',
    '- a\nb|c\n-|-',
    '> a\nb|c\n-|-',
    '- a\nb|c|d\n  -|-',
    '1. een\na|b plan\n\t|---|---|\nplan\n',
    '- [ ] a\n  > b\nc|d\n  > -|-',
  ],
  frontmatter: [
    '---\ntype: coaching-session\nclient: "[[Anna]]"\n---\n# Doel',
    '---\n---',
    '---  \na: 1\n---\t\nx',
    '---\nbroken: [\n---\n## Wil\n- [ ] x',
    '---\nclient: Anna\n## Will\n- [ ] the frontmatter never closes\n> not a quote',
    '----\n- b',
    '--- x\n- b',
  ],
  'footnote definitions': [
    'Zie [^1].\n\n[^1]: voetnoot\n    vervolg\n\n    para 2\nbuiten',
    'a\n[^1]: b',
    '[^1]: b\nlazy',
    '[^1]:\n\n    b',
    '- [^1]: b',
    '> [^1]: b\n> c',
    '[^1]: - [ ] taak\n    - b',
    '[^1]:x',
    '    [^1]: x',
    '[^1]: # h\n  c',
    '[^1]: ```\n- a',
    '[^1] zie noot',
    '## Wil\n- [ ] bellen[^1]\n\n[^1]: met Anna',
  ],
  'line endings, BOM, tabs': [
    '# Doel\r\n\r\n- [ ] a\r\n- [x] b\r\n',
    '# Doel\r\r- [ ] a\r- [x] b\r',
    'multi\r\nline\r\n===\r\n',
    'a\rb\r\n---\n',
    '\uFEFF---\ntype: coaching-session\n---\n## Wil\n- [ ] x',
    '\uFEFF# BOM heading',
    '>\t- [ ] tab after quote\n>\t  more',
    '-\t[ ] tab after marker',
    '\t- tab indented',
    ' \t- space tab',
  ],
};

describe('scanOutline gives remark’s outline', () => {
  for (const [construct, texts] of Object.entries(cases)) {
    describe(construct, () => {
      it.each(texts.map((t) => [JSON.stringify(t), t]))('%s', (_name, text) => same(text));
    });
  }
});

describe('a GROW note in Dutch and in English', () => {
  const nl = [
    '---',
    'type: coaching-session',
    'client: "[[Anna de Vries]]"',
    'date: 2026-11-03',
    'tags: [coaching]',
    '---',
    '# Sessie 3 met Anna',
    '',
    '## 🎯 **Doel**',
    'Meer rust in de week. #focus',
    '',
    '## R — Realiteit',
    '> [!question] Wat gebeurt er nu?',
    '> Veel vergaderingen.',
    '',
    '## 3. Opties',
    '- Nee zeggen',
    '- Blokken plannen',
    '',
    '## W — Wil (wat ga je doen?)',
    '- [ ] Agenda opschonen 📅 2026-11-10',
    '- [x] Met manager praten ✅ 2026-11-04',
    '  - [ ] sub-taak',
    '<!-- - [ ] geen taak -->',
    '```',
    '- [ ] ook geen taak',
    '```',
    'Schaal 1-10: 7',
    '',
  ].join('\n');
  const en = nl
    .replace('## 🎯 **Doel**', '## Goal')
    .replace('## R — Realiteit', 'Reality\n-------')
    .replace('## 3. Opties', '### Options ###')
    .replace('## W — Wil (wat ga je doen?)', '## Way forward');
  it.each([
    ['nl', nl],
    ['en', en],
    ['nl crlf', nl.replace(/\n/g, '\r\n')],
    ['en cr', en.replace(/\n/g, '\r')],
  ])('%s', (_name, text) => {
    same(text);
    expect(scanRecord(text, 'n.md')?.actions.length).toBe(3);
  });
});

describe('refusals by design', () => {
  it.each([
    ['a definition whose label has a space', 'Tekst\n\n[^een noot]: voetnoot'],
    ['a footnote definition inside a footnote definition', '[^1]: [^2]: noot'],
    ['a link reference definition', '[ref]: https://example.org\n\n## Wil\n- [ ] x'],
    ['a definition label over two lines', '[ref\nlabel]: /url'],
    ['an escaped [ in a definition label', '[\\[Anna\\]]: /url\n- [ ] x'],
    // issue 11, disagreement B: the first `]` is escaped, so the label goes on on the next line
    ['a definition label over two lines after an escaped ]', '## Wil\n[foo\\]\nbar]: /url\n- [ ] x'],
    ['a definition label over two lines after an escaped ] in a task', '- [ ] a\n\n  [Anna\\] zegt\n  ja]: /url\n- [ ] b'],
    ['containers nested deeper than the limit', Array.from({ length: MAX_DEPTH + 2 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
    ['block quotes nested deeper than the limit', `${'>'.repeat(MAX_DEPTH + 2)} x`],
  ])('%s', (_name, text) => {
    expect(scanOutline(text)).toBeNull();
    expect(scanRefusal(text)).not.toBeNull();
    expect(scanRecord(text, 'n.md')).toBeNull();
  });

  it('a label that closes without a colon is no definition, whatever follows', () => {
    same('## Wil\n[Anna] zei: [bellen]: maandag\n- [ ] x');
    same('[foo\\\\] en [bar]: baz\n- [ ] x');
  });

  // issue 11: a wikilink and a colon sent the note to the slow path, though no label holds a `[`
  it('a wikilink followed by a colon is no definition', () => {
    same('## Wil\n[[Anna]]: bel maandag\n- [ ] x');
    same('- [ ] a\n\n  [[Anna]]: bel maandag\n> [[Piet]]:\n> [x[y]]: z');
    same('[Anna [zie]]: x\n\n[\\[[b]]: c');
    same('[]: /uri\n\n[ \t]: /uri\n- [ ]: x');
  });

  it('a task item that looks like a bracket is no definition', () => {
    same('## Wil\n- [ ] bellen\n[ ] los\n[[Anna]] zei iets');
  });
});

// Times are benchmark figures (`npm run bench`); these tests check the large inputs are read right.
describe('large inputs', () => {
  it('scans a 5 MB note', () => {
    const text = `## Wil\n${'- [ ] taak met een datum 📅 2026-01-01 en #tag\n'.repeat(110_000)}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const outline = scanOutline(text);
    expect(outline?.items.length).toBe(110_000);
  });

  it('refuses a 1,000-deep nested list', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(scanOutline(text)).toBeNull();
  });

  it('reads 3.6 MB of paragraph lines', () => {
    const text = 'Dit is een regel tekst met wat woorden erin en een #tag.\n'.repeat(64_000);
    expect(scanOutline(text)?.blocks).toEqual([{ kind: 'paragraph', startLine: 1, endLine: 64_000 }]);
  });
});

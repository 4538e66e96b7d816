import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastProperties, readPropertiesFast } from '../../../src/core/note/properties-fast';
import { findFrontmatter } from '../../../src/core/note/frontmatter-range';
import { splitLines } from '../../../src/core/note/lines';
import { readProperties } from '../../../src/core/note/properties';

function check(frontmatter: string): 'fast' | 'slow' {
  const lines = splitLines(`---\n${frontmatter}\n---\n# body`);
  const range = findFrontmatter(lines);
  const fast = fastProperties(lines, range);
  const slow = readProperties('n.md', lines, range);
  if (fast !== undefined) expect(fast, frontmatter).toEqual(slow);
  expect(readPropertiesFast('n.md', lines, range)).toEqual(slow);
  return fast === undefined ? 'slow' : 'fast';
}

describe('fastProperties', () => {
  it.each([
    'type: coaching-session\nclient: "[[Anna de Vries]]"\ndate: 2026-11-03\ntags: [coaching, sessie]',
    "client: '[[Bram]]'\ndate: 2026-11-03T10:00\ntags:\n  - coaching\n  - team",
    'client: Anna\ntags: coaching, team #x',
    'tags:\n- a\n- b\ntag: c',
    'client:\ndate:\ntype:',
    '# only a comment',
    '',
    'session: 3\nscore: 1e3\nflag: true\nempty: null',
    'type: 1.0',
    'date: 2026',
    'client: [[Anna]]',
    'client: "a\\"b"',
    'a: 1\na: 2',
    'true: x\nTrue: y',
    'tags: [a, ]',
    'tags: ["a,b", c]',
    'nested:\n  key: value',
    'client: Anna\n  de Vries',
    'client: &a Anna\nother: *a',
    'date:\t2026-11-03',
    'tag: "#coaching"',
    'tags: [#a]',
    'type: |\n  coaching-session',
    'client: 目标 Ünïcødé',
    // Keys that are not read only have to be valid: block scalars, escapes, lists of them.
    'client: Anna\ngrow_reality: |-\n  Het team\n\n  loopt vast.\ngrow_open: 2',
    'grow_actions:\n  - "Bel \\"Piet\\" vóór 1 mei"\n  - |-\n    twee\n    regels\ntype: coaching-session',
    'notes: >-\n  folded\n  text',
    'notes: |\n\n  after a blank line',
    'notes: |-\n    deeper\n  less deep',
    'notes: |-\n  a\n   \n  b',
    'notes: |-\n\tx',
    'notes: |-',
    'notes: |- # comment\n  x',
    'notes: "bad \\q escape"',
    'notes: "tab \\t and \\u00e9"',
    'grow_options:\n- a\n  - b',
    'notes: |\n  ---\n  # not a comment',
    'notes: |\n  x\nclient: Anna\nclient: Bram',
    'grow_actions:\n  - Mail sturen naar [[Planning]]\n  - a:b\n  - 1.5 uur (ca.)',
    'grow_actions:\n  - a: b',
    'notes: a #b',
    'notes: a#b',
    'notes: ends:',
    'notes: (haakjes) [en] {accolades}, komma',
  ])('%j: fast path equals readProperties (or declines)', (fm) => {
    check(fm);
  });

  it('takes the fast path for the usual frontmatter', () => {
    expect(check('type: coaching-session\nclient: "[[Anna de Vries]]"\ndate: 2026-11-03\nsession: 3\ntags: [coaching, sessie]')).toBe('fast');
    expect(check('tags:\n  - coaching\n  - team\ncreated: 2026-01-02')).toBe('fast');
    // As GROW Coach writes its keys: block scalars, quoted items with escapes, items on several lines.
    expect(
      check(
        'type: coaching-session\nclient: "[[Anna]]"\ngrow_reality: |-\n  Het team loopt vast.\n\n  Ik zeg te snel ja.\ngrow_actions:\n  - "Bel \\"Piet\\": vóór vrijdag"\n  - |-\n    Twee\n    regels\ngrow_open: 2\ngrow_scale: 7.5',
      ),
    ).toBe('fast');
  });

  it('no frontmatter: empty properties', () => {
    expect(fastProperties(['# x'], null)).toEqual(readProperties('n.md', ['# x'], null));
  });

  const key = fc.constantFrom('client', 'date', 'type', 'tags', 'tag', 'session', 'created', 'true', 'Tags', 'x-y', '_z');
  const plain = fc.constantFrom(
    'Anna',
    'Anna de Vries',
    'coaching',
    'coaching-session',
    '2026-11-03',
    '2026-11-03T10:00',
    '2026',
    '1.5',
    '1e3',
    '0x1F',
    '0o17',
    'true',
    'False',
    'null',
    'NULL',
    '~',
    'a, b',
    'a,b',
    'yes',
    'Ünï',
    '3 sessies',
    '-x',
    'x-',
    'a (b)',
    'a/b',
    '#tag',
    'a #c',
    'a: b',
    '.5',
    '+1',
    '[[Anna]]',
    '',
  );
  const value = fc.oneof(
    plain,
    plain.map((p) => `"${p}"`),
    plain.map((p) => `'${p}'`),
    fc.array(plain, { maxLength: 3 }).map((ps) => `[${ps.join(', ')}]`),
    fc.array(plain, { maxLength: 3 }).map((ps) => `[${ps.join(',')}]`),
    fc.constantFrom('"a\\tb"', "'it''s'", '|', '>-', '&a x', '*a', '!!str 1', '{a: b}', '"unclosed', 'x ', 'x  # c'),
  );
  const block = fc
    .tuple(fc.constantFrom('', '  ', '    '), fc.array(plain, { minLength: 1, maxLength: 3 }))
    .map(([ind, items]) => items.map((i) => `\n${ind}- ${i}`).join(''));
  const blockLine = fc.constantFrom(
    '[[Planning]] bellen',
    'a: b',
    'x #y',
    'tekst',
    'Nog een regel: met dubbelepunt',
    '# geen kop',
    '---',
    '',
    '   ',
    ' ',
    '\t',
    '- item',
    'a "b"',
  );
  const blockScalar = fc
    .tuple(
      fc.constantFrom('|', '|-', '|+', '>', '>-', '|2'),
      fc.constantFrom('  ', '    ', ' '),
      fc.array(fc.tuple(blockLine, fc.constantFrom('', ' ', '  ')), { minLength: 0, maxLength: 4 }),
    )
    .map(([h, ind, ls]) => ` ${h}${ls.map(([l, extra]) => `\n${l === '' ? '' : ind + extra + l}`).join('')}`);
  const loose = fc.constantFrom(
    'Mail [[Planning]]',
    'a: b',
    'a:b',
    'x #y',
    'x#y',
    'end:',
    '(a) [b]',
    '{c}',
    '1,5 uur',
    '-x',
    '?x',
    '@x',
    '`x`',
    "'q'",
    'x\u0085y',
  );
  const escaped = fc.constantFrom('"a \\"b\\""', '"\\u00e9\\n"', '"\\q"', '"a\\\\b"', '"x\\ty"', '"\\x41"', '"\\U0001F600"');
  const itemList = fc
    .array(
      fc.oneof(
        plain,
        loose,
        escaped,
        blockScalar.map((b) => b.replace(/\n/g, '\n  ').trimStart()),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((items) => items.map((i) => `\n  - ${i}`).join(''));
  const entry = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('grow_goal', 'notes', 'client'),
          fc.oneof(
            blockScalar,
            escaped.map((e) => ` ${e}`),
            loose.map((e) => ` ${e}`),
          ),
        )
        .map(([k, v]) => `${k}:${v}`),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('grow_actions', 'tags'), itemList).map(([k, v]) => `${k}:${v}`) },
    { weight: 1, arbitrary: fc.tuple(key, block).map(([k, b]) => `${k}:${b}`) },
    { weight: 1, arbitrary: fc.constantFrom('# comment', '', 'key:value', '  indented: x', '...', 'k:\tv', '- item') },
  );

  it('equals readProperties on generated frontmatter (fast-check)', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        runs += 1;
        if (check(entries.join('\n')) === 'fast') fast += 1;
      }),
      { numRuns: 3000 },
    );
    expect(fast / runs).toBeGreaterThan(0.2);
  });
});

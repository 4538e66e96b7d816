/**
 * Issue 3: the owned keys written into the frontmatter, losslessly. Each fixture in
 * `test/fixtures/frontmatter/` is a note; `X.expected.md` is what `updateProperties` must make of
 * `X.md`. CRLF and BOM variants are derived here, so no fixture depends on git's line-ending
 * settings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownedProperties, updateProperties, updateNoteWith, type UpdateResult } from '../../../src/core/properties/write';
import { readNote } from '../../../src/core/note/remark-reading';

const dir = path.join(__dirname, '..', '..', 'fixtures', 'frontmatter');
const fixture = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const update = (text: string, file = 'note.md'): UpdateResult => updateProperties(text, readNote(text, file), file);
const updatedText = (result: UpdateResult): string => {
  if (result.status !== 'updated') throw new Error(`expected an update, got ${JSON.stringify(result)}`);
  return result.text;
};
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
/** The body: everything after the closing fence line (the text itself when there is no frontmatter). */
const bodyOf = (text: string): string => {
  const m = /^\uFEFF?---[ \t]*\r?\n(?:[^]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text.replace(/^\uFEFF/, '');
};

describe('updateProperties: fixtures', () => {
  for (const name of ['session', 'code-block-dashes', 'unicode', 'stale']) {
    it(`${name}.md becomes ${name}.expected.md, and a second run changes nothing`, () => {
      const input = fixture(`${name}.md`);
      const out = updatedText(update(input));
      expect(out).toBe(fixture(`${name}.expected.md`));
      expect(update(out)).toEqual({ status: 'unchanged' });
    });

    it(`${name}.md with CRLF line endings stays CRLF`, () => {
      const out = updatedText(update(crlf(fixture(`${name}.md`))));
      expect(out).toBe(crlf(fixture(`${name}.expected.md`)));
      expect(update(out)).toEqual({ status: 'unchanged' });
    });

    it(`${name}.md with a BOM keeps its BOM`, () => {
      const out = updatedText(update(`\uFEFF${fixture(`${name}.md`)}`));
      expect(out).toBe(`\uFEFF${fixture(`${name}.expected.md`)}`);
      expect(update(out)).toEqual({ status: 'unchanged' });
    });
  }

  it('leaves malformed YAML untouched, naming the file and the line of the error', () => {
    const result = update(fixture('malformed.md'), 'Coaching/Anna.md');
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') return;
    expect(result.reason).toMatch(/^Coaching\/Anna\.md:4: the frontmatter is not valid YAML \(/);
    expect(result.reason).toMatch(/Fix the YAML/);
  });

  it('refuses duplicate keys, naming the line of the second one', () => {
    const result = update(fixture('duplicate-keys.md'));
    expect(result).toMatchObject({ status: 'refused' });
    if (result.status === 'refused') expect(result.reason).toMatch(/^note\.md:4: .*unique/);
  });

  it('an empty note stays empty', () => {
    expect(fixture('empty.md')).toBe('');
    expect(update('')).toEqual({ status: 'unchanged' });
    expect(update('\uFEFF')).toEqual({ status: 'unchanged' });
  });

  it('a note that is only frontmatter, with nothing to record, is unchanged', () => {
    const text = fixture('only-frontmatter.md');
    expect(update(text)).toEqual({ status: 'unchanged' });
    expect(update(text.replace(/\n$/, ''))).toEqual({ status: 'unchanged' });
  });

  it('a note that is only frontmatter loses stale owned keys and keeps the rest', () => {
    const text = '---\ntype: coaching-session\ngrow_open: 2\ngrow_goal: old\nclient: Anna\n---';
    expect(updatedText(update(text))).toBe('---\ntype: coaching-session\nclient: Anna\n---');
  });

  it("a note without frontmatter gets one, in the note's line endings", () => {
    const out = updatedText(update('## Goal\r\nRun a marathon\r\n'));
    expect(out).toBe('---\r\ngrow_goal: Run a marathon\r\n---\r\n## Goal\r\nRun a marathon\r\n');
  });

  it('a note whose first line opens a frontmatter that is never closed is refused', () => {
    const result = update('---\ntype: coaching-session\n## Goal\nRun\n', 'a.md');
    expect(result).toMatchObject({ status: 'refused' });
    if (result.status === 'refused') expect(result.reason).toMatch(/^a\.md:1: .*no second "---"/);
  });

  it('a body "---" (thematic break) after the frontmatter is body, not a fence', () => {
    const text = '---\na: 1\n---\n## Goal\nX\n## Will\n\n---\n\nmore\n---\n';
    expect(updatedText(update(text))).toBe('---\na: 1\ngrow_goal: X\n---\n## Goal\nX\n## Will\n\n---\n\nmore\n---\n');
  });
});

describe('updateProperties: user YAML is kept byte for byte', () => {
  const goal = '\n## Goal\nBe calm\n';

  it('keeps comments, flow collections, quoting, anchors and aliases, blank lines', () => {
    const fm = [
      '# leading comment',
      'a: &anchor {x: 1, "y": [2, 3]}   # flow map',
      '',
      "b: 'single'",
      'c: "double \\u00e9"',
      'd: *anchor',
      'e: >',
      '  folded',
      '  text',
      'f: !!str 123',
      '__proto__: {polluted: true}',
      'g:',
      '- unindented',
      '- list',
      '# trailing comment',
    ].join('\n');
    const out = updatedText(update(`---\n${fm}\n---${goal}`));
    expect(out).toBe(`---\n${fm}\ngrow_goal: Be calm\n---${goal}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps an indented top-level map indented, and writes its new keys at that indent', () => {
    const out = updatedText(update(`---\n  a: 1\n  b: 2\n---${goal}`));
    expect(out).toBe(`---\n  a: 1\n  b: 2\n  grow_goal: Be calm\n---${goal}`);
  });

  it('writes new owned keys next to existing ones, in canonical order', () => {
    const text = '---\na: 1\ngrow_reality: R\nz: 2\n---\n## Goal\nG\n## Reality\nR\n## Will\n- [ ] do 📅 2026-05-01\n';
    const out = updatedText(update(text));
    expect(out.split('---')[1]).toBe(
      '\na: 1\ngrow_goal: G\ngrow_reality: R\ngrow_actions:\n  - do\ngrow_open: 1\ngrow_done: 0\ngrow_next_due: 2026-05-01\nz: 2\n',
    );
  });

  it('an owned key written in another style but with the same value is unchanged', () => {
    const text = '---\ngrow_goal: "Be calm"\ngrow_options: ["A", \'B\']\ngrow_scale: 4\n---\n## Goal\nBe calm\n## Options\n- A\n- B\n\nScale: 4/10\n';
    expect(update(text)).toEqual({ status: 'unchanged' });
  });

  it('replaces a stale multi-line owned value with its new lines only', () => {
    const text = '---\nx: 1\ngrow_options:\n  - old\n  # a comment inside the old list\n  - older\ny: 2\n---\n## Options\n- new\n';
    expect(updatedText(update(text))).toBe('---\nx: 1\ngrow_options:\n  - new\ny: 2\n---\n## Options\n- new\n');
  });

  it('refuses to rewrite an owned key that carries an anchor', () => {
    const text = '---\ngrow_goal: &g old\nother: *g\n---\n## Goal\nnew\n';
    const result = update(text);
    expect(result).toMatchObject({ status: 'refused' });
    if (result.status === 'refused') expect(result.reason).toMatch(/^note\.md:2: "grow_goal" carries a YAML anchor/);
  });

  it('refuses a frontmatter that is not a map of keys', () => {
    expect(update('---\n- a\n- b\n---\n## Goal\nX\n')).toMatchObject({ status: 'refused' });
    expect(update('---\n{a: 1}\n---\n## Goal\nX\n')).toMatchObject({ status: 'refused' });
    expect(update('---\njust text\n---\n## Goal\nX\n')).toMatchObject({ status: 'refused' });
  });

  it('fills a frontmatter that holds only comments or nothing', () => {
    expect(updatedText(update('---\n---\n## Goal\nX\n'))).toBe('---\ngrow_goal: X\n---\n## Goal\nX\n');
    expect(updatedText(update('---\n# only a comment\n---\n## Goal\nX\n'))).toBe('---\n# only a comment\ngrow_goal: X\n---\n## Goal\nX\n');
  });

  it('keeps mixed line endings of user lines and uses the dominant one for new lines', () => {
    const text = '---\r\na: 1\nb: 2\r\nc: 3\r\n---\r\n## Goal\nX\n';
    expect(updatedText(update(text))).toBe('---\r\na: 1\nb: 2\r\nc: 3\r\ngrow_goal: X\r\n---\r\n## Goal\nX\n');
  });

  it('handles very long values and long user lines', () => {
    const long = 'word '.repeat(2000).trim();
    const text = `---\nuser: ${long}\n---\n## Goal\n${long}\n`;
    const out = updatedText(update(text));
    expect(out).toBe(`---\nuser: ${long}\ngrow_goal: ${long}\n---\n## Goal\n${long}\n`);
  });
});

describe('ownedProperties', () => {
  it('derives every key from a record, absent when missing', () => {
    const record = readNote(fixture('session.md'), 'session.md');
    expect(ownedProperties(record).map((p) => p.key)).toEqual([
      'grow_goal',
      'grow_reality',
      'grow_options',
      'grow_actions',
      'grow_open',
      'grow_done',
      'grow_next_due',
      'grow_scale',
      'grow_commitment',
    ]);
    expect(ownedProperties(readNote('# Nothing here\n', 'x.md'))).toEqual([]);
  });

  it('says grow_open: 0 when every action is done, and drops grow_actions', () => {
    const record = readNote('## Will\n- [x] done\n', 'x.md');
    expect(ownedProperties(record)).toEqual([
      { key: 'grow_open', value: { kind: 'number', value: 0 } },
      { key: 'grow_done', value: { kind: 'number', value: 1 } },
    ]);
  });
});

describe('updateNoteWith', () => {
  it('reads the record from the text it is given (for Vault.process)', () => {
    const result = updateNoteWith('## Goal\nX\n', 'x.md', readNote);
    expect(updatedText(result)).toBe('---\ngrow_goal: X\n---\n## Goal\nX\n');
    expect(bodyOf(updatedText(result))).toBe('## Goal\nX\n');
  });
});

describe('lone CR line endings', () => {
  it('new frontmatter lines use the lone CR the note uses, and the body stays byte-identical', () => {
    const text = '---\ruser: 1\r---\r## Doel\rRust.\r\r## Wil\r- [ ] Piet bellen\r';
    const result = updateProperties(text, readNote(text, 'cr.md'), 'cr.md');
    if (result.status !== 'updated') throw new Error(result.status);
    expect(result.text.includes('\n')).toBe(false);
    expect(result.text.endsWith('---\r## Doel\rRust.\r\r## Wil\r- [ ] Piet bellen\r')).toBe(true);
    expect(result.text).toContain('grow_goal: Rust.\r');
  });
});

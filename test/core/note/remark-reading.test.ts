import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNote } from '../../../src/core/note/remark-reading';
import { splitLines } from '../../../src/core/note/lines';

const dir = path.join(__dirname, '..', '..', 'fixtures', 'notes');
const fixture = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const brief = (text: string, file = 'note.md') => readNote(text, file).actions.map((a) => [a.line, a.statusChar, a.text, a.due, a.completed]);

describe('readNote on the fixtures', () => {
  it('reads a Dutch note with decorated headings, ordered, nested and callout items', () => {
    const record = readNote(fixture('nl-decorated.md'), 'Coaching/Anna/sessie 3.md');
    expect(record.client).toBe('Anna de Vries');
    expect(record.date).toBe('2026-11-03');
    expect(record.goal).toBe('Meer rust in het teamoverleg, zodat ik zelf minder oplossingen aandraag.');
    expect(record.reality).toBe('Ik neem het gesprek over zodra het stil valt.\nSchaal 1-10: 4');
    expect(record.options).toEqual(['Stiltes laten vallen', 'Een collega vragen om feedback te geven', 'Het boek van Lingsma lezen']);
    expect(record.actions.map((a) => [a.line, a.statusChar, a.status, a.text, a.due, a.completed])).toEqual([
      [29, ' ', 'open', 'Teamleider Piet vragen om feedback', '2026-11-10', null],
      [30, 'x', 'done', 'Agenda opschonen', null, '2026-11-05'],
      [31, '/', 'open', 'Twee vaste overlegmomenten plannen', '2026-12-01', null],
      [32, '-', 'cancelled', 'Training volgen (vervalt)', null, null],
      [34, ' ', 'open', 'Stilte van tien tellen laten vallen in het overleg', '2026-11-17', null],
    ]);
    expect(record.scale).toBe(4);
    expect(record.commitment).toBe(8);
    // The two tasks under "Terugblik" and "Notities" are no actions, and the reading says so.
    expect(record.outside?.map((t) => [t.line, t.heading])).toEqual([
      [11, '## Terugblik'],
      [39, '## Notities'],
    ]);
    expect(record.warnings).toHaveLength(1);
    expect(record.warnings[0]).toMatch(
      /^Coaching\/Anna\/sessie 3\.md:11: 2 tasks are outside a Will section .*1 under "## Terugblik" \(line 10\), 1 under "## Notities" \(line 38\)/,
    );
  });

  it('reads an English note whose Will heading is "Way forward"', () => {
    const record = readNote(fixture('en-way-forward.md'), 'b.md');
    expect(record.client).toBe('Bram Jansen');
    expect(record.options).toEqual(['Rehearse the opening with a colleague', 'Write down the three messages first']);
    expect(brief(fixture('en-way-forward.md'))).toEqual([
      [20, ' ', 'Write the three key messages', '2026-11-20', null],
      [21, ' ', 'Book a rehearsal with Sara', null, null],
      [22, 'x', 'Read the chapter on resistance', null, '2026-11-14'],
    ]);
    expect(record.scale).toBe(6);
    expect(record.commitment).toBe(8);
  });

  it('ignores tasks in fenced and indented code, HTML comments and the frontmatter', () => {
    expect(brief(fixture('code-and-comments.md'))).toEqual([
      [10, ' ', 'Real action one', null, null],
      [27, ' ', 'Real action two', '2026-10-15', null],
    ]);
  });

  it('still reads the body when the frontmatter is not valid YAML, and names file and line', () => {
    const record = readNote(fixture('malformed-yaml.md'), 'Coaching/Dana.md');
    expect(record.client).toBeNull();
    expect(record.date).toBeNull();
    expect(record.actions.map((a) => a.text)).toEqual(['Still read although the frontmatter is broken']);
    expect(record.warnings).toHaveLength(1);
    expect(record.warnings[0]).toMatch(/^Coaching\/Dana\.md:3: the frontmatter is not valid YAML/);
  });

  it('gives no actions for a note without a Will section, and options from paragraphs', () => {
    const record = readNote(fixture('no-will.md'), 'e.md');
    expect(record.actions).toEqual([]);
    expect(record.goal).toBe('Erik wil beter plannen.');
    expect(record.options).toEqual(['Eerst een weekplanning maken.', 'Daarna met de manager afstemmen.']);
  });

  it('keeps tabs, right-to-left text, emoji and combining marks intact', () => {
    const record = readNote(fixture('tabs-unicode.md'), 'z.md');
    expect(record.client).toBe('Zoë Çelik');
    expect(brief(fixture('tabs-unicode.md'))).toEqual([
      [11, ' ', 'Tab after the marker and the box', '2026-11-30', null],
      [12, ' ', 'مراجعة الخطة مع المدير', null, null],
      [13, ' ', '与经理讨论 👩🏽‍💼 and combining é marks', null, null],
      [14, ' ', 'Nested with a tab', null, null],
    ]);
  });

  it('reads setext headings, lazy continuation lines and ) ordered markers', () => {
    expect(brief(fixture('setext-and-lists.md'))).toEqual([
      [10, ' ', 'Ask for the decision in writing', null, null],
      [12, ' ', 'Second action', null, null],
      [16, ' ', 'nested under a plain item', null, null],
      [18, ' ', 'ordered with a parenthesis', null, null],
    ]);
  });
});

describe('line endings and byte-order marks keep line numbers right', () => {
  const names = readdirSync(dir).filter((n) => n.endsWith('.md'));
  for (const name of names) {
    it(`${name}: CRLF, lone CR and a BOM give the same actions`, () => {
      const lf = fixture(name);
      const expected = readNote(lf, name).actions;
      expect(readNote(lf.replace(/\n/g, '\r\n'), name).actions).toEqual(expected);
      expect(readNote(`\uFEFF${lf}`, name).actions).toEqual(expected);
      expect(readNote(`\uFEFF${lf.replace(/\n/g, '\r')}`, name).actions).toEqual(expected);
      const lines = splitLines(lf);
      for (const action of expected) expect(lines[action.line - 1]).toContain(`[${action.statusChar}]`);
    });
  }
});

describe('reading rules', () => {
  const will = (body: string) => `## Will\n${body}\n`;

  it('takes every list marker and skips a task with no text', () => {
    expect(brief(will('- [ ] a\n* [ ] b\n+ [ ] c\n1. [ ] d\n- [ ]\n- [ ]   \n- [x]'))).toEqual([
      [2, ' ', 'a', null, null],
      [3, ' ', 'b', null, null],
      [4, ' ', 'c', null, null],
      [5, ' ', 'd', null, null],
    ]);
  });

  it('is not fooled by a checkbox without a space, or two characters in the box', () => {
    expect(brief(will('- [ ]text\n- [xx] two\n- [] none\n-[ ] no space after marker'))).toEqual([]);
  });

  it('ends the Will section at a heading of the same or a higher level, not a lower one', () => {
    const text = '# Note\n## Wil\n- [ ] one\n### Details\n- [ ] two\n## Notes\n- [ ] three\n# Later\n- [ ] four\n';
    expect(brief(text).map((a) => a[2])).toEqual(['one', 'two']);
  });

  it('recognises decorated headings in both languages', () => {
    const headings = [
      '## W — Will (wat ga je doen?)',
      '### 4. Wil',
      '## Way forward',
      '## W: Acties',
      '## **Afspraken**',
      '## ✅ Next steps',
      '#### 4) Vervolgstappen',
      '## Actiepunten?',
      '## Commitments',
      '## Acties en afspraken:',
    ];
    for (const heading of headings) expect(brief(`${heading}\n- [ ] x\n`).length, heading).toBe(1);
  });

  it('does not take a heading that only starts with a phase word', () => {
    expect(brief('## Willem\n- [ ] x\n## Wil je nog iets kwijt\n- [ ] y\n')).toEqual([]);
  });

  it('reads both due notations and the completion notations; an impossible date is no date (and, as in Tasks, no text)', () => {
    expect(brief(will('- [ ] a [due:: 2026-02-28]\n- [x] b (due:: 2026-03-01) [completion:: 2026-03-02]\n- [ ] c 📅 2026-02-30'))).toEqual([
      [2, ' ', 'a', '2026-02-28', null],
      [3, 'x', 'b', '2026-03-01', '2026-03-02'],
      [4, ' ', 'c', null, null],
    ]);
  });

  it('reads a wikilink client with an alias, and an unquoted [[link]]', () => {
    expect(readNote('---\nclient: "[[Folder/Anna|A]]"\n---\n', 'a').client).toBe('Anna');
    expect(readNote('---\nclient: [[Anna]]\n---\n', 'a').client).toBe('Anna');
  });

  it('does not take a --- later in the body as frontmatter', () => {
    const record = readNote('# Title\n---\nclient: X\n---\n## Will\n- [ ] a\n', 'a');
    expect(record.client).toBeNull();
    expect(record.actions.map((a) => a.line)).toEqual([6]);
  });
});

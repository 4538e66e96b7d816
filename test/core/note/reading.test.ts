/**
 * Issue 11 (1–4): notes as coaches write them. Headings that begin with a phase word whatever
 * follows, question forms, the coach's own words; tasks outside Will reported; scales with a
 * decimal comma; frontmatter that never closes read as Obsidian reads it. Each case is read by
 * the reference (remark) and by the scanner, which must agree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNote } from '../../../src/core/note/remark-reading';
import { scanRecord } from '../../../src/core/note/scan';
import { headingPhase, parseWordList, phaseName } from '../../../src/core/note/vocabulary';
import { updateProperties } from '../../../src/core/properties/write';
import type { ReadOptions } from '../../../src/core/note/record';
import type { SessionRecord } from '../../../src/core/note/session';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** The reference reading; the scanner gives the same record or declines. */
function read(text: string, file = 'Coaching/n.md', options: ReadOptions = {}): SessionRecord {
  const record = readNote(text, file, options);
  const fast = scanRecord(text, file, options);
  if (fast !== null) expect(fast, JSON.stringify(text)).toEqual(record);
  return record;
}

const texts = (record: SessionRecord) => record.actions.map((a) => a.text);

describe('phase headings as coaches write them', () => {
  it.each([
    // Dutch: a phase word or phrase first, whatever follows
    ['Doel van het gesprek', 'goal'],
    ['Doelen voor dit traject', 'goal'],
    ['Doelstelling van het traject', 'goal'],
    ['Huidige situatie en realiteit', 'reality'],
    ['Situatie nu', 'reality'],
    ['Stand van zaken', 'reality'],
    ['Realiteit: waar sta je?', 'reality'],
    ['Opties en ideeën', 'options'],
    ['Mogelijkheden om verder te komen', 'options'],
    ['Actie', 'will'],
    ['Acties voor komende week', 'will'],
    ['Afspraken voor de volgende keer', 'will'],
    ['Vervolgafspraken', 'will'],
    ['Volgende stappen', 'will'],
    ['To do', 'will'],
    ['Todo', 'will'],
    ['To-do’s', 'will'],
    ['Plan van aanpak', 'will'],
    // Dutch question forms
    ['Wat wil je bereiken?', 'goal'],
    ['Waar sta je nu?', 'reality'],
    ['Wat speelt er?', 'reality'],
    ['Welke mogelijkheden zie je?', 'options'],
    ['Wat zou je kunnen doen?', 'options'],
    ['Wat ga je doen?', 'will'],
    ['Wat ga je doen en wanneer?', 'will'],
    // English
    ['Goal for today', 'goal'],
    ['What do you want to achieve?', 'goal'],
    ['Current situation', 'reality'],
    ['Where are you now?', 'reality'],
    ['What’s happening now?', 'reality'],
    ['Options and ideas', 'options'],
    ['What could you do?', 'options'],
    ['Next steps for Omar', 'will'],
    ['Commitments (what I will do)', 'will'],
    ['What will you do?', 'will'],
    ['Action items', 'will'],
    ['Wrap-up', 'will'],
    // decorated
    ['🎯 **Doel van het gesprek**', 'goal'],
    ['3. Opties', 'options'],
    ['W — Afspraken', 'will'],
    ['Stap 4: Wat ga je doen?', 'will'],
  ])('"%s" is %s', (heading, phase) => {
    expect(headingPhase(heading)).toBe(phase);
    // and it carries the section's tasks in a note
    const record = read(`## ${heading}\n- [ ] iets\n`);
    if (phase === 'will') expect(texts(record)).toEqual(['iets']);
    else expect(record.actions).toEqual([]);
  });

  it.each([
    'Doelgroep',
    'Doelgroepen en stakeholders',
    'Situaties om te oefenen',
    'Actiefilm',
    'Willem',
    'Wil je nog iets kwijt?',
    'Will you be there?',
    'Opties­menu',
    'Notities',
    'Huiswerk',
    'Terugblik',
    'Afronding',
    // the intake's "De coachvraag" holds placeholders, not the goal: a coach who wants it adds the word
    'De coachvraag',
    'Reflection',
  ])('"%s" names no phase (whole words only)', (heading) => {
    expect(headingPhase(heading)).toBeNull();
  });

  it('takes the longest phrase: "Wat wil je bereiken" is Goal though "wil" is Will', () => {
    expect(headingPhase('Wat wil je bereiken met deze coaching?')).toBe('goal');
    expect(headingPhase('Wil: de afspraken')).toBe('will');
  });

  it('asked again with the same words object, answers for the words it holds now (edited in place too)', () => {
    const words: { will: string[]; goal?: string[] } = { will: ['Huiswerk'] };
    expect(headingPhase('Huiswerk', words)).toBe('will');
    expect(headingPhase('Klusjes', words)).toBeNull();
    words.will.push('Klusjes');
    expect(headingPhase('Klusjes', words)).toBe('will');
    words.will[0] = 'Taken thuis';
    expect(headingPhase('Huiswerk', words)).toBeNull();
    words.goal = ['Huiswerk'];
    expect(headingPhase('Huiswerk', words)).toBe('goal');
    expect(headingPhase('Huiswerk')).toBeNull();
    expect(headingPhase('Huiswerk', words)).toBe('goal');
  });

  it('reads the Dutch coach note of the issue: every action under its own heading, goal and reality found', () => {
    const record = read(fixture('reading/nl-coach-headings.md'), 'Coaching/Sanne/gesprek 4.md');
    expect(record.goal).toBe('Sanne wil haar agenda terugwinnen: minder overleggen, meer tijd voor het eigen werk.');
    expect(record.reality).toMatch(/^Ze zit gemiddeld 22 uur/);
    expect(record.options).toEqual([
      'Overleggen weigeren zonder agenda',
      'Een vaste focusochtend in de agenda zetten',
      'Met de teamleider de overlegstructuur bespreken',
    ]);
    expect(record.actions.map((a) => [a.line, a.text, a.due])).toEqual([
      [22, 'Focusochtend op dinsdag in de agenda blokken', '2026-11-17'],
      [29, 'Drie terugkerende overleggen opzeggen', '2026-11-20'],
      [32, 'Volgende sessie plannen in week 49', null],
      [35, 'Lijstje meenemen van overleggen die ze heeft afgezegd', null],
    ]);
    expect(record.scale).toBe(4.5);
    expect(record.commitment).toBe(7.5);
    // Huiswerk (2 tasks) and Doelgroep (1 task) are no Will: named in one warning.
    expect(record.outside?.map((t) => [t.line, t.heading])).toEqual([
      [25, '## Huiswerk'],
      [26, '## Huiswerk'],
      [40, '## Doelgroep van het project'],
    ]);
    expect(record.warnings).toHaveLength(1);
    expect(record.warnings[0]).toContain('Coaching/Sanne/gesprek 4.md:25: 3 tasks are outside a Will section');
    expect(record.warnings[0]).toContain('2 under "## Huiswerk" (line 24), 1 under "## Doelgroep van het project" (line 39)');
    expect(record.warnings[0]).toContain('--phase-words will=');
  });

  it('reads the English coach note: next steps, commitments and the question form', () => {
    const record = read(fixture('reading/en-coach-headings.md'), 'Coaching/omar.md');
    expect(record.goal).toBe('Prepare the conversation with his director about the new role.');
    expect(record.reality).toMatch(/^He has not said anything yet/);
    expect(texts(record)).toEqual(['Book thirty minutes with the director', 'Write the three points on one page', 'Talk it through with his partner first']);
    expect(record.actions[2]?.statusChar).toBe('/');
    expect(record.scale).toBe(6);
    expect(record.commitment).toBe(8.5);
    expect(record.outside?.map((t) => t.heading)).toEqual(['## Homework']);
  });

  it('takes the coach’s own words, per phase, in any case and spacing', () => {
    const text = fixture('reading/nl-coach-headings.md');
    const record = read(text, 'Coaching/s.md', { phaseWords: { will: ['  HUISWERK '] } });
    expect(texts(record)).toContain('Een week lang bijhouden welke overleggen echt nodig waren');
    expect(record.actions).toHaveLength(6);
    expect(record.outside?.map((t) => t.line)).toEqual([40]);
    // A coach's word moves a built-in one to another phase.
    const moved = read('## Afspraken\n- [ ] iets\n', 'Coaching/s.md', { phaseWords: { goal: ['afspraken'] } });
    expect(moved.actions).toEqual([]);
    expect(moved.goal).toBe('- [ ] iets');
    // Whole words here too: "klus" does not make "Klusjes" a Will heading.
    expect(read('## Klusjes\n- [ ] iets\n', 'Coaching/s.md', { phaseWords: { will: ['klus'] } }).actions).toEqual([]);
  });

  it('reads a word list and phase names as a coach types them', () => {
    expect(parseWordList(' huiswerk, klusjes ;; to  do ')).toEqual(['huiswerk', 'klusjes', 'to do']);
    expect([phaseName('Wil'), phaseName('doel'), phaseName('OPTIONS'), phaseName('realiteit'), phaseName('x')]).toEqual([
      'will',
      'goal',
      'options',
      'reality',
      null,
    ]);
  });
});

describe('tasks outside a Will section', () => {
  it('reports tasks under no heading, a heading that is no phase, Goal and Reality; not Options, not empty tasks', () => {
    const text = [
      '- [ ] voor elke kop', // 1: no heading
      '## Doel',
      '- [ ] in doel', // 3
      '## Opties',
      '- [ ] optie als taak', // 5: an option, not left out
      '## Wil',
      '- [ ] echte actie',
      '### Details',
      '- [ ] onder een subkop van Wil', // 9: still Will
      '## Huiswerk',
      '- [ ] ', // 11: empty, no task
      '- [x] klaar', // 12
      '```',
      '- [ ] in code', // 14: no list item
      '```',
      '<!--',
      '- [ ] in een opmerking',
      '-->',
    ].join('\n');
    const record = read(text);
    expect(texts(record)).toEqual(['echte actie', 'onder een subkop van Wil']);
    expect(record.outside).toEqual([
      { line: 1, heading: null, headingLine: null, phase: null },
      { line: 3, heading: '## Doel', headingLine: 2, phase: 'goal' },
      { line: 12, heading: '## Huiswerk', headingLine: 10, phase: null },
    ]);
    expect(record.warnings[0]).toContain('1 under no heading, 1 under "## Doel" (Goal) (line 2), 1 under "## Huiswerk" (line 10)');
  });

  it('says it in Dutch when asked', () => {
    const record = read('## Huiswerk\n- [ ] lezen\n', 'Coaching/a.md', { language: 'nl' });
    expect(record.warnings).toEqual([
      expect.stringMatching(/^Coaching\/a\.md:2: 1 taak staat buiten een Wil-sectie en wordt niet als actie getoond: 1 onder "## Huiswerk" \(regel 1\)\./),
    ]);
  });

  it('gives no warning for a note whose tasks all stand under Will', () => {
    expect(read('## Wil\n- [ ] a\n- [x] b\n').warnings).toEqual([]);
  });
});

describe('scales and commitments as people write them', () => {
  it('reads the Dutch scale note: decimal comma, bold label; an out-of-range commitment is a warning naming the line', () => {
    const record = read(fixture('reading/nl-scales.md'), 'Coaching/mark.md');
    expect(record.scale).toBe(7.5);
    // "Commitment: 11" is no value; "Inzet 8/10" on the next line counts.
    expect(record.commitment).toBe(8);
    expect(record.warnings).toEqual([expect.stringMatching(/^Coaching\/mark\.md:16: commitment 11 is outside 1–10 and was not read/)]);
  });

  it('puts the number into the properties as a JS number', () => {
    const text = fixture('reading/nl-scales.md');
    const result = updateProperties(text, read(text), 'mark.md');
    expect(result.status).toBe('updated');
    if (result.status === 'updated') expect(result.text).toMatch(/\ngrow_scale: 7\.5\n/);
  });
});

describe('frontmatter that never closes (regression cases)', () => {
  const dir = path.join(fixtures, 'unclosed');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.md'));

  it('has every variant', () => {
    expect(cases.sort()).toEqual(['bom.md', 'crlf.md', 'dots-closer.md', 'fence-no-newline.md', 'fence-then-eof.md', 'no-closing.md', 'trailing-spaces.md']);
  });

  it.each(cases)('%s: no frontmatter, the body’s actions listed, a warning on line 1, nothing written', (name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const file = `Coaching/${name}`;
    const record = read(text, file);
    expect(record.client).toBeNull();
    expect(record.date).toBeNull();
    expect(record.type).toBeNull();
    expect(record.warnings[0]).toMatch(
      new RegExp(`^Coaching/${name.replace('.', '\\.')}:1: the note starts with "---" but no second "---" line closes the properties`),
    );
    // The body's tasks are actions, as Obsidian lists them.
    const tasks = text.split(/\r\n|\r|\n/).filter((l) => /^(?:> )?- \[ \] /.test(l)).length;
    expect(record.actions).toHaveLength(tasks);
    expect(updateProperties(text, record, file).status).toBe(tasks === 0 ? 'unchanged' : 'refused');
  });

  it('no-closing.md: the actions with their lines and dates', () => {
    const record = read(fixture('unclosed/no-closing.md'));
    expect(record.actions.map((a) => [a.line, a.text, a.due])).toEqual([
      [6, 'Teamleider bellen', '2026-11-09'],
      [7, 'Verslag sturen', null],
    ]);
  });

  it('a closed frontmatter is still frontmatter, and a later --- closes it', () => {
    expect(read('---\nclient: Anna\n---\n## Wil\n- [ ] a\n').client).toBe('Anna');
    expect(read('---\nclient: Anna\n## Wil\n- [ ] a\n---\n').actions).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { WillAction } from '../../../src/core/note/session';
import { csvField, hoursCsv, hoursLog } from '../../../src/core/trajectory/hours';
import { lintAction, vaguePhraseIn, vaguePhrases } from '../../../src/core/trajectory/lint';
import { buildTrajectory, countActions } from '../../../src/core/trajectory/trajectory';
import { formatNumber } from '../../../src/core/trajectory/words';
import { note } from './read';

const action = (status: WillAction['status'], owner?: 'client' | 'coach'): WillAction => ({
  line: 1,
  statusChar: status === 'done' ? 'x' : status === 'cancelled' ? '-' : ' ',
  status,
  text: 't',
  due: null,
  completed: null,
  ...(owner ? { owner } : {}),
});

describe('counting actions', () => {
  it("counts the client's actions: cancelled in neither agreed nor done; the coach's own tasks nowhere", () => {
    const counts = countActions([action('done'), action('open', 'client'), action('cancelled'), action('done', 'coach'), action('open', 'coach')]);
    expect(counts).toEqual({ agreed: 2, done: 1, cancelled: 1, open: 1 });
  });
});

describe('the trajectory', () => {
  const intake = note(
    'i.md',
    '---\nkind: intake\nclient: "[[Anna]]"\ndate: 2026-01-05\ngoals: Eén doel\ncriteria: [a, b]\ncoaching_question: Hoe?\n---\nSchaal: 3\n',
  );
  const legacy = note('s1.md', '---\nclient: Anna\ndate: 2026-01-19\nsession: 7\n---\n## Wil\n- [x] Bellen\n- [ ] Mailen\nCommitment: 9\n');
  const page = note('Anna.md', '---\nclient: Anna\n---\n# Anna\n');
  const other = note('b.md', '---\nkind: session\nclient: Bram\ndate: 2026-01-01\n---\n## Goal\n');
  const undated = note('u.md', '---\nkind: closing\nclient: ANNA\n---\nSchaal: 8\n');

  it('orders by date (undated last), infers a session from GROW headings, and leaves out pages and other clients', () => {
    const t = buildTrajectory('anna', [undated, page, other, legacy, intake]);
    expect(t.sessions.map((s) => [s.file, s.kind, s.number])).toEqual([
      ['i.md', 'intake', null],
      ['s1.md', 'session', 7],
      ['u.md', 'closing', null],
    ]);
    expect(t.goals).toEqual(['Eén doel']);
    expect(t.criteria).toEqual(['a', 'b']);
    expect(t.coachingQuestion).toBe('Hoe?');
    expect(t.followThrough).toEqual({ agreed: 2, done: 1, rate: 0.5 });
    expect(t.scale).toEqual({ first: 3, last: 8 });
    expect(t.openActions.map((a) => a.text)).toEqual(['Mailen']);
  });

  it('names a value it cannot read, and does not guess it', () => {
    const bad = note('x.md', '---\nkind: sesion\nclient: Anna\nduration: een uur\npaid: misschien\n---\n');
    expect(bad.kind).toBeNull();
    expect(bad.properties.duration).toBeNull();
    expect(bad.warnings).toEqual([
      'x.md: kind: "sesion" is not one of intake, session, midway, closing, reflection; it is left out',
      'x.md: duration: "een uur" is not a number of minutes; it is left out',
      'x.md: paid: "misschien" is not true or false; it is left out',
    ]);
  });
});

describe('the hours log', () => {
  const s = (file: string, client: string, date: string, fm: string) =>
    note(file, `---\nkind: session\nclient: ${client}\ndate: ${date}\n${fm}\n---\n## Wil\n`);

  it('sums minutes per client and writes hours with two decimals; consent false anywhere leaves the client off', () => {
    const log = hoursLog([
      s('a1.md', 'Ann', '2026-01-01', 'duration: 50\npaid: true'),
      s('a2.md', 'Ann', '2026-01-08', 'duration: 50\npaid: true'),
      s('a3.md', 'Ann', '2026-01-15', 'duration: "52,5"\npaid: false'),
      s('b1.md', 'Bob', '2026-01-02', 'duration: 60\npaid: true\nicf_consent: false'),
      s('b2.md', 'Bob', '2026-01-09', 'duration: 30\npaid: true'),
      s('c1.md', 'Cy', '2026-01-03', 'duration: 60'),
      s('c2.md', 'Cy', '2026-01-04', 'paid: true'),
      note('c3.md', '---\nkind: reflection\nclient: Cy\ndate: 2026-01-05\n---\n'),
      note('c4.md', '---\nkind: session\nclient: Cy\nduration: 60\npaid: true\n---\n'),
    ]);
    expect(log.rows.map((r) => [r.client, r.paidMinutes, r.proBonoMinutes, r.start, r.end])).toEqual([['Ann', 100, 52.5, '2026-01-01', '2026-01-15']]);
    expect(hoursCsv(log).split('\r\n')[1]).toBe('Ann,,Individual,,2026-01-01,2026-01-15,1.67,0.88');
    expect(log.leftOff).toEqual({ minutes: 90, clients: 1 });
    expect(log.emcc).toEqual({ minutes: 242.5, clients: 2 });
    expect(log.missingPaid).toEqual(['c1.md']);
    expect(log.missingDuration).toEqual(['c2.md']);
    expect(log.undated).toEqual(['c4.md']);
  });

  it('quotes a CSV field as RFC 4180 asks, and only then', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('action lint', () => {
  const phrases = vaguePhrases();

  it('names a vague verb as whole words in any case, only for open actions without a due date', () => {
    expect(vaguePhraseIn('Nadenken over de rol', phrases)).toBe('nadenken over');
    expect(vaguePhraseIn('Ik ga PROBEREN om nee te zeggen', phrases)).toBe('proberen');
    expect(vaguePhraseIn('Try to   delegate', phrases)).toBe('try to');
    expect(vaguePhraseIn('Network on Tuesday', phrases)).toBeNull();
    expect(vaguePhraseIn('Uitproberen van de app', phrases)).toBeNull();
    expect(vaguePhraseIn('Bel Jan over de planning', phrases)).toBeNull();
    expect(lintAction({ status: 'open', due: null, text: 'Look into it' }, phrases)).toBe('look into');
    expect(lintAction({ status: 'open', due: '2026-01-01', text: 'Look into it' }, phrases)).toBeNull();
    expect(lintAction({ status: 'done', due: null, text: 'Look into it' }, phrases)).toBeNull();
  });

  it("takes the coach's own phrases", () => {
    expect(vaguePhraseIn('Mijn best doen', vaguePhrases(['  Mijn BEST doen ', '']))).toBe('mijn best doen');
  });
});

describe('numbers', () => {
  it('writes a decimal comma in Dutch and a point in English', () => {
    expect(formatNumber(7.5, 'nl')).toBe('7,5');
    expect(formatNumber(7.5, 'en')).toBe('7.5');
    expect(formatNumber(8.8333, 'nl')).toBe('8,83');
  });
});

/**
 * One trajectory, as the templates write it and a coach fills it in: the intake's properties
 * reach the later notes, only GROW sessions are numbered, the next session follows the agreed
 * frequency, and the coach's own tasks stay apart from the client's actions.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/i18n';
import { readNote } from '../../../src/core/note/remark-reading';
import { buildTemplateContext, type SessionNoteLike, type TemplateContext } from '../../../src/core/templates/context';
import { frontmatterValues, intakeInfo, noteKind } from '../../../src/core/templates/note-kinds';
import { builtInTemplates, findTemplate } from '../../../src/core/templates/registry';
import { newNotePath, renderTemplate } from '../../../src/core/templates/render';
import { fillIn, type Answers } from './fill';

const CLIENT = 'Anna de Vries';

function render(language: Language, name: string, context: TemplateContext): string {
  const entry = findTemplate(builtInTemplates(language), name);
  if (entry === undefined) throw new Error(`no ${name}`);
  return renderTemplate(entry, context);
}

/** Makes the notes of one trajectory in order, each from the notes before it, filled in and read back. */
function trajectory(language: Language, steps: { name: string; date: string; answers: Answers }[]): { notes: (SessionNoteLike & { text: string })[]; contexts: TemplateContext[] } {
  const notes: (SessionNoteLike & { text: string })[] = [];
  const contexts: TemplateContext[] = [];
  for (const step of steps) {
    const context = buildTemplateContext({ client: CLIENT, date: step.date, language, sessionNotes: notes });
    contexts.push(context);
    const entry = findTemplate(builtInTemplates(language), step.name);
    if (entry === undefined) throw new Error(`no ${step.name}`);
    const file = newNotePath(entry, context);
    const text = fillIn(renderTemplate(entry, context), step.answers);
    const record = readNote(text, file);
    expect(record.warnings, file).toEqual([]);
    notes.push({ file, client: record.client, date: record.date, actions: record.actions, properties: frontmatterValues(text), text });
  }
  return { notes, contexts };
}

const GOALS = ['Het teamoverleg voorzitten zonder het gesprek over te nemen, vóór 1 maart', 'Elke maand feedback vragen aan twee collega’s'];
const CRITERIA = ['Het team komt in het overleg zelf met voorstellen'];

describe('a trajectory: intake, iceberg homework, two GROW sessions, mid-way, closing', () => {
  for (const language of ['nl', 'en'] as const) {
    const { notes, contexts } = trajectory(language, [
      {
        name: 'intake',
        date: '2026-10-06',
        answers: {
          goal: 'Rustiger voorzitten',
          actions: ['Drie overleggen observeren 📅 2026-10-20'],
          coachActions: ['Tussenevaluatie plannen 📅 2026-11-17'],
          properties: { coaching_question: 'Hoe laat ik het team meer inbreng hebben?', goals: GOALS, criteria: CRITERIA, sponsor: 'Karin Mulder', scale_start: 4, sessions_agreed: 6, frequency_weeks: 3, paid: true },
        },
      },
      { name: 'iceberg-reflection', date: '2026-10-13', answers: { goal: 'Samenwerken' } },
      { name: 'grow-session', date: '2026-10-20', answers: { goal: 'Een aanpak', reality: 'Ik neem het over', scale: 4, commitment: 8, actions: ['Stilte laten vallen 📅 2026-11-03'] } },
      { name: 'grow-session', date: '2026-11-10', answers: { goal: 'Verder', reality: 'Beter', scale: 6, commitment: 9 } },
      { name: 'midway-evaluation', date: '2026-11-17', answers: { scale: 6 } },
      { name: 'closing-conversation', date: '2027-01-12', answers: { scale: 8, sponsorScale: 7 } },
    ]);
    const [intake, iceberg, first, second, midway, closing] = notes.map((n) => n.text);

    it(`(${language}) numbers only the GROW sessions, 1 and 2; the other notes carry their kind and no number`, () => {
      expect(notes.map((n) => noteKind(n.properties))).toEqual(['intake', 'iceberg', 'session', 'session', 'midway', 'closing']);
      expect(first).toMatch(/^session: 1$/m);
      expect(second).toMatch(/^session: 2$/m);
      for (const text of [intake, iceberg, midway, closing]) expect(text).not.toMatch(/^session:/m);
      expect(notes[3]?.file).toBe(language === 'nl' ? 'Coaching/Anna de Vries/2026-11-10 sessie 2.md' : 'Coaching/Anna de Vries/2026-11-10 session 2.md');
      expect(second).toContain(language === 'nl' ? '# Sessie 2 van 6 met Anna de Vries' : '# Session 2 of 6 with Anna de Vries');
    });

    it(`(${language}) the GROW session shows the trajectory's goals; mid-way and closing show the intake's SMART goals`, () => {
      for (const text of [first, second, midway, closing]) for (const goal of GOALS) expect(text).toContain(`> - ${goal}`);
      expect(midway).toContain(`> - ${CRITERIA[0]}`);
      expect(midway).toContain(language === 'nl' ? '**Sessies**: 2 gehouden van de 6 afgesproken, om de 3 weken' : '**Sessions**: 2 held of the 6 agreed, every 3 weeks');
      expect(midway).toContain(language === 'nl' ? 'Bij de intake was dat een 4.' : 'At the intake it was a 4.');
    });

    it(`(${language}) the closing meeting checks the goals one by one, with a scale for the client and one for the sponsor`, () => {
      const header = language === 'nl' ? '| Doel | Bereikt? | Merkbaar op het werk, hoe? |' : '| Goal | Achieved? | Noticeable on the job, how? |';
      expect(closing).toContain(`${header}\n| --- | --- | --- |\n| ${GOALS[0]} |  |  |\n| ${GOALS[1]} |  |  |\n`);
      expect(closing).toContain(language === 'nl' ? '- Opdrachtgever: Karin Mulder' : '- Sponsor: Karin Mulder');
      const record = readNote(closing ?? '', 'c.md');
      expect(record.scale).toBe(8);
      expect(closing).toMatch(language === 'nl' ? /^Schaal opdrachtgever \(0–10\): 7$/m : /^Scale sponsor \(0–10\): 7$/m);
      // The preparation with the client comes before the goals are checked.
      expect(closing?.indexOf(language === 'nl' ? '## Voorbereiding met de klant' : '## Preparing with the client')).toBeLessThan(closing?.indexOf(header) ?? 0);
    });

    it(`(${language}) the next session follows the agreed frequency, and sessions are paid as the intake says`, () => {
      expect(contexts[2]?.nextSession).toBe('2026-11-10');
      expect(first).toContain(language === 'nl' ? 'Volgende sessie: dinsdag 10 november 2026' : 'Next session: Tuesday 10 November 2026');
      expect(first).toMatch(/^paid: true$/m);
      expect(first).toMatch(/^duration: 60$/m);
    });

    it(`(${language}) the coach's own tasks stay out of the client's review and are listed for the coach`, () => {
      const review = (first ?? '').slice((first ?? '').indexOf(language === 'nl' ? '## Terugblik' : '## Looking back'));
      expect(review.slice(0, review.indexOf('\n## ', 3))).not.toContain('Tussenevaluatie plannen');
      expect(review).toContain('Drie overleggen observeren');
      expect(contexts[2]?.coachTasks.map((t) => t.text)).toEqual(['Tussenevaluatie plannen']);
      expect(first).toMatch(/^> - Tussenevaluatie plannen \((?:uiterlijk 17 november|due 17 November) 2026\) — \[\[/m);
    });
  }
});

describe('reading a note kind and an intake', () => {
  it('reads kind from the property, else from the tag an earlier template gave, else a GROW session', () => {
    expect(noteKind({ kind: 'Intake' })).toBe('intake');
    expect(noteKind({ tags: ['coaching', 'tussenevaluatie'] })).toBe('midway');
    expect(noteKind({ tags: ['coaching', 'driegesprek'] })).toBe('closing');
    expect(noteKind({ tags: 'coaching, ijsberg' })).toBe('iceberg');
    expect(noteKind({ kind: 'weekly' })).toBe('session');
    expect(noteKind(undefined)).toBe('session');
  });

  it('reads an intake written by hand: a goal as one text, numbers as text, Dutch yes', () => {
    const info = intakeInfo('i.md', '2026-10-06', { goals: 'Eén doel', criteria: [' a ', '', 3], sessions_agreed: '6', frequency_weeks: '1,5', scale_start: 11, paid: 'ja' });
    expect(info).toMatchObject({ goals: ['Eén doel'], criteria: ['a', '3'], sessionsAgreed: 6, frequencyWeeks: 1.5, scaleStart: null, paid: true });
  });

  it('reads frontmatter values key by key: invalid YAML, no frontmatter and __proto__ give nothing harmful', () => {
    expect(frontmatterValues('no frontmatter')).toEqual({});
    expect(frontmatterValues('---\nkind: [intake\n---\n')).toEqual({});
    const values = frontmatterValues('---\n__proto__: {kind: intake}\nkind: midway\ngoals:\n  - a\n  - {x: 1}\ndate: 2026-10-06\n---\nbody');
    expect(values).toEqual({ kind: 'midway', goals: ['a'] });
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it('a note without properties counts as a GROW session (notes made before kinds existed)', () => {
    const context = buildTemplateContext({
      client: CLIENT,
      date: '2026-11-03',
      language: 'nl',
      sessionNotes: [
        { file: 'a.md', client: CLIENT, date: '2026-10-01', actions: [] },
        { file: 'b.md', client: CLIENT, date: '2026-10-08', actions: [], properties: { tags: ['coaching', 'intake'] } },
      ],
    });
    expect(context.sessionNumber).toBe(2);
    expect(context.intake?.file).toBe('b.md');
    expect(render('nl', 'grow-session', context)).toContain('De doelen staan nog niet bij de eigenschap `goals`');
  });
});

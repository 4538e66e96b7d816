import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LANGUAGES, type Language } from '../../../src/core/i18n';
import { readNote } from '../../../src/core/note/remark-reading';
import type { SessionRecord } from '../../../src/core/note/session';
import { buildTemplateContext, type TemplateContext } from '../../../src/core/templates/context';
import { mergeTemplateIntoNote } from '../../../src/core/templates/merge';
import { BUILT_IN_NAMES, builtInTemplates, findTemplate, type BuiltInName, type TemplateEntry } from '../../../src/core/templates/registry';
import { newNotePath, renderTemplate } from '../../../src/core/templates/render';
import { fillIn, type Answers } from './fill';


const DATE = '2026-11-03';

function context(language: Language, overrides: Partial<TemplateContext> = {}): TemplateContext {
  return {
    ...buildTemplateContext({ client: 'Anna de Vries', date: DATE, time: '09:30', coach: 'Alle de Vries', language, sessionNotes: [] }),
    ...overrides,
  };
}

function builtIn(language: Language, name: BuiltInName): TemplateEntry {
  const entry = findTemplate(builtInTemplates(language), name);
  if (entry === undefined) throw new Error(`no built-in ${name}`);
  return entry;
}

function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) throw new Error('no frontmatter');
  return parseYaml(match[1]) as Record<string, unknown>;
}

/** What a coach writes in each template, and which parts of the record that must produce. */
interface Case {
  answers: Answers;
  phases: ReadonlySet<'goal' | 'reality' | 'options' | 'will'>;
  scale?: number;
  commitment?: number;
}

const ALL = new Set(['goal', 'reality', 'options', 'will'] as const);
const GOAL_WILL = new Set(['goal', 'will'] as const);

const ANSWERS: Record<Language, Answers> = {
  nl: {
    goal: 'Rustiger voorzitten van het teamoverleg, zodat anderen meer inbreng hebben',
    reality: 'Ik neem het gesprek over zodra het stil valt',
    options: ['Stiltes bewust laten vallen', 'Een collega om feedback vragen'],
    actions: ['Feedback vragen aan teamleider Piet 📅 2026-11-10', 'Drie keer een stilte van tien tellen laten vallen 📅 2026-11-17'],
    scale: 4,
    commitment: 8,
  },
  en: {
    goal: 'Chair the team meeting more calmly, so that others contribute more',
    reality: 'I take over the conversation as soon as it falls silent',
    options: ['Let silences fall on purpose', 'Ask a colleague for feedback'],
    actions: ['Ask team lead Pete for feedback 📅 2026-11-10', 'Let a ten-second silence fall three times 📅 2026-11-17'],
    scale: 4,
    commitment: 8,
  },
};

const NOTE_KIND: Record<NoteTemplate, string> = {
  'grow-session': 'session',
  intake: 'intake',
  'midway-evaluation': 'midway',
  'closing-conversation': 'closing',
  'iceberg-reflection': 'iceberg',
};

type NoteTemplate = Exclude<BuiltInName, 'reflective-questions' | 'leadership-reflection'>;

function cases(language: Language): Record<NoteTemplate, Case> {
  const a = ANSWERS[language];
  const coachActions = [language === 'nl' ? 'Artikel over stiltes sturen 📅 2026-11-05' : 'Send the article on silences 📅 2026-11-05'];
  const noScale: Answers = { goal: a.goal, actions: a.actions };
  return {
    'grow-session': { answers: { ...a, coachActions }, phases: ALL, scale: 4, commitment: 8 },
    intake: { answers: { ...noScale, coachActions }, phases: GOAL_WILL },
    'midway-evaluation': { answers: { ...a, coachActions }, phases: ALL, scale: 4, commitment: 8 },
    'closing-conversation': { answers: { ...a, commitment: undefined, sponsorScale: 6, coachActions }, phases: ALL, scale: 4 },
    'iceberg-reflection': { answers: noScale, phases: GOAL_WILL },
  };
}

describe('built-in templates', () => {
  for (const language of LANGUAGES) {
    it(`(${language}) exist under the same seven names, each with a title of its own and a kind`, () => {
      const entries = builtInTemplates(language);
      expect(entries.map((e) => e.name)).toEqual([...BUILT_IN_NAMES]);
      for (const entry of entries) {
        expect(entry.title, entry.name).not.toBe(entry.name);
        expect(entry.description, entry.name).toBeTruthy();
      }
      expect(entries.filter((e) => e.kind === 'block').map((e) => e.name)).toEqual(['reflective-questions', 'leadership-reflection']);
    });

    for (const name of BUILT_IN_NAMES) {
      it(`(${language}) ${name} renders without leftovers, escapes or leading blank lines`, () => {
        const text = renderTemplate(builtIn(language, name), context(language));
        expect(text).not.toMatch(/\{\{|\}\}|&lt;|&amp;|&quot;|&#x/);
        expect(text.startsWith('\n')).toBe(false);
        expect(text.endsWith('\n')).toBe(true);
      });
    }

    for (const [name, c] of Object.entries(cases(language)) as [NoteTemplate, Case][]) {
      it(`(${language}) ${name}: filled in as a coach would, reads back into the expected record`, () => {
        const entry = builtIn(language, name);
        const rendered = renderTemplate(entry, context(language));
        const fm = frontmatterOf(rendered);
        expect(fm).toMatchObject({ type: 'coaching-session', kind: NOTE_KIND[name], client: '[[Anna de Vries]]', date: DATE, coach: 'Alle de Vries' });
        expect(fm.tags).toContain('coaching');
        // Only GROW sessions are numbered; the session-like notes carry duration and paid (the hours log).
        if (name === 'grow-session') expect(fm.session).toBe(1);
        else expect(fm).not.toHaveProperty('session');
        if (name === 'iceberg-reflection') expect(fm).not.toHaveProperty('duration');
        else expect(fm).toMatchObject({ duration: 60, paid: false });

        const empty = readNote(rendered, 'empty.md');
        expect(empty.actions).toEqual([]);
        expect(empty.options).toEqual([]);
        expect(empty.goal).toBeNull();
        expect(empty.scale).toBeNull();
        expect(empty.commitment).toBeNull();

        const record: SessionRecord = readNote(fillIn(rendered, c.answers), 'Coaching/Anna de Vries/note.md');
        expect(record.client).toBe('Anna de Vries');
        expect(record.date).toBe(DATE);
        expect(record.type).toBe('coaching-session');
        expect(record.warnings).toEqual([]);
        // The answer, and none of the questions: prompts live in callouts the reader leaves out.
        expect(record.goal).toContain(c.answers.goal);
        expect(record.goal).not.toContain('?');
        if (c.phases.has('reality')) {
          expect(record.reality).toContain(c.answers.reality);
          // The closing meeting's goal-by-goal table is part of the record; no question is.
          const prose = (record.reality ?? '').split('\n').filter((l) => !l.startsWith('|'));
          expect(prose.join('\n')).not.toContain('?');
        }
        expect(record.options).toEqual(c.phases.has('options') ? c.answers.options : []);
        const clientActions = record.actions.filter((x) => x.owner !== 'coach');
        const dueDates = (c.answers.actions ?? []).map((t) => /📅 (\S+)/.exec(t)?.[1] ?? null);
        expect(clientActions.map((x) => [x.status, x.due])).toEqual(dueDates.map((due) => ['open', due]));
        expect(clientActions.map((x) => x.text)).toEqual((c.answers.actions ?? []).map((t) => t.replace(/ 📅 .*/, '')));
        // The coach's own tasks, under the coach's subheading of Will, are read as the coach's.
        const coachTasks = record.actions.filter((x) => x.owner === 'coach').map((x) => x.text);
        expect(coachTasks).toEqual((c.answers.coachActions ?? []).map((t) => t.replace(/ 📅 .*/, '')));
        expect(record.scale).toBe(c.scale ?? null);
        expect(record.commitment).toBe(c.commitment ?? null);
      });
    }

    it(`(${language}) reflective questions: inserted into a session at the cursor, they do not leak into Reality`, () => {
      const session = renderTemplate(builtIn(language, 'grow-session'), context(language));
      const block = renderTemplate(builtIn(language, 'reflective-questions'), context(language));
      expect(block.startsWith('> [!question]')).toBe(true);
      expect(block.split('\n').filter((l) => l.startsWith('> - ')).length).toBe(9);
      const scaleLine = language === 'nl' ? 'Schaal (0–10): ' : 'Scale (0–10): ';
      const cursor = session.indexOf(scaleLine);
      const merged = mergeTemplateIntoNote(session, cursor, block);
      expect(merged.match(/^---$/gm)?.length).toBe(2);
      const record = readNote(fillIn(merged, { reality: ANSWERS[language].reality, scale: 6 }), 'x.md');
      expect(record.reality).toBe(`${ANSWERS[language].reality}\n\n${scaleLine}6`);
      expect(record.scale).toBe(6);
    });

    it(`(${language}) leadership reflection: a block on the four core qualities that adds nothing to a session's record`, () => {
      const block = renderTemplate(builtIn(language, 'leadership-reflection'), context(language));
      for (const quality of language === 'nl' ? ['Coachen', 'Inspireren', 'Sturen', 'Ingrijpen'] : ['Coaching', 'Inspiring', 'Directing', 'Intervening']) {
        expect(block).toContain(`### ${quality}\n`);
      }
      const session = fillIn(renderTemplate(builtIn(language, 'grow-session'), context(language)), ANSWERS[language]);
      const before = readNote(session, 'x.md');
      const merged = mergeTemplateIntoNote(session, session.length, block);
      const after = readNote(fillIn(merged, { lines: { [language === 'nl' ? 'Kernkwaliteit ingezet' : 'Core quality used']: 'coachen' } }), 'x.md');
      expect({ ...after, warnings: [] }).toEqual({ ...before, warnings: [] });
    });

    it(`(${language}) the next-session date is two weeks on without an intake, in words`, () => {
      const text = renderTemplate(builtIn(language, 'grow-session'), context(language));
      expect(text).toContain(language === 'nl' ? 'Volgende sessie: dinsdag 17 november 2026' : 'Next session: Tuesday 17 November 2026');
      expect(text).toContain(language === 'nl' ? '# Sessie 1 met Anna de Vries, dinsdag 3 november 2026' : '# Session 1 with Anna de Vries, Tuesday 3 November 2026');
    });

    it(`(${language}) each note template names its new note after the date and the kind of conversation`, () => {
      const paths = builtInTemplates(language)
        .filter((e) => e.kind === 'session')
        .map((e) => newNotePath(e, context(language, { sessionNumber: 4 })));
      expect(paths).toEqual(
        language === 'nl'
          ? [
              'Coaching/Anna de Vries/2026-11-03 sessie 4.md',
              'Coaching/Anna de Vries/2026-11-03 intake.md',
              'Coaching/Anna de Vries/2026-11-03 tussenevaluatie.md',
              'Coaching/Anna de Vries/2026-11-03 driegesprek.md',
              'Coaching/Anna de Vries/2026-11-03 ijsbergreflectie.md',
            ]
          : [
              'Coaching/Anna de Vries/2026-11-03 session 4.md',
              'Coaching/Anna de Vries/2026-11-03 intake.md',
              'Coaching/Anna de Vries/2026-11-03 mid-way evaluation.md',
              'Coaching/Anna de Vries/2026-11-03 three-way meeting.md',
              'Coaching/Anna de Vries/2026-11-03 iceberg reflection.md',
            ],
      );
    });
  }

  it('has no coach line in frontmatter when no coach is set', () => {
    const text = renderTemplate(builtIn('nl', 'grow-session'), context('nl', { coach: '' }));
    expect(frontmatterOf(text)).not.toHaveProperty('coach');
  });
});

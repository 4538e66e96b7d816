/**
 * Every built-in template, in both languages, and the `open-actions` partial render exactly as
 * real Handlebars 4.7 rendered them (the environment GROW Coach used before: `noEscape`,
 * `preventIndent`, the same helpers and partials), on contexts with and without open actions,
 * coach and hostile names. The note name patterns too.
 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../src/core/i18n';
import { buildTemplateContext, type TemplateContext } from '../../../../src/core/templates/context';
import { registerHelpers } from '../../../../src/core/templates/helpers';
import { builtInTemplates, PARTIALS } from '../../../../src/core/templates/registry';
import { createTemplateEnvironment } from '../../../../src/core/templates/render';
import { HANDLEBARS_OPTIONS } from './oracle';

function handlebars(): typeof Handlebars {
  const env = Handlebars.create();
  registerHelpers(env);
  for (const [name, source] of Object.entries(PARTIALS)) env.registerPartial(name, source);
  return env;
}

const theirs = handlebars();
const ours = createTemplateEnvironment();

const earlierNote = (client: string) => ({
  file: `Coaching/${client}/2026-10-20 sessie 1.md`,
  client,
  date: '2026-10-20',
  actions: [
    { line: 12, text: 'Feedback vragen aan Piet', status: 'open' as const, due: '2026-10-27' },
    { line: 13, text: 'Stilte laten vallen {{client}} & <b>', status: 'open' as const, due: null },
    { line: 14, text: 'Done already', status: 'done' as const, due: null },
    { line: 15, text: 'Later', status: 'open' as const, due: '2026-12-01' },
  ],
});

function contexts(language: Language): [string, TemplateContext][] {
  const base = { date: '2026-11-03', time: '09:30', language };
  return [
    ['a first session', buildTemplateContext({ ...base, client: 'Anna de Vries', coach: 'Alle', sessionNotes: [] })],
    ['open actions, no coach', buildTemplateContext({ ...base, client: 'Anna de Vries', sessionNotes: [earlierNote('Anna de Vries')] })],
    ['a hostile name', buildTemplateContext({ ...base, client: '{{#each this}}{{this}}{{/each}} ../x <b>', coach: '"quoted" & #tag', sessionNotes: [] })],
    [
      'an intake with goals, a coach task and earlier sessions',
      buildTemplateContext({
        ...base,
        client: 'Anna de Vries',
        coach: 'Alle',
        sessionNotes: [
          {
            file: 'Coaching/Anna de Vries/2026-10-06 intake.md',
            client: 'Anna de Vries',
            date: '2026-10-06',
            actions: [{ line: 40, text: 'Tussenevaluatie plannen', status: 'open' as const, due: '2026-11-17', owner: 'coach' as const }],
            properties: { kind: 'intake', coaching_question: 'Rustiger {{voorzitten}}', goals: ['a | b', '<b>c</b>'], criteria: ['d'], sponsor: 'Karin', scale_start: 4, sessions_agreed: 6, frequency_weeks: 3, paid: true },
          },
          { ...earlierNote('Anna de Vries'), properties: { kind: 'session' } },
        ],
      }),
    ],
    [
      'an intake without goals',
      buildTemplateContext({
        ...base,
        client: 'Anna de Vries',
        sessionNotes: [{ file: 'Coaching/Anna de Vries/2026-10-06 intake.md', client: 'Anna de Vries', date: null, actions: [], properties: { kind: 'intake' } }],
      }),
    ],
    [
      'two earlier notes',
      buildTemplateContext({ ...base, client: 'Bram', coach: 'C', sessionNotes: [earlierNote('Bram'), { ...earlierNote('Bram'), file: 'Coaching/Bram/2026-10-27.md', date: '2026-10-27' }] }),
    ],
  ];
}

describe('built-in templates render as with Handlebars 4.7', () => {
  for (const language of LANGUAGES) {
    for (const entry of builtInTemplates(language)) {
      it(`(${language}) ${entry.name}`, () => {
        const expected = theirs.compile(entry.source, HANDLEBARS_OPTIONS);
        const actual = ours.compile(entry.source);
        for (const [what, context] of contexts(language)) {
          expect(actual(context), what).toBe(expected(context));
        }
        if (entry.noteName !== null) {
          for (const [what, context] of contexts(language)) {
            const named = { ...context, name: entry.name };
            expect(ours.compile(entry.noteName)(named), what).toBe(theirs.compile(entry.noteName, HANDLEBARS_OPTIONS)(named));
          }
        }
      });
    }
  }

  it('the open-actions partial on its own', () => {
    const source = PARTIALS['open-actions'] ?? '';
    const [, withActions] = contexts('nl')[1] ?? [];
    expect(ours.compile(source)(withActions)).toContain('- Feedback vragen aan Piet (uiterlijk 27 oktober 2026, datum verstreken) — [[Coaching/Anna de Vries/2026-10-20 sessie 1|2026-10-20 sessie 1]]\n');
    for (const language of LANGUAGES) {
      for (const [what, context] of contexts(language)) {
        expect(ours.compile(source)(context), what).toBe(theirs.compile(source, HANDLEBARS_OPTIONS)(context));
      }
    }
  });
});

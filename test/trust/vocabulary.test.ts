/**
 * One word for one thing: the Dutch (and English) that GROW Coach shows, in the plugin's strings,
 * the CLI's messages, the templates' shared phrases and the built-in templates, uses the chosen
 * vocabulary and none of the words it replaced.
 *
 * Dutch: a due date is `uiterlijk <datum>`, no date is `geen datum`, a passed due date is
 * `verstreken` (`datum verstreken`), never "deadline" or the verdict "te laat"; a note is a
 * `coachingnotitie`; done is `afgerond`. English is coaching English: sponsor (not commissioner),
 * workplace / on the job (not work floor), three-way meeting (not three-party conversation), and
 * SMART's A is achievable (agreed), not acceptable.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/cli/messages';
import { LANGUAGES, PHRASES, type Language } from '../../src/core/i18n';
import { builtInTemplates, PARTIALS } from '../../src/core/templates/registry';
import { UI_STRINGS } from '../../src/plugin/i18n';

/** Every string a table holds in one language; a message that is a function is called with sample values. */
function cliStrings(language: Language): string[] {
  return Object.values(messages(language)).map((value: unknown) => {
    if (typeof value === 'string') return value;
    if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)('x', 'vault', 3));
    throw new Error('unexpected message');
  });
}

/** What a coach reads of a template: without `{{…}}`, `code` (property names) and frontmatter keys. */
function visible(source: string): string {
  return source
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/^[a-z_]+:.*$/gm, ' ');
}

function tables(language: Language): Record<string, string[]> {
  return {
    'src/core/i18n.ts PHRASES': Object.values(PHRASES).map((t) => t[language]),
    'src/plugin/i18n.ts UI_STRINGS': Object.values(UI_STRINGS).map((t) => t[language]),
    'src/cli/messages.ts': cliStrings(language),
    templates: [
      ...builtInTemplates(language).map((e) => e.source),
      ...Object.entries(PARTIALS)
        .filter(([name]) => name === 'open-actions' || name.endsWith(`-${language}`))
        .map(([, source]) => source),
    ].map(visible),
  };
}

const FORBIDDEN: Record<Language, { word: RegExp; use: string }[]> = {
  nl: [
    { word: /deadline/i, use: 'uiterlijk <datum>, geen datum, per datum' },
    { word: /te laat/i, use: 'verstreken / datum verstreken (neutraal, in een notitie die je met de klant leest)' },
    { word: /coachingsnotitie/i, use: 'coachingnotitie' },
    { word: /reflectievragen/i, use: 'reflectieve vragen (de titel van het sjabloon)' },
    { word: /afgeronde tonen/i, use: 'afgeronde acties tonen' },
    { word: /\bcommissioner\b|\bsponsor\b/i, use: 'opdrachtgever' },
  ],
  en: [
    { word: /commissioner/i, use: 'sponsor' },
    { word: /work ?floor/i, use: 'workplace / on the job' },
    { word: /three-party/i, use: 'three-way meeting' },
    { word: /\bacceptable\b/i, use: 'achievable (agreed)' },
  ],
};

describe('one word for one thing', () => {
  for (const language of LANGUAGES) {
    for (const [table, strings] of Object.entries(tables(language))) {
      it(`(${language}) ${table} uses none of the replaced words`, () => {
        for (const { word, use } of FORBIDDEN[language]) {
          // Command names (`grow-coach sponsor`) are the same in both languages.
          const found = strings.filter((s) => word.test(s.replace(/grow-coach [a-z]+/g, '')));
          expect(found, `${word} in ${table}: write ${use}`).toEqual([]);
        }
      });
    }
  }

  it('(nl) a due date, no date and a passed date are said the same way in the plugin, the CLI and the notes', () => {
    const cli = messages('nl');
    expect(PHRASES.due.nl).toBe('uiterlijk');
    expect(cli.due).toBe('uiterlijk');
    expect(UI_STRINGS.due.nl).toBe('Uiterlijk {date}');
    expect(UI_STRINGS.dueOverdue.nl).toMatch(/^Uiterlijk \{date\}, verstreken$/);
    expect(cli.noDate).toBe('geen datum');
    expect(UI_STRINGS.bucketNone.nl).toBe('Geen datum');
    expect(PHRASES.overdue.nl).toBe('datum verstreken');
    expect(cli.overdue).toBe('datum verstreken');
    expect(UI_STRINGS.bucketOverdue.nl).toBe('Datum verstreken');
    for (const s of [UI_STRINGS.countOverdue.nl, UI_STRINGS.statusBar.nl, cli.overdueCount(1), cli.summary(1, 1, 1)]) expect(s).toContain('verstreken');
    expect(cli.done).toBe('afgerond');
    expect(UI_STRINGS.completeAction.nl).toMatch(/^Actie afronden/);
    expect(UI_STRINGS.groupCoach.nl).toBe(cli.coachTasks);
    expect(UI_STRINGS.groupCoach.en).toBe(messages('en').coachTasks);
  });

  it('(nl) every table that names a coaching note spells it "coachingnotitie"', () => {
    for (const [table, strings] of Object.entries(tables('nl'))) {
      if (table === 'templates' || table.includes('PHRASES')) continue;
      expect(
        strings.some((s) => /coachingnotitie/i.test(s)),
        table,
      ).toBe(true);
    }
  });

  it('the insert commands are named after the templates they insert', () => {
    for (const language of LANGUAGES) {
      const title = (name: string) =>
        builtInTemplates(language)
          .find((e) => e.name === name)
          ?.title.toLowerCase() ?? '?';
      expect(UI_STRINGS.cmdInsertQuestions[language].toLowerCase()).toContain(title('reflective-questions'));
      expect(UI_STRINGS.cmdInsertSession[language].toLowerCase()).toContain(title('grow-session'));
    }
  });

  it('the replaced words would be caught (the test can fail)', () => {
    expect(FORBIDDEN.nl.some(({ word }) => word.test('Geen deadline'))).toBe(true);
    expect(FORBIDDEN.nl.some(({ word }) => word.test('3 te laat'))).toBe(true);
    expect(FORBIDDEN.en.some(({ word }) => word.test('results on the work floor'))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readNote } from '../../../src/core/note/remark-reading';
import type { SessionRecord } from '../../../src/core/note/session';
import { buildTemplateContext, isSameClient } from '../../../src/core/templates/context';
import { builtInTemplates, findTemplate } from '../../../src/core/templates/registry';
import { newNotePath, renderTemplate } from '../../../src/core/templates/render';
import { fillIn } from './fill';

const grow = (language: 'nl' | 'en') => {
  const entry = findTemplate(builtInTemplates(language), 'grow-session');
  if (entry === undefined) throw new Error('no grow-session');
  return entry;
};

/** A session note as the CLI would create and the coach would fill it in, read back. */
function session(client: string, date: string, file: string, actions: string[], earlier: SessionRecord[] = []): SessionRecord {
  const context = buildTemplateContext({ client, date, language: 'nl', sessionNotes: earlier });
  return readNote(fillIn(renderTemplate(grow('nl'), context), { actions }), file);
}

/** The lines of the review section (`## Terugblik` up to the next heading). */
function review(text: string): string[] {
  const start = text.indexOf('## Terugblik');
  const end = text.indexOf('\n#', start + 1);
  return text.slice(start, end).split('\n').filter((l) => l.startsWith('- '));
}

describe('carry-over of open actions', () => {
  const anna1 = session('Anna de Vries', '2026-10-06', 'Coaching/Anna de Vries/2026-10-06 sessie 1.md', [
    'Feedback vragen aan teamleider Piet 📅 2026-10-20',
    'Agenda opschonen',
  ]);
  const anna2Text = (() => {
    const context = buildTemplateContext({ client: 'Anna de Vries', date: '2026-10-20', language: 'nl', sessionNotes: [anna1] });
    return fillIn(renderTemplate(grow('nl'), context), { actions: ['Stilte van tien tellen laten vallen 📅 2026-11-03', 'Training volgen'] })
      .replace('- [ ] Training volgen', '- [-] Training volgen');
  })();
  const anna2 = readNote(anna2Text, 'Coaching/Anna de Vries/2026-10-20 sessie 2.md');
  // Done in the meantime: ticked off in the first note.
  const anna1Ticked = readNote(
    fillIn(renderTemplate(grow('nl'), buildTemplateContext({ client: 'Anna de Vries', date: '2026-10-06', language: 'nl', sessionNotes: [] })), {
      actions: ['Feedback vragen aan teamleider Piet 📅 2026-10-20', 'Agenda opschonen'],
    }).replace('- [ ] Agenda opschonen', '- [x] Agenda opschonen ✅ 2026-10-10'),
    anna1.file,
  );
  const bram = session('Bram Jansen', '2026-10-13', 'Coaching/Bram Jansen/2026-10-13 sessie 1.md', ['Presentatie oefenen met Sara 📅 2026-10-27']);
  const annaLater = session('Anna de Vries', '2026-12-15', 'Coaching/Anna de Vries/2026-12-15 sessie 9.md', ['Iets uit de toekomst']);

  it('the earlier notes read back as written (the fixture is what it claims)', () => {
    expect(anna1Ticked.actions.map((a) => a.status)).toEqual(['open', 'done']);
    expect(anna2.actions.map((a) => a.status)).toEqual(['open', 'cancelled']);
    expect(anna2Text).toContain('Feedback vragen aan teamleider Piet (uiterlijk 20 oktober 2026) — [[Coaching/Anna de Vries/2026-10-06 sessie 1|2026-10-06 sessie 1]]');
  });

  it("lists exactly the client's open actions from two earlier sessions, none of another client's", () => {
    const context = buildTemplateContext({
      client: 'Anna de Vries',
      date: '2026-11-03',
      language: 'nl',
      sessionNotes: [bram, anna2, annaLater, anna1Ticked],
    });
    expect(context.sessionNumber).toBe(3);
    expect(context.openActions.map((a) => [a.file, a.line, a.text, a.due, a.overdue])).toEqual([
      [anna1Ticked.file, anna1Ticked.actions[0]?.line, 'Feedback vragen aan teamleider Piet', '2026-10-20', true],
      [anna2.file, anna2.actions[0]?.line, 'Stilte van tien tellen laten vallen', '2026-11-03', false],
    ]);
    const text = renderTemplate(grow('nl'), context);
    expect(review(text)).toEqual([
      '- Feedback vragen aan teamleider Piet (uiterlijk 20 oktober 2026, datum verstreken) — [[Coaching/Anna de Vries/2026-10-06 sessie 1|2026-10-06 sessie 1]]',
      '- Stilte van tien tellen laten vallen (uiterlijk 3 november 2026) — [[Coaching/Anna de Vries/2026-10-20 sessie 2|2026-10-20 sessie 2]]',
    ]);
    expect(text).not.toContain('Presentatie oefenen');
    expect(text).not.toContain('Iets uit de toekomst');
    // The review is no list of new tasks: the new note has no actions of its own until the coach adds them.
    expect(readNote(text, 'new.md').actions).toEqual([]);
  });

  it('says so when there is nothing open, and in English too', () => {
    const nl = renderTemplate(grow('nl'), buildTemplateContext({ client: 'Bram Jansen', date: '2026-10-13', language: 'nl', sessionNotes: [] }));
    expect(nl).toContain('Geen openstaande acties uit eerdere sessies.');
    const en = renderTemplate(grow('en'), buildTemplateContext({ client: 'Bram Jansen', date: '2026-11-03', language: 'en', sessionNotes: [bram] }));
    expect(en).toContain('- Presentatie oefenen met Sara (due 27 October 2026, date passed) — [[Coaching/Bram Jansen/2026-10-13 sessie 1|2026-10-13 sessie 1]]');
  });

  it('matches the client case-insensitively and continues in the folder of the earlier notes', () => {
    const context = buildTemplateContext({ client: 'anna de vries', date: '2026-11-03', language: 'nl', sessionNotes: [anna1Ticked, anna2] });
    expect(context.sessionNumber).toBe(3);
    expect(context.clientNote).toBe('Anna de Vries');
    expect(newNotePath(grow('nl'), context)).toBe('Coaching/Anna de Vries/2026-11-03 sessie 3.md');
  });

  it('leaves out the note a block is inserted into', () => {
    const context = buildTemplateContext({ client: 'Anna de Vries', date: '2026-11-03', language: 'nl', sessionNotes: [anna1Ticked, anna2], excludeFile: anna2.file });
    expect(context.sessionNumber).toBe(2);
    expect(context.openActions.map((a) => a.file)).toEqual([anna1Ticked.file]);
  });
});

describe('hostile client names', () => {
  const names = ['{{x}}', '<b>', '../../x', 'a/b:c', 'CON', '#^[]|', 'a"b', "x: y # z", 'Anna\n- [ ] fake task', '{{#each openActions}}boom{{/each}}'];

  for (const name of names) {
    it(`${JSON.stringify(name)}: valid frontmatter, the name as written in the text, a note path inside its client folder`, () => {
      for (const language of ['nl', 'en'] as const) {
        const context = buildTemplateContext({ client: name, date: '2026-11-03', language, sessionNotes: [] });
        const text = renderTemplate(grow(language), context);
        const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
        const data = parseYaml(fm) as Record<string, unknown>;
        expect(data.type).toBe('coaching-session');
        expect(typeof data.client).toBe('string');
        const shown = name.replace(/\s+/g, ' ');
        expect(text).toContain(language === 'nl' ? `# Sessie 1 met ${shown},` : `# Session 1 with ${shown},`);
        const record = readNote(text, 'x.md');
        expect(record.warnings).toEqual([]);
        expect(record.actions).toEqual([]);
        expect(isSameClient(record.client, name)).toBe(true);
        const path = newNotePath(grow(language), context);
        const segments = path.split('/');
        expect(segments).toHaveLength(3);
        expect(segments[0]).toBe('Coaching');
        expect(segments.every((s) => s !== '..' && s !== '.' && s.trim() === s && s !== '')).toBe(true);
        expect(segments[1]).not.toMatch(/[/\\:*?"<>|#^[\]]/);
      }
    });
  }

  it('carries over an action written in template syntax as text (the hostile fixture)', () => {
    const fixture = readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'hostile', 'handlebars-client.md'), 'utf8');
    const earlier = readNote(fixture, 'Coaching/x/2026-11-01.md');
    const client = '{{#each this}}{{this}}{{/each}} ../../etc/passwd';
    const context = buildTemplateContext({ client, date: '2026-11-03', language: 'en', sessionNotes: [earlier] });
    expect(context.sessionNumber).toBe(2);
    const text = renderTemplate(grow('en'), context);
    expect(text).toContain('- {{client}} and {{{raw}}} are text, not template syntax — [[Coaching/x/2026-11-01|2026-11-01]]');
    expect(text).toContain(`# Session 2 with ${client},`);
    expect(newNotePath(grow('en'), context).startsWith('Coaching/')).toBe(true);
    expect(newNotePath(grow('en'), context).split('/')).toHaveLength(3);
  });

  it('keeps {{x}} and <b> literally, never escaped or evaluated', () => {
    const context = buildTemplateContext({ client: '{{x}} <b>', coach: '<i>coach</i>', date: '2026-11-03', language: 'en', sessionNotes: [] });
    const text = renderTemplate(grow('en'), { ...context, openActions: [{ text: '{{client}} & <script>', due: null, overdue: false, file: 'a.md', line: 1, sessionDate: null }] });
    expect(text).toContain('# Session 1 with {{x}} <b>,');
    expect(text).toContain('coach: "<i>coach</i>"');
    expect(text).toContain('- {{client}} & <script> — [[a]]');
    expect(text).toContain('client: "[[{{x}} b|{{x}} <b>]]"');
  });
});

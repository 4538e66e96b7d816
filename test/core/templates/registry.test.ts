import { describe, expect, it } from 'vitest';
import { readTemplateHeader } from '../../../src/core/templates/header';
import { buildTemplateContext } from '../../../src/core/templates/context';
import {
  BUILT_IN_NAMES,
  DEFAULT_TEMPLATE_FOLDER,
  findTemplate,
  planTemplateExport,
  resolveTemplates,
  templateNameOf,
} from '../../../src/core/templates/registry';
import { newNotePath, renderTemplate } from '../../../src/core/templates/render';

const folder = DEFAULT_TEMPLATE_FOLDER;
const builtInTitle = (name: string): string | undefined => findTemplate(resolveTemplates('nl', []), name)?.title;
const context = buildTemplateContext({ client: 'Anna', date: '2026-11-03', language: 'nl', sessionNotes: [] });

describe('user templates', () => {
  it('a user template with a built-in name replaces it, in place; others join the list by name', () => {
    const entries = resolveTemplates('nl', [
      { path: `${folder}/zz-check-in.md`, source: '---\ntype: coaching-session\n---\nCheck-in met {{client}}\n' },
      { path: `${folder}/Grow-Session.hbs`, source: '{{!--\ntitle: Mijn GROW\n--}}\n---\ntype: coaching-session\n---\n# Mijn sessie met {{client}}\n' },
      { path: `${folder}/aa-notes.hbs`, source: '> [!tip] {{client}}\n' },
      { path: `${folder}/readme.txt`, source: 'not a template' },
    ]);
    expect(entries.map((e) => [e.name, e.origin, e.kind, e.title])).toEqual([
      ['grow-session', 'user', 'session', 'Mijn GROW'],
      ...BUILT_IN_NAMES.slice(1).map((name): unknown[] => [name, 'built-in', name === 'reflective-questions' || name === 'leadership-reflection' ? 'block' : 'session', builtInTitle(name)]),
      ['aa-notes', 'user', 'block', 'aa-notes'],
      ['zz-check-in', 'user', 'session', 'zz-check-in'],
    ]);
    const grow = findTemplate(entries, 'grow-session');
    expect(grow?.file).toBe(`${folder}/Grow-Session.hbs`);
    expect(renderTemplate(grow ?? entries[0]!, context)).toBe('---\ntype: coaching-session\n---\n# Mijn sessie met Anna\n');
  });

  it('prefers x.hbs over x.md, and finds a template by name or by title', () => {
    const entries = resolveTemplates('en', [
      { path: `${folder}/x.md`, source: 'from md' },
      { path: `${folder}/x.hbs`, source: 'from hbs' },
    ]);
    expect(entries.filter((e) => e.name === 'x').map((e) => e.source)).toEqual(['from hbs']);
    expect(findTemplate(entries, 'Mid-way evaluation')?.name).toBe('midway-evaluation');
    expect(findTemplate(entries, 'INTAKE.hbs')?.name).toBe('intake');
    expect(findTemplate(entries, 'nope')).toBeUndefined();
  });

  it('names a file by its base name without .hbs or .md', () => {
    expect(templateNameOf('Templates/GROW Coach/intake.hbs')).toBe('intake');
    expect(templateNameOf('a/b/My check-in.md')).toBe('My check-in');
    expect(templateNameOf('a/.hbs')).toBeNull();
    expect(templateNameOf('a/notes.txt')).toBeNull();
  });

  it('a replacement without a header keeps the built-in title, kind and note name', () => {
    const entries = resolveTemplates('nl', [{ path: `${folder}/grow-session.hbs`, source: '# {{client}}\n' }]);
    const grow = findTemplate(entries, 'grow-session');
    expect([grow?.title, grow?.kind, grow?.origin]).toEqual(['GROW-sessie', 'session', 'user']);
    expect(newNotePath(grow!, { ...context, sessionNumber: 4 })).toBe('Coaching/Anna/2026-11-03 sessie 4.md');
  });

  it('uses a user template without noteName as "<date> <name>"', () => {
    const [entry] = resolveTemplates('nl', [{ path: `${folder}/check-in.md`, source: '---\na: 1\n---\n' }]).slice(-1);
    expect(newNotePath(entry!, context)).toBe('Coaching/Anna/2026-11-03 check-in.md');
  });
});

describe('template header', () => {
  it('reads YAML, and a header that is not valid YAML line by line', () => {
    expect(readTemplateHeader('{{!--\ntitle: "A: b"\nkind: block\n--}}\nx')).toEqual({ title: 'A: b', kind: 'block', description: null, noteName: null });
    expect(readTemplateHeader('{{!--\ntitle: Start: de vraag\nkind: session\nnoteName: {{date}} x\n--}}')).toEqual({
      title: 'Start: de vraag',
      kind: 'session',
      description: null,
      noteName: '{{date}} x',
    });
    expect(readTemplateHeader('no header {{!-- title: x --}}').title).toBeNull();
    expect(readTemplateHeader('{{!-- kind: sometimes --}}').kind).toBeNull();
  });
});

describe('export of the built-in templates', () => {
  it('plans one file per built-in and keeps every file that exists', () => {
    const existing = new Set([`${folder}/intake.hbs`]);
    const plan = planTemplateExport(`${folder}/`, 'nl', (p) => existing.has(p));
    expect(plan.map((s) => [s.path, s.action])).toEqual(
      BUILT_IN_NAMES.map((name) => [`${folder}/${name}.hbs`, name === 'intake' ? 'keep' : 'create']),
    );
    expect(plan[0]?.source).toContain('title: "GROW-sessie"');
  });

  it('an exported template read back as a user template renders exactly like the built-in one', () => {
    const plan = planTemplateExport(folder, 'en', () => false);
    const entries = resolveTemplates('en', plan.map((s) => ({ path: s.path, source: s.source })));
    const builtIns = resolveTemplates('en', []);
    for (const [i, entry] of entries.entries()) {
      expect(entry.origin).toBe('user');
      expect(entry.title).toBe(builtIns[i]?.title);
      expect(renderTemplate(entry, { ...context, language: 'en' })).toBe(renderTemplate(builtIns[i]!, { ...context, language: 'en' }));
    }
  });
});

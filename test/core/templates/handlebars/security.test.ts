/**
 * What a template can and cannot reach: only own properties of the data (no prototype, no
 * `constructor`, no `__proto__`), never a function, never code. Environments share nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment, type HelperOptions } from '../../../../src/core/templates/handlebars/environment';

const render = (source: string, context: unknown): string => createEnvironment().compile(source)(context);

describe('a template reads only own data', () => {
  it('no prototype access: constructor, __proto__, inherited methods give nothing', () => {
    const context = { s: 'str', o: {}, list: [1] };
    expect(render('[{{constructor}}][{{__proto__}}][{{o.constructor}}][{{s.constructor.name}}][{{s.toUpperCase}}][{{list.map}}][{{o.hasOwnProperty}}]', context)).toBe(
      '[][][][][][][]',
    );
    expect(render('[{{#with constructor}}x{{/with}}][{{lookup this "constructor"}}][{{lookup o "__proto__"}}][{{#each __proto__}}x{{/each}}]', context)).toBe('[][][][]');
  });

  it('the Function constructor stays out of reach', () => {
    expect(render('{{#with constructor}}{{#with constructor}}{{this}}{{/with}}{{/with}}{{lookup (lookup this "constructor") "constructor"}}', {})).toBe('');
  });

  it('a hash or partial context cannot set a prototype', () => {
    const env = createEnvironment();
    let seen: HelperOptions | undefined;
    env.registerHelper('spy', (...args: unknown[]) => {
      seen = args[args.length - 1] as HelperOptions;
      return '';
    });
    env.registerPartial('p', '{{polluted}}{{a}}');
    const context = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": "A"}') as unknown;
    expect(env.compile('{{spy __proto__="x" k=1}}{{> p}}|{{> p k=1}}')(context)).toBe('A|A');
    expect(Object.getPrototypeOf(seen?.hash)).toBe(Object.prototype);
    expect(Object.keys(seen?.hash ?? {})).toEqual(['k']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('own data is read as it is, however it looks', () => {
    expect(render('{{x}}|{{#each list}}{{this}}{{/each}}', { x: '{{#each this}}{{/each}}', list: ['{{x}}', '{{> p}}'] })).toBe('{{#each this}}{{/each}}|{{x}}{{> p}}');
  });
});

describe('environments are isolated', () => {
  it('a helper or partial registered in one is unknown in another', () => {
    const one = createEnvironment();
    const two = createEnvironment();
    one.registerHelper('shout', () => 'LOUD');
    one.registerPartial('p', 'partial');
    expect(one.compile('{{shout}}{{> p}}')({})).toBe('LOUDpartial');
    expect(two.compile('{{shout}}')({})).toBe('');
    expect(() => two.compile('{{> p}}')({})).toThrow('The partial p could not be found');
  });
});

describe('no template becomes code', () => {
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  const CODE = /\bnew\s+Function\b|(?<![\w$.])Function\s*\(|\beval\s*\(|\bimport\s*\(/;

  it('the interpreter has no new Function, eval or dynamic import', () => {
    const dir = path.join(root, 'src', 'core', 'templates', 'handlebars');
    for (const file of readdirSync(dir)) expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(CODE);
  });

  it('neither has the parser it bundles', () => {
    const parser = createRequire(import.meta.url).resolve('@handlebars/parser');
    expect(readFileSync(parser, 'utf8')).not.toMatch(CODE);
  });

  it('src/ imports the Handlebars package nowhere (it is the test oracle only)', () => {
    const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) expect(readFileSync(path.join(root, 'src', file), 'utf8'), file).not.toMatch(/from ['"]handlebars['"]/);
  });
});

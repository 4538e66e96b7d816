/**
 * The interpreter, construct by construct, with the output Handlebars 4.7 gives (`noEscape`,
 * `preventIndent`), and the few places where it differs on purpose.
 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createEnvironment, type Environment, type HelperOptions } from '../../../../src/core/templates/handlebars/environment';
import { HANDLEBARS_OPTIONS } from './oracle';

function env(): Environment {
  const e = createEnvironment();
  e.registerHelper('upper', (...args: unknown[]) => String(args[0]).toUpperCase());
  e.registerHelper('pick', (...args: unknown[]) => args[0]);
  e.registerHelper('join', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    return `${args.map(String).join(',')}${JSON.stringify(options.hash)}`;
  });
  e.registerPartial('item', '<{{name}}{{#if k}} k={{k}}{{/if}}>');
  e.registerPartial('lines', 'one\ntwo\n');
  return e;
}

const render = (source: string, context: unknown = {}): string => env().compile(source)(context);

describe('text, comments and values', () => {
  it('inserts values as text, never escaped and never evaluated again', () => {
    expect(render('a {{x}} {{{x}}} {{&x}} b', { x: '<b>&"{{y}}"' })).toBe('a <b>&"{{y}}" <b>&"{{y}}" <b>&"{{y}}" b');
  });

  it('renders numbers, booleans, arrays and objects as Handlebars does; null and undefined as nothing', () => {
    expect(render('{{n}}|{{t}}|{{f}}|{{list}}|{{obj}}|{{nul}}|{{missing}}', { n: 0, t: true, f: false, list: [1, 'a'], obj: {}, nul: null })).toBe(
      '0|true|false|1,a|[object Object]||',
    );
  });

  it('leaves comments out, standalone lines included', () => {
    expect(render('a\n{{! one }}\n  {{!-- two }} --}}\nb{{!x}}c')).toBe('a\nbc');
  });

  it('applies ~ and standalone-line whitespace control', () => {
    expect(render('a  {{~x~}}  b', { x: 1 })).toBe('a1b');
    expect(render('<ul>\n  {{#each xs}}\n  <li>{{this}}</li>\n  {{/each}}\n</ul>', { xs: [1, 2] })).toBe('<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>');
    expect(render('\\{{x}} {{x}}', { x: 1 })).toBe('{{x}} 1');
  });
});

describe('paths', () => {
  const context = { a: { b: { c: 'deep' } }, list: ['x', 'y'], s: 'str', 'odd key': 'odd', top: 'T' };

  it('follows a.b.c, this, ./ and [literal] segments; strings and arrays have length', () => {
    expect(render('{{a.b.c}}|{{this.a.b.c}}|{{./top}}|{{a/b/c}}|{{[odd key]}}|{{list.[1]}}|{{list.length}}|{{s.length}}', context)).toBe('deep|deep|T|deep|odd|y|2|3');
  });

  it('stops at a missing step', () => {
    expect(render('[{{a.x.y}}][{{nope.b}}][{{top.length.x}}]', context)).toBe('[][][]');
  });

  it('goes up with ../ and reaches the root with @root', () => {
    expect(render('{{#each list}}{{this}}{{../top}}{{@root.a.b.c}} {{/each}}', context)).toBe('xTdeep yTdeep ');
    expect(render('{{#with a}}{{#with b}}{{c}}/{{../b.c}}/{{../../top}}{{/with}}{{/with}}', context)).toBe('deep/deep/T');
  });

  it('adds a ../ level only where the context changes, as Handlebars does', () => {
    // `if` keeps the context, so `../` inside it is the parent of the each item, not the item.
    expect(render('{{#each list}}{{#if this}}{{../top}}{{/if}}{{/each}}', context)).toBe('TT');
  });
});

describe('block helpers', () => {
  it('if / else, unless, includeZero; empty arrays are false', () => {
    const context = { yes: 'y', zero: 0, empty: [], no: '' };
    expect(render('{{#if yes}}A{{else}}B{{/if}}{{#if zero}}A{{else}}B{{/if}}{{#if zero includeZero=true}}A{{/if}}{{#if empty}}A{{else}}B{{/if}}', context)).toBe('ABAB');
    expect(render('{{#unless no}}A{{else}}B{{/unless}}{{#unless yes}}A{{else}}B{{/unless}}', context)).toBe('AB');
    expect(render('{{#if no}}A{{else if yes}}C{{else}}B{{/if}}', context)).toBe('C');
  });

  it('each over arrays and objects, with @index, @key, @first, @last and block parameters', () => {
    expect(render('{{#each xs}}{{@index}}{{@first}}{{@last}}={{this}};{{/each}}', { xs: ['a', 'b'] })).toBe('0truefalse=a;1falsetrue=b;');
    expect(render('{{#each o}}{{@key}}={{this}},{{/each}}', { o: { k: 1, l: 2 } })).toBe('k=1,l=2,');
    expect(render('{{#each xs as |x i|}}{{i}}:{{x.n}} {{/each}}', { xs: [{ n: 'a' }, { n: 'b' }] })).toBe('0:a 1:b ');
    expect(render('{{#each xs}}{{#each ys}}{{@../index}}{{@index}} {{/each}}{{/each}}', { xs: [{ ys: [1, 2] }, { ys: [3] }] })).toBe('00 01 10 ');
    expect(render('{{#each none}}x{{else}}empty{{/each}}', { none: [] })).toBe('empty');
  });

  it('with, its else and a block parameter', () => {
    expect(render('{{#with a}}{{b}}{{/with}}|{{#with none}}x{{else}}none{{/with}}|{{#with a as |it|}}{{it.b}}{{/with}}', { a: { b: 1 } })).toBe('1|none|1');
  });

  it('a value as a block: true, false, an array, an object; and {{^x}} inverse sections', () => {
    const context = { t: true, f: false, list: [1, 2], obj: { v: 'o' }, empty: [] };
    expect(render('{{#t}}T{{/t}}{{#f}}F{{else}}nf{{/f}}{{#list}}{{this}}{{/list}}{{#obj}}{{v}}{{/obj}}{{^empty}}E{{/empty}}{{^t}}x{{/t}}', context)).toBe('Tnf12oE');
  });

  it('lookup by a computed key', () => {
    expect(render('{{#each keys}}{{lookup ../o this}}{{/each}}', { keys: ['a', 'b'], o: { a: 1, b: 2 } })).toBe('12');
  });
});

describe('helpers', () => {
  it('receive arguments, a hash and options; sub-expressions nest', () => {
    expect(render('{{join a "s" 1 true null k=a j=(upper a)}}', { a: 'x' })).toBe('x,s,1,true,null{"j":"X","k":"x"}');
    expect(render('{{upper (join a (upper "b"))}}', { a: 'x' })).toBe('X,B{}');
  });

  it('a block parameter shadows a helper of the same name', () => {
    expect(render('{{#each xs as |upper|}}{{upper}}{{/each}}', { xs: ['a'] })).toBe('a');
  });

  it('a helper has a name before a value of the same name', () => {
    expect(render('{{upper}}', { upper: 'value' })).toBe('[OBJECT OBJECT]');
  });

  it('custom block helpers get fn, inverse, data and can pass block parameters', () => {
    const e = createEnvironment();
    e.registerHelper('repeat', function (this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as HelperOptions;
      const times = Number(args[0]);
      let out = '';
      for (let i = 0; i < times; i++) out += options.fn?.(this, { data: { ...options.data, n: i }, blockParams: [i] }) ?? '';
      return times > 0 ? out : (options.inverse?.(this) ?? '');
    });
    expect(e.compile('{{#repeat 2 as |i|}}{{i}}{{@n}}{{name}} {{/repeat}}{{#repeat 0}}x{{else}}none{{/repeat}}')({ name: 'N' })).toBe('00N 11N none');
  });
});

describe('partials', () => {
  it('with the current context, another context, or a hash', () => {
    expect(render('{{> item}}|{{> item other}}|{{> item name="h" k=1}}', { name: 'n', other: { name: 'o' } })).toBe('<n>|<o>|<h k=1>');
  });

  it('by a computed name, and by a quoted name', () => {
    expect(render('{{> (pick "item")}}|{{> "item" name=1}}', { name: 'n' })).toBe('<n>|<1>');
  });

  it('keep @root and @index, and start ../ afresh', () => {
    const e = env();
    e.registerPartial('p', '{{@index}}{{@root.top}}[{{../top}}]');
    expect(e.compile('{{#each xs}}{{> p}} {{/each}}')({ xs: [1, 2], top: 'T' })).toBe('0T[] 1T[] ');
  });

  it('a standalone partial: its indent written once, its lines not indented (preventIndent)', () => {
    expect(render('a\n  {{> lines}}\nb')).toBe('a\n  one\ntwo\nb');
  });
});

describe('differences from Handlebars, on purpose', () => {
  it('values at the start of a block are joined as text; Handlebars 4.7 adds them (1 + 2 = 3)', () => {
    const context = { a: 1, b: 2 };
    expect(Handlebars.create().compile('{{a}}{{b}}', HANDLEBARS_OPTIONS)(context)).toBe('3');
    expect(render('{{a}}{{b}}', context)).toBe('12');
  });

  it('a function in the context reads as absent and is never called', () => {
    let called = false;
    const context = {
      f: () => {
        called = true;
        return 'ran';
      },
    };
    expect(render('[{{f}}][{{#f}}x{{else}}none{{/f}}][{{#if f}}y{{/if}}]', context)).toBe('[][none][]');
    expect(called).toBe(false);
  });

  it('{{else if}} chains: a standalone closing line is stripped like any other (the parser fixed Handlebars 4 here)', () => {
    const source = '{{#if a}}\n{{else if b}}\nB\n  {{/if}}\n';
    expect(Handlebars.create().compile(source, HANDLEBARS_OPTIONS)({ b: true })).toBe('B\n  ');
    expect(render(source, { b: true })).toBe('B\n');
  });

  it('log renders nothing and prints nothing', () => {
    expect(render('a{{log "x" level="error"}}b')).toBe('ab');
  });
});

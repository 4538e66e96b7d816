import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { addOffset, formatDate } from '../../../src/core/templates/date-format';
import { phrase, PHRASES } from '../../../src/core/i18n';
import { buildTemplateContext } from '../../../src/core/templates/context';
import { tableCell, wikilink, yamlString } from '../../../src/core/templates/helpers';
import { renderTemplate } from '../../../src/core/templates/render';

const render = (source: string, language: 'nl' | 'en' = 'nl') =>
  renderTemplate({ file: 't.hbs', source }, buildTemplateContext({ client: 'Anna', date: '2026-01-31', language, sessionNotes: [] }));

describe('date', () => {
  it('formats with Dutch and English names', () => {
    expect(formatDate('2026-11-03', 'dddd D MMMM YYYY', 'nl')).toBe('dinsdag 3 november 2026');
    expect(formatDate('2026-11-03', 'ddd D MMM YY', 'en')).toBe('Tue 3 Nov 26');
    expect(formatDate('2026-03-09', 'DD-MM-YYYY [week] M', 'nl')).toBe('09-03-2026 week 3');
  });

  it('moves by days, weeks, months and years, never past the end of a month', () => {
    expect(addOffset('2026-12-28', '7d')).toBe('2027-01-04');
    expect(addOffset('2026-03-01', '-1d')).toBe('2026-02-28');
    expect(addOffset('2026-11-03', '2w')).toBe('2026-11-17');
    expect(addOffset('2026-01-31', '1m')).toBe('2026-02-28');
    expect(addOffset('2028-02-29', '1y')).toBe('2029-02-28');
    expect(addOffset('2026-01-15', '-2m')).toBe('2025-11-15');
    expect(() => addOffset('2026-01-15', 'next week')).toThrow(/offset "next week"/);
  });

  it('as a helper: the session date, a format, an offset, another date', () => {
    expect(render('{{date}}|{{date "D MMMM"}}|{{date "D MMMM" offset="1m"}}|{{date "D MMM" lang="en"}}')).toBe('2026-01-31|31 januari|28 februari|31 Jan\n');
    expect(render('{{#each openActions}}x{{/each}}[{{date "D MMMM" from=nothing}}]')).toBe('[]\n');
    expect(render('{{date "D MMMM YYYY" from="2026-05-01"}}', 'en')).toBe('1 May 2026\n');
  });

  it('takes the offset as the second argument too, as the README writes it', () => {
    expect(render('{{date "D MMMM YYYY" "2w"}}|{{date "D MMMM YYYY" offset="2w"}}')).toBe('14 februari 2026|14 februari 2026\n');
    expect(render('{{date "D MMM" "1m" lang="en"}}')).toBe('28 Feb\n');
    // The hash wins when both are given; a bad second argument is reported like a bad offset.
    expect(render('{{date "D MMMM" "1d" offset="2d"}}')).toBe('2 februari\n');
    expect(() => render('{{date "D MMMM" "soon"}}')).toThrow(/offset "soon"/);
  });
});

describe('cell', () => {
  it('keeps a value on one table row: line breaks become spaces, pipes are escaped once', () => {
    expect(render('| {{cell client}} |')).toBe('| Anna |\n');
    expect(tableCell('a | b\nc')).toBe('a \\| b c');
    expect(tableCell('al \\| ontsnapt')).toBe('al \\| ontsnapt');
  });
});

describe('t, yaml and wikilink', () => {
  it('translates every phrase into both languages', () => {
    for (const key of Object.keys(PHRASES) as (keyof typeof PHRASES)[]) {
      expect(phrase(key, 'nl')).not.toBe('');
      expect(phrase(key, 'en')).not.toBe('');
    }
    expect(render('{{t "noOpenActions"}}', 'en')).toBe('No open actions from earlier sessions.\n');
    expect(render('{{t "session"}}')).toBe('sessie\n');
  });

  it('writes any string as YAML that reads back the same', () => {
    for (const value of ['[[a"b]]', '{{x}}', 'x: y # z', "it's", 'a\\b', '- [ ] x', '', '  ', 'ja', 'null', '2026-11-03', '😀 é \u2028']) {
      const line = `k: ${yamlString(value)}`;
      expect(line).not.toContain('\n');
      expect((parseYaml(line) as { k: unknown }).k).toBe(value);
    }
  });

  it('makes links that cannot break', () => {
    expect(wikilink('Anna')).toBe('[[Anna]]');
    expect(wikilink('Coaching/Anna/2026-11-03 sessie 1.md')).toBe('[[Coaching/Anna/2026-11-03 sessie 1|2026-11-03 sessie 1]]');
    expect(wikilink('b', '<b>')).toBe('[[b|<b>]]');
    expect(wikilink('a]]b|c', 'x\n[[y]]')).toBe('[[a b c|x y]]');
    expect(render('{{wikilink clientNote client}}')).toBe('[[Anna]]\n');
  });
});

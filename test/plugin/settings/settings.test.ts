import { describe, expect, it } from 'vitest';
import { UI_STRINGS, ui } from '../../../src/plugin/i18n';
import { DEFAULT_SETTINGS, readSettings, resolveLanguage, settingsPhaseWords } from '../../../src/plugin/settings/settings';

describe('readSettings', () => {
  it('gives the defaults for nothing saved', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces bad ones field by field', () => {
    const read = readSettings({ language: 'nl', rules: { type: 'sessie', tag: 42 }, coachName: 'Mira', addCompletionDate: 'yes', parseOnChange: true });
    expect(read.language).toBe('nl');
    expect(read.rules).toEqual({ type: 'sessie', tag: DEFAULT_SETTINGS.rules.tag, folder: DEFAULT_SETTINGS.rules.folder });
    expect(read.coachName).toBe('Mira');
    expect(read.addCompletionDate).toBe(true);
    expect(read.parseOnChange).toBe(true);
    expect(readSettings({ language: 'fr' }).language).toBeNull();
  });

  it('does not share the default rules object', () => {
    const read = readSettings(null);
    read.rules.folder = 'Elsewhere';
    expect(DEFAULT_SETTINGS.rules.folder).toBe('Coaching');
  });

  it('reads the own phase words as typed, a bad one as none, and gives the core its word lists', () => {
    expect(DEFAULT_SETTINGS.phaseWords).toEqual({ goal: '', reality: '', options: '', will: '' });
    const read = readSettings({ phaseWords: { will: 'huiswerk, klusjes', goal: 3, options: ['x'] } });
    expect(read.phaseWords).toEqual({ goal: '', reality: '', options: '', will: 'huiswerk, klusjes' });
    expect(settingsPhaseWords(read)).toEqual({ will: ['huiswerk', 'klusjes'] });
    expect(settingsPhaseWords(readSettings(null))).toEqual({});
  });

  it('has completion dates on and parse-on-change off by default', () => {
    expect(DEFAULT_SETTINGS.addCompletionDate).toBe(true);
    expect(DEFAULT_SETTINGS.parseOnChange).toBe(false);
  });
});

describe('resolveLanguage', () => {
  it('follows the setting, else Obsidian (Dutch for nl, English for the rest)', () => {
    expect(resolveLanguage('en', 'nl')).toBe('en');
    expect(resolveLanguage(null, 'nl')).toBe('nl');
    expect(resolveLanguage(null, 'nl-BE')).toBe('nl');
    expect(resolveLanguage(null, 'de')).toBe('en');
  });
});

describe('UI strings', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('exist in both languages with the same placeholders', () => {
    for (const [key, entry] of Object.entries(UI_STRINGS)) {
      expect(entry.nl.length, key).toBeGreaterThan(0);
      expect(entry.en.length, key).toBeGreaterThan(0);
      expect(placeholders(entry.nl), key).toEqual(placeholders(entry.en));
    }
  });
  it('fill placeholders', () => {
    expect(ui('statusBar', 'en', { open: 3, overdue: 1 })).toBe('3 open · 1 overdue');
    expect(ui('statusBar', 'nl', { open: 3, overdue: 1 })).toBe('3 open · 1 verstreken');
  });
});

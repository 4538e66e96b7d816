/**
 * The plugin's settings, their defaults, and the reading of saved data, which may come from an
 * older version or be edited by hand: every field is checked, and a bad one falls back to its
 * default instead of breaking the plugin.
 */
import { DEFAULT_RULES, type CoachingRules } from '../../core/note/coaching-rules';
import { isLanguage, type Language } from '../../core/i18n';
import { DEFAULT_TEMPLATE_FOLDER } from '../../core/templates/registry';
import type { Phase } from '../../core/note/session';
import { parseWordList, PHASES, type PhaseWords } from '../../core/note/vocabulary';

export interface GrowCoachSettings {
  /** The language of the UI and of the built-in templates; null follows Obsidian's language. */
  language: Language | null;
  /** Which notes are coaching notes. */
  rules: CoachingRules;
  /** Vault folder with the coach's own templates (`.md` or `.hbs`); empty: built-in ones only. */
  templateFolder: string;
  /** The coach's name, for the templates. */
  coachName: string;
  /** Append ` ✅ YYYY-MM-DD` when an action is completed from the dashboard. */
  addCompletionDate: boolean;
  /** Update a note's properties when it changes (debounced, never while it is being typed in). */
  parseOnChange: boolean;
  /** The coach's own heading words per phase, as typed (comma separated), added to the built-in ones. */
  phaseWords: Record<Phase, string>;
  /** The coach's own vague verbs for action lint, besides the built-in ones (issue 15). */
  vaguePhrases: string[];
}

export const DEFAULT_SETTINGS: GrowCoachSettings = {
  language: null,
  rules: { ...DEFAULT_RULES },
  templateFolder: DEFAULT_TEMPLATE_FOLDER,
  coachName: '',
  addCompletionDate: true,
  parseOnChange: false,
  phaseWords: { goal: '', reality: '', options: '', will: '' },
  vaguePhrases: [],
};

/** The coach's phase words of the settings, as the core reads them. */
export function settingsPhaseWords(settings: GrowCoachSettings): PhaseWords {
  const words: Partial<Record<Phase, string[]>> = {};
  for (const phase of PHASES) {
    const list = parseWordList(settings.phaseWords[phase]);
    if (list.length > 0) words[phase] = list;
  }
  return words;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Saved data (anything `loadData` returned) → complete, valid settings. */
export function readSettings(data: unknown): GrowCoachSettings {
  const saved = record(data);
  const rules = record(saved.rules);
  const phaseWords = record(saved.phaseWords);
  return {
    language: isLanguage(saved.language) ? saved.language : null,
    rules: {
      type: text(rules.type, DEFAULT_RULES.type),
      tag: text(rules.tag, DEFAULT_RULES.tag),
      folder: text(rules.folder, DEFAULT_RULES.folder),
    },
    templateFolder: text(saved.templateFolder, DEFAULT_SETTINGS.templateFolder),
    coachName: text(saved.coachName, DEFAULT_SETTINGS.coachName),
    addCompletionDate: flag(saved.addCompletionDate, DEFAULT_SETTINGS.addCompletionDate),
    parseOnChange: flag(saved.parseOnChange, DEFAULT_SETTINGS.parseOnChange),
    phaseWords: {
      goal: text(phaseWords.goal, ''),
      reality: text(phaseWords.reality, ''),
      options: text(phaseWords.options, ''),
      will: text(phaseWords.will, ''),
    },
    vaguePhrases: Array.isArray(saved.vaguePhrases) ? saved.vaguePhrases.filter((p): p is string => typeof p === 'string') : [],
  };
}

/** The language to speak: the setting, else Dutch when Obsidian speaks Dutch, else English. */
export function resolveLanguage(setting: Language | null, obsidianLanguage: string): Language {
  if (setting !== null) return setting;
  return obsidianLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

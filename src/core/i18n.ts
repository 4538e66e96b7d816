/**
 * Dutch and English strings. GROW Coach is written for Dutch coaches first (the seed material is
 * Dutch) and offers faithful English versions; every string exists in both languages, which the
 * {@link Dictionary} type enforces at compile time.
 *
 * Two dictionaries share this module's machinery:
 * - {@link PHRASES}: the phrases templates share through the `{{t "key"}}` helper (the review of
 *   open actions, callout titles, file-name words).
 * - the plugin's UI strings, in `src/plugin/i18n.ts` (`UI_STRINGS … satisfies Dictionary` and
 *   `ui = createTranslator(UI_STRINGS)`): call `ui('key', language)`.
 *   A key missing one language is a type error; an unknown key is a type error at the call site.
 */

/** The languages GROW Coach speaks. */
export type Language = 'nl' | 'en';

/** Every language, Dutch first (the default). */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** True for a supported language code, e.g. to check a setting or a `--lang` argument. */
export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** A string in every language. */
export type Translations = Readonly<Record<Language, string>>;

/** Keys to strings in every language. */
export type Dictionary = Readonly<Record<string, Translations>>;

/**
 * A lookup function over one dictionary. `{name}` placeholders are replaced from `vars`, so
 * word order can differ between languages.
 */
export function createTranslator<D extends Dictionary>(dictionary: D) {
  return function translate(key: keyof D & string, language: Language, vars: Readonly<Record<string, string | number>> = {}): string {
    const entry = dictionary[key];
    const text = entry === undefined ? key : entry[language];
    return text.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
      const value = vars[name];
      return value === undefined ? whole : String(value);
    });
  };
}

/** Phrases the templates share through `{{t "key"}}`. */
export const PHRASES = {
  session: { nl: 'sessie', en: 'session' },
  questions: { nl: 'Vragen', en: 'Questions' },
  /** The seed's question of a phase, asked first. */
  leadingQuestion: { nl: 'Leidende vraag', en: 'Leading question' },
  /** The other questions of a phase, folded. */
  moreQuestions: { nl: 'Meer vragen', en: 'More questions' },
  openActionsIntro: { nl: 'Nog openstaande acties uit eerdere sessies:', en: 'Actions still open from earlier sessions:' },
  noOpenActions: { nl: 'Geen openstaande acties uit eerdere sessies.', en: 'No open actions from earlier sessions.' },
  /** Before a due date: `uiterlijk 20 oktober 2026`. */
  due: { nl: 'uiterlijk', en: 'due' },
  from: { nl: 'uit', en: 'from' },
  /** After a due date that has passed: said neutrally, in a note read with the client. */
  overdue: { nl: 'datum verstreken', en: 'date passed' },
  nextSession: { nl: 'Volgende sessie', en: 'Next session' },
  coach: { nl: 'Coach', en: 'Coach' },
  client: { nl: 'Klant', en: 'Client' },
  sponsor: { nl: 'Opdrachtgever', en: 'Sponsor' },
  /** The same as `sponsor`: the name earlier templates used. */
  commissioner: { nl: 'Opdrachtgever', en: 'Sponsor' },
  coachTasksIntro: { nl: 'Jouw eigen taken uit eerdere sessies:', en: 'Your own tasks from earlier sessions:' },
} as const satisfies Dictionary;

/** A key of {@link PHRASES}. */
export type PhraseKey = keyof typeof PHRASES;

/** True for a key of {@link PHRASES} (template authors may write any string). */
export function isPhraseKey(key: string): key is PhraseKey {
  return Object.prototype.hasOwnProperty.call(PHRASES, key);
}

/** A template phrase in one language. */
export const phrase = createTranslator(PHRASES);

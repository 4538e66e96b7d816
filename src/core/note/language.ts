/**
 * Which language a vault's notes are written in, by a cheap count of the small words every text
 * is full of (de, het, een, niet … against the, and, of, not …) and of the GROW headings. Used by
 * the CLI to speak the coach's language when nothing else says which (see `src/cli/messages.ts`).
 * Pure: the caller reads a few notes and passes their text.
 */
import type { Language } from '../i18n';

const DUTCH = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'ik',
  'je',
  'niet',
  'dat',
  'met',
  'op',
  'voor',
  'wat',
  'zijn',
  'ook',
  'naar',
  'bij',
  'wil',
  'doel',
  'sessie',
  'klant',
]);
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'i',
  'you',
  'not',
  'that',
  'with',
  'on',
  'for',
  'what',
  'are',
  'also',
  'will',
  'goal',
  'session',
  'client',
  'is',
]);

/** At least this many counted words, and one language ahead by this factor, or no answer. */
const MIN_WORDS = 20;
const MARGIN = 1.5;

/** `nl` or `en` when the texts are clearly one of them, else null. */
export function guessNotesLanguage(texts: readonly string[]): Language | null {
  let nl = 0;
  let en = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (DUTCH.has(word)) nl += 1;
      if (ENGLISH.has(word)) en += 1;
    }
  }
  if (nl + en < MIN_WORDS) return null;
  if (nl >= en * MARGIN) return 'nl';
  if (en >= nl * MARGIN) return 'en';
  return null;
}

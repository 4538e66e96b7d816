/**
 * The words that name the GROW phases in Dutch and English, and the reading of a heading into a
 * phase whatever its decoration: `## W — Will (wat ga je doen?)`, `### 4. Wil`, `## 🎯 **Doel**`.
 */
import type { ActionStatus, Phase } from './session';

/** Phase names, lower case. A heading names a phase when, stripped of decoration, it starts with one. */
export const PHASE_WORDS: Readonly<Record<Phase, readonly string[]>> = {
  goal: ['goal', 'goals', 'doel', 'doelen', 'doelstelling', 'doelstellingen'],
  reality: ['reality', 'realiteit', 'werkelijkheid', 'huidige situatie', 'current situation', 'current reality'],
  options: ['options', 'opties', 'mogelijkheden', 'alternatieven', 'alternatives'],
  will: [
    'will',
    'wil',
    'way forward',
    'actions',
    'acties',
    'actiepunten',
    'afspraken',
    'next steps',
    'vervolgstappen',
    'commitments',
    'wrap-up',
    'what will you do',
  ],
};

const PHASES = Object.keys(PHASE_WORDS) as Phase[];

/** Markup and symbols that decorate a heading without naming anything. */
const DECORATION = /[*_~`=]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
/** `1.`, `4)`, `(2)`, `Stap 3:`, `Step 3 -` at the start. */
const NUMBERING = /^(?:(?:stap|step|fase|phase)\s*)?(?:\d+[.):]?|\(\d+\))[.)]?\s*[-–—:]?\s*/u;
/** A lone letter G/R/O/W used as a prefix: `G —`, `W:`, `R.`, `O)`. */
const LETTER = /^[grow]\s*(?:[-–—:.)|/]\s*)/u;
/** What may follow a phase word: the end, a separator before a gloss or a question, or `en`/`and` (`Acties en afspraken`). */
const AFTER_WORD = /^(?:$|\s*[-–—:(?/|[.,!]|\s+\(|\s+(?:en|and|&|\+)\s)/u;

/** The heading text, lower case, without markup, emoji, numbering or a letter prefix. */
export function normalizeHeading(raw: string): string {
  let text = raw.replace(DECORATION, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  text = text.replace(NUMBERING, '').trim();
  text = text.replace(LETTER, '').trim();
  return text;
}

/** The phase a heading names, or null. */
export function headingPhase(raw: string): Phase | null {
  const text = normalizeHeading(raw);
  let best: { phase: Phase; length: number } | null = null;
  for (const phase of PHASES) {
    for (const word of PHASE_WORDS[phase]) {
      if (!text.startsWith(word) || !AFTER_WORD.test(text.slice(word.length))) continue;
      if (best === null || word.length > best.length) best = { phase, length: word.length };
    }
  }
  return best?.phase ?? null;
}

/** The status a task's status character stands for. */
export function statusOf(char: string): ActionStatus {
  if (char === 'x' || char === 'X') return 'done';
  if (char === '-') return 'cancelled';
  return 'open';
}

/**
 * The words that name the GROW phases in Dutch and English, and the reading of a heading into a
 * phase whatever its decoration: `## W — Will (wat ga je doen?)`, `### 4. Wil`, `## 🎯 **Doel**`,
 * `## Doel van het gesprek`, `## Afspraken voor de volgende keer`, `## Wat ga je doen?`.
 *
 * The rule: after its decoration (markup, emoji, numbering, a `G —` letter prefix) a heading names
 * a phase when it BEGINS with one of the phase's words or phrases as whole words, whatever follows:
 * `Doel van het gesprek` is Goal, `Doelgroep` is nothing. Where words of two phases fit, the
 * longest wins (`Wat wil je bereiken` is Goal though `wil` is Will). The lists hold the words
 * coaches write as headings and the common GROW questions as they appear in Dutch and English
 * question banks; a coach adds words of their own per phase ({@link PhaseWords}: a plugin setting,
 * the CLI's `--phase-words` or `.grow-coach.json`).
 */
import type { Phase } from './session';

/** Phase names and phrases, lower case, white space single. */
export const PHASE_WORDS: Readonly<Record<Phase, readonly string[]>> = {
  goal: [
    'goal',
    'goals',
    'doel',
    'doelen',
    'doelstelling',
    'doelstellingen',
    'het doel',
    'je doel',
    'jouw doel',
    'mijn doel',
    'de doelen',
    'gewenste situatie',
    'de gewenste situatie',
    'objective',
    'objectives',
    'aim',
    'the goal',
    'your goal',
    'desired outcome',
    'desired situation',
    // questions
    'wat wil je bereiken',
    'wat wil je uit dit gesprek halen',
    'wat wil je aan het eind van dit gesprek bereikt hebben',
    'waar wil je naartoe',
    'waar wil je naar toe',
    'wat is je doel',
    'wat is jouw doel',
    'wat is het doel',
    'welk doel wil je bereiken',
    'welk resultaat wil je bereiken',
    'wat wil je echt',
    'what do you want',
    'what do you want to achieve',
    'what would you like to achieve',
    'what is your goal',
    "what's your goal",
    'what is the aim',
    'what outcome do you want',
  ],
  reality: [
    'reality',
    'realiteit',
    'de realiteit',
    'werkelijkheid',
    'situatie',
    'huidige situatie',
    'de huidige situatie',
    'actuele situatie',
    'situatie nu',
    'stand van zaken',
    'beginsituatie',
    'uitgangssituatie',
    'current situation',
    'current reality',
    'current state',
    'present situation',
    'the current situation',
    'situation',
    // questions
    'waar sta je nu',
    'waar sta je',
    'waar ben je nu',
    'wat speelt er',
    'wat speelt er nu',
    'wat gebeurt er nu',
    'wat is de huidige situatie',
    'hoe ziet de huidige situatie eruit',
    'hoe is het nu',
    'where are you now',
    'where do you stand',
    'what is happening',
    'what is happening now',
    "what's happening now",
    'what is the current situation',
    "what's the current situation",
    'what is the present situation',
  ],
  options: [
    'options',
    'opties',
    'de opties',
    'mogelijkheden',
    'de mogelijkheden',
    'keuzemogelijkheden',
    'alternatieven',
    'alternatives',
    'possibilities',
    'brainstorm',
    // questions
    'welke opties heb je',
    'welke opties zijn er',
    'welke mogelijkheden heb je',
    'welke mogelijkheden zie je',
    'welke mogelijkheden zijn er',
    'wat zijn je mogelijkheden',
    'wat zijn je opties',
    'wat zou je kunnen doen',
    'wat kun je doen',
    'wat kan je doen',
    'what could you do',
    'what can you do',
    'what options do you have',
    'what are your options',
    'what else could you do',
  ],
  will: [
    'will',
    'wil',
    'way forward',
    'the way forward',
    'wrap-up',
    'wrap up',
    'actie',
    'acties',
    'de acties',
    'actiepunt',
    'actiepunten',
    'actieplan',
    'concrete acties',
    'concrete stappen',
    'afspraak',
    'afspraken',
    'de afspraken',
    'gemaakte afspraken',
    'vervolgafspraak',
    'vervolgafspraken',
    'vervolgstap',
    'vervolgstappen',
    'volgende stap',
    'volgende stappen',
    'eerste stap',
    'eerste stappen',
    'plan van aanpak',
    'taken',
    'to do',
    'to-do',
    'todo',
    "to do's",
    "to-do's",
    "todo's",
    'action',
    'actions',
    'action items',
    'action points',
    'action plan',
    'next step',
    'next steps',
    'first steps',
    'commitment',
    'commitments',
    'agreements',
    'agreed actions',
    // questions
    'wat ga je doen',
    'wat ga je nu doen',
    'wat ga je concreet doen',
    'wat ga je als eerste doen',
    'wat is je eerste stap',
    'wat heb je te doen',
    'welke keuze maak je',
    'welke keuzes maak je',
    'welke optie kies je',
    'what will you do',
    'what are you going to do',
    'what actions will you take',
    'which option will you try',
    'what is your first step',
    "what's your first step",
    'what is the next step',
  ],
};

/**
 * Starts of headings that begin with a phase word and name no phase: a question with `wil`/`will`
 * as a verb (`Wil je nog iets kwijt?`, `Will you be there?`). The longest match wins, so these
 * outrank `wil` and `will`; a coach who adds one of them as a word of their own gets it.
 */
export const NOT_PHASE: readonly string[] = [
  'wil je',
  'wil jij',
  'wil u',
  'wil ik',
  'wil hij',
  'wil zij',
  'wil ze',
  'wil het',
  'wil de',
  'wil men',
  'will you',
  'will i',
  'will we',
  'will it',
  'will he',
  'will she',
  'will they',
  'will the',
];

/** Words a coach adds per phase (any case and spacing; matched as whole words at the heading's start). */
export type PhaseWords = Readonly<Partial<Record<Phase, readonly string[]>>>;

export const PHASES: readonly Phase[] = ['goal', 'reality', 'options', 'will'];

/** Markup and symbols that decorate a heading without naming anything. */
const DECORATION = /[*_~`=]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
/** `1.`, `4)`, `(2)`, `Stap 3:`, `Step 3 -` at the start. */
const NUMBERING = /^(?:(?:stap|step|fase|phase)\s*)?(?:\d+[.):]?|\(\d+\))[.)]?\s*[-–—:]?\s*/u;
/** A lone letter G/R/O/W used as a prefix: `G —`, `W:`, `R.`, `O)`. */
const LETTER = /^[grow]\s*(?:[-–—:.)|/]\s*)/u;
/** After a phase word: the end, or anything that does not continue the word (a letter, digit or `'`). */
const WORD_END = /^(?:$|[^\p{L}\p{N}\p{M}'])/u;

/** A word or phrase as the rule compares it: lower case, typographic apostrophes plain, one space. */
export function normalizeWord(word: string): string {
  // Soft hyphens and zero-width characters are invisible: `Opties\u00admenu` is one word.
  return word
    .replace(/[\u00ad\u200b\u200c\u2060]/g, '')
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The heading text, lower case, without markup, emoji, numbering or a letter prefix. */
export function normalizeHeading(raw: string): string {
  let text = normalizeWord(raw.replace(/[\u2018\u2019´]/g, "'").replace(DECORATION, ' '));
  text = text.replace(NUMBERING, '').trim();
  text = text.replace(LETTER, '').trim();
  return text;
}

/** Reads headings into phases with one set of words. */
export interface Vocabulary {
  /** The phase a heading names, or null. */
  phaseOf(heading: string): Phase | null;
}

function compile(extra: PhaseWords): Vocabulary {
  // By first character, longest first: a heading is compared with the few words it can start with.
  const byFirst = new Map<string, { word: string; phase: Phase | null }[]>();
  const add = (phase: Phase | null, word: string): void => {
    const w = normalizeWord(word);
    if (w.length === 0) return;
    const list = byFirst.get(w[0]!) ?? [];
    // The coach's words are added first, so a word of theirs can move a built-in one to another phase.
    if (!list.some((e) => e.word === w)) list.push({ word: w, phase });
    byFirst.set(w[0]!, list);
  };
  for (const phase of PHASES) for (const word of extra[phase] ?? []) add(phase, word);
  for (const phase of PHASES) for (const word of PHASE_WORDS[phase]) add(phase, word);
  for (const word of NOT_PHASE) add(null, word);
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  const memo = new Map<string, Phase | null>();
  return {
    phaseOf(heading: string): Phase | null {
      const known = memo.get(heading);
      if (known !== undefined) return known;
      const text = normalizeHeading(heading);
      let found: Phase | null = null;
      for (const { word, phase } of byFirst.get(text[0] ?? '') ?? []) {
        if (text.startsWith(word) && WORD_END.test(text.slice(word.length))) {
          found = phase;
          break;
        }
      }
      if (heading.length <= 80) {
        if (memo.size >= 2048) memo.clear();
        // A copy: the key must not keep the note's text alive.
        memo.set(`\u0000${heading}`.slice(1), found);
      }
      return found;
    },
  };
}

const BUILT_IN = compile({});
/** The words last asked for, as given (a copy of each list), their key, and their vocabulary. */
interface Asked {
  extra: PhaseWords;
  lists: (readonly string[] | undefined)[];
  key: string;
  vocabulary: Vocabulary;
}
let lastAsked: Asked | null = null;

/** True when `extra` is the object asked for `last` and holds the same words (compared one by one, not normalised). */
function sameAs(last: Asked, extra: PhaseWords): boolean {
  if (last.extra !== extra) return false;
  const lists = last.lists;
  return PHASES.every((p, i) => {
    const now = extra[p];
    const then = lists[i];
    return now === undefined || then === undefined ? now === then : now.length === then.length && now.every((w, k) => w === then[k]);
  });
}

/**
 * The vocabulary of the built-in words plus `extra` (compiled once per distinct set of words). A
 * reader asks with the same words note after note: then the answer comes without normalising them.
 */
export function vocabulary(extra?: PhaseWords): Vocabulary {
  if (extra === undefined) return BUILT_IN;
  const last = lastAsked;
  if (last !== null && sameAs(last, extra)) return last.vocabulary;
  const key = PHASES.map((p) => (extra[p] ?? []).map(normalizeWord).join('\u0001')).join('\u0002');
  const found = key === '\u0002\u0002\u0002' ? BUILT_IN : last?.key === key ? last.vocabulary : compile(extra);
  lastAsked = { extra, lists: PHASES.map((p) => (extra[p] === undefined ? undefined : [...extra[p]])), key, vocabulary: found };
  return found;
}

/** The phase a heading names with the built-in words (and `extra`), or null. */
export function headingPhase(raw: string, extra?: PhaseWords): Phase | null {
  return vocabulary(extra).phaseOf(raw);
}

/**
 * Words for {@link PhaseWords} from text a coach types: `huiswerk, klusjes` (comma or semicolon
 * separated; blanks dropped).
 */
export function parseWordList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((w) => w.replace(/\s+/g, ' ').trim())
    .filter((w) => w.length > 0);
}

/** The phase a name stands for, in Dutch or English (`will`, `wil`, `goal`, `doel`, …), or null. */
export function phaseName(name: string): Phase | null {
  const n = name.trim().toLowerCase();
  const names: Record<string, Phase> = {
    goal: 'goal',
    doel: 'goal',
    g: 'goal',
    reality: 'reality',
    realiteit: 'reality',
    r: 'reality',
    options: 'options',
    opties: 'options',
    o: 'options',
    will: 'will',
    wil: 'will',
    w: 'will',
  };
  return Object.prototype.hasOwnProperty.call(names, n) ? names[n]! : null;
}

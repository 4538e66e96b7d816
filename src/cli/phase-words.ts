/**
 * The coach's own phase words on the command line: `--phase-words will=huiswerk,klusjes` (the
 * option may be repeated, one phase each, or hold several phases separated by `;`), and the file
 * `.grow-coach.json` in the vault's folder:
 *
 * ```json
 * { "phaseWords": { "will": ["huiswerk", "klusjes"], "goal": ["thema"] } }
 * ```
 *
 * Phases are named in English or Dutch (`goal`/`doel`, `reality`/`realiteit`, `options`/`opties`,
 * `will`/`wil`). The words of the file and of the option add up. Mistakes are usage errors that
 * name the option or the file and say what to write.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Phase } from '../core/note/session';
import { parseWordList, phaseName, PHASES, type PhaseWords } from '../core/note/vocabulary';
import { UsageError } from './io';
import type { CliLanguage } from './messages';

/** The option's name, for the commands' lists of value options. */
export const PHASE_WORDS_OPTION = 'phase-words';
/** The file in the vault's folder. */
export const CONFIG_FILE = '.grow-coach.json';

const WORDS = {
  en: {
    badOption: (value: string) =>
      `--phase-words expects PHASE=WORD,WORD (for example --phase-words will=huiswerk,klusjes), got "${value}"; PHASE is goal, reality, options or will`,
    badPhase: (where: string, name: string) => `${where}: unknown phase "${name}"; use goal, reality, options or will (or doel, realiteit, opties, wil)`,
    badJson: (file: string, reason: string) => `${file}: not valid JSON (${reason}). Fix the file or remove it.`,
    badShape: (file: string) =>
      `${file}: "phaseWords" must map a phase to a list of words, for example {"phaseWords": {"will": ["huiswerk"]}}. Fix the file or remove it.`,
    unreadable: (file: string, code: string) => `${file}: cannot be read (${code}). Check the file's permissions or remove it.`,
  },
  nl: {
    badOption: (value: string) =>
      `--phase-words verwacht FASE=WOORD,WOORD (bijvoorbeeld --phase-words will=huiswerk,klusjes), niet "${value}"; FASE is goal, reality, options of will`,
    badPhase: (where: string, name: string) => `${where}: onbekende fase "${name}"; gebruik doel, realiteit, opties of wil (of goal, reality, options, will)`,
    badJson: (file: string, reason: string) => `${file}: geen geldige JSON (${reason}). Herstel het bestand of haal het weg.`,
    badShape: (file: string) =>
      `${file}: "phaseWords" moet een fase koppelen aan een lijst woorden, bijvoorbeeld {"phaseWords": {"will": ["huiswerk"]}}. Herstel het bestand of haal het weg.`,
    unreadable: (file: string, code: string) => `${file}: kan niet worden gelezen (${code}). Controleer de rechten van het bestand of haal het weg.`,
  },
} satisfies Record<CliLanguage, unknown>;

type Mutable = Record<Phase, string[]>;

function empty(): Mutable {
  return { goal: [], reality: [], options: [], will: [] };
}

function addWords(into: Mutable, phase: Phase, words: readonly string[]): void {
  for (const word of words) if (!into[phase].includes(word)) into[phase].push(word);
}

/** Every value given to `--phase-words` (repeated or not, `--phase-words X` or `--phase-words=X`). */
export function phaseWordValues(argv: readonly string[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === `--${PHASE_WORDS_OPTION}`) {
      const value = argv[i + 1];
      if (value !== undefined) values.push(value);
      i += 1;
    } else if (arg.startsWith(`--${PHASE_WORDS_OPTION}=`)) values.push(arg.slice(PHASE_WORDS_OPTION.length + 3));
  }
  return values;
}

/** The words of `--phase-words` values: `will=huiswerk,klusjes`, `will=huiswerk;goal=thema`. */
export function parsePhaseWordValues(values: readonly string[], language: CliLanguage): Mutable {
  const words = WORDS[language];
  const out = empty();
  for (const value of values) {
    for (const part of value.split(';')) {
      if (part.trim().length === 0) continue;
      const eq = part.indexOf('=');
      if (eq === -1) throw new UsageError(words.badOption(value));
      const phase = phaseName(part.slice(0, eq));
      if (phase === null) throw new UsageError(words.badPhase('--phase-words', part.slice(0, eq).trim()));
      const list = parseWordList(part.slice(eq + 1));
      if (list.length === 0) throw new UsageError(words.badOption(value));
      addWords(out, phase, list);
    }
  }
  return out;
}

/** The words of a `.grow-coach.json` text (`shown` names the file in messages). */
export function parseConfigWords(text: string, shown: string, language: CliLanguage): Mutable {
  const words = WORDS[language];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(words.badJson(shown, error instanceof Error ? error.message : String(error)));
  }
  const out = empty();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(words.badShape(shown));
  const map: unknown = (data as Record<string, unknown>).phaseWords;
  if (map === undefined) return out;
  if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new UsageError(words.badShape(shown));
  for (const [name, list] of Object.entries(map as Record<string, unknown>)) {
    const phase = phaseName(name);
    if (phase === null) throw new UsageError(words.badPhase(shown, name));
    const items = typeof list === 'string' ? parseWordList(list) : Array.isArray(list) && list.every((w) => typeof w === 'string') ? list : null;
    if (items === null) throw new UsageError(words.badShape(shown));
    addWords(
      out,
      phase,
      items.map((w) => w.trim()).filter((w) => w.length > 0),
    );
  }
  return out;
}

/** The vault's `.grow-coach.json` words, or none when there is no such file. */
export async function readConfigWords(vaultDir: string, language: CliLanguage): Promise<Mutable> {
  const file = path.join(vaultDir, CONFIG_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    // No file, or a folder that cannot be entered: the folder's own reading says so, once.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES') return empty();
    throw new UsageError(WORDS[language].unreadable(file, code));
  }
  return parseConfigWords(text, file, language);
}

/** The coach's phase words for a run: the vault's file (when a vault folder is known) plus the option. */
export async function loadPhaseWords(argv: readonly string[], vaultDir: string | null, language: CliLanguage): Promise<PhaseWords> {
  const fromOption = parsePhaseWordValues(phaseWordValues(argv), language);
  const all = vaultDir === null ? empty() : await readConfigWords(vaultDir, language);
  for (const phase of PHASES) addWords(all, phase, fromOption[phase]);
  return all;
}

/**
 * A synthetic vault for the benchmark, the same for the same seed: coaching notes (~3 KB each,
 * Dutch and English, decorated GROW headings, 2–6 Will actions with dates, callouts, comments,
 * code, tables) and as many other notes (journals, lists, meeting notes, code snippets, some
 * footnotes). Written under `.bench-vault/` (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const CLIENTS = [
  'Anna de Vries',
  'Bram Jansen',
  'Chloé Martin',
  'Daan Bakker',
  'Eva Smit',
  'Fatima El Amrani',
  'Gijs Visser',
  'Hanna Müller',
  'Ivo de Boer',
  'Julia Peters',
  'Kees Mulder',
  'Lotte de Groot',
  'Mohammed Yilmaz',
  'Noor Bos',
  'Olivia Brown',
  'Pieter Vos',
  'Quinten Dekker',
  'Roos Hendriks',
  'Sanne van Dijk',
  'Tom Willems',
];
const NL_WORDS = (
  'de het een en van in op met voor dat zijn is niet ook maar als bij er nog wel om dan zo wat meer over uit naar kan moet wil ' +
  'team gesprek feedback rust ruimte planning agenda manager collega project deadline energie grens prioriteit overleg verwachting ritme'
).split(' ');
const EN_WORDS = (
  'the a and of in on with for that is not also but as at there still well to then so what more about out can must will ' +
  'team conversation feedback calm space planning calendar manager colleague project deadline energy boundary priority meeting expectation rhythm'
).split(' ');
const NL_ACTIONS = [
  'Agenda opschonen',
  'Gesprek plannen met',
  'Feedback vragen aan',
  'Twee focusblokken inplannen',
  'Nee zeggen tegen',
  'Mail sturen naar',
  'Reflectie schrijven over',
  'Wandeling maken met',
];
const EN_ACTIONS = [
  'Clean up the calendar',
  'Schedule a talk with',
  'Ask feedback from',
  'Block two focus sessions',
  'Say no to',
  'Email',
  'Write a reflection on',
  'Take a walk with',
];

const sentence = (r: Rand, words: readonly string[], n: number): string => {
  const ws: string[] = [];
  for (let i = 0; i < n; i += 1) ws.push(pick(r, words));
  const s = ws.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
};
const paragraph = (r: Rand, words: readonly string[], sentences: number): string => {
  const out: string[] = [];
  for (let i = 0; i < sentences; i += 1) out.push(sentence(r, words, int(r, 6, 14)));
  return out.join(' ');
};
const date = (r: Rand, year = 2026): string => `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;

function heading(r: Rand, nl: boolean, phase: 0 | 1 | 2 | 3): string {
  const words = nl ? ['Doel', 'Realiteit', 'Opties', 'Wil'] : ['Goal', 'Reality', 'Options', 'Will'];
  const alt = nl ? ['Doelen', 'Huidige situatie', 'Mogelijkheden', 'Acties'] : ['Goals', 'Current reality', 'Alternatives', 'Way forward'];
  const word = r() < 0.7 ? words[phase] : alt[phase];
  const letter = 'GROW'[phase];
  const emoji = ['🎯', '🔍', '💡', '✅'][phase];
  const level = r() < 0.8 ? '##' : '###';
  switch (int(r, 0, 5)) {
    case 0:
      return `${level} ${word}`;
    case 1:
      return `${level} ${letter} — ${word}`;
    case 2:
      return `${level} ${phase + 1}. ${word}`;
    case 3:
      return `${level} ${emoji} **${word}**`;
    case 4:
      return `${level} ${word} (${nl ? 'wat wil je?' : 'what do you want?'})`;
    default:
      return `${word}\n${phase === 0 ? '====' : '----'}`;
  }
}

function action(r: Rand, nl: boolean, client: string): string {
  const status = pick(r, [' ', ' ', ' ', ' ', 'x', 'x', '/', '-']);
  const what = `${pick(r, nl ? NL_ACTIONS : EN_ACTIONS)} ${pick(r, [client.split(' ')[0] ?? client, 'het team', 'the team', 'HR', '[[Planning]]'])}`;
  const due = pick(r, [` 📅 ${date(r)}`, ` [due:: ${date(r)}]`, ` (due:: ${date(r)})`, '', ` 📅 ${date(r, 2025)}`]);
  const done = status === 'x' ? ` ✅ ${date(r)}` : '';
  return `- [${status}] ${what}${due}${done}`;
}

/** One coaching note of about 3 KB. */
export function coachingNote(r: Rand, i: number): { path: string; text: string } {
  const nl = r() < 0.6;
  const words = nl ? NL_WORDS : EN_WORDS;
  const client = pick(r, CLIENTS);
  const d = date(r);
  const how = r();
  const folder = how < 0.8 ? `Coaching/${client}` : how < 0.9 ? 'Sessies' : 'Inbox';
  const fm = [
    '---',
    ...(how < 0.9 ? ['type: coaching-session'] : []),
    `client: "[[${client}]]"`,
    `date: ${d}`,
    `session: ${int(r, 1, 12)}`,
    ...(r() < 0.5 ? ['tags: [coaching, sessie]'] : []),
    '---',
  ];
  const parts: string[] = [fm.join('\n'), `# ${nl ? 'Sessie' : 'Session'} ${i} — ${client}${how >= 0.9 ? ' #coaching' : ''}`];
  parts.push(
    heading(r, nl, 0),
    `> [!question] ${nl ? 'Wat wil je bereiken?' : 'What do you want to achieve?'}\n> ${sentence(r, words, 8)}`,
    paragraph(r, words, 4),
  );
  parts.push(
    heading(r, nl, 1),
    paragraph(r, words, 5),
    `${nl ? 'Schaal 1-10' : 'Scale'}: ${int(r, 1, 10)}`,
    `<!-- ${nl ? 'notitie voor mezelf' : 'note to self'}\n${sentence(r, words, 6)}\n-->`,
  );
  if (r() < 0.3) parts.push('| optie | score |\n| --- | --- |\n| A | 7 |\n| B | 4 |');
  parts.push(heading(r, nl, 2));
  const options: string[] = [];
  for (let k = int(r, 2, 4); k > 0; k -= 1) options.push(`- ${sentence(r, words, 7)}`);
  parts.push(options.join('\n'), paragraph(r, words, 3));
  parts.push(heading(r, nl, 3));
  const actions: string[] = [];
  for (let k = int(r, 2, 6); k > 0; k -= 1) {
    actions.push(action(r, nl, client));
    if (r() < 0.2) actions.push(`  - ${sentence(r, words, 5)}`);
  }
  parts.push(actions.join('\n'), `${nl ? 'Inzet' : 'Commitment'}: ${int(r, 5, 10)}/10`);
  if (r() < 0.3) parts.push('```\n- [ ] ' + (nl ? 'geen taak, code' : 'not a task, code') + '\n```');
  parts.push(`## ${nl ? 'Notities' : 'Notes'}`, paragraph(r, words, 6), paragraph(r, words, 5));
  if (r() < 0.005) parts.push(`${nl ? 'Zie' : 'See'} [^1].\n\n[^1]: ${sentence(r, words, 6)}`);
  let text = `${parts.join('\n\n')}\n`;
  while (text.length < 2800) text += `\n${paragraph(r, words, 3)}\n`;
  if (r() < 0.1) text = text.replace(/\n/g, '\r\n');
  const name = `${d} ${nl ? 'sessie' : 'session'} ${i}.md`;
  return { path: `${folder}/${name}`, text };
}

/** One other note (journal, list, meeting, code), also ~2–4 KB. */
export function otherNote(r: Rand, i: number): { path: string; text: string } {
  const nl = r() < 0.6;
  const words = nl ? NL_WORDS : EN_WORDS;
  const kind = int(r, 0, 3);
  const parts: string[] = [];
  if (r() < 0.5) parts.push(`---\ntags: [${pick(r, ['journal', 'werk', 'ideas', 'meeting'])}]\ncreated: ${date(r)}\n---`);
  parts.push(`# ${sentence(r, words, 4).slice(0, -1)}`);
  for (let s = 0; s < 4; s += 1) {
    parts.push(`## ${sentence(r, words, 3).slice(0, -1)}`, paragraph(r, words, 4));
    if (kind === 1) parts.push(Array.from({ length: int(r, 3, 8) }, () => `- [${pick(r, [' ', 'x'])}] ${sentence(r, words, 5)}`).join('\n'));
    if (kind === 2)
      parts.push(
        `> ${sentence(r, words, 10)}\n> ${sentence(r, words, 8)}`,
        `1. ${sentence(r, words, 6)}\n2. ${sentence(r, words, 6)}\n   - ${sentence(r, words, 4)}`,
      );
    if (kind === 3) parts.push('```ts\nconst x = 1;\nfunction f(a: number) {\n  return a * 2;\n}\n```');
  }
  if (r() < 0.01) parts.push(`Tekst[^n].\n\n[^n]: ${sentence(r, words, 5)}`);
  let text = `${parts.join('\n\n')}\n`;
  while (text.length < 2200) text += `\n${paragraph(r, words, 3)}\n`;
  return { path: `Notes/${pick(r, ['Journal', 'Werk', 'Ideas', 'Meetings'])}/${i} ${sentence(r, words, 2).slice(0, -1)}.md`, text };
}

/**
 * A coaching note written less kindly (the "rough" vault, issue 13): longer prose, more and nested
 * lists, callouts with lists and tasks inside (in the Options section: not actions; a `[!todo]`
 * in Will: actions), task lists outside Will, blockquotes; about 3.5–4.5 KB.
 */
export function roughCoachingNote(r: Rand, i: number): { path: string; text: string } {
  const base = coachingNote(r, i);
  const nl = base.text.includes('sessie') || base.text.includes('Sessie');
  const words = nl ? NL_WORDS : EN_WORDS;
  const long = (n: number): string => Array.from({ length: n }, () => sentence(r, words, int(r, 10, 22))).join(' ');
  const nested = (): string =>
    Array.from({ length: int(r, 3, 6) }, () => {
      const sub =
        r() < 0.6
          ? `
  - ${sentence(r, words, 6)}${
    r() < 0.4
      ? `
    - ${sentence(r, words, 4)}`
      : ''
  }`
          : '';
      return `- ${sentence(r, words, int(r, 5, 12))}${sub}`;
    }).join('\n');
  const calloutList = `> [!tip] ${nl ? 'Wat werkte eerder' : 'What worked before'}
> ${sentence(r, words, 9)}
> - [ ] ${sentence(r, words, 5)}
> - ${sentence(r, words, 6)}
>   - ${sentence(r, words, 4)}`;
  const todo = `> [!todo] ${nl ? 'Afspraken' : 'Agreements'}
> - [ ] ${pick(r, nl ? NL_ACTIONS : EN_ACTIONS)} ${pick(r, CLIENTS)} 📅 ${date(r)}
> - [x] ${sentence(r, words, 4)}`;
  const lines = base.text.split(/\r?\n/);
  const out: string[] = [];
  let phase = -1;
  for (let k = 0; k < lines.length; k += 1) {
    const line = lines[k] ?? '';
    // A heading starts here: an ATX line, or a setext text line (its underline follows).
    if (/^#{2,3} /.test(line) || (line.trim() !== '' && /^(====|----)$/.test(lines[k + 1] ?? ''))) {
      if (phase === 1) out.push('', nested(), '', long(3));
      if (phase === 2) out.push('', calloutList, '', `1. ${sentence(r, words, 8)}\n   - ${sentence(r, words, 5)}\n2. ${sentence(r, words, 9)}`);
      if (phase === 3) out.push('', todo);
      phase += 1;
    }
    out.push(line);
    if (phase === 0 && line.startsWith('> [!question]')) out.push(`> ${sentence(r, words, 12)}`, '>', `> > ${sentence(r, words, 7)}`);
  }
  out.push('', long(5), '', `- [ ] ${sentence(r, words, 5)}`, `- [x] ${sentence(r, words, 6)}`, '', `> ${long(2)}`, '');
  const crlf = base.text.includes('\r\n');
  return { path: base.path, text: out.join(crlf ? '\r\n' : '\n') };
}

/**
 * A non-coaching note of the rough vault: longer (4–6 KB), with task lists, callouts, and in 5 %
 * of them the words "coaching-session" in the prose (a note about the method), so the cheap
 * "cannot be a coaching note" test does not answer for them.
 */
export function roughOtherNote(r: Rand, i: number): { path: string; text: string } {
  const base = otherNote(r, i);
  const nl = r() < 0.6;
  const words = nl ? NL_WORDS : EN_WORDS;
  let text = base.text;
  if (r() < 0.05) text += `\nOver de coaching-session sjablonen: ${paragraph(r, words, 2)}\n`;
  text += `\n> [!note]\n> ${paragraph(r, words, 2)}\n\n${Array.from({ length: int(r, 2, 6) }, () => `- [ ] ${sentence(r, words, 6)}`).join('\n')}\n`;
  while (text.length < 4000 + int(r, 0, 2000)) text += `\n${paragraph(r, words, 4)}\n`;
  return { path: base.path, text };
}

export type VaultShape = 'kind' | 'rough';

export interface VaultManifest {
  version: number;
  seed: number;
  notes: number;
  others?: number;
  shape?: VaultShape;
  files: string[];
  coaching: string[];
  bytes: number;
}

const VERSION = 1;

/**
 * Writes the vault (unless the one there has the same parameters) and returns its manifest:
 * `notes` coaching notes and `others` other notes (default as many), in the `shape` given.
 */
export function generateVault(root: string, notes: number, seed = 6, shape: VaultShape = 'kind', others = notes): VaultManifest {
  const manifestPath = join(root, '.manifest.json');
  if (existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as VaultManifest;
    if (old.version === VERSION && old.seed === seed && old.notes === notes && (old.shape ?? 'kind') === shape && (old.others ?? old.notes) === others)
      return old;
  }
  rmSync(root, { recursive: true, force: true });
  const r = prng(seed);
  const files: string[] = [];
  const coaching: string[] = [];
  let bytes = 0;
  const write = ({ path, text }: { path: string; text: string }): void => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    files.push(path);
    bytes += Buffer.byteLength(text);
  };
  const makeCoaching = shape === 'rough' ? roughCoachingNote : coachingNote;
  const makeOther = shape === 'rough' ? roughOtherNote : otherNote;
  for (let i = 0; i < Math.max(notes, others); i += 1) {
    if (i < notes) {
      const note = makeCoaching(r, i);
      coaching.push(note.path);
      write(note);
    }
    if (i < others) write(makeOther(r, i));
  }
  const manifest: VaultManifest = { version: VERSION, seed, notes, others, shape, files, coaching, bytes };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return manifest;
}

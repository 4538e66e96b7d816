/**
 * The vault-index benchmark (issue 6). `npm run bench [-- --notes N --rounds R --sample S --full-reference]`.
 *
 * In one process, alternating, R rounds, medians:
 * - floor A: read every file (`readFileSync`, utf8);
 * - floor B: read + split lines + a regex scan for headings and task items;
 * - ours: read + `entryFromText` for every note + `ActionIndex.set` (the CLI's index build);
 * - reference: read + `readNote` (remark) of the coaching notes: on a fixed sample per round,
 *   scaled to every coaching note (or, with `--full-reference`, every coaching note in one round).
 * Then: agreement (ours vs reference actions on every note of the sample, or the vault), one
 * changed note re-indexed, peak RSS and index memory, main.js size, and the dashboard's first draw.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ActionIndex } from '../../src/core/actions/action-index';
import { DEFAULT_RULES, isCoachingNote } from '../../src/core/note/coaching-rules';
import { entryFromText, type FallbackReader } from '../../src/core/actions/entry';
import { readNote, remarkOutline } from '../../src/core/note/remark-reading';
import type { SessionRecord, WillAction } from '../../src/core/note/session';
import { generateVault } from './generate';
import { benchProcesses } from './processes';

// ---- arguments ----

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const NOTES = arg('notes', 10_000);
const ROUNDS = Math.max(5, arg('rounds', 5));
const SAMPLE = arg('sample', 1_000);
const FULL_REFERENCE = process.argv.includes('--full-reference');
const ROOT = resolve(process.cwd(), '.bench-vault');
/** The CLI as whole processes, on the rough vault: `--processes-only` runs just that. */
const PROCESS_NOTES = arg('process-notes', 10_000);
const PROCESS_ROUNDS = arg('process-rounds', 5);
const ROUGH_ROOT = resolve(process.cwd(), '.bench-vault-rough');
function processFigures(): void {
  benchProcesses({ coaching: PROCESS_NOTES, others: Math.round(PROCESS_NOTES / 2), rounds: PROCESS_ROUNDS, root: ROUGH_ROOT });
  if (process.argv.includes('--linear')) {
    const big = arg('linear-notes', 50_000);
    benchProcesses({
      coaching: Math.round((big * 2) / 3),
      others: big - Math.round((big * 2) / 3),
      rounds: PROCESS_ROUNDS,
      root: `${ROUGH_ROOT}-${big}`,
      label: `${big} notes, for linearity`,
    });
  }
}
if (process.argv.includes('--processes-only')) {
  processFigures();
  process.exit(0);
}

const gc = (globalThis as { gc?: () => void }).gc;
const collect = (): void => {
  if (gc) for (let i = 0; i < 3; i += 1) gc();
};

// ---- helpers ----

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const ms = (x: number): string => `${x.toFixed(x < 10 ? 3 : 1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/** The CLI's fallback: remark, under a size guard (remark is pathological on some big notes). */
const REMARK_LIMIT = 512 * 1024;
const remarkFallback: FallbackReader = ({ text, body }) => (text.length > REMARK_LIMIT ? null : remarkOutline(body));

// ---- the vault ----

console.log(`GROW Coach index benchmark: ${NOTES} coaching notes + ${NOTES} other notes, ${ROUNDS} rounds (node ${process.version})`);
const t0 = performance.now();
const manifest = generateVault(ROOT, NOTES);
console.log(`vault: ${ROOT} — ${manifest.files.length} files, ${mb(manifest.bytes)} (ready in ${ms(performance.now() - t0)})`);
const files = manifest.files.map((rel) => ({ rel, abs: join(ROOT, rel) }));
const coachingSet = new Set(manifest.coaching);
const coachingFiles = files.filter((f) => coachingSet.has(f.rel));
const step = Math.max(1, Math.floor(coachingFiles.length / SAMPLE));
const sample = FULL_REFERENCE ? coachingFiles : coachingFiles.filter((_, i) => i % step === 0).slice(0, SAMPLE);

// ---- the measures ----

let sink = 0;

function floorA(): void {
  for (const f of files) sink += readFileSync(f.abs, 'utf8').length;
}

const HEADING = /^ {0,3}#{1,6}[ \t]/;
const TASK = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/;
function floorB(list: readonly { abs: string }[] = files): void {
  for (const f of list) {
    const lines = readFileSync(f.abs, 'utf8').split(/\r\n|\r|\n/);
    for (const line of lines) if (HEADING.test(line) || TASK.test(line)) sink += 1;
  }
}

let fallbacks = 0;
let refused = 0;
function ours(list: readonly { rel: string; abs: string }[] = files): ActionIndex {
  const index = new ActionIndex();
  fallbacks = 0;
  refused = 0;
  for (const f of list) {
    const { entry, usedFallback } = entryFromText(f.rel, readFileSync(f.abs, 'utf8'), DEFAULT_RULES, remarkFallback);
    if (usedFallback) fallbacks += 1;
    if (entry === null) {
      if (usedFallback && coachingSet.has(f.rel)) refused += 1;
      continue;
    }
    index.set(entry);
  }
  return index;
}

function reference(notes: readonly { rel: string; abs: string }[]): void {
  for (const f of notes) sink += readNote(readFileSync(f.abs, 'utf8'), f.rel).actions.length;
}

// Warm up every path once (JIT), then alternate.
floorA();
floorB();
ours();
reference(sample.slice(0, 100));

const times = { a: [] as number[], b: [] as number[], ours: [] as number[], reference: [] as number[] };
for (let round = 0; round < ROUNDS; round += 1) {
  const order = round % 2 === 0 ? ['a', 'b', 'ours', 'reference'] : ['reference', 'ours', 'b', 'a'];
  for (const which of order) {
    if (which === 'a') times.a.push(time(floorA));
    if (which === 'b') times.b.push(time(() => floorB()));
    if (which === 'ours') times.ours.push(time(() => void ours()));
    if (which === 'reference' && (!FULL_REFERENCE || round === 0)) times.reference.push(time(() => reference(sample)));
  }
}
const A = median(times.a);
const B = median(times.b);
const O = median(times.ours);
const refMeasured = median(times.reference);
const refScale = coachingFiles.length / sample.length;
const R = refMeasured * refScale;
const rate = (t: number): string => `${(manifest.bytes / 1024 / 1024 / (t / 1000)).toFixed(0)} MB/s`;

console.log('\n== index build (medians) ==');
console.log(`floor A  read every file                       ${ms(A).padStart(12)}  ${rate(A)}`);
console.log(`floor B  read + split lines + regex scan         ${ms(B).padStart(12)}  ${rate(B)}`);
console.log(`ours     read + entryFromText + ActionIndex.set  ${ms(O).padStart(12)}  ${rate(O)}`);
console.log(
  FULL_REFERENCE
    ? `reference readNote (remark), every coaching note (${coachingFiles.length}), 1 round  ${ms(R)}`
    : `reference readNote (remark): measured ${ms(refMeasured)} on a fixed ${sample.length}-note sample per round, scaled ×${refScale.toFixed(1)} to ${coachingFiles.length} coaching notes = ${ms(R)}`,
);
console.log(`ours / floor B      ${(O / B).toFixed(2)}×  (budget ≤ 3×)`);
console.log(`reference / ours    ${(R / O).toFixed(1)}×  (reference reads only the coaching notes; ours reads every note)`);
console.log(`fallbacks           ${fallbacks} of ${files.length} notes (${((fallbacks / files.length) * 100).toFixed(2)} %), refused ${refused}`);

// ---- agreement ----

const index = ours();
let differences = 0;
const sameActions = (a: readonly WillAction[], b: readonly WillAction[]): boolean => JSON.stringify(a) === JSON.stringify(b);
const checked = FULL_REFERENCE
  ? files
  : [
      ...sample,
      ...files
        .filter((f) => !coachingSet.has(f.rel))
        .filter((_, i) => i % step === 0)
        .slice(0, SAMPLE),
    ];
for (const f of checked) {
  const text = readFileSync(f.abs, 'utf8');
  const record: SessionRecord = readNote(text, f.rel);
  const coaching = isCoachingNote(f.rel, record, DEFAULT_RULES);
  const entry = index.get(f.rel);
  const ok = coaching
    ? entry !== undefined && sameActions(entry.actions, record.actions) && entry.client === record.client && entry.date === record.date
    : entry === undefined;
  if (!ok) {
    differences += 1;
    if (differences <= 5)
      console.log(
        `DIFFERENCE ${f.rel}\n  ours:      ${JSON.stringify(entry?.actions ?? null)}\n  reference: ${coaching ? JSON.stringify(record.actions) : 'not a coaching note'}`,
      );
  }
}
console.log(
  `\n== agreement ==\nours vs reference on ${checked.length} notes (${FULL_REFERENCE ? 'the whole vault' : `the ${sample.length}-note coaching sample and ${checked.length - sample.length} other notes`}): ${differences} differences`,
);

// ---- one changed note ----

const target = coachingFiles[Math.floor(coachingFiles.length / 2)] ?? coachingFiles[0];
if (target === undefined) throw new Error('no coaching notes');
const original = readFileSync(target.abs, 'utf8');
const edits: number[] = [];
for (let i = 0; i < 1000; i += 1) {
  // A coach's edit: tick or untick the first open action, and type a word at the end.
  const text = `${i % 2 === 0 ? original.replace('- [ ]', '- [x]') : original}\nwoord ${i}\n`;
  edits.push(
    time(() => {
      const { entry } = entryFromText(target.rel, text, DEFAULT_RULES, remarkFallback);
      if (entry) index.set(entry);
    }),
  );
}
console.log(
  `\n== re-index one changed note ==\nentryFromText + set, median of 1,000 edits of a ${(original.length / 1024).toFixed(1)} KB note: ${ms(median(edits))}`,
);

// ---- memory ----

const heldActions = index.actionCount;
index.clear();
// Build, measure, drop, measure: the difference is what the index holds (median of 3).
const sizes: number[] = [];
for (let k = 0; k < 3; k += 1) {
  let built: ActionIndex | null = ours();
  collect();
  const withIndex = process.memoryUsage().heapUsed;
  if (built.size < 0) console.log(built.size);
  built = null;
  collect();
  sizes.push(withIndex - process.memoryUsage().heapUsed);
}
const indexBytes = median(sizes);
const rebuilt = ours();
console.log(`\n== memory ==${gc ? '' : ' (run with --expose-gc for exact figures)'}`);
console.log(
  `index: ${rebuilt.size} notes, ${heldActions} actions; heap with index − without (after gc) = ${mb(indexBytes)} (budget for 10,000 notes × ~4 actions: 40 MB)`,
);
console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);

// ---- main.js ----

const mainJs = resolve(process.cwd(), 'main.js');
if (existsSync(mainJs)) {
  const bytes = readFileSync(mainJs);
  console.log(`\n== main.js ==\n${(statSync(mainJs).size / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
}

// ==== DASHBOARD FIRST RENDER (5,000 open actions) ====
// The plugin's list (`src/plugin/dashboard/action-list.ts`, `ActionList`) drawn in happy-dom with
// Obsidian's DOM helpers (`test/harness/dom.ts`): the first `setGroups` of 5,000 open actions,
// median of 10, each into a fresh list.
/** The window's DOM globals (`document`, `createFragment`, `HTMLElement`, …) on `globalThis`, as in Obsidian; returns the restorer. */
function windowGlobals(win: Record<string, unknown>): () => void {
  const added: string[] = [];
  const names = new Set<string>();
  for (let o: object | null = win; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) names.add(name);
  }
  for (const name of names) {
    if (name in globalThis || name.startsWith('on') || name === 'constructor') continue;
    let value: unknown;
    try {
      value = win[name];
    } catch {
      continue;
    }
    const bound = typeof value === 'function' && !/^[A-Z]/.test(name) ? (value as (...a: unknown[]) => unknown).bind(win) : value;
    Object.defineProperty(globalThis, name, { value: bound, configurable: true, writable: true });
    added.push(name);
  }
  return () => {
    for (const name of added) Reflect.deleteProperty(globalThis, name);
  };
}

async function dashboard(): Promise<void> {
  try {
    const { Window } = await import('happy-dom');
    const { installObsidianDom } = await import('../harness/dom');
    const { ActionList } = await import('../../src/plugin/dashboard/action-list');
    const { DEFAULT_QUERY, queryActions, sortRows } = await import('../../src/core/actions/query');
    const { labelAnswer } = await import('../../src/plugin/dashboard/groups');
    const win = new Window();
    const uninstall = installObsidianDom(win as unknown as globalThis.Window);
    const unglobal = windowGlobals(win as unknown as Record<string, unknown>);
    const open = sortRows(
      rebuilt
        .allActions()
        .filter((row) => row.status === 'open')
        .slice(0, 5000),
    );
    const today = '2026-06-15';
    const deps = {
      language: () => 'nl' as const,
      today: () => today,
      renderText: (text: string, el: HTMLElement) => {
        el.textContent = text;
      },
      toggle: () => undefined,
      open: () => undefined,
      followLink: () => undefined,
      isNewTab: () => false,
    };
    const draws: number[] = [];
    const queries: number[] = [];
    let drawn = 0;
    for (let i = 0; i < 11; i += 1) {
      const host = (win.document.body as unknown as HTMLElement).createDiv();
      let answer = labelAnswer(queryActions(open, DEFAULT_QUERY, today), 'nl');
      const q = time(() => {
        answer = labelAnswer(queryActions(open, DEFAULT_QUERY, today), 'nl');
      });
      const t = time(() => {
        const list = new ActionList(host, deps, { groupBy: DEFAULT_QUERY.groupBy });
        list.setGroups(answer.groups);
        drawn = list.drawnRows;
      });
      host.remove();
      if (i > 0) {
        draws.push(t);
        queries.push(q);
      }
    }
    unglobal();
    uninstall();
    await win.happyDOM.close();
    console.log(
      `\n== dashboard first render ==\n${open.length} open actions: query ${ms(median(queries))}, first draw ${ms(median(draws))} (median of 10; ${drawn} rows drawn, the rest paged or collapsed)`,
    );
  } catch (e) {
    console.log(`\n== dashboard first render ==\nnot measured: ${e instanceof Error ? e.message : String(e)}`);
  }
}
// ==== END DASHBOARD FIRST RENDER ====

/** ours / floor B in process on the rough vault (the one the team did not write so kindly). */
function roughInProcess(): void {
  const root = `${ROUGH_ROOT}-in-process`;
  const manifest = generateVault(root, PROCESS_NOTES, 13, 'rough', Math.round(PROCESS_NOTES / 2));
  const list = manifest.files.map((rel) => ({ rel, abs: join(root, rel) }));
  floorB(list);
  ours(list);
  const b: number[] = [];
  const o: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      b.push(time(() => floorB(list)));
      o.push(time(() => void ours(list)));
    } else {
      o.push(time(() => void ours(list)));
      b.push(time(() => floorB(list)));
    }
  }
  console.log(
    `\n== index build in process, rough vault (${manifest.coaching.length} coaching + ${manifest.files.length - manifest.coaching.length} other notes, ${mb(manifest.bytes)}) ==\nfloor B ${ms(median(b))}, ours ${ms(median(o))}: ours / floor B ${(median(o) / median(b)).toFixed(2)}×`,
  );
}

void dashboard().then(() => {
  roughInProcess();
  processFigures();
  if (sink < 0) console.log(sink);
  if (differences > 0) {
    console.log(`\nFAIL: ${differences} notes where ours and the reference differ`);
    process.exit(1);
  }
});

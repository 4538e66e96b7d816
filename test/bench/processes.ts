/**
 * The CLI as the user runs it (issue 13): whole processes — `node dist/cli.cjs …` — against the
 * floor process (`dist/bench-floor.cjs`: start Node, walk, read, split, regex-scan), in
 * alternating rounds, medians. stdout goes to /dev/null (the printing is the CLI's own cost, the
 * terminal's is not measured). Vault: the rough shape (`generate.ts`), by default 10,000 coaching
 * notes + 5,000 other notes, first brought up to date by one `parse --write`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateVault } from './generate';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

const cli = resolve(process.cwd(), 'dist', 'cli.cjs');
const floor = resolve(process.cwd(), 'dist', 'bench-floor.cjs');

function timeProcess(args: readonly string[]): { ms: number; code: number | null } {
  const devNull = openSync('/dev/null', 'w');
  try {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, {
      stdio: ['ignore', devNull, 'pipe'],
      env: { ...process.env, GROW_COACH_LANG: 'en' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ms: performance.now() - t0, code: result.status };
  } finally {
    closeSync(devNull);
  }
}

export interface Measure {
  name: string;
  args: string[];
  budget?: number;
}

export function benchProcesses(options: { coaching: number; others: number; rounds: number; root: string; label?: string }): Record<string, number> {
  const t0 = performance.now();
  // Written fresh every time: the runs below write properties into it.
  rmSync(options.root, { recursive: true, force: true });
  const manifest = generateVault(options.root, options.coaching, 13, 'rough', options.others);
  const vault = options.root;
  console.log(
    `\n== the CLI as whole processes${options.label ? ` (${options.label})` : ''} ==\nvault: ${vault} — rough shape, ${options.coaching} coaching + ${options.others} other notes, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MB (ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const measure = (measures: readonly Measure[], title: string): Record<string, number> => {
    const times = new Map<string, number[]>(measures.map((m) => [m.name, []]));
    const codes = new Map<string, number | null>();
    timeProcess([floor, vault]);
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 === 0 ? measures : [...measures].reverse();
      for (const m of order) {
        const { ms, code } = timeProcess(m.args);
        times.get(m.name)!.push(ms);
        codes.set(m.name, code);
      }
    }
    const floorMs = median(times.get(measures[0]!.name)!);
    const out: Record<string, number> = {};
    console.log(title);
    for (const m of measures) {
      const t = median(times.get(m.name)!);
      out[m.name] = t;
      const ratio = t / floorMs;
      const budget = m.budget === undefined ? '' : `  (budget ≤ ${m.budget}×${ratio <= m.budget ? '' : ', OVER'})`;
      console.log(`  ${m.name.padEnd(44)} ${`${t.toFixed(0)} ms`.padStart(9)}  ${ratio.toFixed(2)}× floor${budget}  exit ${codes.get(m.name)}`);
    }
    return out;
  };
  const FLOOR: Measure = { name: 'floor process (walk + read + split + regex)', args: [floor, vault] };
  const START: Measure = { name: 'node -e 0 (start-up alone)', args: ['-e', '0'] };
  // As generated: no note written by GROW Coach yet.
  measure(
    [
      FLOOR,
      { name: 'actions --json', args: [cli, 'actions', vault, '--json'], budget: 3 },
      { name: 'actions (text listing)', args: [cli, 'actions', vault], budget: 3.5 },
      { name: 'parse --check (every coaching note stale)', args: [cli, 'parse', vault, '--check'], budget: 5 },
      START,
    ],
    `${options.rounds} alternating rounds, medians; the vault as generated (no properties written yet):`,
  );
  const first = timeProcess([cli, 'parse', vault, '--write']);
  console.log(`first parse --write (every coaching note written): ${(first.ms / 1000).toFixed(2)} s, exit ${first.code}`);
  const out = measure(
    [
      FLOOR,
      { name: 'actions --json', args: [cli, 'actions', vault, '--json'], budget: 3 },
      { name: 'actions (text listing)', args: [cli, 'actions', vault], budget: 3.5 },
      { name: 'parse --check', args: [cli, 'parse', vault, '--check'], budget: 5 },
      { name: 'parse --write, nothing changed', args: [cli, 'parse', vault, '--write'] },
    ],
    'after that first parse --write (properties in every coaching note):',
  );
  const check = out['parse --check'] ?? 0;
  const noop = out['parse --write, nothing changed'] ?? 0;
  console.log(`parse --write with nothing changed / parse --check: ${(noop / check).toFixed(2)}×`);

  // --write proportional to the notes that change: tick one action in 1 % and in 10 % of the coaching notes.
  for (const share of [0.01, 0.1]) {
    const changed = manifest.coaching.filter((_, i) => i % Math.round(1 / share) === 0);
    const runs: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const rel of changed) {
        const file = join(vault, rel);
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, round % 2 === 0 ? text.replace('- [ ]', '- [x]') : text.replace('- [x]', '- [ ]'));
      }
      runs.push(timeProcess([cli, 'parse', vault, '--write']).ms);
    }
    const t = median(runs);
    console.log(
      `parse --write, ${changed.length} notes changed (${share * 100} %): ${t.toFixed(0)} ms — ${((t - noop) / changed.length).toFixed(2)} ms per changed note above the unchanged run`,
    );
  }
  return out;
}

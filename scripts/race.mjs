// The long race of issue 13: `node scripts/race.mjs [RUNS]` (default 150 per mode) races
// `grow-coach parse <note> --write` against an editor process that saves the same note 30 times, 0–40 ms apart
// (in place, then by rename) and counts the runs where the editor's last save is not in the note
// afterwards. Needs `npm run build`. Exits 1 when a save was lost. The test suite runs 5 per mode.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const runs = Number(process.argv[2] ?? 150);
const cli = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bin', 'grow-coach.cjs');
const SESSION = ['---', 'type: coaching-session', "client: '[[Anna]]'", '---', '## Doel', 'Rust.', '', '## Wil', '- [ ] Piet bellen 📅 2026-12-01', ''].join(
  '\n',
);

const EDITOR = `
  const fs = require('node:fs');
  const [file, mode, saves, seed] = process.argv.slice(1);
  let s = Number(seed);
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const base = fs.readFileSync(file, 'utf8');
  let i = 0;
  const tick = () => {
    i += 1;
    const text = base + '<!-- save ' + i + ' -->\\n';
    if (mode === 'in-place') fs.writeFileSync(file, text);
    else { fs.writeFileSync(file + '.editor~', text); fs.renameSync(file + '.editor~', file); }
    if (i < Number(saves)) setTimeout(tick, Math.floor(rand() * 40)); else process.stdout.write('save ' + i);
  };
  tick();`;

const finish = (child) =>
  new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', () => resolve(out));
  });

for (const mode of ['in-place', 'rename']) {
  let lost = 0;
  let updated = 0;
  const t0 = Date.now();
  for (let run = 0; run < runs; run += 1) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'grow-race-'));
    mkdirSync(path.join(dir, 'Coaching'));
    const file = path.join(dir, 'Coaching', 'sessie.md');
    writeFileSync(file, SESSION);
    const saving = finish(spawn(process.execPath, ['-e', EDITOR, file, mode, '30', String(run + 1)]));
    await sleep(30 + ((run * 37) % 120));
    const parse = finish(spawn(process.execPath, [cli, 'parse', file, '--write'], { env: { ...process.env, GROW_COACH_LANG: 'en' } }));
    const last = await saving;
    if ((await parse).includes('updated 1')) updated += 1;
    const text = readFileSync(file, 'utf8');
    if (!text.includes(`<!-- ${last} -->`)) lost += 1;
    if (readdirSync(path.join(dir, 'Coaching')).some((n) => n.endsWith('.tmp'))) console.log(`run ${run}: a temporary file was left`);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${mode}: ${runs} races, ${lost} saves lost, the CLI wrote during ${updated} of them (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  if (lost > 0) process.exitCode = 1;
}

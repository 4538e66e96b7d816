/**
 * `writeNoteSafely` and `parse --write` lose nothing: another program's save in every window of a
 * write is kept (put there exactly, through the module's write stages, and by a real editor process
 * racing the CLI), owner, group and mode stay, read-only and hard-linked notes and links out of the
 * vault are refused by name, a full disk leaves the note and no temporary file, signals and kills
 * leave no temporary file behind for long, and `new` never leaves an empty note.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs, { chmodSync, chownSync, linkSync, readFileSync, readdirSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createNoteSafely } from '../../src/cli/create-note';
import { writeNoteSafely, writeStages } from '../../src/cli/safe-write';
import { refusalMessage } from '../../src/cli/fault-messages';
import { runCli } from './run-cli';
import { NOBODY, SESSION, barredDir, cleanUp, fill, isRoot, runBarred, smallDisk, startCli, tempDir, write } from './run-as';

afterAll(cleanUp);
afterEach(() => {
  vi.restoreAllMocks();
  delete writeStages.afterRead;
  delete writeStages.beforeCheck;
  delete writeStages.beforeRename;
});

/** The update under test: append a marker line (a pure function of the text, as required). */
const mark = (text: string): string => `${text}<!-- marked -->\n`;
const temps = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** A group of this user's other than the one new files get, or null when they are in one group only. */
function otherGroup(): number | null {
  const primary = process.getgid?.();
  return process.getgroups?.().find((g) => g !== primary) ?? null;
}

describe('another program saves while the note is written: its save is kept', () => {
  const stages = ['afterRead', 'beforeCheck', 'beforeRename'] as const;
  for (const stage of stages) {
    it(`a save in place ${stage}: the update is applied on top of it`, () => {
      const dir = tempDir();
      const file = write(dir, 'note.md', 'first\n');
      let saved = false;
      writeStages[stage] = (real) => {
        if (saved) return;
        saved = true;
        writeFileSync(real, 'the coach typed this\n');
      };
      expect(writeNoteSafely(file, mark)).toEqual({ status: 'written' });
      expect(readFileSync(file, 'utf8')).toBe('the coach typed this\n<!-- marked -->\n');
      expect(temps(dir)).toEqual([]);
    });
  }

  for (const stage of ['afterRead', 'beforeCheck'] as const) {
    it(`a save by rename ${stage}: the update is applied on top of it`, () => {
      const dir = tempDir();
      const file = write(dir, 'note.md', 'first\n');
      let saved = false;
      writeStages[stage] = (real) => {
        if (saved) return;
        saved = true;
        writeFileSync(`${real}.editor`, 'saved by rename\n');
        renameSync(`${real}.editor`, real);
      };
      expect(writeNoteSafely(file, mark)).toEqual({ status: 'written' });
      expect(readFileSync(file, 'utf8')).toBe('saved by rename\n<!-- marked -->\n');
    });
  }

  it('a note that never stops changing is refused, with the other program’s latest save in place', () => {
    const dir = tempDir();
    const file = write(dir, 'note.md', 'first\n');
    let n = 0;
    writeStages.beforeCheck = (real) => writeFileSync(real, `save ${++n}\n`);
    expect(writeNoteSafely(file, mark)).toEqual({ status: 'refused', refusal: { kind: 'kept-changing' } });
    expect(readFileSync(file, 'utf8')).toBe(`save ${n}\n`);
    expect(temps(dir)).toEqual([]);
  });

  it('nothing to change: nothing is written (same inode, same mtime, no temporary file)', () => {
    const dir = tempDir();
    const file = write(dir, 'note.md', 'as it is\n');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, past, past);
    const before = statSync(file);
    expect(writeNoteSafely(file, () => null)).toEqual({ status: 'unchanged' });
    expect(writeNoteSafely(file, (t) => t)).toEqual({ status: 'unchanged' });
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(temps(dir)).toEqual([]);
  });
});

/** An editor process that saves the note `saves` times, in place or by rename, at random short intervals. */
function editor(file: string, mode: 'in-place' | 'rename', saves: number, seed: number): Promise<string> {
  const script = `
    const fs = require('node:fs');
    const [file, mode, saves, seed] = process.argv.slice(1);
    let s = Number(seed);
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const base = fs.readFileSync(file, 'utf8').replace(/<!-- save \\d+ -->\\n$/, '');
    let i = 0;
    const tick = () => {
      i += 1;
      const text = base + '<!-- save ' + i + ' -->\\n';
      if (mode === 'in-place') fs.writeFileSync(file, text);
      else { fs.writeFileSync(file + '.editor~', text); fs.renameSync(file + '.editor~', file); }
      if (i < Number(saves)) setTimeout(tick, Math.floor(rand() * 40)); else process.stdout.write('save ' + i);
    };
    tick();`;
  const child = spawn(process.execPath, ['-e', script, file, mode, String(saves), String(seed)]);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('close', () => resolve(out)));
}

/**
 * Races `parse <note> --write` against an editor; after both end, the note must hold the editor's
 * last save. 5 races per mode here; `node scripts/race.mjs 150` runs the long version.
 */
async function race(mode: 'in-place' | 'rename', runs: number): Promise<number> {
  let lost = 0;
  for (let run = 0; run < runs; run += 1) {
    const dir = tempDir();
    const file = write(dir, 'Coaching/sessie.md', SESSION);
    // The editor saves 30 times over about 600 ms; the CLI starts while it does.
    const saving = editor(file, mode, 30, run + 1);
    await sleep(30 + ((run * 37) % 120));
    const cli = startCli(['parse', file, '--write']);
    const last = await saving;
    await cli.done;
    const text = readFileSync(file, 'utf8');
    if (!text.includes(`<!-- ${last} -->`)) lost += 1;
    expect(temps(path.dirname(file))).toEqual([]);
  }
  return lost;
}

describe('a real editor racing parse --write', () => {
  it('saving in place: no save lost in 5 races', async () => {
    expect(await race('in-place', 5)).toBe(0);
  }, 120_000);
  it('saving by rename: no save lost in 5 races', async () => {
    expect(await race('rename', 5)).toBe(0);
  }, 120_000);
});

describe('what the user relies on stays', () => {
  it("a note keeps its owner, group and mode (as root: a user's note stays the user's)", () => {
    const dir = tempDir();
    const file = write(dir, 'Coaching/sessie.md', SESSION);
    // As root, the note is given to nobody; as a user, to a second group of theirs when they have one.
    const owner = isRoot ? { uid: NOBODY, gid: NOBODY } : { uid: statSync(file).uid, gid: otherGroup() ?? statSync(file).gid };
    chownSync(file, owner.uid, owner.gid);
    chmodSync(file, 0o640);
    const result = runCli(['parse', file, '--write']);
    expect(result.code).toBe(0);
    const st = statSync(file);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([owner.uid, owner.gid, 0o640]);
    expect(readFileSync(file, 'utf8')).toContain('grow_open: 1');
  });

  it('a user who could not give the note back to its owner is refused, nothing changed', () => {
    if (isRoot) {
      // The real case: a note that root owns and nobody may write, written by nobody.
      const dir = barredDir();
      const file = write(dir, 'sessie.md', SESSION);
      chmodSync(file, 0o666);
      const result = runBarred(['parse', file, '--write']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('belongs to user 0 (group 0) and this user cannot give it back');
      expect(readFileSync(file, 'utf8')).toBe(SESSION);
      expect(statSync(file).uid).toBe(0);
      expect(temps(dir)).toEqual([]);
      return;
    }
    // Without root no other user's note can be made, so the system is made to say what it says then:
    // the temporary file has another owner than the note, and giving it back is not permitted.
    const dir = tempDir();
    const file = write(dir, 'sessie.md', SESSION);
    const note = statSync(file, { bigint: true });
    const realFstat = fs.fstatSync.bind(fs) as (fd: number, o?: fs.StatOptions) => fs.Stats | fs.BigIntStats;
    vi.spyOn(fs, 'fstatSync').mockImplementation((fd: number, options?: fs.StatOptions) => {
      const st = realFstat(fd, options);
      if (!('uid' in st) || typeof st.uid !== 'bigint' || st.ino === note.ino) return st;
      return Object.assign(Object.create(Object.getPrototypeOf(st) as object) as fs.BigIntStats, st, { uid: st.uid + 1n });
    });
    vi.spyOn(fs, 'fchownSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, fchown'), { code: 'EPERM' });
    });
    const outcome = writeNoteSafely(file, mark);
    expect(outcome).toEqual({ status: 'refused', refusal: { kind: 'owner', uid: Number(note.uid), gid: Number(note.gid) } });
    if (outcome.status !== 'refused') return;
    expect(refusalMessage(outcome.refusal)).toContain(`belongs to user ${note.uid} (group ${note.gid}) and this user cannot give it back`);
    expect(readFileSync(file, 'utf8')).toBe(SESSION);
    expect(temps(dir)).toEqual([]);
  });

  it('a read-only note is refused with a message (even as root), and left alone', () => {
    const dir = tempDir();
    const file = write(dir, 'Coaching/sessie.md', SESSION);
    chmodSync(file, 0o444);
    const result = runCli(['parse', dir, '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('refused: Coaching/sessie.md: is read-only; nothing was changed');
    expect(readFileSync(file, 'utf8')).toBe(SESSION);
    expect(runCli(['parse', dir, '--write', '--lang', 'nl']).stdout).toContain('is alleen-lezen');
  });

  it('a hard-linked note is refused by name; both names keep the same text', () => {
    const dir = tempDir();
    const file = write(dir, 'Coaching/sessie.md', SESSION);
    linkSync(file, path.join(dir, 'elsewhere.md'));
    const result = runCli(['parse', file, '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('has 2 hard links');
    expect(readFileSync(path.join(dir, 'elsewhere.md'), 'utf8')).toBe(SESSION);
    expect(statSync(file).ino).toBe(statSync(path.join(dir, 'elsewhere.md')).ino);
  });

  it('a link to a file outside the vault is never written through', () => {
    const outside = tempDir();
    const target = write(outside, 'private.md', SESSION);
    const vault = tempDir();
    write(vault, '.obsidian/app.json', '{}');
    symlinkSync(target, path.join(vault, 'Coaching-link.md'));
    write(vault, 'Coaching/x.md', '');
    symlinkSync(target, path.join(vault, 'Coaching', 'link.md'));
    const result = runCli(['parse', vault, '--write']);
    expect(result.stdout).toContain(`Coaching/link.md: is a link to ${target}, outside the vault`);
    expect(readFileSync(target, 'utf8')).toBe(SESSION);
    const single = runCli(['parse', path.join(vault, 'Coaching-link.md'), '--write']);
    expect(single.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe(SESSION);
  });
});

describe('a full disk', () => {
  it('parse --write: "the disk is full", the note as it was, no temporary file', async () => {
    const disk = await smallDisk(256 * 1024);
    const file = write(disk.seen, 'Coaching/sessie.md', SESSION);
    fill(disk.seen);
    const result = disk.runCli(['parse', disk.folder, '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Coaching/sessie.md: cannot be written: the disk is full (ENOSPC); nothing was changed. Free some disk space');
    expect(readFileSync(file, 'utf8')).toBe(SESSION);
    expect(temps(path.dirname(file))).toEqual([]);
    expect(disk.runCli(['parse', disk.folder, '--write', '--lang', 'nl']).stdout).toContain('de schijf is vol');
  });

  it('new: no note at all (not an empty one), no temporary file, exit 1', async () => {
    const disk = await smallDisk(256 * 1024);
    write(disk.seen, 'Coaching/.keep', '');
    fill(disk.seen);
    const result = disk.runCli(['new', disk.folder, '--client', 'Anna de Vries', '--date', '2026-12-01']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the disk is full');
    const left = spawnSync('find', [disk.seen, '-name', '*.md'], { encoding: 'utf8' }).stdout.trim();
    expect(left).toBe('');
    expect(spawnSync('find', [disk.seen, '-name', '*.tmp'], { encoding: 'utf8' }).stdout.trim()).toBe('');
  });

  it('createNoteSafely never replaces an existing file', () => {
    const dir = tempDir();
    const file = write(dir, 'n.md', 'mine\n');
    expect(createNoteSafely(file, 'theirs\n')).toEqual({ status: 'exists' });
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(createNoteSafely(path.join(dir, 'new.md'), 'fresh\n')).toEqual({ status: 'created' });
    expect(temps(dir)).toEqual([]);
  });
});

describe('temporary files', () => {
  it('those of a run that is gone are removed at the start of the next; those of a live run are kept', () => {
    const dir = tempDir();
    write(dir, 'Coaching/sessie.md', SESSION);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const sleeper = spawn('sleep', ['30']);
    try {
      write(dir, `Coaching/.grow-coach-${dead}-0a1b2c3d4e.tmp`, 'a confidential copy');
      write(dir, `Coaching/.grow-coach-${sleeper.pid}-0a1b2c3d4e.tmp`, 'being written');
      const result = runCli(['actions', dir, '--json']);
      expect(result.stderr).toContain(`Coaching/.grow-coach-${dead}-0a1b2c3d4e.tmp: removed a temporary file left by an interrupted run`);
      expect(temps(path.join(dir, 'Coaching'))).toEqual([`.grow-coach-${sleeper.pid}-0a1b2c3d4e.tmp`]);
    } finally {
      sleeper.kill();
    }
  });

  it('SIGTERM, SIGINT or SIGHUP during parse --write: every note old or complete, no temporary file left', async () => {
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      const dir = tempDir();
      for (let i = 0; i < 1500; i += 1) write(dir, `Coaching/${i % 10}/s${i}.md`, SESSION);
      const cli = startCli(['parse', dir, '--write']);
      // Wait until it is writing, then signal it.
      await new Promise<void>((resolve) => {
        cli.child.stdout?.once('data', () => resolve());
        cli.child.once('close', () => resolve());
      });
      cli.child.kill(signal);
      await cli.done;
      const left = spawnSync('find', [dir, '-name', '*.tmp'], { encoding: 'utf8' }).stdout.trim();
      expect(left, signal).toBe('');
      for (let i = 0; i < 1500; i += 1) {
        const text = readFileSync(path.join(dir, `Coaching/${i % 10}/s${i}.md`), 'utf8');
        expect(text === SESSION || text.includes('grow_open: 1\ngrow_done: 1')).toBe(true);
      }
    }
  }, 120_000);
});

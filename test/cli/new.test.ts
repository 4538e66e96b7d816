import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runNew } from '../../src/cli/commands/new';
import { run as runTemplates } from '../../src/cli/commands/templates';
import { UsageError, type CliIO } from '../../src/cli/io';
import { readNote } from '../../src/core/note/remark-reading';

const temp = mkdtempSync(path.join(tmpdir(), 'grow-coach-new-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let vaultCount = 0;
function vault(files: Record<string, string> = {}): string {
  const root = path.join(temp, `vault-${(vaultCount += 1)}`);
  mkdirSync(root, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** Every file below `root`, vault-relative. */
function tree(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as { isFile(): boolean; parentPath: string; name: string }[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function cli(command: typeof runNew, args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await command(args, io);
  return { code, out, err };
}

describe('grow-coach new', () => {
  it('creates a numbered session that opens with the open actions of the earlier one', async () => {
    const root = vault({
      'Coaching/Bram Jansen/2026-10-01 sessie 1.md': '---\nclient: "[[Bram Jansen]]"\ndate: 2026-10-01\n---\n## Wil\n- [ ] Bram’s own action\n',
    });
    const first = await cli(runNew, [root, '--client', 'Anna de Vries', '--lang', 'nl', '--date', '2026-11-03']);
    expect(first).toEqual({ code: 0, out: ['Coaching/Anna de Vries/2026-11-03 sessie 1.md'], err: [] });
    const file = path.join(root, 'Coaching/Anna de Vries/2026-11-03 sessie 1.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- [ ] \n', '- [ ] Feedback vragen aan Piet 📅 2026-11-10\n'));

    const second = await cli(runNew, [root, '--client', 'Anna de Vries', '--lang', 'nl', '--date', '2026-11-17']);
    expect(second.out).toEqual(['Coaching/Anna de Vries/2026-11-17 sessie 2.md']);
    const text = readFileSync(path.join(root, second.out[0] ?? ''), 'utf8');
    expect(text).toContain('session: 2');
    expect(text).toContain(
      '- Feedback vragen aan Piet (uiterlijk 10 november 2026, datum verstreken) — [[Coaching/Anna de Vries/2026-11-03 sessie 1|2026-11-03 sessie 1]]',
    );
    expect(text).not.toContain('Bram');
    expect(readNote(text, 'x.md').actions).toEqual([]);
  });

  it('never overwrites: a taken name gets a suffix and the old file stays as it was', async () => {
    const root = vault({ 'Coaching/Anna/2026-11-03 session 1.md': 'keep me\n' });
    const result = await cli(runNew, [root, '--client', 'Anna', '--lang', 'en', '--date', '2026-11-03']);
    expect(result.out).toEqual(['Coaching/Anna/2026-11-03 session 1 (2).md']);
    expect(readFileSync(path.join(root, 'Coaching/Anna/2026-11-03 session 1.md'), 'utf8')).toBe('keep me\n');
  });

  it('keeps a hostile client name inside the vault, and literal in the note', async () => {
    const root = vault();
    const result = await cli(runNew, [root, '--client', '../../{{x}} <b>', '--lang', 'en', '--date', '2026-11-03', '--template', 'intake']);
    expect(result.out).toEqual(['Coaching/{{x}} b/2026-11-03 intake.md']);
    expect(tree(root)).toEqual(['Coaching/{{x}} b/2026-11-03 intake.md']);
    expect(readFileSync(path.join(root, result.out[0] ?? ''), 'utf8')).toContain('# Intake with ../../{{x}} <b>,');
  });

  it('uses a user template of the same name, and reports a broken one with file and line, creating nothing', async () => {
    const root = vault({ 'Templates/GROW Coach/grow-session.hbs': '---\ntype: coaching-session\n---\n# Eigen sessie met {{client}}\n' });
    const ok = await cli(runNew, [root, '--client', 'Anna', '--lang', 'nl', '--date', '2026-11-03']);
    expect(readFileSync(path.join(root, ok.out[0] ?? ''), 'utf8')).toBe('---\ntype: coaching-session\n---\n# Eigen sessie met Anna\n');

    writeFileSync(path.join(root, 'Templates/GROW Coach/grow-session.hbs'), '---\ntype: coaching-session\n---\n\n# {{client\n');
    const before = tree(root);
    const broken = await cli(runNew, [root, '--client', 'Anna', '--lang', 'nl', '--date', '2026-11-10']);
    expect(broken.code).toBe(2);
    expect(broken.out).toEqual([]);
    expect(broken.err[0]).toMatch(/^grow-coach new: Templates\/GROW Coach\/grow-session\.hbs:5: template error on line 5: /);
    expect(broken.err[1]).toBe('grow-coach new: no note was created.');
    expect(tree(root)).toEqual(before);
  });

  it('reads templates from --templates PATH and does not count them as sessions', async () => {
    const root = vault({ 'Templates/GROW Coach/check-in.md': '---\ntype: coaching-session\nclient: "[[Anna]]"\n---\n- [ ] x\n' });
    const elsewhere = path.join(temp, 'own-templates');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(
      path.join(elsewhere, 'check-in.md'),
      '{{!--\nnoteName: "{{date}} check-in {{sessionNumber}}"\n--}}\n---\ntype: coaching-session\n---\nCheck-in {{sessionNumber}}\n',
    );
    const result = await cli(runNew, [root, '--client', 'Anna', '--template', 'check-in', '--templates', elsewhere, '--date', '2026-11-03', '--lang', 'en']);
    expect(result.out).toEqual(['Coaching/Anna/2026-11-03 check-in 1.md']);
  });

  it('refuses what it cannot do, with a usage error', async () => {
    const root = vault();
    await expect(cli(runNew, [root, '--lang', 'nl'])).rejects.toThrow(/--client NAME/);
    await expect(cli(runNew, [root, '--client', 'A', '--template', 'reflective-questions'])).rejects.toThrow(/block/);
    await expect(cli(runNew, [root, '--client', 'A', '--template', 'nope'])).rejects.toThrow(/no template "nope"/);
    await expect(cli(runNew, [root, '--client', 'A', '--lang', 'de'])).rejects.toThrow(UsageError);
    await expect(cli(runNew, [root, '--client', 'A', '--date', '2026-02-30'])).rejects.toThrow(UsageError);
    expect(tree(root)).toEqual([]);
  });
});

describe('grow-coach templates', () => {
  it('lists name, kind and title in the chosen language', async () => {
    const nl = await cli(runTemplates, ['--lang', 'nl']);
    expect(nl.code).toBe(0);
    expect(nl.out).toEqual([
      'grow-session           notitie  GROW-sessie',
      'reflective-questions   blok     Reflectieve vragen',
      'intake                 notitie  Intakegesprek',
      'midway-evaluation      notitie  Tussenevaluatie',
      'closing-conversation   notitie  Afsluitend driegesprek',
      'iceberg-reflection     notitie  IJsbergreflectie',
      'leadership-reflection  blok     Leiderschapsreflectie',
    ]);
    const en = await cli(runTemplates, ['--lang', 'en']);
    expect(en.out[4]).toBe('closing-conversation   note   Closing three-way meeting');
  });

  it("with a vault, lists the coach's own templates and warns about a broken one", async () => {
    const root = vault({ 'Templates/GROW Coach/intake.hbs': '{{!-- title: Mijn intake --}}\n---\n---\n', 'Templates/GROW Coach/kapot.md': 'a\n{{#if}}\n' });
    const result = await cli(runTemplates, [root, '--lang', 'nl']);
    expect(result.out).toContain('intake                 notitie  Mijn intake  (eigen sjabloon: Templates/GROW Coach/intake.hbs)');
    expect(result.out).toContain('kapot                  blok     kapot  (eigen sjabloon: Templates/GROW Coach/kapot.md; fout, zie hierboven)');
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^warning: Templates\/GROW Coach\/kapot\.md:2: template error on line 2: this {{#…}} block is never closed/);
  });
});

describe('the built CLI', () => {
  const bundle = path.join(temp, 'cli.cjs');
  beforeAll(async () => {
    await build({
      entryPoints: [path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      loader: { '.hbs': 'text' },
      logLevel: 'silent',
    });
  });

  it('creates the note and prints its path; a broken template exits 2 with the file and line', async () => {
    const exec = promisify(execFile);
    const root = vault();
    const { stdout } = await exec(process.execPath, [bundle, 'new', root, '--client', 'Anna', '--lang', 'en', '--date', '2026-11-03']);
    expect(stdout).toBe('Coaching/Anna/2026-11-03 session 1.md\n');
    expect(existsSync(path.join(root, 'Coaching/Anna/2026-11-03 session 1.md'))).toBe(true);

    mkdirSync(path.join(root, 'Templates/GROW Coach'), { recursive: true });
    writeFileSync(path.join(root, 'Templates/GROW Coach/grow-session.hbs'), '{{#each openActions}}\n');
    const failed = await exec(process.execPath, [bundle, 'new', root, '--client', 'Anna', '--lang', 'en']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/Templates\/GROW Coach\/grow-session\.hbs:\d+: template error/);
  });
});

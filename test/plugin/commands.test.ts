/**
 * The commands, through the built main.js in the harness: templates inserted and merged, a new
 * session created and opened, templates exported without overwriting, properties parsed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../src/core/note/dates';
import type { LoadedPlugin } from '../harness/load-plugin';
import { fixtureVault, readNote, start, tempVault, writeNote, tearDown } from './helpers';

let loaded: LoadedPlugin | null = null;
let vault = '';

afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

interface EditorLike {
  getValue(): string;
  setCursor(pos: { line: number; ch: number }): void;
  replaceRange(text: string, from: { line: number; ch: number }): void;
}

/** Opens a note in an editor leaf and makes it active. */
async function openInEditor(l: LoadedPlugin, file: string): Promise<EditorLike> {
  const tfile = l.app.vault.getFileByPath(file);
  if (!tfile) throw new Error(`no ${file}`);
  const leaf = l.app.workspace.getLeaf(true);
  await leaf.openFile(tfile, { active: true });
  l.app.workspace.setActiveLeaf(leaf, { focus: true });
  await l.flush();
  const view = leaf.view as unknown as { editor: EditorLike };
  return view.editor;
}

interface ModalLike {
  setQuery(q: string): Promise<unknown[]>;
  chooseSuggestion(which: number | ((item: never) => boolean)): unknown;
  suggestions(): unknown[];
}

function topModal(l: LoadedPlugin): ModalLike {
  const modal = l.modals[l.modals.length - 1];
  if (!modal) throw new Error('no modal open');
  return modal as unknown as ModalLike;
}

function commandNames(l: LoadedPlugin): string[] {
  return l.commands().map((c) => c.name);
}

describe('commands', () => {
  it('are named in sentence case, in the UI language, with no default hotkeys', async () => {
    vault = tempVault();
    loaded = await start(vault);
    expect(commandNames(loaded).sort()).toEqual(
      [
        'Export built-in templates',
        'Insert GROW session',
        'Insert reflective questions',
        'Insert template…',
        'New coaching session…',
        'Open actions dashboard',
        'Parse all coaching notes',
        'Parse note into properties',
        'Open client overview',
        'Create sponsor summary',
        'Export coaching hours log',
      ]
        .map((n) => `GROW Coach: ${n}`)
        .sort(),
    );
    for (const c of loaded.commands()) {
      expect(c.hotkeys ?? []).toEqual([]);
      expect(c.id).not.toMatch(/command/i);
      expect(c.id.split(':')[1]).not.toContain('grow-coach');
    }
  });

  it('are in Dutch when Obsidian speaks Dutch', async () => {
    vault = tempVault();
    loaded = await start(vault, { language: 'nl' });
    expect(commandNames(loaded)).toContain('GROW Coach: Actiedashboard openen');
  });
});

describe('inserting templates', () => {
  const NOTE = 'Coaching/Bram/2026-11-20 intake.md';
  const TEXT = ['---', 'client: "[[Bram]]"', 'date: 2026-11-20', 'mood: good', '---', '# Intake', '', 'Some notes.', ''].join('\n');

  it('"Insert reflective questions" inserts the block at the cursor', async () => {
    vault = tempVault();
    writeNote(vault, NOTE, TEXT);
    loaded = await start(vault);
    const editor = await openInEditor(loaded, NOTE);
    editor.setCursor({ line: 8, ch: 0 });
    expect(await loaded.runCommand('insert-reflective-questions')).toBe(true);
    await loaded.flush();
    const value = editor.getValue();
    expect(value.startsWith(TEXT.trimEnd())).toBe(true);
    expect(value).toContain('> [!question] Reflective questions');
    expect(loaded.errors).toEqual([]);
  });

  it('"Insert GROW session" into a note with frontmatter merges it: the note\'s keys win, new keys are added', async () => {
    vault = tempVault();
    writeNote(vault, NOTE, TEXT);
    loaded = await start(vault);
    const editor = await openInEditor(loaded, NOTE);
    editor.setCursor({ line: 8, ch: 0 });
    await loaded.runCommand('insert-grow-session');
    const value = editor.getValue();
    const frontmatter = value.slice(0, value.indexOf('\n---\n', 4));
    expect(frontmatter.match(/^client:/gm)).toHaveLength(1);
    expect(frontmatter).toContain('client: "[[Bram]]"');
    expect(frontmatter).toContain('mood: good');
    expect(frontmatter).toContain('type: coaching-session');
    expect(value).toContain('## Will');
    expect(value).toContain('Some notes.');
    // The editor saves it, as Obsidian does a moment later.
    await loaded.flush();
    expect(readNote(vault, NOTE)).toBe(value);
  });

  it('"Insert template…" lists the built-ins and the coach\'s own templates, and inserts the choice', async () => {
    vault = tempVault();
    writeNote(vault, NOTE, TEXT);
    writeNote(vault, 'Templates/GROW Coach/check-in.hbs', '{{!--\ntitle: Check-in\nkind: block\n--}}\n- Energy today for {{client}}: \n');
    loaded = await start(vault);
    const editor = await openInEditor(loaded, NOTE);
    editor.setCursor({ line: 8, ch: 0 });
    await loaded.runCommand('insert-template');
    const modal = topModal(loaded);
    const all = (await modal.setQuery('')) as { item: { title: string } }[];
    expect(all.map((m) => m.item.title)).toContain('Check-in');
    expect(all.map((m) => m.item.title)).toContain('GROW session');
    await modal.setQuery('check');
    modal.chooseSuggestion(0);
    await loaded.flush();
    expect(editor.getValue()).toContain('- Energy today for Bram:');
  });
});

describe('"New coaching session…"', () => {
  it('creates the next session of a known client with their open actions, and opens it', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    await loaded.runCommand('new-coaching-session');
    const modal = topModal(loaded);
    const found = (await modal.setQuery('anna')) as { name: string; isNew: boolean }[];
    expect(found).toEqual([
      { name: 'Anna de Vries', isNew: false },
      { name: 'anna', isNew: true },
    ]);
    modal.chooseSuggestion(0);
    await loaded.flush();
    const opened = loaded.opened[loaded.opened.length - 1];
    expect(opened?.path).toMatch(new RegExp(`^Coaching/Anna de Vries/${localToday()} session \\d+\\.md$`));
    const text = readNote(vault, opened?.path ?? '');
    expect(text).toContain('client: "[[Anna de Vries]]"');
    expect(text).toContain('Teamleider Piet vragen om feedback');
  });

  it('creates a first session for a new client typed in, and never overwrites', async () => {
    vault = tempVault();
    loaded = await start(vault);
    for (let i = 0; i < 2; i += 1) {
      await loaded.runCommand('new-coaching-session');
      const modal = topModal(loaded);
      const found = (await modal.setQuery('Chris Nieuw')) as { name: string; isNew: boolean }[];
      // Unknown the first time, a known client the second.
      expect(found[0]).toEqual({ name: 'Chris Nieuw', isNew: i === 0 });
      modal.chooseSuggestion(0);
      await loaded.flush();
    }
    const dir = path.join(vault, 'Coaching', 'Chris Nieuw');
    expect(fs.readdirSync(dir).sort()).toEqual([`${localToday()} session 1.md`, `${localToday()} session 2.md`]);
  });
  it("numbers only GROW sessions and shows the intake's goals, from the metadata cache", async () => {
    vault = tempVault();
    writeNote(
      vault,
      'Coaching/Dina/2020-01-06 intake.md',
      '---\ntype: coaching-session\nkind: intake\nclient: "[[Dina]]"\ndate: 2020-01-06\ngoals:\n  - Rustiger voorzitten\n  - Feedback vragen\nsessions_agreed: 5\nfrequency_weeks: 3\n---\n## Vervolgstappen\n- [ ] Tussenevaluatie plannen [owner:: coach]\n',
    );
    writeNote(vault, 'Coaching/Dina/2020-01-13 ijsbergreflectie.md', '---\ntype: coaching-session\nkind: iceberg\nclient: "[[Dina]]"\ndate: 2020-01-13\n---\n');
    loaded = await start(vault);
    await loaded.runCommand('new-coaching-session');
    const modal = topModal(loaded);
    await modal.setQuery('Dina');
    modal.chooseSuggestion(0);
    await loaded.flush();
    const opened = loaded.opened[loaded.opened.length - 1];
    expect(opened?.path).toBe(`Coaching/Dina/${localToday()} session 1.md`);
    const text = readNote(vault, opened?.path ?? '');
    expect(text).toContain('# Session 1 of 5 with Dina');
    expect(text).toContain('> - Rustiger voorzitten\n> - Feedback vragen');
    expect(text).toContain('> - Tussenevaluatie plannen — [[Coaching/Dina/2020-01-06 intake|2020-01-06 intake]]');
    expect(text).toContain('No open actions from earlier sessions.');
  });

  it("says so, naming the note, when the client's folder is a file", async () => {
    vault = tempVault();
    writeNote(vault, 'Coaching/Chris', 'a file where the folder should be');
    loaded = await start(vault);
    await loaded.runCommand('new-coaching-session');
    const modal = topModal(loaded);
    await modal.setQuery('Chris');
    modal.chooseSuggestion(0);
    await loaded.flush();
    const notice = loaded.notices[loaded.notices.length - 1]?.message ?? '';
    expect(notice).toMatch(new RegExp(`^Could not create Coaching/Chris/${localToday()} session 1\\.md: `));
    expect(loaded.errors).toEqual([]);
  });
});

describe('"Export built-in templates"', () => {
  it('writes the seven templates once and never overwrites one', async () => {
    vault = tempVault();
    loaded = await start(vault);
    await loaded.runCommand('export-built-in-templates');
    const dir = path.join(vault, 'Templates', 'GROW Coach');
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['closing-conversation', 'grow-session', 'iceberg-reflection', 'intake', 'leadership-reflection', 'midway-evaluation', 'reflective-questions'].map(
        (n) => `${n}.hbs`,
      ),
    );
    fs.writeFileSync(path.join(dir, 'intake.hbs'), 'my own intake');
    await loaded.runCommand('export-built-in-templates');
    expect(fs.readFileSync(path.join(dir, 'intake.hbs'), 'utf8')).toBe('my own intake');
    expect(loaded.notices[loaded.notices.length - 1]?.message).toBe(
      '0 templates exported to Templates/GROW Coach; 7 existed already and were kept as they were.',
    );
  });
});

describe('parsing into properties', () => {
  const NOTE = 'Coaching/Eva/2026-11-01 session 1.md';
  const TEXT = [
    '---',
    'client: Eva',
    'date: 2026-11-01',
    'mine: keep me',
    '---',
    '## Goal',
    'Less stress.',
    '## Will',
    '- [ ] Call the team lead 📅 2026-12-01',
    '',
  ].join('\n');

  it('"Parse note into properties" writes the owned keys and leaves the rest', async () => {
    vault = tempVault();
    writeNote(vault, NOTE, TEXT);
    loaded = await start(vault);
    await openInEditor(loaded, NOTE);
    await loaded.runCommand('parse-note');
    const after = readNote(vault, NOTE);
    expect(after).toContain('mine: keep me');
    expect(after.slice(after.indexOf('## Goal'))).toBe(TEXT.slice(TEXT.indexOf('## Goal')));
    expect(after).not.toBe(TEXT);
    expect(loaded.notices.map((n) => n.message)).toEqual([`Properties of ${NOTE} updated.`]);
    await loaded.runCommand('parse-note');
    expect(loaded.notices[1]?.message).toBe(`The properties of ${NOTE} were already up to date.`);
  });

  it('refuses a note that is not a coaching note', async () => {
    vault = tempVault();
    writeNote(vault, 'Elsewhere/x.md', '## Will\n- [ ] something\n');
    loaded = await start(vault);
    await openInEditor(loaded, 'Elsewhere/x.md');
    await loaded.runCommand('parse-note');
    expect(readNote(vault, 'Elsewhere/x.md')).toBe('## Will\n- [ ] something\n');
    expect(loaded.notices[0]?.message).toMatch(/is not a coaching note/);
  });

  it('"Parse all coaching notes" sums up updated, unchanged and refused, with reasons', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    await loaded.runCommand('parse-all-notes');
    const summary = loaded.notices[loaded.notices.length - 1]?.message ?? '';
    expect(summary).toMatch(/^\d+ updated, \d+ unchanged, [1-9]\d* refused\./);
    // dana.md has broken frontmatter: refused, and says why.
    expect(summary).toContain('dana.md');
    await loaded.runCommand('parse-all-notes');
    expect(loaded.notices[loaded.notices.length - 1]?.message).toMatch(/^0 updated, \d+ unchanged/);
  });

  it('parse-on-change updates a note after it changed, once its editor is idle', async () => {
    vault = tempVault();
    writeNote(vault, NOTE, TEXT);
    fs.mkdirSync(path.join(vault, '.obsidian/plugins/grow-coach'), { recursive: true });
    fs.writeFileSync(path.join(vault, '.obsidian/plugins/grow-coach/data.json'), JSON.stringify({ parseOnChange: true }));
    loaded = await start(vault);
    loaded.app.vault.external.writeFile(NOTE, TEXT.replace('Less stress.', 'Less stress, more focus.'));
    await loaded.flush();
    const after = readNote(vault, NOTE);
    expect(after).toContain('Less stress, more focus.');
    expect(after).toMatch(/^grow_goal: Less stress, more focus\.$/m);
  });

  it('parse-on-change never loses what the coach types: the update comes after the editor saved and idled', async () => {
    vault = tempVault();
    writeNote(vault, NOTE, TEXT);
    fs.mkdirSync(path.join(vault, '.obsidian/plugins/grow-coach'), { recursive: true });
    fs.writeFileSync(path.join(vault, '.obsidian/plugins/grow-coach/data.json'), JSON.stringify({ parseOnChange: true }));
    loaded = await start(vault);
    await loaded.flush();
    const editor = await openInEditor(loaded, NOTE);
    // Type a new action at the end, a word at a time, as a coach does.
    for (const word of ['- [ ] Book ', 'the room', '\n']) {
      const lines = editor.getValue().split('\n');
      editor.replaceRange(word, { line: lines.length - 1, ch: lines[lines.length - 1]?.length ?? 0 });
    }
    await loaded.flush();
    const after = readNote(vault, NOTE);
    expect(after).toContain('- [ ] Book the room');
    expect(after).toMatch(/^grow_open: 2$/m);
    expect(editor.getValue()).toBe(after);
  });
});

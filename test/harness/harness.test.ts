/**
 * Tests of the harness itself. The real plugin is written elsewhere, so the loader is exercised
 * with small plugin sources written here, in the CommonJS shape esbuild gives `main.js`
 * (`require('obsidian')`, `module.exports.default = class extends Plugin`).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installObsidianDom } from './dom';
import { createFakeObsidian, type FakeObsidian } from './fake-obsidian';
import { loadPlugin, type LoadedPlugin } from './load-plugin';
import { computeCachedMetadata, getFrontMatterInfo } from './metadata';
import { renderMarkdownSafely } from './render';
import { TFile } from './vault';

const manifest = {
  id: 'harness-probe',
  name: 'Harness probe',
  version: '0.0.1',
  minAppVersion: '1.4.4',
  description: 'Tests the harness',
  author: 'GROW Coach',
};

let vaultDir: string;

function writeNote(relative: string, text: string): void {
  const abs = path.join(vaultDir, relative);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

function readNote(relative: string): string {
  return fs.readFileSync(path.join(vaultDir, relative), 'utf8');
}

beforeEach(() => {
  vaultDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grow-harness-'));
});

afterEach(() => {
  fs.rmSync(vaultDir, { recursive: true, force: true });
});

/** A happy-dom window typed as the DOM's. */
function newWindow(): { win: Window; close: () => Promise<void> } {
  const happy = new HappyWindow({ url: 'app://obsidian.md/index.html' });
  return {
    win: happy as unknown as Window,
    close: async () => {
      await happy.happyDOM.abort();
      happy.close();
    },
  };
}

describe('installObsidianDom', () => {
  it('installs createEl and friends with DomElementInfo semantics', async () => {
    const { win, close } = newWindow();
    const uninstall = installObsidianDom(win);
    try {
      const body = win.document.body;
      const first = body.createDiv('first');
      const el = body.createEl('input', {
        cls: ['a b', 'c'],
        attr: { 'data-x': 1, hidden: null },
        title: 'Tip',
        value: 'v',
        type: 'text',
        placeholder: 'p',
        prepend: true,
      });
      expect(body.firstChild).toBe(el);
      expect(el.className).toBe('a b c');
      expect(el.getAttribute('data-x')).toBe('1');
      expect(el.hasAttribute('hidden')).toBe(false);
      expect([el.title, el.value, el.type, el.placeholder]).toEqual(['Tip', 'v', 'text', 'p']);
      const link = first.createEl('a', { href: 'https://example.com/', text: '<b>not bold</b>' }, (a) => a.addClass('cb'));
      expect(link.textContent).toBe('<b>not bold</b>');
      expect(link.querySelector('b')).toBeNull();
      expect(link.hasClass('cb')).toBe(true);
      const span = first.createSpan({ text: 'x' });
      expect(span.parentElement).toBe(first);
      span.toggleClass(['on', 'two'], true);
      expect(span.hasClass('two')).toBe(true);
      span.removeClass('on', 'two');
      expect(span.className).toBe('');
      span.setAttrs({ role: 'note', 'aria-hidden': true });
      expect(span.getAttr('aria-hidden')).toBe('true');
      const globals = win as unknown as { createFragment(cb: (f: DocumentFragment) => void): DocumentFragment; HTMLDivElement: new () => HTMLDivElement };
      const fragment = globals.createFragment((f) => f.createSpan({ text: 'from fragment' }));
      first.setText(fragment);
      expect(first.getText()).toBe('from fragment');
      expect(first.find('span')?.textContent).toBe('from fragment');
      expect(body.findAll('input')).toHaveLength(1);
      expect(first.isShown()).toBe(true);
      first.hide();
      expect(first.find('span')?.isShown()).toBe(false);
      first.show();
      let clicks = 0;
      first.onClickEvent(() => clicks++);
      first.click();
      expect(clicks).toBe(1);
      expect(first.instanceOf(globals.HTMLDivElement)).toBe(true);
      first.empty();
      expect(first.childNodes).toHaveLength(0);
      first.detach();
      expect(first.isConnected).toBe(false);
      expect(first.isShown()).toBe(false);
      const svg = body.createSvg('svg', { cls: 'icon' });
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect((win as unknown as { activeDocument: Document }).activeDocument).toBe(win.document);
      await (win as unknown as { sleep: (ms: number) => Promise<void> }).sleep(1);
    } finally {
      uninstall();
      await close();
    }
    const { win: other, close: closeOther } = newWindow();
    expect('createDiv' in other.document.body).toBe(false);
    await closeOther();
  });
});

const SESSION_NOTE = [
  '---',
  'client: Anna de Vries',
  'session: 3',
  'tags: [coaching]',
  '---',
  '# Sessie 3',
  '',
  '## Doel',
  'Meer rust in de week. #focus',
  '',
  '> [!tip] Reflectie',
  '> - [ ] Dagboek bijhouden 📅 2026-12-01',
  '>     - [x] Eerste week gedaan',
  '',
  '```md',
  '- [ ] not a task, just code',
  '```',
  '',
  '## Wil',
  '- [ ] Bel de manager [[Anna de Vries|Anna]]',
  '    - [/] Agenda doorlopen',
  '- [-] Geannuleerd',
  '1. [ ] Genummerd',
  '',
  '%%',
  '- [ ] hidden in a comment #private',
  '%%',
  '<div>raw html</div>',
  '',
  '---',
  '',
].join('\n');

describe('computeCachedMetadata', () => {
  const cache = computeCachedMetadata(SESSION_NOTE);

  it('reads frontmatter with the yaml package and records its position', () => {
    expect(cache.frontmatter).toEqual({ client: 'Anna de Vries', session: 3, tags: ['coaching'] });
    expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 4, col: 3, offset: 57 } });
  });

  it('lists headings with 0-based positions', () => {
    expect(cache.headings?.map((h) => [h.heading, h.level, h.position.start.line, h.position.end.col])).toEqual([
      ['Sessie 3', 1, 5, 10],
      ['Doel', 2, 7, 7],
      ['Wil', 2, 18, 6],
    ]);
  });

  it('gives top-level sections, with callouts, code, comments and html', () => {
    expect(cache.sections?.map((s) => `${s.type}@${s.position.start.line}-${s.position.end.line}`)).toEqual([
      'yaml@0-4',
      'heading@5-5',
      'heading@7-7',
      'paragraph@8-8',
      'callout@10-12',
      'code@14-16',
      'heading@18-18',
      // A bullet list and an ordered list are two lists, as in CommonMark.
      'list@19-21',
      'list@22-22',
      'comment@24-26',
      'html@27-27',
      'thematicBreak@29-29',
    ]);
  });

  it('gives list items as Obsidian does: own lines, container column, parent line, any task character', () => {
    const items = cache.listItems?.map((i) => ({
      line: i.position.start.line,
      col: i.position.start.col,
      endCol: i.position.end.col,
      parent: i.parent,
      task: i.task,
    }));
    expect(items).toEqual([
      { line: 11, col: 2, endCol: 39, parent: -11, task: ' ' },
      { line: 12, col: 4, endCol: 30, parent: 11, task: 'x' },
      { line: 19, col: 0, endCol: 43, parent: -19, task: ' ' },
      { line: 20, col: 2, endCol: 26, parent: 19, task: '/' },
      { line: 21, col: 0, endCol: 17, parent: -19, task: '-' },
      { line: 22, col: 0, endCol: 16, parent: -22, task: ' ' },
    ]);
  });

  it('finds tags outside code (inside comments too) and wikilinks with their alias', () => {
    expect(cache.tags?.map((t) => `${t.tag}@${t.position.start.line}:${t.position.start.col}`)).toEqual(['#focus@8:22', '#private@25:26']);
    expect(cache.links).toEqual([
      {
        link: 'Anna de Vries',
        original: '[[Anna de Vries|Anna]]',
        displayText: 'Anna',
        position: { start: { line: 19, col: 21, offset: expect.any(Number) as number }, end: { line: 19, col: 43, offset: expect.any(Number) as number } },
      },
    ]);
  });

  it('gives a yaml section but no frontmatter for empty frontmatter', () => {
    const empty = computeCachedMetadata('---\n---\n\n- [ ] a\n');
    expect(empty.frontmatter).toBeUndefined();
    expect(empty.frontmatterPosition).toBeUndefined();
    expect(empty.sections?.[0]?.type).toBe('yaml');
  });

  it('finds the frontmatter in text (getFrontMatterInfo)', () => {
    const info = getFrontMatterInfo(SESSION_NOTE);
    expect(info.exists).toBe(true);
    expect(info.frontmatter).toBe('client: Anna de Vries\nsession: 3\ntags: [coaching]\n');
    expect(SESSION_NOTE.slice(info.contentStart).startsWith('# Sessie 3')).toBe(true);
  });
});

describe('MarkdownRenderer (safe rendering)', () => {
  it('keeps raw HTML, scripts and javascript: links inert', async () => {
    const { win, close } = newWindow();
    const uninstall = installObsidianDom(win);
    try {
      const el = win.document.body.createDiv();
      await renderMarkdownSafely(
        [
          '<script>window.pwned = true</script>',
          '',
          'Text <img src=x onerror="window.pwned = true"> and [click](javascript:window.pwned=true) and [site](https://example.com) and [[Sessie 3|de sessie]] #grow',
          '',
          '> [!warning] Let op',
          '> body <b>bold?</b>',
          '',
          '- [x] done',
          '- [/] half',
        ].join('\n'),
        el,
      );
      expect(el.querySelector('script, img, b')).toBeNull();
      expect(el.textContent).toContain('<script>window.pwned = true</script>');
      expect(el.textContent).toContain('<img src=x onerror="window.pwned = true">');
      expect(el.textContent).toContain('[click](javascript:window.pwned=true)');
      const anchors = Array.from(el.querySelectorAll('a'));
      expect(anchors.some((a) => (a.getAttribute('href') ?? '').startsWith('javascript'))).toBe(false);
      expect(el.querySelector('a.external-link')?.getAttribute('href')).toBe('https://example.com');
      const internal = el.querySelector('a.internal-link');
      expect(internal?.getAttribute('data-href')).toBe('Sessie 3');
      expect(internal?.textContent).toBe('de sessie');
      expect(el.querySelector('a.tag')?.textContent).toBe('#grow');
      expect(el.querySelector('.callout[data-callout="warning"] .callout-title-inner')?.textContent).toBe('Let op');
      expect(el.querySelectorAll('input.task-list-item-checkbox')).toHaveLength(2);
      expect(el.querySelector('li[data-task="/"]')?.textContent).toBe('half');
      expect((win as unknown as { pwned?: boolean }).pwned).toBeUndefined();
    } finally {
      uninstall();
      await close();
    }
  });
});

describe('Vault over a real folder', () => {
  let fake: FakeObsidian;
  let closeWindow: () => Promise<void>;

  beforeEach(() => {
    writeNote('Clients/Anna/2026-01-05 Sessie 1.md', '# Sessie 1\n\n- [ ] Bellen\n');
    writeNote('.obsidian/app.json', '{}');
    writeNote('.hidden/skip.md', 'x');
    const { win, close } = newWindow();
    closeWindow = close;
    fake = createFakeObsidian({ vaultDir, window: win });
  });

  afterEach(async () => {
    fake.dispose();
    await closeWindow();
  });

  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setImmediate(r));
      await fake.context.pending.settle();
    }
  };

  it('lists the notes and folders, not dot-folders', () => {
    const { vault } = fake.app;
    expect(vault.getMarkdownFiles().map((f) => f.path)).toEqual(['Clients/Anna/2026-01-05 Sessie 1.md']);
    const file = vault.getFileByPath('Clients/Anna/2026-01-05 Sessie 1.md');
    expect(file?.basename).toBe('2026-01-05 Sessie 1');
    expect(file?.parent?.path).toBe('Clients/Anna');
    expect(vault.getFolderByPath('Clients')?.children.map((c) => c.name)).toEqual(['Anna']);
    expect(vault.getAbstractFileByPath('.obsidian')).toBeNull();
  });

  it('create fails on an existing file or a missing folder; createFolder then create works', async () => {
    const { vault } = fake.app;
    await expect(vault.create('Clients/Anna/2026-01-05 Sessie 1.md', '')).rejects.toThrow('already exists');
    await expect(vault.create('Nope/x.md', '')).rejects.toThrow('does not exist');
    await vault.createFolder('Nope');
    const created = await vault.create('Nope/x.md', 'hi');
    expect(readNote('Nope/x.md')).toBe('hi');
    expect(vault.getFileByPath('Nope/x.md')).toBe(created);
  });

  it('process() transforms atomically and fires modify; a throwing callback leaves the file as it was', async () => {
    const { vault } = fake.app;
    const file = vault.getFileByPath('Clients/Anna/2026-01-05 Sessie 1.md');
    if (!file) throw new Error('fixture missing');
    const modified: string[] = [];
    vault.on('modify', (f) => modified.push(f.path));
    const result = await vault.process(file, (text) => text.replace('- [ ] Bellen', '- [x] Bellen'));
    expect(result).toContain('- [x] Bellen');
    expect(readNote('Clients/Anna/2026-01-05 Sessie 1.md')).toBe('# Sessie 1\n\n- [x] Bellen\n');
    expect(modified).toEqual([file.path]);
    expect(fs.readdirSync(path.join(vaultDir, 'Clients/Anna')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await expect(
      vault.process(file, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(readNote('Clients/Anna/2026-01-05 Sessie 1.md')).toBe('# Sessie 1\n\n- [x] Bellen\n');
  });

  it('rename keeps the file object and reports the old path; trashing fires delete', async () => {
    const { vault, fileManager } = fake.app;
    const file = vault.getFileByPath('Clients/Anna/2026-01-05 Sessie 1.md');
    if (!file) throw new Error('fixture missing');
    const events: string[] = [];
    vault.on('rename', (f, old) => events.push(`rename ${f.path} from ${old}`));
    vault.on('delete', (f) => events.push(`delete ${f.path}`));
    await vault.rename(file, 'Clients/Anna/Sessie 1.md');
    expect(file.path).toBe('Clients/Anna/Sessie 1.md');
    expect(vault.getFileByPath('Clients/Anna/Sessie 1.md')).toBe(file);
    expect(fs.existsSync(path.join(vaultDir, 'Clients/Anna/Sessie 1.md'))).toBe(true);
    await fileManager.trashFile(file);
    expect(fs.existsSync(path.join(vaultDir, 'Clients/Anna/Sessie 1.md'))).toBe(false);
    expect(events).toEqual(['rename Clients/Anna/Sessie 1.md from Clients/Anna/2026-01-05 Sessie 1.md', 'delete Clients/Anna/Sessie 1.md']);
  });

  it('an external edit fires modify with the old cache, then changed with the new one', async () => {
    const { vault, metadataCache } = fake.app;
    const file = vault.getFileByPath('Clients/Anna/2026-01-05 Sessie 1.md');
    if (!file) throw new Error('fixture missing');
    const seen: string[] = [];
    vault.on('modify', () => seen.push(`modify: ${metadataCache.getFileCache(file)?.listItems?.length ?? 0} items`));
    metadataCache.on('changed', (f, data, cache) => {
      seen.push(`changed: ${cache.listItems?.length ?? 0} items, ${data.length} chars, same file ${String(f === file)}`);
    });
    metadataCache.on('resolved', () => seen.push('resolved'));
    vault.external.writeFile('Clients/Anna/2026-01-05 Sessie 1.md', '# Sessie 1\n\n- [ ] Bellen\n- [ ] Mailen\n');
    expect(seen).toEqual(['modify: 1 items']);
    await settle();
    expect(seen).toEqual(['modify: 1 items', 'changed: 2 items, 38 chars, same file true', 'resolved']);
    expect(metadataCache.getFileCache(file)?.listItems).toHaveLength(2);
  });

  it('an external new file fires create (folders first) and is cached', async () => {
    const { vault, metadataCache } = fake.app;
    const created: string[] = [];
    vault.on('create', (f) => created.push(f.path));
    vault.external.writeFile('Clients/Bram/Sessie 1.md', '# Bram\n');
    expect(created).toEqual(['Clients/Bram', 'Clients/Bram/Sessie 1.md']);
    await settle();
    const file = vault.getFileByPath('Clients/Bram/Sessie 1.md');
    expect(file && metadataCache.getFileCache(file)?.headings?.[0]?.heading).toBe('Bram');
  });

  it('processFrontMatter writes YAML and leaves the body alone', async () => {
    const { vault, fileManager } = fake.app;
    const file = vault.getFileByPath('Clients/Anna/2026-01-05 Sessie 1.md');
    if (!file) throw new Error('fixture missing');
    await fileManager.processFrontMatter(file, (fm) => {
      fm.client = 'Anna';
      fm.open_actions = ['Bellen'];
    });
    expect(readNote('Clients/Anna/2026-01-05 Sessie 1.md')).toBe('---\nclient: Anna\nopen_actions:\n  - Bellen\n---\n# Sessie 1\n\n- [ ] Bellen\n');
    await fileManager.processFrontMatter(file, (fm) => {
      delete fm.open_actions;
    });
    expect(readNote('Clients/Anna/2026-01-05 Sessie 1.md')).toBe('---\nclient: Anna\n---\n# Sessie 1\n\n- [ ] Bellen\n');
  });
});

/** A plugin that registers one of everything, the right way. */
const TIDY_PLUGIN = `
'use strict';
const obsidian = require('obsidian');
const VIEW = 'probe-view';
class ProbeView extends obsidian.ItemView {
  getViewType() { return VIEW; }
  getDisplayText() { return 'Probe'; }
  async onOpen() {
    this.contentEl.createEl('h4', { text: 'Open actions' });
    this.registerEvent(this.app.metadataCache.on('changed', () => { this.contentEl.setAttr('data-changed', 'yes'); }));
  }
  async onClose() { this.contentEl.empty(); }
}
class Child extends obsidian.MarkdownRenderChild {
  onload() { this.registerDomEvent(document, 'keydown', () => {}); }
}
class ProbeSettings extends obsidian.PluginSettingTab {
  getSettingDefinitions() {
    return [
      { name: 'Language', control: { type: 'dropdown', key: 'language', options: { en: 'English', nl: 'Nederlands' } } },
      { name: 'Show status bar', control: { type: 'toggle', key: 'statusBar', defaultValue: true } },
      { name: 'Template folder', control: { type: 'text', key: 'folder', validate: (v) => (v.startsWith('/') ? 'Relative, please' : undefined) } },
    ];
  }
}
module.exports.default = class ProbePlugin extends obsidian.Plugin {
  async onload() {
    this.settings = Object.assign({ language: 'en', statusBar: true, folder: 'Templates' }, await this.loadData());
    this.created = [];
    this.events = [];
    this.registerEvent(this.app.vault.on('create', (f) => this.created.push(f.path)));
    this.registerEvent(this.app.vault.on('modify', (f) => this.events.push('modify ' + f.path)));
    this.registerDomEvent(window, 'resize', () => this.events.push('resize'));
    this.registerInterval(window.setInterval(() => this.events.push('tick'), 60000));
    this.status = this.addStatusBarItem();
    this.status.setText('0 open');
    this.addRibbonIcon('list-checks', 'Open probe', () => this.activate());
    this.registerView(VIEW, (leaf) => new ProbeView(leaf));
    this.addSettingTab(new ProbeSettings(this.app, this));
    this.registerMarkdownCodeBlockProcessor('probe', (source, el, ctx) => {
      el.createEl('p', { text: 'Rendered: ' + source.trim() + ' in ' + ctx.sourcePath });
      ctx.addChild(new Child(el));
    });
    this.addCommand({ id: 'say-hello', name: 'Say hello', callback: () => new obsidian.Notice('Hallo ' + obsidian.getLanguage()) });
    this.addCommand({
      id: 'open-first-action', name: 'Open first action',
      checkCallback: (checking) => {
        const file = this.app.vault.getMarkdownFiles()[0];
        if (!file) return false;
        if (!checking) {
          const line = this.app.metadataCache.getFileCache(file).listItems[0].position.start.line;
          this.app.workspace.getLeaf(false).openFile(file, { eState: { line } });
        }
        return true;
      },
    });
    this.addCommand({ id: 'insert', name: 'Insert date', editorCallback: (editor) => editor.replaceSelection('2026-01-05') });
    this.debounced = obsidian.debounce(() => this.events.push('debounced'), 500, true);
    this.addCommand({ id: 'debounce', name: 'Debounce', callback: () => { this.debounced(); this.debounced(); } });
    this.app.workspace.onLayoutReady(() => this.activate());
  }
  async activate() {
    const existing = this.app.workspace.getLeavesOfType(VIEW)[0];
    const leaf = existing || this.app.workspace.getRightLeaf(false);
    if (!existing) await leaf.setViewState({ type: VIEW, active: true });
    await this.app.workspace.revealLeaf(leaf);
  }
  onunload() { this.unloaded = true; }
};
`;

/** The same kinds of registrations, done without `register…`: every one of them leaks. */
const LEAKY_PLUGIN = `
const obsidian = require('obsidian');
module.exports.default = class LeakyPlugin extends obsidian.Plugin {
  onload() {
    this.app.vault.on('modify', () => {});
    this.app.workspace.on('file-open', () => {});
    window.addEventListener('resize', () => {});
    document.addEventListener('click', () => {});
    window.setInterval(() => {}, 1000);
  }
};
`;

function source(body: string): string {
  return `const obsidian = require('obsidian');\nmodule.exports.default = class P extends obsidian.Plugin {\n${body}\n};\n`;
}

describe('loadPlugin', () => {
  let h: LoadedPlugin | null = null;

  afterEach(async () => {
    if (h) {
      try {
        await h.unload();
      } catch {
        // already unloaded by the test
      }
    }
    h = null;
  });

  beforeEach(() => {
    writeNote('Clients/Anna/Sessie 1.md', '# Sessie 1\n\n## Wil\n- [ ] Bellen\n- [ ] Mailen\n');
    writeNote('Clients/Anna/Sessie 2.md', '# Sessie 2\n');
  });

  it('loads a plugin source, runs onload, announces files, and unloads without leaving anything registered', async () => {
    const loaded = await loadPlugin({ vaultDir, source: TIDY_PLUGIN, manifest, language: 'nl' });
    h = loaded;
    const plugin = loaded.plugin as unknown as { created: string[]; events: string[]; unloaded?: boolean; status: HTMLElement };
    expect(plugin.created.sort()).toEqual(['Clients', 'Clients/Anna', 'Clients/Anna/Sessie 1.md', 'Clients/Anna/Sessie 2.md']);
    expect(plugin.status.textContent).toBe('0 open');
    expect(loaded.app.workspace.getLeavesOfType('probe-view')).toHaveLength(0);

    await loaded.triggerLayoutReady();
    const [leaf] = loaded.app.workspace.getLeavesOfType('probe-view');
    if (!leaf) throw new Error('the view did not open on layout ready');
    const view = leaf.view as unknown as { containerEl: HTMLElement; contentEl: HTMLElement };
    expect(view.containerEl.children[1]).toBe(view.contentEl);
    expect(view.contentEl.querySelector('h4')?.textContent).toBe('Open actions');
    expect(view.contentEl.isShown()).toBe(true);
    expect(loaded.app.workspace.revealed).toContain(leaf);

    expect(await loaded.runCommand('say-hello')).toBe(true);
    expect(loaded.notices.map((n) => n.message)).toEqual(['Hallo nl']);

    expect(await loaded.runCommand('open-first-action')).toBe(true);
    expect(loaded.opened).toEqual([expect.objectContaining({ path: 'Clients/Anna/Sessie 1.md', line: 3 })]);
    expect(loaded.app.workspace.getActiveFile()?.path).toBe('Clients/Anna/Sessie 1.md');

    expect(await loaded.runCommand('insert')).toBe(true);
    await loaded.flush();
    // The editor's cursor went to the eState line, so the date lands on line 3; the edit is saved.
    expect(readNote('Clients/Anna/Sessie 1.md').split('\n')[3]).toBe('2026-01-05- [ ] Bellen');

    await loaded.runCommand('debounce');
    expect(plugin.events.filter((e) => e === 'debounced')).toHaveLength(1);

    loaded.window.dispatchEvent(new (loaded.window as unknown as { Event: typeof Event }).Event('resize'));
    expect(plugin.events).toContain('resize');
    expect(await loaded.tickIntervals()).toBe(1);
    expect(plugin.events).toContain('tick');

    const block = await loaded.renderCodeBlock('probe', 'open actions\n', 'Clients/Anna/Sessie 1.md');
    expect(block.el.textContent).toBe('Rendered: open actions in Clients/Anna/Sessie 1.md');

    loaded.app.vault.external.writeFile('Clients/Anna/Sessie 2.md', '# Sessie 2\n\n- [ ] Nieuw\n');
    await loaded.flush();
    expect(view.contentEl.getAttribute('data-changed')).toBe('yes');
    expect(plugin.events).toContain('modify Clients/Anna/Sessie 2.md');

    expect(loaded.errors).toEqual([]);
    expect(loaded.network).toEqual([]);
    const leftovers = await loaded.unload();
    h = null;
    expect(leftovers).toEqual([]);
    expect(plugin.unloaded).toBe(true);
    expect(view.contentEl.childNodes).toHaveLength(0);
    expect('createDiv' in globalThis).toBe(false);
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('reports everything a leaky plugin left registered', async () => {
    const loaded = await loadPlugin({ vaultDir, source: LEAKY_PLUGIN, manifest });
    h = null;
    const leftovers = await loaded.unload();
    expect(leftovers).toEqual([
      'vault listener: modify ×1',
      'workspace listener: file-open ×1',
      'DOM window "resize" listener',
      'DOM document "click" listener',
      expect.stringMatching(/^timer: interval #\d+ \(1000 ms\)/),
    ]);
  });

  it('changes settings as a user would, and persists them to data.json', async () => {
    const loaded = await loadPlugin({ vaultDir, source: TIDY_PLUGIN, manifest });
    h = loaded;
    const settings = loaded.openSettings();
    expect(settings.names()).toEqual(['Language', 'Show status bar', 'Template folder']);
    expect(settings.value('Show status bar')).toBe(true);
    settings.change('Language', 'nl');
    settings.change('Show status bar', false);
    settings.change('Template folder', '/abs');
    await loaded.flush();
    expect(settings.find('Template folder').errorEl?.textContent).toBe('Relative, please');
    const data = JSON.parse(fs.readFileSync(path.join(vaultDir, '.obsidian/plugins/harness-probe/data.json'), 'utf8')) as Record<string, unknown>;
    expect(data).toEqual({ language: 'nl', statusBar: false, folder: 'Templates' });
  });

  it('fails loudly on Node modules, process and the network, and records the network attempts', async () => {
    await expect(loadPlugin({ vaultDir, manifest, source: "require('fs');" })).rejects.toThrow('only "obsidian" is available');
    await expect(loadPlugin({ vaultDir, manifest, source: 'module.exports.default = class {};' })).rejects.toThrow('extends Plugin');
    const loaded = await loadPlugin({
      vaultDir,
      manifest,
      source: source(`
        onload() {
          this.seen = { process: typeof process, buffer: typeof Buffer, windowTimer: typeof window.setTimeout(() => {}, 1) };
          this.addCommand({ id: 'net', name: 'Net', callback: () => { obsidian.requestUrl({ url: 'https://example.com/a' }); } });
          this.addCommand({ id: 'fetch', name: 'Fetch', callback: () => fetch('https://example.com/b') });
        }`),
    });
    h = loaded;
    expect((loaded.plugin as unknown as { seen: unknown }).seen).toEqual({ process: 'undefined', buffer: 'undefined', windowTimer: 'number' });
    await loaded.runCommand('net');
    await loaded.runCommand('fetch');
    expect(loaded.network).toEqual([
      { api: 'requestUrl', target: 'https://example.com/a' },
      { api: 'fetch', target: 'https://example.com/b' },
    ]);
    expect(loaded.errors.map((e) => e.source)).toEqual(['command harness-probe:net', 'command harness-probe:fetch']);
  });

  it('lets a test choose a suggestion and open a link at a heading', async () => {
    const loaded = await loadPlugin({
      vaultDir,
      manifest,
      source: source(`
        onload() {
          const plugin = this;
          class Pick extends obsidian.FuzzySuggestModal {
            getItems() { return plugin.app.vault.getMarkdownFiles(); }
            getItemText(file) { return file.basename; }
            onChooseItem(file) { plugin.app.workspace.openLinkText(file.basename + '#Wil', '', true); }
          }
          this.addCommand({ id: 'pick', name: 'Pick', callback: () => new Pick(this.app).open() });
        }`),
    });
    h = loaded;
    await loaded.runCommand('pick');
    const modal = loaded.modals[0] as unknown as { setQuery(q: string): Promise<unknown[]>; chooseItem(p: (f: TFile) => boolean): TFile };
    expect(await modal.setQuery('ss2')).toHaveLength(1);
    await modal.setQuery('sessie');
    modal.chooseItem((f) => f.basename === 'Sessie 1');
    await loaded.flush();
    expect(loaded.modals).toHaveLength(0);
    expect(loaded.opened).toEqual([expect.objectContaining({ path: 'Clients/Anna/Sessie 1.md', line: 2 })]);
  });

  it('reports an exception in an event handler instead of crashing the vault', async () => {
    const loaded = await loadPlugin({
      vaultDir,
      manifest,
      source: source(`
        onload() {
          this.registerEvent(this.app.vault.on('modify', () => { throw new Error('handler broke'); }));
          this.registerEvent(this.app.vault.on('modify', async () => { throw new Error('async handler broke'); }));
        }`),
    });
    h = loaded;
    const file = loaded.app.vault.getFileByPath('Clients/Anna/Sessie 2.md');
    if (!file) throw new Error('fixture missing');
    await loaded.app.vault.modify(file, 'changed');
    await loaded.flush();
    expect(readNote('Clients/Anna/Sessie 2.md')).toBe('changed');
    expect(loaded.errors.map((e) => (e.error as Error).message)).toEqual(['handler broke', 'async handler broke']);
  });
});

describe('Editor', () => {
  it('maps positions and moves the cursor with edits as CodeMirror does', async () => {
    const { Editor } = await import('./editor');
    const changes: string[] = [];
    const editor = new Editor((e) => changes.push(e.getValue()));
    editor.load('# Sessie\n\n- [ ] Bellen\n');
    expect(changes).toEqual([]);
    expect(editor.lineCount()).toBe(4);
    expect(editor.posToOffset({ line: 2, ch: 6 })).toBe(16);
    expect(editor.offsetToPos(16)).toEqual({ line: 2, ch: 6 });
    editor.setCursor({ line: 2, ch: 12 });
    editor.replaceRange('Anna ', { line: 2, ch: 6 });
    expect(editor.getLine(2)).toBe('- [ ] Anna Bellen');
    expect(editor.getCursor()).toEqual({ line: 2, ch: 17 });
    editor.setSelection({ line: 0, ch: 2 }, { line: 0, ch: 8 });
    expect(editor.getSelection()).toBe('Sessie');
    editor.replaceSelection('Session');
    expect(editor.getLine(0)).toBe('# Session');
    expect(editor.getCursor()).toEqual({ line: 0, ch: 9 });
    editor.undo();
    expect(editor.getLine(0)).toBe('# Sessie');
    expect(changes).toHaveLength(3);
  });
});

describe('smaller Obsidian APIs', () => {
  let h: LoadedPlugin | null = null;

  afterEach(async () => {
    if (h) await h.unload();
    h = null;
  });

  it('debounce (with and without resetTimer), normalizePath, Keymap.isModEvent, requireApiVersion, moment in the language', async () => {
    h = await loadPlugin({ vaultDir, manifest, language: 'nl', source: source('onload() {}') });
    const { debounce, normalizePath, Keymap, requireApiVersion, moment } = h.obsidian;
    const calls: string[] = [];
    const trailing = debounce((x: string) => calls.push(`trailing ${x}`), 1000);
    trailing('a');
    trailing('b');
    const reset = debounce((x: string) => calls.push(`reset ${x}`), 1000, true);
    reset('c');
    reset('d');
    expect(calls).toEqual([]);
    await h.flush();
    expect(calls.sort()).toEqual(['reset d', 'trailing b']);
    const cancelled = debounce(() => calls.push('never'), 10);
    cancelled();
    cancelled.cancel();
    await h.flush();
    expect(calls).not.toContain('never');
    expect(normalizePath('\\Clients//Anna/ ')).toBe('Clients/Anna/ ');
    expect(normalizePath('/')).toBe('/');
    expect(Keymap.isModEvent({ ctrlKey: true })).toBe('tab');
    expect(Keymap.isModEvent({ ctrlKey: true, altKey: true })).toBe('split');
    expect(Keymap.isModEvent({ button: 1 })).toBe('tab');
    expect(Keymap.isModEvent({})).toBe(false);
    expect(requireApiVersion('1.8.7')).toBe(true);
    expect(requireApiVersion('2.0.0')).toBe(false);
    expect(moment('2026-03-01').format('MMMM')).toBe('maart');
  });

  it('resolves links by path, folder and shortest path; openLinkText creates an unresolved note', async () => {
    writeNote('Clients/Anna/Sessie 1.md', '# A\n');
    writeNote('Clients/Bram/Sessie 1.md', '# B\n');
    writeNote('Index.md', '[[Sessie 1]] [[Nieuw]]\n');
    h = await loadPlugin({ vaultDir, manifest, source: source('onload() {}') });
    const { metadataCache, workspace, vault } = h.app;
    expect(metadataCache.getFirstLinkpathDest('Sessie 1', 'Clients/Bram/Overzicht.md')?.path).toBe('Clients/Bram/Sessie 1.md');
    expect(metadataCache.getFirstLinkpathDest('Anna/Sessie 1', 'Index.md')?.path).toBe('Clients/Anna/Sessie 1.md');
    expect(metadataCache.getFirstLinkpathDest('Index', 'x.md')?.path).toBe('Index.md');
    expect(metadataCache.unresolvedLinks['Index.md']).toEqual({ Nieuw: 1 });
    const anna = vault.getFileByPath('Clients/Anna/Sessie 1.md');
    if (!anna) throw new Error('fixture missing');
    expect(metadataCache.fileToLinktext(anna, 'Index.md')).toBe('Clients/Anna/Sessie 1');
    expect(h.app.fileManager.generateMarkdownLink(anna, 'Index.md', undefined, 'Anna')).toBe('[[Clients/Anna/Sessie 1|Anna]]');
    await workspace.openLinkText('Nieuw', 'Index.md', false);
    expect(readNote('Nieuw.md')).toBe('');
    expect(h.opened.map((o) => o.path)).toEqual(['Nieuw.md']);
    expect(workspace.getActiveFile()?.path).toBe('Nieuw.md');
    const nieuw = vault.getFileByPath('Nieuw.md');
    if (!nieuw) throw new Error('not created');
    await h.app.fileManager.trashFile(nieuw);
    await h.flush();
    expect(workspace.getActiveFile()).toBeNull();
  });

  it('menus record their items and run the clicked one', async () => {
    h = await loadPlugin({
      vaultDir,
      manifest,
      source: source(`
        onload() {
          this.addCommand({ id: 'menu', name: 'Menu', callback: () => {
            new obsidian.Menu()
              .addItem((i) => i.setTitle('Openen').onClick(() => new obsidian.Notice('geopend')))
              .addSeparator()
              .addItem((i) => i.setTitle('Afvinken'))
              .showAtPosition({ x: 0, y: 0 });
          } });
        }`),
    });
    await h.runCommand('menu');
    const [menu] = h.menus;
    expect(menu?.itemTitles()).toEqual(['Openen', 'Afvinken']);
    menu?.clickItem('Openen');
    expect(h.notices.map((n) => n.message)).toEqual(['geopend']);
    expect(menu?.shown).toBe(false);
  });

  it('a plugin whose onload throws fails to load, and the globals are put back', async () => {
    await expect(loadPlugin({ vaultDir, manifest, source: source("async onload() { throw new Error('broken onload'); }") })).rejects.toThrow('broken onload');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    h = await loadPlugin({ vaultDir, manifest, source: source('onload() {}') });
    expect(h.window.document.body).toBeDefined();
  });

  it("with metadataTiming 'sync' the cache is fresh inside the modify handler", async () => {
    writeNote('a.md', '# A\n');
    h = await loadPlugin({
      vaultDir,
      manifest,
      metadataTiming: 'sync',
      source: source(`
        onload() {
          this.headings = [];
          this.registerEvent(this.app.vault.on('modify', (f) => this.headings.push(this.app.metadataCache.getFileCache(f).headings[0].heading)));
        }`),
    });
    h.app.vault.external.writeFile('a.md', '# B\n');
    expect((h.plugin as unknown as { headings: string[] }).headings).toEqual(['B']);
  });
});

describe('startup', () => {
  it("announces every file with create, but parses nothing again: no 'changed' at startup", async () => {
    writeNote('a.md', '# A\n');
    const h = await loadPlugin({
      vaultDir,
      manifest,
      source: source(`
        onload() {
          this.log = [];
          this.registerEvent(this.app.vault.on('create', (f) => this.log.push('create ' + f.path)));
          this.registerEvent(this.app.metadataCache.on('changed', (f) => this.log.push('changed ' + f.path)));
          this.registerEvent(this.app.metadataCache.on('resolved', () => this.log.push('resolved')));
          this.log.push('cache ' + this.app.metadataCache.getFileCache(this.app.vault.getFileByPath('a.md')).headings[0].heading);
        }`),
    });
    await h.triggerLayoutReady();
    expect((h.plugin as unknown as { log: string[] }).log).toEqual(['cache A', 'create a.md', 'resolved']);
    expect(await h.unload()).toEqual([]);
  });
});

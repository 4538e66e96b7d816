/**
 * The dashboard's quiet lines about what the reading left out, so that nothing is dropped in
 * silence: "3 tasks in 2 coaching notes are outside a Will section", and notes whose frontmatter
 * never closes. A click on a line lists the notes, each a link that opens the note at the task.
 * Drawn only when what it shows changed (the index's revision and the language).
 */
import { Keymap, TFile, type Component } from 'obsidian';
import type { Language } from '../../core/i18n';
import { groupOutside } from '../../core/note/reading-warnings';
import type { GrowCoachHost } from '../host';
import { ui } from '../i18n';
import { VIEW_TYPE_ACTIONS } from './view-type';

type Section = 'outside' | 'unclosed';

/** The note's name as the dashboard shows it: its file name without `.md`. */
function noteName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

/** Opens a note at a 1-based line, next to the dashboard (in a new tab when asked). */
async function openAt(host: GrowCoachHost, path: string, line: number, newTab: boolean): Promise<void> {
  const file = host.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return;
  let leaf = host.app.workspace.getLeaf(newTab ? 'tab' : false);
  if (leaf.view.getViewType() === VIEW_TYPE_ACTIONS) leaf = host.app.workspace.getLeaf('tab');
  await leaf.openFile(file, { active: true, eState: { line: line - 1 } });
}

export class ReadingNotices {
  readonly el: HTMLElement;
  private readonly expanded = new Set<Section>();
  private drawnKey = '';

  constructor(
    parent: HTMLElement,
    private readonly host: GrowCoachHost,
    component: Component,
  ) {
    this.el = parent.createDiv({ cls: 'grow-notices grow-hidden' });
    component.registerDomEvent(this.el, 'click', (evt) => this.onClick(evt));
  }

  private onClick(evt: MouseEvent): void {
    if (!(evt.target instanceof Element)) return;
    const toggle = evt.target.closest<HTMLElement>('[data-grow-notice]');
    if (toggle) {
      const section = toggle.dataset.growNotice as Section;
      if (this.expanded.has(section)) this.expanded.delete(section);
      else this.expanded.add(section);
      this.draw(this.host.language(), true);
      return;
    }
    const link = evt.target.closest<HTMLElement>('a[data-file]');
    if (link) {
      evt.preventDefault();
      void openAt(this.host, link.dataset.file ?? '', Number(link.dataset.line ?? '1'), Keymap.isModEvent(evt) !== false);
    }
  }

  /** Draws the lines again when the index or the language changed (now when `force`). */
  draw(language: Language, force = false): void {
    const problems = this.host.index.readingProblems();
    const key = `${this.host.index.revision}\u0000${language}`;
    if (!force && key === this.drawnKey) return;
    this.drawnKey = key;
    const { el } = this;
    el.empty();
    el.toggleClass('grow-hidden', problems.outside.length === 0 && problems.unclosed.length === 0);

    if (problems.outside.length > 0) {
      const tasks = problems.outside.reduce((n, note) => n + note.tasks.length, 0);
      const notes = problems.outside.length;
      const summary =
        tasks === 1
          ? ui('outsideWillOne', language)
          : notes === 1
            ? ui('outsideWillOneNote', language, { tasks })
            : ui('outsideWillMany', language, { tasks, notes });
      const list = this.section('outside', summary, ui('outsideWillHelp', language));
      for (const note of problems.outside) {
        const item = list?.createEl('li', { cls: 'grow-notice-note' });
        if (!item) break;
        const first = note.tasks[0]?.line ?? 1;
        item.createEl('a', { cls: 'grow-note-link', text: noteName(note.path), attr: { href: '#', 'data-file': note.path, 'data-line': String(first) } });
        const groups = groupOutside(note.tasks).map((g) =>
          g.heading === null
            ? ui('outsideWillNoHeading', language, { count: g.count })
            : ui('outsideWillGroup', language, { count: g.count, heading: g.heading, line: g.headingLine ?? 1 }),
        );
        item.createSpan({ cls: 'grow-notice-detail', text: `: ${groups.join(', ')}` });
      }
    }
    if (problems.unclosed.length > 0) {
      const n = problems.unclosed.length;
      const list = this.section('unclosed', n === 1 ? ui('unclosedOne', language) : ui('unclosedMany', language, { n }), ui('unclosedHelp', language));
      for (const path of problems.unclosed) {
        list
          ?.createEl('li', { cls: 'grow-notice-note' })
          .createEl('a', { cls: 'grow-note-link', text: noteName(path), attr: { href: '#', 'data-file': path, 'data-line': '1' } });
      }
    }
  }

  /** A quiet line that opens into its help and list; the list when open, else null. */
  private section(section: Section, summary: string, help: string): HTMLElement | null {
    const open = this.expanded.has(section);
    const box = this.el.createDiv({ cls: `grow-notice grow-notice-${section}` });
    box.createEl('button', {
      cls: 'grow-notice-toggle',
      text: summary,
      attr: { type: 'button', 'aria-expanded': String(open), 'data-grow-notice': section },
    });
    if (!open) return null;
    box.createEl('p', { cls: 'grow-notice-help', text: help });
    return box.createEl('ul', { cls: 'grow-notice-list' });
  }
}

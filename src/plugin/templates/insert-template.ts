/**
 * Inserts a template at the cursor of the open note. The text goes in through the editor (the
 * note may have unsaved changes), as one edit that undo takes back at once; a template's
 * frontmatter is merged into the note's own (`mergeTemplateIntoNote`): keys the note has win,
 * the others are added.
 */
import { FuzzySuggestModal, Notice, type App, type Editor, type TFile } from 'obsidian';
import { ui } from '../i18n';
import { mergeTemplateIntoNote } from '../../core/templates/merge';
import { findTemplate, type TemplateEntry } from '../../core/templates/registry';
import { renderTemplate, TemplateError } from '../../core/templates/render';
import { cacheProperties } from '../index/cache-outline';
import type { GrowCoachHost } from '../host';
import { availableTemplates, templateContext } from './templates-source';

/** Replaces the one span where `before` and `after` differ: a single undoable edit. */
export function applyAsOneEdit(editor: Editor, before: string, after: string): void {
  if (before === after) return;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end += 1;
  editor.replaceRange(after.slice(start, after.length - end), editor.offsetToPos(start), editor.offsetToPos(before.length - end));
}

export function insertEntry(host: GrowCoachHost, editor: Editor, file: TFile | null, entry: TemplateEntry): void {
  const language = host.language();
  const cache = file ? host.app.metadataCache.getFileCache(file) : null;
  const props = cacheProperties(cache?.frontmatter);
  const context = templateContext(host, {
    client: props.client ?? '',
    ...(props.date === null ? {} : { date: props.date }),
    ...(file ? { excludeFile: file.path } : {}),
  });
  let rendered: string;
  try {
    rendered = renderTemplate(entry, context);
  } catch (error) {
    const reason = error instanceof TemplateError ? error.message : String(error);
    new Notice(ui('templateFailed', language, { name: entry.title, error: reason }));
    return;
  }
  const before = editor.getValue();
  const after = mergeTemplateIntoNote(before, editor.posToOffset(editor.getCursor()), rendered);
  applyAsOneEdit(editor, before, after);
}

/** Inserts a template by name ("grow-session", "reflective-questions"). */
export async function insertNamed(host: GrowCoachHost, editor: Editor, file: TFile | null, name: string): Promise<void> {
  const entry = findTemplate(await availableTemplates(host), name);
  if (!entry) {
    new Notice(ui('templateNotFound', host.language(), { name }));
    return;
  }
  insertEntry(host, editor, file, entry);
}

/** "Insert template…": every template, built-in and the coach's own, fuzzy-searchable. */
export class TemplatePicker extends FuzzySuggestModal<TemplateEntry> {
  constructor(
    app: App,
    private readonly host: GrowCoachHost,
    private readonly entries: readonly TemplateEntry[],
    private readonly choose: (entry: TemplateEntry) => void,
  ) {
    super(app);
    this.setPlaceholder(ui('templatePick', host.language()));
  }

  override getItems(): TemplateEntry[] {
    return [...this.entries];
  }

  override getItemText(entry: TemplateEntry): string {
    const origin = ui(entry.origin === 'user' ? 'templateOwn' : 'templateBuiltIn', this.host.language());
    return `${entry.title} (${origin})`;
  }

  override onChooseItem(entry: TemplateEntry): void {
    this.choose(entry);
  }
}

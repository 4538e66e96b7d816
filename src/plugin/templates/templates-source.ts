/**
 * The templates a coach can choose from in the plugin: the built-ins in the UI's language, each
 * replaced by a file of the same name in the template folder, plus the coach's other files there
 * (`.hbs` or `.md`). Also the context a template is rendered with: the client's earlier sessions
 * and still-open actions come from the index, not from reading notes again.
 */
import { TFile, TFolder, type Vault } from 'obsidian';
import { localToday } from '../../core/note/dates';
import { normalizeFolder } from '../../core/note/coaching-rules';
import { buildTemplateContext, isSameClient, type TemplateContext } from '../../core/templates/context';
import { localTime } from '../../core/templates/date-format';
import { DEFAULT_TEMPLATE_FOLDER, resolveTemplates, templateNameOf, type TemplateEntry, type UserTemplateFile } from '../../core/templates/registry';
import type { GrowCoachHost } from '../host';

/** The coach's template files: every `.hbs` or `.md` file in the template folder and below it. */
export async function readUserTemplates(vault: Vault, folder: string): Promise<UserTemplateFile[]> {
  const root = vault.getAbstractFileByPath(normalizeFolder(folder));
  if (!(root instanceof TFolder)) return [];
  const files: TFile[] = [];
  const visit = (dir: TFolder): void => {
    for (const child of dir.children) {
      if (child instanceof TFolder) visit(child);
      else if (child instanceof TFile && templateNameOf(child.path) !== null) files.push(child);
    }
  };
  visit(root);
  return Promise.all(files.map(async (file) => ({ path: file.path, source: await vault.cachedRead(file) })));
}

export async function availableTemplates(host: GrowCoachHost): Promise<TemplateEntry[]> {
  const folder = host.settings.templateFolder.trim();
  const files = folder === '' ? [] : await readUserTemplates(host.app.vault, folder);
  return resolveTemplates(host.language(), files);
}

/** True for a note inside a template folder: a template is no session, whatever it says. */
function inTemplateFolder(path: string, folder: string): boolean {
  return [DEFAULT_TEMPLATE_FOLDER, normalizeFolder(folder)].some((dir) => dir !== '' && path.startsWith(`${dir}/`));
}

/**
 * A note's frontmatter from Obsidian's metadata cache (plain values, as `note-kinds.ts` reads
 * them): the kind of note, and an intake's goals. No note is read.
 */
function cachedProperties(host: GrowCoachHost, path: string): Readonly<Record<string, unknown>> | null {
  const file = host.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return null;
  const frontmatter: unknown = host.app.metadataCache.getFileCache(file)?.frontmatter;
  return typeof frontmatter === 'object' && frontmatter !== null ? (frontmatter as Readonly<Record<string, unknown>>) : null;
}

export function templateContext(host: GrowCoachHost, input: { client: string; date?: string; excludeFile?: string }): TemplateContext {
  const sessionNotes = [...host.index.entries()]
    .filter((e) => !inTemplateFolder(e.path, host.settings.templateFolder))
    .map((e) => ({ file: e.path, client: e.client, date: e.date, actions: e.actions, properties: isSameClient(e.client, input.client) ? cachedProperties(host, e.path) : null }));
  return buildTemplateContext({
    client: input.client,
    date: input.date ?? localToday(),
    time: localTime(),
    coach: host.settings.coachName,
    language: host.language(),
    sessionNotes,
    ...(input.excludeFile === undefined ? {} : { excludeFile: input.excludeFile }),
  });
}

/**
 * "Export built-in templates": one `.hbs` file per built-in template, in the UI's language, in the
 * template folder, for the coach to adapt. A file that exists already is never overwritten.
 */
import { Notice, type Plugin } from 'obsidian';
import { normalizeFolder } from '../../core/note/coaching-rules';
import { ui } from '../i18n';
import { planTemplateExport } from '../../core/templates/registry';
import type { GrowCoachHost } from '../host';
import { ensureFolder } from '../vault-folders';

export async function exportTemplates(host: GrowCoachHost): Promise<{ written: string[]; kept: string[] } | null> {
  const language = host.language();
  const folder = normalizeFolder(host.settings.templateFolder);
  if (folder === '') {
    new Notice(ui('exportNoFolder', language));
    return null;
  }
  const { vault } = host.app;
  const plan = planTemplateExport(folder, language, (path) => vault.getAbstractFileByPath(path) !== null);
  await ensureFolder(vault, folder);
  const written: string[] = [];
  const kept: string[] = [];
  for (const step of plan) {
    if (step.action === 'keep') {
      kept.push(step.path);
      continue;
    }
    try {
      await vault.create(step.path, step.source);
      written.push(step.path);
    } catch {
      // Created by someone else in the meantime: keep theirs.
      kept.push(step.path);
    }
  }
  new Notice(ui('exportDone', language, { written: written.length, folder, skipped: kept.length }));
  return { written, kept };
}

export function addExportTemplatesCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'export-built-in-templates',
    name: ui('cmdExportTemplates', host.language()),
    callback: () => void exportTemplates(host),
  });
}

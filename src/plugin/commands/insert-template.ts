/** "Insert template…": choose any template, built-in or the coach's own, and insert it at the cursor. */
import type { Plugin } from 'obsidian';
import { ui } from '../i18n';
import type { GrowCoachHost } from '../host';
import { insertEntry, TemplatePicker } from '../templates/insert-template';
import { availableTemplates } from '../templates/templates-source';

export function addInsertTemplateCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'insert-template',
    name: ui('cmdInsertTemplate', host.language()),
    editorCallback: async (editor, ctx) => {
      const entries = await availableTemplates(host);
      new TemplatePicker(host.app, host, entries, (entry) => insertEntry(host, editor, ctx.file, entry)).open();
    },
  });
}

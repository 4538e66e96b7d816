/** "Insert reflective questions": the reflective questions at the cursor. */
import type { Plugin } from 'obsidian';
import { ui } from '../i18n';
import type { GrowCoachHost } from '../host';
import { insertNamed } from '../templates/insert-template';

export function addInsertReflectiveQuestionsCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'insert-reflective-questions',
    name: ui('cmdInsertQuestions', host.language()),
    editorCallback: (editor, ctx) => insertNamed(host, editor, ctx.file, 'reflective-questions'),
  });
}

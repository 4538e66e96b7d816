/** "Insert GROW session": the GROW session template at the cursor, merged into the note. */
import type { Plugin } from 'obsidian';
import { ui } from '../i18n';
import type { GrowCoachHost } from '../host';
import { insertNamed } from '../templates/insert-template';

export function addInsertGrowSessionCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'insert-grow-session',
    name: ui('cmdInsertSession', host.language()),
    editorCallback: (editor, ctx) => insertNamed(host, editor, ctx.file, 'grow-session'),
  });
}

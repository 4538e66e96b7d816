/** "Parse note into properties": the open note's reading, written into its frontmatter. */
import { Notice, type Plugin, type TFile } from 'obsidian';
import { ui } from '../i18n';
import type { GrowCoachHost } from '../host';
import { parseNote } from '../properties/parse-note';

export function addParseNoteCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'parse-note',
    name: ui('cmdParseNote', host.language()),
    checkCallback: (checking) => {
      const file = host.app.workspace.getActiveFile();
      if (!file || file.extension !== 'md') return false;
      if (!checking) void run(host, file);
      return true;
    },
  });
}

async function run(host: GrowCoachHost, file: TFile): Promise<void> {
  const language = host.language();
  const path = file.path;
  const { rules } = host.settings;
  const outcome = await parseNote(host, file);
  switch (outcome.status) {
    case 'updated':
      new Notice(ui('parseUpdated', language, { file: path }));
      break;
    case 'unchanged':
      new Notice(ui('parseUnchanged', language, { file: path }));
      break;
    case 'refused':
      new Notice(ui('parseRefused', language, { file: path, reason: outcome.reason }));
      break;
    case 'unreadable':
      new Notice(ui('parseUnreadable', language, { file: path }));
      break;
    case 'not-coaching':
      new Notice(ui('parseNotCoaching', language, { file: path, type: rules.type, tag: rules.tag, folder: rules.folder }));
      break;
  }
}

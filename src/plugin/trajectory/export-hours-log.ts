/**
 * "Export coaching hours log": the ICF client coaching log of every client (`core/trajectory/
 * hours.ts`) as a new note with the table, the totals and the EMCC counts, and the same log as a
 * CSV file beside it for the ICF's form. New files only: nothing is overwritten or sent.
 */
import { Notice, type Plugin } from 'obsidian';
import { normalizeFolder } from '../../core/note/coaching-rules';
import { localToday } from '../../core/note/dates';
import { safeFileName } from '../../core/templates/file-names';
import { hoursCsv, hoursLog, hoursMarkdown } from '../../core/trajectory/hours';
import { word } from '../../core/trajectory/words';
import type { GrowCoachHost } from '../host';
import { ui } from '../i18n';
import { createNewFile } from './create-file';
import { clientPage, readClientNotes } from './read';

/** Creates the CSV and the note; returns the note's path, or null after a notice. */
export async function exportHoursLog(host: GrowCoachHost): Promise<string | null> {
  const language = host.language();
  const log = hoursLog(await readClientNotes(host, null), { clientPage: (client) => clientPage(host, client) });
  const folder = normalizeFolder(host.settings.rules.folder);
  const name = safeFileName(word('hoursFileName', language, { date: localToday() }), 'hours');
  const base = `${folder === '' ? '' : `${folder}/`}${name}`;
  try {
    const csv = await createNewFile(host, `${base}.csv`, hoursCsv(log));
    const note = await createNewFile(host, `${base}.md`, `${hoursMarkdown(log, language)}\n${word('hoursCsvFile', language, { file: `[[${csv.path}]]` })}\n`);
    new Notice(ui('hoursCreated', language, { file: note.path }));
    await host.app.workspace.getLeaf(false).openFile(note, { active: true });
    return note.path;
  } catch (error) {
    new Notice(ui('sessionFailed', language, { file: base, error: String(error) }));
    return null;
  }
}

export function addExportHoursLogCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'export-coaching-hours-log',
    name: ui('cmdHoursLog', host.language()),
    callback: () => void exportHoursLog(host),
  });
}

/**
 * "Create sponsor summary": a new note next to the client's notes with the summary for the
 * three-way meeting (`core/trajectory/sponsor.ts`), opened for the coach to read and edit before
 * sharing. Nothing is sent anywhere, and no note is ever overwritten.
 */
import { Notice, type Plugin } from 'obsidian';
import type { Language } from '../../core/i18n';
import { localToday } from '../../core/note/dates';
import { safeFileName } from '../../core/templates/file-names';
import { sponsorSummary } from '../../core/trajectory/sponsor';
import { buildTrajectory } from '../../core/trajectory/trajectory';
import { word } from '../../core/trajectory/words';
import type { GrowCoachHost } from '../host';
import { ui } from '../i18n';
import { createNewFile } from './create-file';
import { withClient } from './open-client-overview';
import { readClientNotes } from './read';

/** Creates the summary of `client` and returns its path, or null after a notice. */
export async function createSponsorSummary(host: GrowCoachHost, client: string): Promise<string | null> {
  const language: Language = host.language();
  const trajectory = buildTrajectory(client, await readClientNotes(host, client));
  if (trajectory.sessions.length === 0) {
    new Notice(ui('clientNoNotes', language, { client }));
    return null;
  }
  const today = localToday();
  const first = trajectory.notes[0]?.file ?? '';
  const folder = first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '';
  const name = safeFileName(word('sponsorFileName', language, { client: trajectory.client, date: today }), 'sponsor');
  try {
    const file = await createNewFile(host, `${folder === '' ? '' : `${folder}/`}${name}.md`, sponsorSummary(trajectory, language, today));
    new Notice(ui('sponsorCreated', language, { file: file.path }));
    await host.app.workspace.getLeaf(false).openFile(file, { active: true });
    return file.path;
  } catch (error) {
    new Notice(ui('sessionFailed', language, { file: name, error: String(error) }));
    return null;
  }
}

export function addCreateSponsorSummaryCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'create-sponsor-summary',
    name: ui('cmdSponsorSummary', host.language()),
    callback: () => withClient(host, (client) => void createSponsorSummary(host, client)),
  });
}

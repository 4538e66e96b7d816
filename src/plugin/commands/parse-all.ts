/**
 * "Parse all coaching notes": every coaching note's reading written into its frontmatter, with a
 * progress notice, then a summary: how many were updated, unchanged, and refused, with reasons.
 */
import { Notice, TFile, type Plugin } from 'obsidian';
import { ui } from '../i18n';
import type { GrowCoachHost } from '../host';
import { parseNote } from '../properties/parse-note';

/** Reasons shown in the summary; the rest are counted. */
const MAX_REASONS = 5;

export interface ParseAllSummary {
  updated: number;
  unchanged: number;
  refused: { file: string; reason: string }[];
}

export async function parseAll(host: GrowCoachHost, progress?: (done: number, total: number) => void): Promise<ParseAllSummary> {
  const language = host.language();
  const paths = [...host.index.entries()].map((e) => e.path).sort();
  const summary: ParseAllSummary = { updated: 0, unchanged: 0, refused: [] };
  for (const [i, path] of paths.entries()) {
    progress?.(i, paths.length);
    const file = host.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) continue;
    const outcome = await parseNote(host, file);
    if (outcome.status === 'updated') summary.updated += 1;
    else if (outcome.status === 'unchanged') summary.unchanged += 1;
    else if (outcome.status === 'refused') summary.refused.push({ file: path, reason: outcome.reason });
    else if (outcome.status === 'unreadable') summary.refused.push({ file: path, reason: ui('parseUnreadable', language, { file: path }) });
  }
  progress?.(paths.length, paths.length);
  return summary;
}

export function addParseAllCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'parse-all-notes',
    name: ui('cmdParseAll', host.language()),
    callback: async () => {
      const language = host.language();
      const notice = new Notice(ui('parseProgress', language, { done: 0, total: 0 }), 0);
      const summary = await parseAll(host, (done, total) => notice.setMessage(ui('parseProgress', language, { done, total })));
      notice.hide();
      const message = createFragment((f) => {
        f.createDiv({ text: ui('parseSummary', language, { updated: summary.updated, unchanged: summary.unchanged, refused: summary.refused.length }) });
        for (const { reason } of summary.refused.slice(0, MAX_REASONS)) f.createDiv({ text: reason });
        const more = summary.refused.length - MAX_REASONS;
        if (more > 0) f.createDiv({ text: ui('parseMoreRefused', language, { n: more }) });
      });
      new Notice(message, summary.refused.length > 0 ? 0 : 8000);
    },
  });
}

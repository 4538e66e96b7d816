/**
 * Parse-on-change (a setting, off by default): when a coaching note changes, its properties are
 * brought up to date a little later, never while the coach is typing in it. A change waits
 * {@link DELAY} ms, and every keystroke in that note's editor starts the wait again, so the write
 * comes only once the editor has been idle that long. The write is itself a change, which finds
 * nothing more to update and stops there.
 */
import { Component, TFile } from 'obsidian';
import type { GrowCoachHost } from '../host';
import { parseNote } from './parse-note';

export const DELAY = 3000;

export class ParseOnChange extends Component {
  private readonly timers = new Map<string, number>();

  constructor(private readonly host: GrowCoachHost) {
    super();
  }

  override onload(): void {
    this.registerEvent(
      this.host.app.workspace.on('editor-change', (_editor, info) => {
        const path = info.file?.path;
        // Typing: push a pending update back; it runs once the editor is idle.
        if (path !== undefined && this.timers.has(path)) this.schedule(path);
      }),
    );
    // From the cache, not the index: a change of prose alone is no change of the index.
    this.registerEvent(
      this.host.app.metadataCache.on('changed', (file, _data, cache) => {
        if (this.host.settings.parseOnChange && this.host.index.ready && this.host.index.isCoaching(file.path, cache)) this.schedule(file.path);
      }),
    );
  }

  override onunload(): void {
    for (const id of this.timers.values()) window.clearTimeout(id);
    this.timers.clear();
  }

  private schedule(path: string): void {
    const pending = this.timers.get(path);
    if (pending !== undefined) window.clearTimeout(pending);
    this.timers.set(
      path,
      window.setTimeout(() => void this.run(path), DELAY),
    );
  }

  private async run(path: string): Promise<void> {
    this.timers.delete(path);
    if (!this.host.settings.parseOnChange) return;
    const file = this.host.app.vault.getAbstractFileByPath(path);
    if (file instanceof TFile) await parseNote(this.host, file);
  }
}

/**
 * `MetadataCache`: `getFileCache()` and the `changed` / `deleted` / `resolve` / `resolved` events.
 *
 * Timing follows Obsidian, because plugins depend on it (and break on it): when a file changes,
 * the vault fires `modify` first, while `getFileCache()` still returns the OLD cache; the cache is
 * recomputed a moment later (Obsidian parses in a worker) and then `changed` fires with the new
 * one, followed by `resolve` and, once nothing is left to parse, `resolved`. The harness defers the
 * parse with `setImmediate` and `flush()` waits for it. At startup the cache is already filled
 * (Obsidian keeps it across sessions), so `getFileCache()` works in `onload()`.
 */
import { setImmediate } from 'node:timers';
import type { CachedMetadata } from 'obsidian';
import type { HarnessContext } from './context';
import { Events, type EventCallback, type EventRef } from './events';
import { computeCachedMetadata, parseLinktext } from './metadata';
import { TFile, type Vault, type VaultChange } from './vault';

export type MetadataTiming = 'deferred' | 'sync';

export class MetadataCache extends Events {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly caches = new Map<string, CachedMetadata>();
  private jobs = 0;

  constructor(
    private readonly vault: Vault,
    private readonly context: HarnessContext,
    private readonly timing: MetadataTiming = 'deferred',
  ) {
    super();
    for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, computeCachedMetadata(vault.readSync(file)));
    for (const file of vault.getMarkdownFiles()) this.resolveLinks(file);
    vault.onInternalChange((change) => this.onVaultChange(change));
  }

  override on(name: 'changed', callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
  override on(name: 'deleted', callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
  override on(name: 'resolve', callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
  override on(name: 'resolved', callback: () => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback as EventCallback, ctx);
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Resolves a link the way Obsidian does: exact path, then same folder, then shortest path. */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const target = parseLinktext(linkpath).path.trim();
    if (target === '') return this.vault.getFileByPath(sourcePath);
    const wanted = target.toLowerCase();
    const withMd = /\.[a-z0-9]+$/i.test(wanted) ? [wanted] : [`${wanted}.md`, wanted];
    const files = this.vault.getFiles();
    for (const w of withMd) {
      const exact = files.find((f) => f.path.toLowerCase() === w);
      if (exact) return exact;
    }
    const sourceFolder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1).toLowerCase() : '';
    for (const w of withMd) {
      const relative = files.find((f) => f.path.toLowerCase() === sourceFolder + w);
      if (relative) return relative;
    }
    const candidates = files
      .filter((f) => withMd.some((w) => f.path.toLowerCase().endsWith(`/${w}`)))
      .sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
    return candidates[0] ?? null;
  }

  /** The shortest link text that resolves to `file` from anywhere ("Shortest path when possible"). */
  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    void sourcePath;
    const name = omitMdExtension && file.extension === 'md' ? file.basename : file.name;
    const sameName = this.vault.getFiles().filter((f) => f.name.toLowerCase() === file.name.toLowerCase());
    if (sameName.length <= 1) return name;
    return omitMdExtension && file.extension === 'md' ? file.path.slice(0, -3) : file.path;
  }

  /** Harness: parse jobs queued and not yet done. */
  get pendingParses(): number {
    return this.jobs;
  }

  private onVaultChange(change: VaultChange): void {
    const { file } = change;
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    switch (change.type) {
      case 'create':
      case 'modify':
        this.schedule(() => this.reparse(file));
        break;
      case 'delete':
        this.schedule(() => {
          const prev = this.caches.get(file.path) ?? null;
          this.caches.delete(file.path);
          delete this.resolvedLinks[file.path];
          delete this.unresolvedLinks[file.path];
          this.trigger('deleted', file, prev);
        });
        break;
      case 'rename': {
        const oldPath = change.oldPath ?? '';
        const cache = this.caches.get(oldPath);
        this.caches.delete(oldPath);
        if (cache) this.caches.set(file.path, cache);
        delete this.resolvedLinks[oldPath];
        delete this.unresolvedLinks[oldPath];
        this.schedule(() => this.resolveLinks(file));
        break;
      }
    }
  }

  private reparse(file: TFile): void {
    if (this.vault.getFileByPath(file.path) !== file) return; // deleted meanwhile
    const data = this.vault.readSync(file);
    const cache = computeCachedMetadata(data);
    this.caches.set(file.path, cache);
    this.trigger('changed', file, data, cache);
    this.resolveLinks(file);
    this.trigger('resolve', file);
  }

  private resolveLinks(file: TFile): void {
    const cache = this.caches.get(file.path);
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    for (const ref of [...(cache?.links ?? []), ...(cache?.embeds ?? [])]) {
      const dest = this.getFirstLinkpathDest(ref.link, file.path);
      if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
      else {
        const key = parseLinktext(ref.link).path;
        if (key !== '') unresolved[key] = (unresolved[key] ?? 0) + 1;
      }
    }
    this.resolvedLinks[file.path] = resolved;
    this.unresolvedLinks[file.path] = unresolved;
  }

  private schedule(job: () => void): void {
    if (this.timing === 'sync') {
      job();
      this.trigger('resolved');
      return;
    }
    this.jobs += 1;
    void this.context.pending.track(
      new Promise<void>((resolve) =>
        setImmediate(() => {
          try {
            job();
          } catch (error) {
            this.context.reportError('metadata cache', error);
          } finally {
            this.jobs -= 1;
            if (this.jobs === 0) this.trigger('resolved');
            resolve();
          }
        }),
      ),
    );
  }
}

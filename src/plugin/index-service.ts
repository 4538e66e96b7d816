/**
 * The live index of coaching notes and their Will actions: a Component that owns its listeners.
 *
 * - Built once the layout is ready, never in `onload`, in chunks that yield to the app, so that
 *   Obsidian starts as fast without the plugin as with it, and typing never waits on it.
 * - Which notes are coaching notes is decided from the metadata cache alone (frontmatter type and
 *   tags, inline tags, folder); no other note is ever read. A coaching note whose cache lists no
 *   task item is not read either: its client and date come from the cached frontmatter.
 * - Kept live by `registerEvent` on the metadata cache's `changed` (which hands over the text, so
 *   nothing is read again), and the vault's `delete` and `rename`.
 * - Each change bumps {@link revision} and triggers `changed`; views compare revisions and redraw
 *   only when something changed and they are shown (Dataview's pattern).
 */
import { Component, Events, TFile, type App, type CachedMetadata, type EventRef } from 'obsidian';
import { hasCoachingTag, inCoachingFolder, type CoachingRules } from '../core/coaching';
import type { Language } from '../core/i18n';
import type { SessionRecord, WillAction } from '../core/session';
import { noteFingerprint } from '../core/toggle';
import { cacheMayHaveTasks, cacheProperties, cacheTags } from './cache-outline';
import { localToday } from '../core/dates';
import { DEFAULT_QUERY, queryActions, sortedActions, type DashboardQuery, type QueryAnswer } from './dashboard-query';
import type { ListAction } from './dashboard-render';
import { readRecord, readWillActions } from './read-note';

/** A coaching note as indexed. */
interface Entry {
  record: SessionRecord;
  /** `noteFingerprint` of the text the record was read from; null when the note was not read. */
  fingerprint: string | null;
}

/** How many notes are read between two pauses of the initial build. */
const CHUNK = 40;

export class IndexService extends Component {
  private readonly notes = new Map<string, Entry>();
  private readonly events = new Events();
  /** Bumped by every event per path, so a slow read never overwrites a newer one. */
  private readonly versions = new Map<string, number>();
  private buildGeneration = 0;
  /** Bumped on every change to the index. */
  revision = 0;
  /** True once the initial build finished. */
  ready = false;
  /** Notes read from disk by the last build (the rest came from the cache or were skipped). */
  readsInBuild = 0;
  /** Every action in the dashboard's order, kept until the next change. */
  private sorted: ListAction[] | null = null;
  /** The last answer, for the same revision, query, day and language (views and blocks share it). */
  private answer: { key: string; answer: QueryAnswer } | null = null;

  constructor(
    private readonly app: App,
    private readonly rules: () => CoachingRules,
    private readonly language: () => Language,
  ) {
    super();
  }

  override onload(): void {
    this.app.workspace.onLayoutReady(() => {
      this.registerEvent(this.app.metadataCache.on('changed', (file, data, cache) => this.onChanged(file, data, cache)));
      this.registerEvent(this.app.vault.on('delete', (file) => this.onDelete(file.path)));
      this.registerEvent(this.app.vault.on('rename', (file, oldPath) => this.onRename(file, oldPath)));
      void this.rebuild();
    });
  }

  override onunload(): void {
    this.buildGeneration += 1;
    this.notes.clear();
  }

  /** `changed` fires with the paths that changed (empty after a rebuild). */
  on(name: 'changed', callback: (paths: readonly string[]) => void): EventRef {
    return this.events.on(name, callback as (...data: unknown[]) => unknown);
  }

  /** Tells every view to draw again though no note changed (the language or a display setting did). */
  touch(): void {
    this.emit([]);
  }

  private emit(paths: readonly string[]): void {
    this.sorted = null;
    this.revision += 1;
    this.events.trigger('changed', paths);
  }

  /** True when the metadata says this is a coaching note. */
  isCoaching(path: string, cache: CachedMetadata | null): boolean {
    const rules = this.rules();
    if (inCoachingFolder(path, rules)) return true;
    if (cache === null) return false;
    const type = cacheProperties(cache.frontmatter).type;
    if (rules.type.trim().length > 0 && type !== null && type.trim() === rules.type.trim()) return true;
    return hasCoachingTag(cacheTags(cache), rules);
  }

  /** Drops everything and reads the vault again (after the coaching-note rules changed). */
  async rebuild(): Promise<void> {
    const generation = ++this.buildGeneration;
    this.ready = false;
    this.notes.clear();
    this.versions.clear();
    this.readsInBuild = 0;
    const files = this.app.vault.getMarkdownFiles();
    for (let i = 0; i < files.length; i += CHUNK) {
      await Promise.all(files.slice(i, i + CHUNK).map((file) => this.indexFile(file, generation)));
      if (generation !== this.buildGeneration) return;
      // Let the app breathe between chunks: typing never waits on the index.
      if (i + CHUNK < files.length) await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
    }
    if (generation !== this.buildGeneration) return;
    this.ready = true;
    this.emit([]);
    // Answer the dashboard's first question now, while nothing is shown: its first draw then
    // only draws.
    this.query(DEFAULT_QUERY, localToday(), this.language());
  }

  private async indexFile(file: TFile, generation: number): Promise<void> {
    const cache = this.app.metadataCache.getFileCache(file);
    // No cache yet: the cache's `changed` event will bring the note when it has one.
    if (cache === null || !this.isCoaching(file.path, cache)) return;
    const version = this.versions.get(file.path) ?? 0;
    let entry: Entry;
    if (!cacheMayHaveTasks(cache)) {
      entry = { record: recordFromCache(file.path, cache), fingerprint: null };
    } else {
      this.readsInBuild += 1;
      const text = await this.app.vault.cachedRead(file);
      entry = { record: readRecord(text, file.path, cache), fingerprint: noteFingerprint(text) };
    }
    if (generation !== this.buildGeneration || (this.versions.get(file.path) ?? 0) !== version) return;
    this.notes.set(file.path, entry);
  }

  private bump(path: string): void {
    this.versions.set(path, (this.versions.get(path) ?? 0) + 1);
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (file.extension !== 'md') return;
    this.bump(file.path);
    if (!this.isCoaching(file.path, cache)) {
      if (this.notes.delete(file.path)) this.emit([file.path]);
      return;
    }
    this.notes.set(file.path, { record: readRecord(data, file.path, cache), fingerprint: noteFingerprint(data) });
    this.emit([file.path]);
  }

  private onDelete(path: string): void {
    this.bump(path);
    if (this.notes.delete(path)) this.emit([path]);
  }

  private onRename(file: unknown, oldPath: string): void {
    this.bump(oldPath);
    const old = this.notes.get(oldPath);
    this.notes.delete(oldPath);
    if (!(file instanceof TFile) || file.extension !== 'md') {
      // A folder: its notes get their own rename events.
      if (old) this.emit([oldPath]);
      return;
    }
    this.bump(file.path);
    const cache = this.app.metadataCache.getFileCache(file);
    if (this.isCoaching(file.path, cache) && cache !== null) {
      if (old) this.notes.set(file.path, { ...old, record: { ...old.record, file: file.path } });
      else void this.indexFile(file, this.buildGeneration).then(() => this.emit([file.path]));
    }
    this.emit([oldPath, file.path]);
  }

  /** Every indexed coaching note's record. */
  records(): IterableIterator<SessionRecord> {
    const entries = this.notes.values();
    return (function* () {
      for (const entry of entries) yield entry.record;
    })();
  }

  record(path: string): SessionRecord | null {
    return this.notes.get(path)?.record ?? null;
  }

  /** The fingerprint of the text the note's actions were read from. */
  fingerprint(path: string): string | undefined {
    return this.notes.get(path)?.fingerprint ?? undefined;
  }

  /** The clients of every coaching note, sorted. */
  clients(): string[] {
    const names = new Set<string>();
    for (const entry of this.notes.values()) if (entry.record.client) names.add(entry.record.client);
    return [...names].sort((a, b) => a.localeCompare(b));
  }

  /** Every action in the dashboard's order (sorted once per change). */
  sortedActions(): readonly ListAction[] {
    this.sorted ??= sortedActions(this.records());
    return this.sorted;
  }

  query(query: DashboardQuery, today: string, language: Language): QueryAnswer {
    const key = `${this.revision}\u0000${today}\u0000${language}\u0000${JSON.stringify(query)}`;
    if (this.answer?.key === key) return this.answer.answer;
    const answer = queryActions(this.sortedActions(), query, today, language);
    this.answer = { key, answer };
    return answer;
  }

  /** The cached metadata of a note when it belongs to exactly this text, else null. */
  cacheOf(path: string, text: string): CachedMetadata | null {
    const entry = this.notes.get(path);
    return entry?.fingerprint === noteFingerprint(text) ? this.app.metadataCache.getCache(path) : null;
  }

  /** The Will actions of a note's current text, for `toggleAction`; null when it cannot be read for sure. */
  locate(path: string): (text: string) => readonly WillAction[] | null {
    return (text) => readWillActions(text, path, this.cacheOf(path, text));
  }
}

/** The record of a note that holds no task item: its properties, from the cache. */
function recordFromCache(path: string, cache: CachedMetadata): SessionRecord {
  const props = cacheProperties(cache.frontmatter);
  return {
    file: path,
    client: props.client,
    date: props.date,
    type: props.type,
    tags: cacheTags(cache),
    goal: null,
    reality: null,
    options: [],
    actions: [],
    scale: null,
    commitment: null,
    warnings: [],
  };
}

/**
 * The live index of coaching notes and their Will actions: a Component that owns its listeners
 * and the core's {@link ActionIndex}.
 *
 * - Built once the layout is ready, never in `onload`, in chunks that yield to the app, so that
 *   Obsidian starts as fast without the plugin as with it, and typing never waits on it.
 * - Which notes are coaching notes is decided from the metadata cache alone (frontmatter type and
 *   tags, inline tags, folder); no other note is ever read. A coaching note whose cache lists no
 *   task item is not read either: its client and date come from the cached frontmatter.
 * - A note's Will actions are read by the fast scanner; where it declines, from the outline of
 *   Obsidian's metadata cache. Its properties come from that cache, parsed once, by Obsidian.
 * - Kept live by `registerEvent` on the metadata cache's `changed` (which hands over the text, so
 *   nothing is read again), and the vault's `delete` and `rename`.
 * - Each change bumps {@link revision} and triggers `changed`; views compare revisions and redraw
 *   only when something changed and they are shown (Dataview's pattern).
 */
import { Component, Events, TFile, type App, type CachedMetadata, type EventRef } from 'obsidian';
import { ActionIndex } from '../../core/actions/action-index';
import type { CoachingRules } from '../../core/note/coaching-rules';
import { localToday } from '../../core/note/dates';
import type { Language } from '../../core/i18n';
import type { ReadOptions } from '../../core/note/record';
import type { OutsideTask } from '../../core/note/reading-warnings';
import type { PhaseWords } from '../../core/note/vocabulary';
import { ui } from '../i18n';
import type { IndexEntry } from '../../core/actions/entry';
import type { WillAction } from '../../core/note/session';
import { noteFingerprint } from '../../core/actions/fingerprint';
import { cacheIsCoaching, cacheKnown, cacheMayHaveTasks } from './cache-outline';
import { DEFAULT_QUERY, queryActions, type ActionQuery } from '../../core/actions/query';
import { labelAnswer, type ShownAnswer } from '../dashboard/groups';
import { noteEntry, readWillActions } from './read-note';

/** How many notes are read between two pauses of the initial build. */
const CHUNK = 40;

export class IndexService extends Component {
  private readonly index = new ActionIndex();
  private readonly events = new Events();
  /** Bumped by every event per path, so a slow read never overwrites a newer one. */
  private readonly versions = new Map<string, number>();
  private buildGeneration = 0;
  /** True once the initial build finished. */
  ready = false;
  /** Notes read by the last build (the others came from the cache alone or were no coaching notes). */
  readsInBuild = 0;
  /** Problems met while reading notes (a note neither reader could read), each naming the note. */
  readonly warnings: string[] = [];
  /** The last answer, for the same revision, query, day and language (views and blocks share it). */
  private answer: { key: string; answer: ShownAnswer } | null = null;

  constructor(
    private readonly app: App,
    private readonly rules: () => CoachingRules,
    private readonly language: () => Language,
    private readonly phaseWords: () => PhaseWords = () => ({}),
  ) {
    super();
  }

  /** How notes are read now: the coach's phase words, warnings in the UI's language. */
  readOptions(): ReadOptions {
    return { phaseWords: this.phaseWords(), language: this.language() };
  }

  private problems: { revision: number; value: ReadingProblems } | null = null;

  /** The coaching notes with tasks outside Will, and those whose frontmatter never closes, by path. */
  readingProblems(): ReadingProblems {
    if (this.problems?.revision === this.index.revision) return this.problems.value;
    const value: ReadingProblems = { outside: [], unclosed: [] };
    for (const entry of this.index.entries()) {
      if (entry.outside !== undefined && entry.outside.length > 0) value.outside.push({ path: entry.path, tasks: entry.outside });
      if (entry.frontmatterUnclosed === true) value.unclosed.push(entry.path);
    }
    value.outside.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    value.unclosed.sort();
    this.problems = { revision: this.index.revision, value };
    return value;
  }

  /** Bumped on every change to the index. */
  get revision(): number {
    return this.index.revision;
  }

  private unloaded = false;

  override onload(): void {
    // While the first build runs, nothing is shown yet: one `changed` when it is ready, not one per note.
    this.register(
      this.index.onChange((paths) => {
        if (this.ready) this.events.trigger('changed', paths);
      }),
    );
    this.app.workspace.onLayoutReady(() => {
      // The plugin may have been turned off before the layout was ready: then register nothing.
      if (this.unloaded) return;
      this.registerEvent(this.app.metadataCache.on('changed', (file, data, cache) => this.onChanged(file, data, cache)));
      this.registerEvent(this.app.vault.on('delete', (file) => this.onDelete(file.path)));
      this.registerEvent(this.app.vault.on('rename', (file, oldPath) => this.onRename(file, oldPath)));
      void this.rebuild();
    });
  }

  override onunload(): void {
    this.unloaded = true;
    this.buildGeneration += 1;
    this.index.clear();
  }

  /** `changed` fires with the paths that changed (none for a rebuild or a settings change). */
  on(name: 'changed', callback: (paths: readonly string[]) => void): EventRef {
    return this.events.on(name, callback as (...data: unknown[]) => unknown);
  }

  /** Tells every view to draw again though no note changed (the language or a display setting did). */
  touch(): void {
    this.events.trigger('changed', []);
  }

  /** True when the metadata says this is a coaching note (the core's one rule). */
  isCoaching(path: string, cache: CachedMetadata | null): boolean {
    return cacheIsCoaching(path, cache, this.rules());
  }

  /** Drops everything and reads the vault again (after the coaching-note rules changed). */
  async rebuild(): Promise<void> {
    const generation = ++this.buildGeneration;
    this.ready = false;
    this.index.clear();
    this.versions.clear();
    this.readsInBuild = 0;
    this.warnings.length = 0;
    const files = this.app.vault.getMarkdownFiles();
    for (let i = 0; i < files.length; i += CHUNK) {
      await Promise.all(files.slice(i, i + CHUNK).map((file) => this.indexFile(file, generation)));
      if (generation !== this.buildGeneration) return;
      // Let the app breathe between chunks: typing never waits on the index.
      if (i + CHUNK < files.length) await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
    }
    if (generation !== this.buildGeneration) return;
    this.ready = true;
    this.touch();
    // Answer the dashboard's first question now, while nothing is shown: its first draw then
    // only draws.
    this.query(DEFAULT_QUERY, localToday(), this.language());
  }

  private async indexFile(file: TFile, generation: number): Promise<void> {
    const cache = this.app.metadataCache.getFileCache(file);
    // No cache yet: a note in the coaching folder is read now (the folder rule needs no metadata);
    // any other note comes with the cache's `changed` event.
    if (!this.isCoaching(file.path, cache)) return;
    const version = this.versions.get(file.path) ?? 0;
    let entry: IndexEntry | null;
    if (cache !== null && !cacheMayHaveTasks(cache)) {
      entry = entryFromCache(file.path, cache);
    } else {
      this.readsInBuild += 1;
      const text = await this.app.vault.cachedRead(file);
      entry = this.read(file.path, text, cache);
    }
    if (generation !== this.buildGeneration || (this.versions.get(file.path) ?? 0) !== version) return;
    if (entry) this.index.set(entry);
  }

  /**
   * The entry of a note's text. The Will actions come from the fast scanner, else from the outline
   * of `cache` (the metadata of this text); the properties from the cache, which Obsidian parsed
   * already, so no YAML is read twice. A note neither reader can read is left out with a warning.
   */
  private read(path: string, text: string, cache: CachedMetadata | null): IndexEntry | null {
    const { entry } = noteEntry(path, text, cache, this.rules(), this.readOptions());
    if (entry === null) {
      const warning = ui('notIndexed', this.language(), { file: path });
      if (!this.warnings.includes(warning)) this.warnings.push(warning);
    }
    return entry;
  }

  private bump(path: string): void {
    this.versions.set(path, (this.versions.get(path) ?? 0) + 1);
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (file.extension !== 'md') return;
    this.bump(file.path);
    const entry = this.isCoaching(file.path, cache) ? this.read(file.path, data, cache) : null;
    if (entry) this.index.set(entry);
    else this.index.delete(file.path);
  }

  private onDelete(path: string): void {
    this.bump(path);
    this.index.delete(path);
  }

  private onRename(file: unknown, oldPath: string): void {
    this.bump(oldPath);
    // A folder: each of its notes gets its own rename event.
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    this.bump(file.path);
    const cache = this.app.metadataCache.getFileCache(file);
    if (!this.isCoaching(file.path, cache)) {
      this.index.delete(oldPath);
    } else if (!this.index.rename(oldPath, file.path)) {
      // Moved into the coaching folder: read it now.
      void this.indexFile(file, this.buildGeneration);
    }
  }

  /** Every indexed coaching note. */
  entries(): IterableIterator<IndexEntry> {
    return this.index.entries();
  }

  entry(path: string): IndexEntry | null {
    return this.index.get(path) ?? null;
  }

  /** The clients of every coaching note, sorted. */
  clients(): string[] {
    const names = new Set<string>();
    for (const entry of this.index.entries()) if (entry.client) names.add(entry.client);
    return [...names].sort((a, b) => a.localeCompare(b));
  }

  /** Open and overdue actions across every coaching note (kept as notes change: no walk). */
  counts(today: string): { open: number; overdue: number } {
    return this.index.counts(today);
  }

  query(query: ActionQuery, today: string, language: Language): ShownAnswer {
    const key = `${this.index.revision}\u0000${today}\u0000${language}\u0000${JSON.stringify(query)}`;
    if (this.answer?.key === key) return this.answer.answer;
    const answer = labelAnswer(queryActions(this.index.sortedActions(), query, today), language);
    this.answer = { key, answer };
    return answer;
  }

  /** The cached metadata of a note when it belongs to exactly this text, else null. */
  cacheOf(path: string, text: string): CachedMetadata | null {
    return this.index.get(path)?.fingerprint === noteFingerprint(text) ? this.app.metadataCache.getCache(path) : null;
  }

  /** The Will actions of a note's current text, for `toggleAction`; null when it cannot be read for sure. */
  locate(path: string): (text: string) => readonly WillAction[] | null {
    return (text) => readWillActions(text, path, this.cacheOf(path, text), this.readOptions());
  }
}

/** What the reading left out, for the dashboard's quiet lines. */
export interface ReadingProblems {
  outside: { path: string; tasks: readonly OutsideTask[] }[];
  unclosed: string[];
}

/** The entry of a note that holds no task item: its properties, from the cache (it was not read). */
function entryFromCache(path: string, cache: CachedMetadata): IndexEntry {
  const { properties: props, tags } = cacheKnown(cache);
  return { path, client: props.client, date: props.date, type: props.type, tags: [...tags], fingerprint: '', actions: [] };
}

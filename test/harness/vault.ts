/**
 * `Vault`, `TFile`, `TFolder` and the data adapter over a REAL folder on disk.
 *
 * Why a real folder: the plugin's promise is that it never loses or mangles a coach's notes; a
 * test can only keep that promise if it reads back the bytes the plugin wrote, and if the CLI
 * (which works on the same folder) sees the same files. Files and folders whose name starts with
 * `.` are not part of the vault, as in Obsidian (`.obsidian/` holds the plugin's data.json).
 *
 * Semantics kept from Obsidian, because plugins get them wrong: file objects keep their identity
 * across renames; `create` fails when the file exists or its folder does not; `process` reads,
 * transforms and writes with nothing in between (it is synchronous inside, so no other write can
 * interleave) and writes through a temporary file, so a crash never leaves half a note; every
 * change fires `create`/`modify`/`delete`/`rename`, and the metadata cache catches up *after*
 * (see `metadata-cache.ts`). `external` simulates edits made outside Obsidian (sync, another
 * editor, the CLI): the disk changes first, then the events fire, as from Obsidian's watcher.
 */
import { Buffer } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import process from 'node:process';
import { setImmediate } from 'node:timers';
import type { HarnessContext } from './context';
import { Events, type EventCallback, type EventRef } from './events';

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

/** obsidian.d.ts `normalizePath`. */
export function normalizePath(p: string): string {
  const cleaned = p
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[\\/]+/g, '/')
    .replace(/^\/+|\/+$/g, '')
    .normalize('NFC');
  return cleaned === '' ? '/' : cleaned;
}

export class TAbstractFile {
  vault!: Vault;
  path = '';
  name = '';
  parent: TFolder | null = null;

  /** Harness: moves the object to a new path (its identity is kept, as in Obsidian). */
  setPath(newPath: string): void {
    this.path = newPath;
    this.name = newPath === '/' ? '' : (newPath.split('/').pop() ?? newPath);
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = '';
  extension = '';

  override setPath(newPath: string): void {
    super.setPath(newPath);
    const dot = this.name.lastIndexOf('.');
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : '';
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === '/';
  }
}

/** Something the vault tells the metadata cache before it tells plugins (Obsidian wires them so). */
export interface VaultChange {
  readonly type: 'create' | 'modify' | 'delete' | 'rename';
  readonly file: TAbstractFile;
  readonly oldPath?: string;
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function parentPath(p: string): string {
  const slash = p.lastIndexOf('/');
  return slash < 0 ? '/' : p.slice(0, slash);
}

export class Vault extends Events {
  readonly configDir = '.obsidian';
  readonly adapter: FileSystemAdapter;
  /** Harness: edits from outside Obsidian (see the module comment). */
  readonly external: ExternalEdits;
  private readonly files = new Map<string, TAbstractFile>();
  private readonly root: TFolder;
  private readonly internal: ((change: VaultChange) => void)[] = [];

  constructor(
    readonly basePath: string,
    private readonly context: HarnessContext,
  ) {
    super();
    if (!fs.statSync(basePath).isDirectory()) throw new Error(`Vault folder is not a directory: ${basePath}`);
    this.root = new TFolder();
    this.root.vault = this;
    this.root.setPath('/');
    this.files.set('/', this.root);
    this.scan(this.root);
    this.adapter = new FileSystemAdapter(this, basePath, context);
    this.external = new ExternalEdits(this, context);
  }

  override on(name: 'create' | 'modify' | 'delete', callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
  override on(name: 'rename', callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: EventCallback, ctx?: unknown): EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback as EventCallback, ctx);
  }

  getName(): string {
    return path.basename(this.basePath);
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(p: string): TAbstractFile | null {
    return this.files.get(normalizePath(p)) ?? null;
  }

  getFileByPath(p: string): TFile | null {
    const file = this.getAbstractFileByPath(p);
    return file instanceof TFile ? file : null;
  }

  getFolderByPath(p: string): TFolder | null {
    const folder = this.getAbstractFileByPath(p);
    return folder instanceof TFolder ? folder : null;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.files.values()];
  }

  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.files.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
  }

  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    cb(root);
    for (const child of root.children) {
      if (child instanceof TFolder) Vault.recurseChildren(child, cb);
      else cb(child);
    }
  }

  async read(file: TFile): Promise<string> {
    return this.readSync(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.readSync(file);
  }

  async readBinary(file: TFile): Promise<ArrayBuffer> {
    const buffer = fs.readFileSync(this.abs(this.mustExist(file).path));
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  }

  getResourcePath(file: TFile): string {
    return `app://local/${encodeURI(this.abs(file.path))}?${file.stat.mtime}`;
  }

  async create(p: string, data: string): Promise<TFile> {
    return this.createSync(normalizePath(p), data);
  }

  async createBinary(p: string, data: ArrayBuffer): Promise<TFile> {
    return this.createSync(normalizePath(p), Buffer.from(data));
  }

  async createFolder(p: string): Promise<TFolder> {
    const norm = normalizePath(p);
    if (this.files.has(norm) || fs.existsSync(this.abs(norm))) throw new Error('Folder already exists.');
    fs.mkdirSync(this.abs(norm), { recursive: true });
    return this.ensureFolder(norm, true);
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.writeExisting(file, data);
  }

  async modifyBinary(file: TFile, data: ArrayBuffer): Promise<void> {
    this.writeExisting(file, Buffer.from(data));
  }

  async append(file: TFile, data: string): Promise<void> {
    this.writeExisting(file, this.readSync(file) + data);
  }

  /**
   * Reads, transforms and writes with nothing in between. `fn` must be synchronous, as in
   * Obsidian: a promise returned from it is an error (it would be written as "[object Promise]").
   */
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const before = this.readSync(file);
    const after: unknown = fn(before);
    if (typeof after !== 'string') throw new TypeError(`Vault.process callback must return a string, got ${typeof after}`);
    if (after !== before) this.writeExisting(file, after);
    return after;
  }

  async delete(file: TAbstractFile, force?: boolean): Promise<void> {
    this.discard(file, force ?? false);
  }

  /** Obsidian moves to the system or `.trash` folder; the harness removes (tests read the disk). */
  async trash(file: TAbstractFile, system: boolean): Promise<void> {
    void system;
    this.discard(file, true);
  }

  /** Harness: removes a file or folder from disk and from the tree, firing `delete`. */
  discard(file: TAbstractFile, force: boolean): void {
    const target = this.mustExist(file);
    if (target instanceof TFolder && target.children.length > 0 && !force) {
      throw new Error(`Folder is not empty: ${target.path}`);
    }
    fs.rmSync(this.abs(target.path), { recursive: true, force: true });
    this.forget(target);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    const target = this.mustExist(file);
    const norm = normalizePath(newPath);
    if (norm === target.path) return;
    if (this.files.has(norm) || fs.existsSync(this.abs(norm))) throw new Error('Destination file already exists!');
    const parent = this.getFolderByPath(parentPath(norm));
    if (!parent) throw new Error(`Destination folder does not exist: ${parentPath(norm)}`);
    fs.renameSync(this.abs(target.path), this.abs(norm));
    this.move(target, norm, parent);
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    const target = this.mustExist(file);
    if (!(target instanceof TFile)) throw new Error('Copying folders is not supported by the harness');
    return (await this.createBinary(newPath, await this.readBinary(target))) as unknown as T;
  }

  // ---------------------------------------------------------------------------------------------
  // Harness internals (used by the adapter, the external edits, the metadata cache).

  /** Absolute path on disk of a vault path. */
  abs(vaultPath: string): string {
    return vaultPath === '/' ? this.basePath : path.join(this.basePath, ...vaultPath.split('/'));
  }

  /** The metadata cache hears about a change before plugins do (Obsidian's own wiring). */
  onInternalChange(listener: (change: VaultChange) => void): () => void {
    this.internal.push(listener);
    return () => {
      const index = this.internal.indexOf(listener);
      if (index >= 0) this.internal.splice(index, 1);
    };
  }

  readSync(file: TFile): string {
    return fs.readFileSync(this.abs(this.mustExist(file).path), 'utf8');
  }

  /** Brings the tree in line with the disk for one path, firing the events a watcher would. */
  syncPath(p: string): void {
    const norm = normalizePath(p);
    const abs = this.abs(norm);
    const known = this.files.get(norm);
    const onDisk = fs.existsSync(abs) ? fs.statSync(abs) : null;
    if (!onDisk) {
      if (known) this.forget(known);
      return;
    }
    if (norm.split('/').some(isHidden)) return;
    if (onDisk.isDirectory()) {
      const folder = known instanceof TFolder ? known : this.ensureFolder(norm, true);
      for (const name of fs.readdirSync(abs)) if (!isHidden(name)) this.syncPath(norm === '/' ? name : `${norm}/${name}`);
      for (const child of [...folder.children]) if (!fs.existsSync(this.abs(child.path))) this.forget(child);
      return;
    }
    if (known instanceof TFile) {
      if (known.stat.mtime === onDisk.mtimeMs && known.stat.size === onDisk.size) return;
      this.setStat(known, onDisk);
      this.emit({ type: 'modify', file: known });
      return;
    }
    const parent = this.ensureFolder(parentPath(norm), true);
    this.emit({ type: 'create', file: this.attachFile(norm, parent, onDisk) });
  }

  /**
   * Harness: fires `create` for every file, as Obsidian does while it loads a vault. Only plugins
   * hear it: the metadata cache already holds these files (Obsidian keeps it across sessions and
   * parses only what changed), so no `changed` follows.
   */
  announceAll(): void {
    for (const file of [...this.files.values()]) if (file !== this.root) this.trigger('create', file);
  }

  private emit(change: VaultChange): void {
    for (const listener of [...this.internal]) listener(change);
    if (change.type === 'rename') this.trigger('rename', change.file, change.oldPath);
    else this.trigger(change.type, change.file);
  }

  private mustExist<T extends TAbstractFile>(file: T): T {
    if (this.files.get(file.path) !== file) throw new Error(`File does not exist in the vault: ${file.path}`);
    return file;
  }

  private scan(folder: TFolder): void {
    for (const entry of fs.readdirSync(this.abs(folder.path), { withFileTypes: true })) {
      if (isHidden(entry.name)) continue;
      const childPath = folder.isRoot() ? entry.name : `${folder.path}/${entry.name}`;
      if (entry.isDirectory()) {
        const child = this.attachFolder(childPath, folder);
        this.scan(child);
      } else if (entry.isFile()) {
        this.attachFile(childPath, folder, fs.statSync(this.abs(childPath)));
      }
    }
  }

  private attachFolder(p: string, parent: TFolder): TFolder {
    const folder = new TFolder();
    folder.vault = this;
    folder.setPath(p);
    folder.parent = parent;
    parent.children.push(folder);
    this.files.set(p, folder);
    return folder;
  }

  private attachFile(p: string, parent: TFolder, stat: fs.Stats): TFile {
    const file = new TFile();
    file.vault = this;
    file.setPath(p);
    file.parent = parent;
    this.setStat(file, stat);
    parent.children.push(file);
    this.files.set(p, file);
    return file;
  }

  private setStat(file: TFile, stat: fs.Stats): void {
    file.stat = { ctime: stat.birthtimeMs || stat.ctimeMs, mtime: stat.mtimeMs, size: stat.size };
  }

  /** Makes the folder chain for `p` known, firing `create` for the new ones when asked. */
  private ensureFolder(p: string, announce: boolean): TFolder {
    if (p === '/') return this.root;
    const known = this.files.get(p);
    if (known instanceof TFolder) return known;
    if (known) throw new Error(`Not a folder: ${p}`);
    const parent = this.ensureFolder(parentPath(p), announce);
    const folder = this.attachFolder(p, parent);
    if (announce) this.emit({ type: 'create', file: folder });
    return folder;
  }

  private createSync(norm: string, data: string | Buffer): TFile {
    if (this.files.has(norm) || fs.existsSync(this.abs(norm))) throw new Error('File already exists.');
    const parent = this.getFolderByPath(parentPath(norm));
    if (!parent) throw new Error(`Folder does not exist: ${parentPath(norm)}`);
    writeAtomic(this.abs(norm), data);
    const file = this.attachFile(norm, parent, fs.statSync(this.abs(norm)));
    this.emit({ type: 'create', file });
    return file;
  }

  private writeExisting(file: TFile, data: string | Buffer): void {
    this.mustExist(file);
    writeAtomic(this.abs(file.path), data);
    this.setStat(file, fs.statSync(this.abs(file.path)));
    this.emit({ type: 'modify', file });
  }

  /** Removes a file or folder (and its descendants) from the tree, firing `delete` deepest first. */
  private forget(file: TAbstractFile): void {
    if (file instanceof TFolder) for (const child of [...file.children]) this.forget(child);
    const parent = file.parent;
    if (parent) parent.children = parent.children.filter((c) => c !== file);
    this.files.delete(file.path);
    this.emit({ type: 'delete', file });
  }

  private move(file: TAbstractFile, newPath: string, parent: TFolder): void {
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    parent.children.push(file);
    file.parent = parent;
    const moved: [TAbstractFile, string][] = [];
    const relocate = (f: TAbstractFile, p: string): void => {
      moved.push([f, f.path]);
      this.files.delete(f.path);
      f.setPath(p);
      this.files.set(p, f);
      if (f instanceof TFolder) for (const child of f.children) relocate(child, `${p}/${child.name}`);
    };
    relocate(file, newPath);
    for (const [f, old] of moved) this.emit({ type: 'rename', file: f, oldPath: old });
  }
}

/** Writes through a temporary file in the same folder, then renames: a reader never sees half. */
export function writeAtomic(absPath: string, data: string | Buffer): void {
  const dir = path.dirname(absPath);
  const tmp = path.join(dir, `.${path.basename(absPath)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, absPath);
}

/**
 * `vault.adapter`: direct disk access. Obsidian learns about adapter writes from its file
 * watcher, a moment later; so does the harness (the sync is deferred and awaited by `flush()`).
 */
export class FileSystemAdapter {
  constructor(
    private readonly vault: Vault,
    private readonly basePath: string,
    private readonly context: HarnessContext,
  ) {}

  getName(): string {
    return path.basename(this.basePath);
  }

  getBasePath(): string {
    return this.basePath;
  }

  getFullPath(normalizedPath: string): string {
    return this.vault.abs(normalizePath(normalizedPath));
  }

  async exists(normalizedPath: string): Promise<boolean> {
    return fs.existsSync(this.getFullPath(normalizedPath));
  }

  async stat(normalizedPath: string): Promise<{ type: 'file' | 'folder'; ctime: number; mtime: number; size: number } | null> {
    const abs = this.getFullPath(normalizedPath);
    if (!fs.existsSync(abs)) return null;
    const s = fs.statSync(abs);
    return { type: s.isDirectory() ? 'folder' : 'file', ctime: s.birthtimeMs || s.ctimeMs, mtime: s.mtimeMs, size: s.size };
  }

  async list(normalizedPath: string): Promise<{ files: string[]; folders: string[] }> {
    const norm = normalizePath(normalizedPath);
    const files: string[] = [];
    const folders: string[] = [];
    for (const entry of fs.readdirSync(this.getFullPath(norm), { withFileTypes: true })) {
      const p = norm === '/' ? entry.name : `${norm}/${entry.name}`;
      (entry.isDirectory() ? folders : files).push(p);
    }
    return { files, folders };
  }

  async read(normalizedPath: string): Promise<string> {
    return fs.readFileSync(this.getFullPath(normalizedPath), 'utf8');
  }

  async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
    const buffer = fs.readFileSync(this.getFullPath(normalizedPath));
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  }

  async write(normalizedPath: string, data: string): Promise<void> {
    const abs = this.getFullPath(normalizedPath);
    if (!fs.existsSync(path.dirname(abs))) throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
    writeAtomic(abs, data);
    this.watch(normalizedPath);
  }

  async writeBinary(normalizedPath: string, data: ArrayBuffer): Promise<void> {
    writeAtomic(this.getFullPath(normalizedPath), Buffer.from(data));
    this.watch(normalizedPath);
  }

  async append(normalizedPath: string, data: string): Promise<void> {
    fs.appendFileSync(this.getFullPath(normalizedPath), data);
    this.watch(normalizedPath);
  }

  async process(normalizedPath: string, fn: (data: string) => string): Promise<string> {
    const abs = this.getFullPath(normalizedPath);
    const after = fn(fs.readFileSync(abs, 'utf8'));
    writeAtomic(abs, after);
    this.watch(normalizedPath);
    return after;
  }

  async mkdir(normalizedPath: string): Promise<void> {
    fs.mkdirSync(this.getFullPath(normalizedPath), { recursive: true });
    this.watch(normalizedPath);
  }

  async remove(normalizedPath: string): Promise<void> {
    fs.rmSync(this.getFullPath(normalizedPath));
    this.watch(normalizedPath);
  }

  async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
    fs.rmSync(this.getFullPath(normalizedPath), { recursive });
    this.watch(normalizedPath);
  }

  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    fs.renameSync(this.getFullPath(normalizedPath), this.getFullPath(normalizedNewPath));
    this.watch(normalizedPath);
    this.watch(normalizedNewPath);
  }

  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    fs.copyFileSync(this.getFullPath(normalizedPath), this.getFullPath(normalizedNewPath));
    this.watch(normalizedNewPath);
  }

  async trashSystem(normalizedPath: string): Promise<boolean> {
    await this.remove(normalizedPath);
    return true;
  }

  async trashLocal(normalizedPath: string): Promise<void> {
    await this.remove(normalizedPath);
  }

  getResourcePath(normalizedPath: string): string {
    return `app://local/${encodeURI(this.getFullPath(normalizedPath))}`;
  }

  private watch(normalizedPath: string): void {
    const norm = normalizePath(normalizedPath);
    void this.context.pending.track(
      new Promise<void>((resolve) =>
        setImmediate(() => {
          try {
            this.vault.syncPath(norm);
          } finally {
            resolve();
          }
        }),
      ),
    );
  }
}

/**
 * Edits made outside Obsidian, for tests: the disk changes, then the vault fires what Obsidian's
 * file watcher would (`create`, `modify`, `delete`, `rename` as delete + create), and the metadata
 * cache follows with `changed`.
 */
export class ExternalEdits {
  constructor(
    private readonly vault: Vault,
    private readonly context: HarnessContext,
  ) {}

  /** Writes a file (creating its folders) and fires `create` or `modify`. */
  writeFile(vaultPath: string, content: string): void {
    const norm = normalizePath(vaultPath);
    const abs = this.vault.abs(norm);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const before = fs.existsSync(abs) ? fs.statSync(abs).mtimeMs : null;
    fs.writeFileSync(abs, content);
    // Two writes within the clock's resolution would look unchanged to the watcher; a real editor
    // save always moves mtime forward, so make sure it does here too.
    if (before !== null && fs.statSync(abs).mtimeMs <= before) {
      const later = new Date(before + 1);
      fs.utimesSync(abs, later, later);
    }
    this.vault.syncPath(norm);
  }

  /** Deletes a file or folder from disk and fires `delete`. */
  deleteFile(vaultPath: string): void {
    const norm = normalizePath(vaultPath);
    fs.rmSync(this.vault.abs(norm), { recursive: true, force: true });
    this.vault.syncPath(norm);
  }

  /** Renames on disk; a watcher sees the old path go and the new one come. */
  renameFile(from: string, to: string): void {
    const src = this.vault.abs(normalizePath(from));
    const dst = this.vault.abs(normalizePath(to));
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.renameSync(src, dst);
    this.vault.syncPath(from);
    this.vault.syncPath(to);
  }

  /** Reads a file straight from disk (what the coach would see in another editor). */
  readFile(vaultPath: string): string {
    return fs.readFileSync(this.vault.abs(normalizePath(vaultPath)), 'utf8');
  }

  /** Re-reads the whole folder and fires events for every difference. */
  rescan(): void {
    this.vault.syncPath('/');
    void this.context;
  }
}

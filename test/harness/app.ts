/**
 * `App`: the vault, metadata cache, workspace and file manager of one fake Obsidian, plus the
 * command palette (`commands`), which Obsidian keeps private but a test needs to run a command
 * the way a user would.
 */
import { guarded, isThenable, type HarnessContext } from './context';
import type { Editor } from './editor';
import { FileManager } from './file-manager';
import { MetadataCache, type MetadataTiming } from './metadata-cache';
import { Keymap, Scope } from './keymap';
import { Vault } from './vault';
import { MarkdownView, Workspace } from './workspace';

/** obsidian.d.ts `Command`. */
export interface Command {
  id: string;
  name: string;
  icon?: string;
  mobileOnly?: boolean;
  repeatable?: boolean;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
  editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
  hotkeys?: unknown[];
}

/** The command palette: what `Plugin.addCommand` fills and `executeCommandById` runs. */
export class Commands {
  private readonly commands = new Map<string, Command>();

  constructor(private readonly app: App) {}

  add(command: Command): void {
    this.commands.set(command.id, command);
  }

  remove(id: string): void {
    this.commands.delete(id);
  }

  get(id: string): Command | undefined {
    return this.commands.get(id);
  }

  list(): Command[] {
    return [...this.commands.values()];
  }

  /** Whether the command would show in the palette now (its check callbacks say yes). */
  isAvailable(id: string): boolean {
    const command = this.commands.get(id);
    if (!command) return false;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCheckCallback) return view ? Boolean(command.editorCheckCallback(true, view.editor, view)) : false;
    if (command.editorCallback) return view !== null;
    if (command.checkCallback) return Boolean(command.checkCallback(true));
    return command.callback !== undefined;
  }

  /**
   * Runs a command as the palette does: check callbacks first, editor commands only with an
   * active markdown view. Returns whether it ran. Errors are recorded, as Obsidian logs them.
   */
  executeCommandById(id: string): boolean {
    const command = this.commands.get(id);
    if (!command || !this.isAvailable(id)) return false;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    guarded(`command ${id}`, () => {
      let result: unknown;
      if (command.editorCheckCallback && view) result = command.editorCheckCallback(false, view.editor, view);
      else if (command.editorCallback && view) result = command.editorCallback(view.editor, view);
      else if (command.checkCallback) result = command.checkCallback(false);
      else result = command.callback?.();
      if (isThenable(result)) void this.app.context.pending.track(Promise.resolve(result));
      return result;
    });
    return true;
  }
}

export interface AppOptions {
  readonly vaultDir: string;
  readonly metadataTiming?: MetadataTiming;
}

export class App {
  readonly vault: Vault;
  readonly metadataCache: MetadataCache;
  readonly workspace: Workspace;
  readonly fileManager: FileManager;
  readonly keymap = new Keymap();
  readonly scope = new Scope();
  readonly commands: Commands;
  lastEvent: UIEvent | null = null;

  constructor(
    readonly context: HarnessContext,
    options: AppOptions,
  ) {
    this.vault = new Vault(options.vaultDir, context);
    this.metadataCache = new MetadataCache(this.vault, context, options.metadataTiming);
    this.workspace = new Workspace(this, context);
    this.fileManager = new FileManager(this);
    this.commands = new Commands(this);
  }

  loadLocalStorage(key: string): unknown {
    const raw = this.context.window.localStorage.getItem(`${this.vault.getName()}-${key}`);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }

  saveLocalStorage(key: string, data: unknown): void {
    const storageKey = `${this.vault.getName()}-${key}`;
    if (data === null || data === undefined) this.context.window.localStorage.removeItem(storageKey);
    else this.context.window.localStorage.setItem(storageKey, JSON.stringify(data));
  }

  isDarkMode(): boolean {
    return false;
  }
}

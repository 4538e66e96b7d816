/**
 * `FileManager`: `processFrontMatter` (the plugin's only way to write properties), renaming,
 * trashing and link generation.
 *
 * `processFrontMatter` works like Obsidian's: the YAML is parsed (with the `yaml` package), the
 * callback mutates the object synchronously, and the frontmatter is written back, through
 * `Vault.process`, with the body untouched. A callback that returns a promise is recorded as an
 * error: Obsidian does not await it, so its changes would be lost.
 */
import type { App } from './app';
import { isThenable } from './context';
import { getFrontMatterInfo } from './metadata';
import { TFile, TFolder, type TAbstractFile } from './vault';
import { parseYaml, stringifyYaml } from './yaml';

export class FileManager {
  constructor(private readonly app: App) {}

  getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
    void sourcePath;
    void newFilePath;
    return this.app.vault.getRoot();
  }

  /** Renames through the vault. Obsidian also rewrites links to the file; the harness does not. */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.app.vault.rename(file, newPath);
  }

  async promptForDeletion(file: TAbstractFile): Promise<boolean> {
    await this.trashFile(file);
    return true;
  }

  /** Obsidian trashes as the user chose (system or `.trash`); the harness removes the file. */
  async trashFile(file: TAbstractFile): Promise<void> {
    this.app.vault.discard(file, true);
  }

  /** A wikilink with the shortest unambiguous path (Obsidian's default link settings). */
  generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const linktext = this.app.metadataCache.fileToLinktext(file, sourcePath, true);
    return `[[${linktext}${subpath ?? ''}${alias ? `|${alias}` : ''}]]`;
  }

  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.app.vault.process(file, (text) => {
      const info = getFrontMatterInfo(text);
      const parsed: unknown = info.exists ? parseYaml(info.frontmatter) : {};
      const frontmatter = parsed === null || parsed === undefined ? {} : parsed;
      if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) throw new Error(`Frontmatter of ${file.path} is not a mapping`);
      const result: unknown = fn(frontmatter as Record<string, unknown>);
      if (isThenable(result)) {
        this.app.context.reportError(
          `processFrontMatter(${file.path})`,
          new Error('processFrontMatter callback returned a promise; Obsidian does not await it'),
        );
      }
      const keys = Object.keys(frontmatter);
      if (!info.exists && keys.length === 0) return text;
      const yaml = keys.length === 0 ? '' : stringifyYaml(frontmatter);
      const body = info.exists ? text.slice(info.contentStart) : text;
      return `---\n${yaml}---\n${body}`;
    });
  }

  async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    void sourcePath;
    const dot = filename.lastIndexOf('.');
    const base = dot > 0 ? filename.slice(0, dot) : filename;
    const ext = dot > 0 ? filename.slice(dot) : '';
    for (let n = 0; ; n++) {
      const candidate = n === 0 ? filename : `${base} ${n}${ext}`;
      if (!this.app.vault.getAbstractFileByPath(candidate)) return candidate;
    }
  }
}

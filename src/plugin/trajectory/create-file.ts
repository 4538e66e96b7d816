/** Creates a new file in the vault (folders too) and never overwrites one: ` (2)` is added instead. */
import { TFile, TFolder } from 'obsidian';
import { uniquePath } from '../../core/templates/file-names';
import type { GrowCoachHost } from '../host';

export async function createNewFile(host: GrowCoachHost, candidate: string, text: string): Promise<TFile> {
  const { vault } = host.app;
  const path = uniquePath(candidate, (p) => vault.getAbstractFileByPath(p) !== null);
  const parts = path.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i += 1) {
    const dir = parts.slice(0, i).join('/');
    const found = vault.getAbstractFileByPath(dir);
    if (!(found instanceof TFolder) && found === null) await vault.createFolder(dir);
  }
  // `create` fails when the file exists: nothing is ever overwritten.
  return vault.create(path, text);
}

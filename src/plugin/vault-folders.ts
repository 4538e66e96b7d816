/** Creating folders in the vault: the one loop the commands that write new files share. */
import { TFolder, type Vault } from 'obsidian';

/**
 * Creates `dir` and every missing folder above it (a vault-relative path, `/`-separated). Where a
 * file stands in the way, the vault's `createFolder` refuses (its error reaches the caller);
 * nothing is overwritten.
 */
export async function ensureFolder(vault: Vault, dir: string): Promise<void> {
  const parts = dir.split('/').filter((part) => part !== '');
  for (let i = 1; i <= parts.length; i += 1) {
    const path = parts.slice(0, i).join('/');
    if (!(vault.getAbstractFileByPath(path) instanceof TFolder)) await vault.createFolder(path);
  }
}

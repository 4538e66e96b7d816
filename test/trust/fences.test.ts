/**
 * The fences of docs/architecture.md, proved to fire: ESLint (the project's own config, as `npm
 * run lint` runs it) is given an import that crosses a fence, placed in a real file of the room,
 * and must report it; the same file with an allowed import must pass the fence.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });
const RULE = '@typescript-eslint/no-restricted-imports';

/** The fence messages ESLint gives for `code` as the text of `file` (a file of the repository). */
async function fenceMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

const CORE_FILE = 'src/core/note/lines.ts';
const PLUGIN_FILE = 'src/plugin/dashboard/groups.ts';
const use = (name: string) => `\nexport const used = ${name};\n`;

describe('the import fences', () => {
  it('src/core may not import obsidian, Node (node:* or bare), the plugin or the CLI', async () => {
    const crossings: [string, RegExp][] = [
      [`import { Notice } from 'obsidian';${use('Notice')}`, /no obsidian/],
      [`import type { App } from 'obsidian';\nexport type A = App;\n`, /no obsidian/],
      [`import { readFileSync } from 'node:fs';${use('readFileSync')}`, /no Node modules/],
      [`import { readFileSync } from 'fs';${use('readFileSync')}`, /no Node modules/],
      [`import path from 'path';${use('path')}`, /no Node modules/],
      [`import { ui } from '../../plugin/i18n';${use('ui')}`, /Data flows one way/],
      [`import { UsageError } from '../../cli/io';${use('UsageError')}`, /Data flows one way/],
    ];
    for (const [code, message] of crossings) {
      const messages = await fenceMessages(CORE_FILE, code);
      expect(messages, code).toHaveLength(1);
      expect(messages[0], code).toMatch(message);
    }
  }, 120_000);

  it('src/plugin may not import the remark reading (or remark itself) nor the CLI', async () => {
    const crossings: [string, RegExp][] = [
      [`import { readNote } from '../../core/note/remark-reading';${use('readNote')}`, /never loads remark/],
      [`import { unified } from 'unified';${use('unified')}`, /never loads remark/],
      [`import { run } from '../../cli/main';${use('run')}`, /two shells of one core/],
    ];
    for (const [code, message] of crossings) {
      const messages = await fenceMessages(PLUGIN_FILE, code);
      expect(messages, code).toHaveLength(1);
      expect(messages[0], code).toMatch(message);
    }
  }, 120_000);

  it('lets the allowed imports through', async () => {
    expect(await fenceMessages(CORE_FILE, `import { findFrontmatter } from './frontmatter-range';${use('findFrontmatter')}`)).toEqual([]);
    expect(await fenceMessages(CORE_FILE, `import { parseDocument } from 'yaml';${use('parseDocument')}`)).toEqual([]);
    expect(
      await fenceMessages(
        PLUGIN_FILE,
        `import { Notice } from 'obsidian';\nimport { scanOutline } from '../../core/note/scan';\nexport const used = [Notice, scanOutline];\n`,
      ),
    ).toEqual([]);
    // The CLI may read with remark: it is the fallback there.
    expect(await fenceMessages('src/cli/read-record.ts', `import { readNote } from '../core/note/remark-reading';${use('readNote')}`)).toEqual([]);
  }, 120_000);
});

/**
 * The floor process of the CLI benchmark: what any tool must do to answer `actions` — start Node,
 * walk the vault (dot-folders skipped), read every `.md` file, split it into lines and regex-scan
 * for headings and task items — and nothing else. `node dist/bench-floor.cjs <vault>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADING = /^ {0,3}#{1,6}[ \t]/;
const TASK = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/;

let hits = 0;
const walk = (dir: string): void => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.md')) {
      for (const line of readFileSync(full, 'utf8').split(/\r\n|\r|\n/)) if (HEADING.test(line) || TASK.test(line)) hits += 1;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${hits}\n`);

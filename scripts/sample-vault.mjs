// `node scripts/sample-vault.mjs` (after the build): writes the coaching notes of
// examples/sample-vault/ from the built-in templates, as the demo does, dated relative to a fixed
// day (20 November 2026) so that the committed sample stays the same from run to run.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { writeDemoVault } from './demo-vault.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const vault = path.join(root, 'examples', 'sample-vault');
rmSync(path.join(vault, 'Coaching'), { recursive: true, force: true });
for (const file of writeDemoVault(vault, '2026-11-20')) console.log(file);

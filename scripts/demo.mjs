// `npm run demo` (after the build): writes demo-vault/ with sample coaching notes made from the
// built-in templates and dated relative to today (scripts/demo-vault.mjs), installs the built
// plugin into it as Obsidian expects, and shows `grow-coach actions demo-vault`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeDemoVault } from './demo-vault.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const vault = path.join(root, 'demo-vault');

for (const file of ['main.js', 'manifest.json', 'styles.css', 'dist/cli.cjs']) {
  if (!existsSync(path.join(root, file))) {
    console.error(`demo: ${file} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
}

rmSync(vault, { recursive: true, force: true });
mkdirSync(vault, { recursive: true });
// The notes that are no coaching sessions: a client page with a grow-actions block, a weekly review.
cpSync(path.join(root, 'examples', 'sample-vault', 'Clients'), path.join(vault, 'Clients'), { recursive: true });
cpSync(path.join(root, 'examples', 'sample-vault', 'Weekly review.md'), path.join(vault, 'Weekly review.md'));
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
writeDemoVault(vault, today);

const pluginDir = path.join(vault, '.obsidian', 'plugins', 'grow-coach');
mkdirSync(pluginDir, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) cpSync(path.join(root, file), path.join(pluginDir, file));
writeFileSync(path.join(vault, '.obsidian', 'community-plugins.json'), JSON.stringify(['grow-coach'], null, 2));

console.log(`Demo vault written to ${path.relative(process.cwd(), vault) || '.'}/ (open it in Obsidian: the plugin is installed).`);
console.log('\n$ grow-coach actions demo-vault\n');
const result = spawnSync(process.execPath, [path.join(root, 'bin', 'grow-coach.cjs'), 'actions', vault], { stdio: 'inherit' });
process.exit(result.status ?? 1);

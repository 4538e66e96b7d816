// `npm run demo` (after the build): writes demo-vault/ from the bundled sample notes, installs the
// built plugin into it as Obsidian expects, and shows `grow-coach actions demo-vault`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const vault = path.join(root, 'demo-vault');
rmSync(vault, { recursive: true, force: true });
cpSync(path.join(root, 'examples', 'sample-vault'), vault, { recursive: true });

const pluginDir = path.join(vault, '.obsidian', 'plugins', 'grow-coach');
mkdirSync(pluginDir, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) {
  const from = path.join(root, file);
  if (!existsSync(from)) {
    console.error(`demo: ${file} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
  cpSync(from, path.join(pluginDir, file));
}
writeFileSync(path.join(vault, '.obsidian', 'community-plugins.json'), JSON.stringify(['grow-coach'], null, 2));

console.log(`Demo vault written to ${path.relative(process.cwd(), vault) || '.'}/ (open it in Obsidian: the plugin is installed).`);
console.log('\n$ grow-coach actions demo-vault\n');
const result = spawnSync(process.execPath, [path.join(root, 'bin', 'grow-coach.cjs'), 'actions', vault], { stdio: 'inherit' });
process.exit(result.status ?? 1);

// The project's test command: type check, lint, every vitest suite, then one plain closing line
// `N passed, N failed` that CI reads. Each gate (tsc, eslint) counts as one test.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;

let passed = 0;
let failed = 0;
const gate = (name, ok) => {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
};

gate('tsc --noEmit (strict)', run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']));
// The same gate as `npm run lint`: eslint (eslint-plugin-obsidianmd recommended, no warnings) and Prettier's check.
gate('npm run lint (eslint, no warnings; prettier --check)', run('npm', ['run', '--silent', 'lint']));

const out = path.join(root, 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const report = path.join(out, 'vitest.json');
const extra = process.argv.slice(2);
run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + json.numPendingTests + json.numTodoTests;
  // A suite that fails to load has no tests to count: count it as a failure.
  for (const suite of json.testResults) if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1;
} catch (error) {
  console.log(`FAILED: vitest wrote no report (${String(error)})`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Code that never runs inside Obsidian: the CLI, the tests and their harness, build scripts. */
const NODE_CODE = ['src/cli/**', 'test/**', 'scripts/**', 'bin/**', '*.config.{mjs,ts}'];

/**
 * The fences between the rooms (docs/architecture.md): what a folder of src/ may import. The
 * recommended config's own list of banned packages (axios, moment…) is kept in each fence, since
 * a rule's options in a later block replace those of an earlier one.
 */
const RECOMMENDED_BANS = obsidianmd.configs.recommended
  .filter((block) => block.rules?.['@typescript-eslint/no-restricted-imports'])
  .flatMap((block) => block.rules['@typescript-eslint/no-restricted-imports'].slice(1))
  .filter((ban, i, all) => all.findIndex((other) => other.name === ban.name) === i);

const NO_NODE = [
  ...builtinModules.map((name) => ({ name, message: 'src/core is pure TypeScript: no Node modules (the shells bring files in).' })),
  { name: 'obsidian', message: 'src/core is pure TypeScript: no obsidian (src/plugin adapts the core to Obsidian).' },
];

const FENCES = {
  core: {
    paths: [...RECOMMENDED_BANS, ...NO_NODE],
    patterns: [
      { regex: '^node:', message: 'src/core is pure TypeScript: no Node modules (the shells bring files in).' },
      { regex: '^(\\.\\./)+(plugin|cli)(/|$)', message: 'Data flows one way: the shells (src/plugin, src/cli) import the core, never the reverse.' },
    ],
  },
  plugin: {
    paths: [...RECOMMENDED_BANS],
    patterns: [
      {
        regex: '(^|/)note/remark-reading$|^(unified|remark-[a-z-]+|mdast-util-[a-z-]+|micromark[a-z-]*)$',
        message: 'The plugin never loads remark: it reads by the fast scanner and the metadata cache (remark is the CLI fallback and the reference).',
      },
      { regex: '^(\\.\\./)+cli(/|$)', message: 'The plugin and the CLI are two shells of one core: share code through src/core.' },
    ],
  },
};

export default defineConfig([
  {
    ignores: ['node_modules/', 'dist/', 'main.js', 'demo-vault/', 'test-results/', '.bench-vault/', '.bench-vault-rough*/', 'coverage/'],
  },
  // The plugin's recommended rules, for everything (the core and the plugin above all).
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'vitest.config.ts', 'scripts/*.mjs', 'bin/*.cjs'],
          // scripts/ holds the demo, sample-vault and race scripts besides the test runner.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
      },
    },
  },
  // TypeScript itself reports undefined names (and knows ambient ones such as `NodeJS`).
  { files: ['**/*.ts'], rules: { 'no-undef': 'off' } },
  // Node code may use Node: the mobile-safety rules guard what Obsidian loads, and the CLI and
  // scripts print to the terminal on purpose. Every other rule stays on.
  {
    files: NODE_CODE,
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/hardcoded-config-path': 'off',
      'obsidianmd/rule-custom-message': 'off',
      'obsidianmd/regex-lookbehind': 'off',
      'no-console': 'off',
    },
  },
  { files: ['src/core/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', FENCES.core] } },
  { files: ['src/plugin/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', FENCES.plugin] } },
  {
    files: ['bin/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The scanner compares character codes (numbers from `charCodeAt`) with the named codes of its
  // `codes` const enum, which the bundle inlines: that comparison is the point of the names.
  {
    files: ['src/core/note/scan/**'],
    rules: { '@typescript-eslint/no-unsafe-enum-comparison': 'off' },
  },
  // The fake obsidian module imitates Obsidian's own internals (prototype helpers, `this`-bound
  // callbacks, inline display toggles), which the plugin itself must never do.
  {
    files: ['test/harness/**'],
    rules: {
      '@typescript-eslint/no-this-alias': 'off',
      'obsidianmd/no-static-styles-assignment': 'off',
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-instanceof': 'off',
    },
  },
]);

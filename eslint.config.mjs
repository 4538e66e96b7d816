import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

/** Code that never runs inside Obsidian: the CLI, the tests and their harness, build scripts. */
const NODE_CODE = ['src/cli/**', 'test/**', 'scripts/**', 'bin/**', '*.config.{mjs,ts}'];

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
  {
    files: ['bin/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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

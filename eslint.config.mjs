import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';

export default defineConfig([
  {
    ignores: ['node_modules/', 'dist/', 'main.js', 'demo-vault/', 'test-results/', '.bench-vault/', 'coverage/'],
  },
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
]);

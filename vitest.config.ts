import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Mirrors esbuild's `text` loader: a `.hbs` import is the template's source. */
const handlebarsAsText: Plugin = {
  name: 'hbs-as-text',
  load(id) {
    if (!id.endsWith('.hbs')) return null;
    return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
  },
};

export default defineConfig({
  plugins: [handlebarsAsText],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

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

/**
 * Test the dependencies' shipped builds, as esbuild bundles them (no `development` condition):
 * unified's `devlop` development assertions fire on input the production build reads fine
 * (`+\n[ ] x`), and it is the production reading that GROW Coach runs and must agree with.
 * Vitest derives the `development`/`production` condition from NODE_ENV.
 */
process.env.NODE_ENV = 'production';

export default defineConfig({
  plugins: [handlebarsAsText],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

// Builds the plugin's main.js (CommonJS, as Obsidian loads it), the CLI and the benchmark.
//   node esbuild.config.mjs production          all of them, minified main.js (`npm run build`)
//   node esbuild.config.mjs production --demo   main.js and the CLI only, printing warnings and
//                                               errors only (`npm run demo`: a first look needs no
//                                               benchmark and no table of bundle sizes)
//   node esbuild.config.mjs                     all of them, watching (`npm run dev`)
import esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';

const production = process.argv.includes('production');
const demo = process.argv.includes('--demo');
const require = createRequire(import.meta.url);

/**
 * micromark's entity decoder resolves, under the browser condition, to a build that assigns
 * `innerHTML`. GROW Coach never builds HTML from strings, so pin the plain build everywhere.
 */
const plainEntityDecoder = path.join(path.dirname(require.resolve('decode-named-character-reference')), 'index.js');

/**
 * `yaml` is a pure library without side effects on import, but does not say so in its
 * package.json; saying it for the plugin lets esbuild drop the modules GROW Coach never reaches
 * (about 0.9 KB of the 250 KB budget). The tests that write frontmatter run against main.js.
 */
const yamlWithoutSideEffects = {
  name: 'yaml-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving' || !(args.path === 'yaml' || args.importer.includes('/node_modules/yaml/'))) return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      return { ...result, sideEffects: false };
    });
  },
};

/**
 * The CLI loads the remark reading only when a note needs it (the scanner declines it): in the
 * CLI bundle, `remark-reading` is a stub that requires `dist/cli-remark.cjs` on first use, so
 * starting the CLI does not parse unified, micromark and the GFM extensions (about half the bundle).
 */
const lazyRemark = {
  name: 'lazy-remark',
  setup(build) {
    build.onResolve({ filter: /\/remark-reading$/ }, (args) =>
      args.importer.includes(`${path.sep}src${path.sep}cli${path.sep}`) ? { path: 'lazy-remark', namespace: 'lazy-remark' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-remark' }, () => ({
      loader: 'js',
      contents: [
        'let loaded;',
        "const load = () => (loaded ??= require(require('node:path').join(__dirname, 'cli-remark.cjs')));",
        'export function readNote(text, file) { return load().readNote(text, file); }',
        'export function remarkOutline(body) { return load().remarkOutline(body); }',
      ].join('\n'),
    }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  logLevel: demo ? 'warning' : 'info',
  loader: { '.hbs': 'text' },
  alias: { 'decode-named-character-reference': plainEntityDecoder },
  legalComments: 'none',
  // Keep Dutch letters, dashes and emoji as UTF-8 rather than \u escapes: smaller, and readable.
  charset: 'utf8',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/plugin/main.ts'],
    outfile: 'main.js',
    platform: 'browser',
    plugins: [yamlWithoutSideEffects],
    minify: production,
    sourcemap: production ? false : 'inline',
    treeShaking: true,
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    plugins: [lazyRemark],
  },
  {
    ...common,
    entryPoints: ['src/core/note/remark-reading.ts'],
    outfile: 'dist/cli-remark.cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
  },
  {
    ...common,
    bench: true,
    entryPoints: ['test/bench/plugin-index.ts'],
    outfile: 'dist/bench-plugin.mjs',
    // ESM, because the harness finds the repository and obsidian's own moment through import.meta.url.
    format: 'esm',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    platform: 'node',
    target: 'node20',
    external: ['happy-dom'],
  },
  {
    ...common,
    bench: true,
    entryPoints: ['test/bench/floor.ts'],
    outfile: 'dist/bench-floor.cjs',
    platform: 'node',
    target: 'node20',
  },
  {
    ...common,
    bench: true,
    entryPoints: ['test/bench/bench.ts'],
    outfile: 'dist/bench.cjs',
    platform: 'node',
    target: 'node20',
    external: ['happy-dom'],
  },
];

// The benchmark is built only where its sources exist, and not for the demo.
const wanted = builds.filter((b) => existsSync(b.entryPoints[0]) && !(demo && b.bench)).map(({ bench: _bench, ...options }) => options);

if (production) {
  await Promise.all(wanted.map((b) => esbuild.build(b)));
} else {
  const contexts = await Promise.all(wanted.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
}

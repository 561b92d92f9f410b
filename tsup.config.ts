import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  exports?: Record<string, unknown>;
};

/** The library entries: `doublespeak` (and, as they land, its subpath entries). */
export const libraryConfig: Options = {
  entry: { index: 'src/index.ts', nlp: 'src/nlp/index.ts', docs: 'src/docs.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // Everything in dist/ but the CLI's own output (cli.js and cli/), which the config below
  // writes at the same time and cleans itself.
  clean: ['!cli.js', '!cli/**'],
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
};

/**
 * Where the built CLI finds `doublespeak/nlp`: the file the package's "./nlp" export points at,
 * relative to dist/ (./nlp.js until that export says otherwise).
 */
function nlpEntryFromCli(): string {
  const exported = pkg.exports?.['./nlp'];
  const find = (value: unknown): string | undefined =>
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? find((value as Record<string, unknown>).import ?? (value as Record<string, unknown>).default)
        : undefined;
  const target = find(exported);
  return target?.startsWith('./dist/') ? `./${target.slice('./dist/'.length)}` : './nlp.js';
}

/**
 * The `doublespeak` command (package bin): dist/cli.js, an ESM file for Node with the core and
 * its parsers bundled in. Each parser (Markdown, MDX, HTML, globbing, ignore files) is a chunk in
 * dist/cli/ that is imported on first use: loading one bundled chunk takes a fraction of the
 * time Node needs to resolve and load the same packages as a hundred small ES modules, and a run
 * on .txt files never loads them at all. `--nlp` imports the package's own doublespeak/nlp build
 * at run time, so the CLI never bundles (or loads) the NLP model itself.
 */
export const cliConfig: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  clean: false,
  // No source maps: they would triple the CLI's share of the package for stack traces it never prints.
  sourcemap: false,
  splitting: true,
  noExternal: [/^(?!node:)/],
  banner: { js: '#!/usr/bin/env node' },
  define: { __DOUBLESPEAK_VERSION__: JSON.stringify(pkg.version) },
  esbuildOptions(options) {
    options.chunkNames = 'cli/[name]-[hash]';
  },
  esbuildPlugins: [
    {
      name: 'doublespeak-nlp-entry',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/nlp\/index\.js$/ }, (args) =>
          /[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: nlpEntryFromCli(), external: true } : undefined,
        );
      },
    },
    {
      // Chunk names carry a hash: remove the chunks of earlier builds (tsup writes this build's after).
      name: 'doublespeak-cli-stale-chunks',
      setup(build) {
        build.onEnd((result) => {
          const outdir = build.initialOptions.outdir;
          if (!outdir || !result.outputFiles || result.errors.length > 0) return;
          const dir = resolve(outdir, 'cli');
          const fresh = new Set(result.outputFiles.map((file) => file.path));
          if (!existsSync(dir)) return;
          for (const name of readdirSync(dir)) if (!fresh.has(join(dir, name))) rmSync(join(dir, name), { force: true });
        });
      },
    },
  ],
};

export default defineConfig([libraryConfig, cliConfig]);

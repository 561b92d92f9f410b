// Builds the browser demo into examples/browser/dist with esbuild, from the package's own built
// dist/: 'doublespeak' and 'doublespeak/nlp' resolve through package.json "exports" (a package
// self-reference), exactly as they would for a user who installed the package.
import { existsSync, mkdirSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export const demoDir = import.meta.dirname;
export const root = join(demoDir, '..', '..');
export const defaultOutdir = join(demoDir, 'dist');

export interface DemoBuild {
  outdir: string;
  /** Whether `doublespeak/nlp` was bundled; when false, the deep-analysis chunk only throws. */
  nlp: boolean;
  /** Why it was not, when it was not. */
  nlpProblem?: string;
  /**
   * Every output file (no source maps): size and gzip size in bytes, the inputs bundled into it,
   * and the output files it loads, at once (`static`) or on demand (`dynamic`).
   */
  files: { path: string; bytes: number; gzip: number; inputs: string[]; static: string[]; dynamic: string[] }[];
}

const NLP_UNAVAILABLE = 'nlp-unavailable';

/**
 * Bundles `doublespeak/nlp` when the package exports it, and otherwise a stand-in module that
 * throws on load, so the page's "Deep analysis" toggle shows "not available" instead of the build
 * failing.
 */
function nlpOrStandIn(state: { nlp: boolean; nlpProblem?: string }): Plugin {
  return {
    name: 'doublespeak-nlp-or-stand-in',
    setup(b) {
      b.onResolve({ filter: /^doublespeak\/nlp$/ }, async (args) => {
        if (args.pluginData === NLP_UNAVAILABLE) return undefined;
        const result = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: NLP_UNAVAILABLE,
        });
        if (result.errors.length === 0) {
          state.nlp = true;
          return { path: result.path, namespace: result.namespace, sideEffects: result.sideEffects };
        }
        state.nlp = false;
        state.nlpProblem = result.errors.map((e) => e.text).join('; ');
        return { path: args.path, namespace: NLP_UNAVAILABLE };
      });
      b.onLoad({ filter: /.*/, namespace: NLP_UNAVAILABLE }, () => ({
        loader: 'js',
        contents: `throw new Error(${JSON.stringify(
          'this build of doublespeak has no doublespeak/nlp entry (package.json exports no "./nlp", or dist/ was built before it); run npm run build, then rebuild the demo',
        )});`,
      }));
    },
  };
}

/** Builds the demo into `options.outdir` (default examples/browser/dist), replacing what was there. */
export async function buildDemo(options: { outdir?: string; minify?: boolean; quiet?: boolean } = {}): Promise<DemoBuild> {
  const outdir = options.outdir ?? defaultOutdir;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
  if (pkg.name !== 'doublespeak') throw new Error(`expected the doublespeak package at ${root}`);
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` first (the demo is built from the package\'s own dist)');
  }
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });

  const state: { nlp: boolean; nlpProblem?: string } = { nlp: false };
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: join(demoDir, 'src', 'main.ts'), worker: join(demoDir, 'src', 'worker.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    minify: options.minify ?? true,
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.txt': 'text' },
    metafile: true,
    logLevel: 'warning',
    plugins: [nlpOrStandIn(state)],
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(demoDir, file), join(outdir, file));

  // The core must come from the built package, never from src/.
  const inputs = Object.keys(result.metafile.inputs);
  if (!inputs.includes('dist/index.js') || inputs.some((i) => i.startsWith('src/'))) {
    throw new Error(`the demo must bundle the package's dist/, but its inputs are: ${inputs.join(', ')}`);
  }

  const files = Object.keys(result.metafile.outputs)
    .filter((f) => !f.endsWith('.map'))
    .concat(['index.html', 'style.css'].map((f) => relative(root, join(outdir, f))))
    .map((f) => {
      const data = readFileSync(join(root, f));
      const meta = result.metafile.outputs[f];
      const rel = (p: string) => relative(outdir, join(root, p)).replace(/\\/g, '/');
      const loads = (kind: string) => (meta?.imports ?? []).filter((i) => i.kind === kind && !i.external).map((i) => rel(i.path));
      return {
        path: rel(f),
        bytes: data.length,
        gzip: gzipSync(data).length,
        inputs: Object.keys(meta?.inputs ?? {}),
        static: loads('import-statement'),
        dynamic: loads('dynamic-import'),
      };
    });
  if (!options.quiet) {
    console.log(`demo built into ${relative(process.cwd(), outdir) || '.'} (deep analysis: ${state.nlp ? 'bundled' : 'not available'})`);
    for (const f of files) console.log(`  ${f.path.padEnd(32)} ${(f.bytes / 1024).toFixed(1).padStart(8)} KB  gzip ${(f.gzip / 1024).toFixed(1).padStart(7)} KB`);
    if (!state.nlp) console.log(`  doublespeak/nlp: ${state.nlpProblem}`);
  }
  return { outdir, files, ...state };
}

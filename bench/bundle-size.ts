import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Minified and gzipped size of a browser bundle of `code`, resolved from the package root. */
export async function bundleSize(code: string, resolveDir: string, platform: 'browser' | 'neutral' = 'browser') {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]!.contents;
  return { bytes: output.length, gzip: gzipSync(output).length, inputs: Object.keys(result.metafile.inputs), text: result.outputFiles[0]!.text };
}

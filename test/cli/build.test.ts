import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('the package bin', () => {
  it('is dist/cli.js, the tsup entry named cli', async () => {
    expect(pkg.bin).toEqual({ doublespeak: './dist/cli.js' });
    const { default: configs } = (await import('../../tsup.config.js')) as { default: Array<{ entry: Record<string, string> }> };
    expect(configs.some((c) => c.entry.cli === 'src/cli/main.ts')).toBe(true);
  });

  it('is an executable ESM file with a node shebang', () => {
    const source = readFileSync(CLI, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    expect(pkg.type).toBe('module');
  });

  it('bundles its parsers: it needs no package at run time beyond Node', () => {
    const dir = dirname(CLI);
    const files = [CLI, ...readdirSync(join(dir, 'cli')).filter((f) => f.endsWith('.js')).map((f) => join(dir, 'cli', f))];
    for (const file of files) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:^import [^;]*?from |^import |\bimport\()"([^"]+)"/gm)].map((m) => m[1]!);
      for (const specifier of specifiers) expect(specifier).toMatch(/^(\.\/|\.\.\/|node:|fs$|path$|url$|util$|module$)/);
    }
  });

  it('loads the Markdown and HTML parsers, globbing and ignore files only on first use', () => {
    // What Node loads at start-up: cli.js and the chunks it imports statically, transitively.
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^import (?:[^;]*? from )?"(\.[^"]+)";$/gm)) visit(join(dirname(file), m[1]!));
    };
    visit(CLI);
    const startup = [...loaded].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const lazy of ['node_modules/micromark', 'node_modules/mdast-util-from-markdown', 'node_modules/parse5', 'node_modules/tinyglobby', 'node_modules/ignore/']) {
      expect(startup).not.toContain(lazy);
    }
    expect([...loaded].length).toBeLessThan(6);
  });

  it('leaves the core entry free of CLI code and dependencies', () => {
    const core = readFileSync(join(dirname(CLI), 'index.js'), 'utf8');
    for (const word of ['mdast', 'micromark', 'parse5', 'tinyglobby', 'doublespeakrc', 'node:', 'process.argv']) {
      expect(core).not.toContain(word);
    }
  });
});

import { extname } from 'node:path';
import type { Suppressions } from './directives.js';
import type { Prose } from './prose.js';
import { extractText } from './extract-text.js';

export type Format = 'markdown' | 'mdx' | 'html' | 'text';

/** What the linter needs of a file: its prose and where findings are turned off. */
export interface Extracted {
  prose: Prose;
  suppressions: Suppressions;
}

const BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'mdx',
  '.html': 'html',
  '.htm': 'html',
};

/** The extensions a directory is searched for (anything named on the command line is linted). */
export const LINTED_EXTENSIONS = ['md', 'markdown', 'mdx', 'html', 'htm', 'txt', 'text'];

/** The format of a file, by its extension; anything unknown is plain text. */
export function formatOf(path: string): Format {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? 'text';
}

/**
 * The prose of `source`. Parsers are loaded on first use only, so linting a .txt file never
 * loads the Markdown or HTML parser.
 */
export async function extract(source: string, format: Format): Promise<Extracted> {
  switch (format) {
    case 'markdown':
    case 'mdx':
      return (await import('./extract-markdown.js')).extractMarkdown(source, format === 'mdx');
    case 'html':
      return (await import('./extract-html.js')).extractHtml(source);
    default:
      return extractText(source);
  }
}

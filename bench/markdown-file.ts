import { generateText } from './generate-text.js';

/**
 * A Markdown memo of about `size` characters, from the benchmark text generator seeded with
 * `index + 1`: front matter, a heading, prose, a list, a code block, a link.
 */
export function markdownFile(index: number, size: number): string {
  const prose = generateText(size, index + 1).split(/(?<=\.)\s+/);
  const half = Math.ceil(prose.length / 2);
  return [
    `---\ntitle: Update ${index}\n---`,
    `# Team update ${index}`,
    prose.slice(0, half).join(' '),
    ...prose.slice(half, half + 3).map((line) => `- ${line}`),
    '```sh\nnpm run deploy -- --env production\n```',
    `${prose.slice(half + 3).join(' ')} See [the plan](https://example.com/plan/${index}).`,
  ].join('\n\n');
}

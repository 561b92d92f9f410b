import type { Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { parseDirective, Suppressions } from './directives.js';
import { CliError, oneLine } from './errors.js';
import type { Extracted } from './extract.js';
import { addHtmlFragment, loadParse5 } from './extract-html.js';
import { loadDecoder, ProseBuilder } from './prose.js';

/** The mdast node fields this file reads (Markdown, GFM, front matter and MDX nodes alike). */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  children?: MdNode[];
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: MdPosition }>;
  position?: MdPosition;
}
interface MdPosition {
  start: { offset?: number };
  end: { offset?: number };
}

type Parse = (source: string) => MdNode;
type MicromarkExtension = NonNullable<FromMarkdownOptions['extensions']>[number];
type MdastExtension = NonNullable<FromMarkdownOptions['mdastExtensions']>[number];
type Parse5 = Awaited<ReturnType<typeof loadParse5>>;

const parsers = new Map<boolean, Promise<Parse>>();

/** mdast-util-from-markdown with front matter and GFM (and MDX), loaded once and only when needed. */
function loadParser(mdx: boolean): Promise<Parse> {
  let parser = parsers.get(mdx);
  if (!parser) {
    parser = (async () => {
      const [{ fromMarkdown }, { frontmatter }, { frontmatterFromMarkdown }, { gfm }, { gfmFromMarkdown }, mdxParts] =
        await Promise.all([
          import('mdast-util-from-markdown'),
          import('micromark-extension-frontmatter'),
          import('mdast-util-frontmatter'),
          import('micromark-extension-gfm'),
          import('mdast-util-gfm'),
          mdx ? Promise.all([import('micromark-extension-mdxjs'), import('mdast-util-mdx')]) : undefined,
        ]);
      const extensions: MicromarkExtension[] = [frontmatter(['yaml', 'toml']), gfm()];
      const mdastExtensions: MdastExtension[] = [frontmatterFromMarkdown(['yaml', 'toml']), ...gfmFromMarkdown()];
      if (mdxParts) {
        extensions.push(mdxParts[0].mdxjs());
        mdastExtensions.push(...mdxParts[1].mdxFromMarkdown());
      }
      return (source: string) => fromMarkdown(source, { extensions, mdastExtensions }) as MdNode;
    })();
    parsers.set(mdx, parser);
  }
  return parser;
}

// Nodes that flow inside a paragraph; any other node starts and ends a block.
const PHRASING = new Set([
  'text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'image', 'imageReference', 'inlineCode',
  'break', 'html', 'footnoteReference', 'mdxTextExpression', 'mdxJsxTextElement', 'inlineMath',
]);
// Never prose: front matter, code, link definitions, MDX import/export.
const SKIPPED = new Set(['yaml', 'toml', 'code', 'math', 'definition', 'mdxjsEsm', 'thematicBreak']);
// Parents whose children are blocks: raw HTML there is an HTML block, elsewhere inline tags.
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);
const HTML_COMMENT = /^<!--([\s\S]*?)-->$/;
const JS_COMMENT = /^\/\*([\s\S]*?)\*\/$/;

/**
 * A Markdown (or MDX) file through a real parser: the prose only, never code, inline code,
 * URLs, HTML comments or front matter. Image alt text and link titles count as prose; raw HTML
 * is read like an HTML file.
 */
export async function extractMarkdown(source: string, mdx: boolean): Promise<Extracted> {
  const [parse, decodeNamed] = await Promise.all([loadParser(mdx), loadDecoder()]);
  let tree: MdNode;
  try {
    tree = parse(source);
  } catch (error) {
    const place = error as { line?: number; column?: number };
    const where = place.line ? `${place.line}:${place.column ?? 1}: ` : '';
    throw new CliError(`${where}cannot parse MDX: ${oneLine(error).replace(/^\d+:\d+(-\d+:\d+)?:?\s*/, '')}`);
  }
  const parse5 = hasRawHtml(tree) ? await loadParse5() : undefined;
  const builder = new ProseBuilder(source, decodeNamed);
  const suppressions = new Suppressions(source);
  new MarkdownWalker(builder, suppressions, parse5).children(tree);
  return { prose: builder.finish(), suppressions };
}

function hasRawHtml(node: MdNode): boolean {
  if (node.type === 'html' && !HTML_COMMENT.test(node.value?.trim() ?? '')) return true;
  return node.children?.some(hasRawHtml) ?? false;
}

const range = (node: MdNode | undefined) =>
  node?.position?.start.offset !== undefined && node.position.end.offset !== undefined
    ? { start: node.position.start.offset, end: node.position.end.offset }
    : undefined;

class MarkdownWalker {
  constructor(
    private readonly builder: ProseBuilder,
    private readonly suppressions: Suppressions,
    private readonly parse5: Parse5 | undefined,
  ) {}

  children(parent: MdNode): void {
    const nodes = parent.children ?? [];
    nodes.forEach((node, i) => this.node(node, nodes[i + 1], parent));
  }

  private node(node: MdNode, next: MdNode | undefined, parent: MdNode): void {
    const at = range(node);
    if (!at) return;
    const { builder } = this;
    switch (node.type) {
      case 'text':
        builder.aligned(node.value ?? '', at.start, at.end);
        return;
      case 'inlineCode':
      case 'inlineMath':
      case 'footnoteReference':
        builder.placeholder(at.start, at.end);
        return;
      case 'break':
        builder.lineBreak(at.start, at.end);
        return;
      case 'html':
        this.html(node, at, next, !FLOW_PARENTS.has(parent.type));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        this.expression(node, at, next);
        return;
      case 'link':
        this.title(node, at);
        if (isAutolink(node)) builder.placeholder(at.start, at.end);
        else this.children(node);
        return;
      case 'image':
      case 'imageReference':
        if (node.alt) {
          const alt = node.alt;
          builder.defer(() => builder.aligned(alt, Math.min(at.start + 2, at.end), at.end));
        }
        this.title(node, at);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.jsxAttributes(node);
        break;
    }
    if (SKIPPED.has(node.type)) {
      builder.block();
      return;
    }
    if (PHRASING.has(node.type)) return this.children(node);
    builder.block();
    this.children(node);
    builder.block();
  }

  private html(node: MdNode, at: { start: number; end: number }, next: MdNode | undefined, inline: boolean): void {
    const value = node.value ?? '';
    const comment = HTML_COMMENT.exec(value.trim());
    if (comment) {
      const directive = parseDirective(comment[1]!);
      if (directive) this.suppressions.add(directive, at.start, at.end, range(next));
      return;
    }
    if (!this.parse5) return;
    const map = offsetMap(value, this.builder.source, at.start, at.end);
    if (!inline) this.builder.block();
    addHtmlFragment(this.parse5, value, this.builder, this.suppressions, map);
    if (!inline) this.builder.block();
  }

  private expression(node: MdNode, at: { start: number; end: number }, next: MdNode | undefined): void {
    const comment = JS_COMMENT.exec((node.value ?? '').trim());
    const directive = comment && parseDirective(comment[1]!);
    if (directive) this.suppressions.add(directive, at.start, at.end, range(next));
    else if (node.type === 'mdxTextExpression') this.builder.placeholder(at.start, at.end);
  }

  private title(node: MdNode, at: { start: number; end: number }): void {
    const { title } = node;
    if (!title) return;
    const start = this.builder.source.lastIndexOf(title, at.end - title.length);
    if (start >= at.start) this.builder.defer(() => this.builder.exact(start, start + title.length));
  }

  private jsxAttributes(node: MdNode): void {
    for (const attribute of node.attributes ?? []) {
      const at = range(attribute as MdNode);
      const { name, value } = attribute;
      if (attribute.type !== 'mdxJsxAttribute' || (name !== 'alt' && name !== 'title') || typeof value !== 'string' || !at) {
        continue;
      }
      const start = this.builder.source.indexOf(value, at.start);
      if (start !== -1 && start + value.length <= at.end) this.builder.defer(() => this.builder.exact(start, start + value.length));
    }
  }
}

/** `<https://…>`, `https://…`, `www.…` and e-mail autolinks: their text is a URL, not prose. */
function isAutolink(link: MdNode): boolean {
  const only = link.children?.length === 1 ? link.children[0] : undefined;
  if (only?.type !== 'text' || !link.url) return false;
  const text = only.value ?? '';
  return [text, `http://${text}`, `https://${text}`, `mailto:${text}`].includes(link.url);
}

/**
 * Maps offsets into `value` (an HTML node's text, which loses the `> ` of a block quote and the
 * indent of a list item) to offsets into `source`.
 */
function offsetMap(value: string, source: string, start: number, end: number): (offset: number) => number {
  if (source.startsWith(value, start) && end - start === value.length) return (offset) => start + offset;
  const map: number[] = [];
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const found = source.indexOf(value[i]!, j);
    if (found !== -1 && found < end) j = found;
    map.push(j);
    if (j < end) j++;
  }
  map.push(end);
  return (offset) => map[Math.min(offset, value.length)]!;
}

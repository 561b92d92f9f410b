import type { DefaultTreeAdapterMap, ParserOptions } from 'parse5';
import { parseDirective, Suppressions } from './directives.js';
import type { Extracted } from './extract.js';
import { loadDecoder, ProseBuilder } from './prose.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Parse5 = typeof import('parse5');

// Never prose: code, and what a browser does not show as text.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'head']);
// Elements that flow inside a sentence; every other element starts and ends a block.
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark', 'q',
  's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'tt', 'big', 'nobr',
]);
// Attributes whose text a reader sees: alt where the image is missing or read aloud, title as a tooltip.
const ALT_ON = new Set(['img', 'area', 'input']);

let parse5: Promise<Parse5> | undefined;

/** parse5, loaded once and only when a file needs it. */
export function loadParse5(): Promise<Parse5> {
  return (parse5 ??= import('parse5'));
}

const OPTIONS: ParserOptions<DefaultTreeAdapterMap> = { sourceCodeLocationInfo: true };

/** An HTML file: text nodes (not script, style or code), alt and title text, control comments. */
export async function extractHtml(source: string): Promise<Extracted> {
  const [{ parse }, decodeNamed] = await Promise.all([loadParse5(), loadDecoder()]);
  const builder = new ProseBuilder(source, decodeNamed);
  const suppressions = new Suppressions(source);
  const document = parse(source, OPTIONS);
  // <title> is what a reader sees in the tab; the rest of <head> is not prose.
  new HtmlWalker(builder, suppressions, (offset) => offset, true).children(document);
  return { prose: builder.finish(), suppressions };
}

/**
 * Adds the prose of an HTML fragment inside another file (an HTML block in Markdown);
 * `map` turns an offset into `html` into an offset into the builder's source.
 */
export function addHtmlFragment(
  { parseFragment }: Parse5,
  html: string,
  builder: ProseBuilder,
  suppressions: Suppressions,
  map: (offset: number) => number,
): void {
  new HtmlWalker(builder, suppressions, map, false).children(parseFragment(html, OPTIONS));
}

class HtmlWalker {
  constructor(
    private readonly builder: ProseBuilder,
    private readonly suppressions: Suppressions,
    private readonly map: (offset: number) => number,
    private readonly document: boolean,
  ) {}

  children(parent: Node): void {
    const nodes = 'childNodes' in parent ? parent.childNodes : [];
    nodes.forEach((node, i) => this.node(node, nodes.slice(i + 1)));
  }

  private node(node: Node, following: readonly Node[]): void {
    const loc = node.sourceCodeLocation;
    if (node.nodeName === '#text' && 'value' in node) {
      if (loc) this.builder.aligned(node.value, this.map(loc.startOffset), this.map(loc.endOffset));
      return;
    }
    if (node.nodeName === '#comment' && 'data' in node) {
      const directive = parseDirective(node.data);
      if (directive && loc) {
        const next = following.find((n) => !(n.nodeName === '#text' && 'value' in n && n.value.trim() === ''));
        const nextLoc = next?.sourceCodeLocation;
        this.suppressions.add(
          directive,
          this.map(loc.startOffset),
          this.map(loc.endOffset),
          nextLoc ? { start: this.map(nextLoc.startOffset), end: this.map(nextLoc.endOffset) } : undefined,
        );
      }
      return;
    }
    if (!('tagName' in node)) {
      this.children(node);
      return;
    }
    this.element(node);
  }

  private element(element: Element): void {
    const name = element.tagName;
    if (name === 'head' && this.document) {
      const title = element.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'title');
      if (title) this.block(() => this.children(title));
      return;
    }
    if (SKIPPED.has(name)) return;
    this.attributes(element);
    if (name === 'br') {
      const loc = element.sourceCodeLocation;
      if (loc) this.builder.lineBreak(this.map(loc.startOffset), this.map(loc.endOffset));
      return;
    }
    if (INLINE.has(name)) this.children(element);
    else this.block(() => this.children(element));
  }

  private block(add: () => void): void {
    this.builder.block();
    add();
    this.builder.block();
  }

  private attributes(element: Element): void {
    const locs = element.sourceCodeLocation?.attrs;
    if (!locs) return;
    for (const attr of element.attrs) {
      if (!(attr.name === 'title' || (attr.name === 'alt' && ALT_ON.has(element.tagName)))) continue;
      const loc = locs[attr.name];
      if (!loc || attr.value.trim() === '') continue;
      const [start, end] = attributeValueRange(this.builder.source, this.map(loc.startOffset), this.map(loc.endOffset));
      const { value } = attr;
      this.builder.defer(() => this.builder.aligned(value, start, end));
    }
  }
}

/** The range of the value in `name="value"`, `name='value'` or `name=value`. */
function attributeValueRange(source: string, start: number, end: number): [number, number] {
  let at = source.indexOf('=', start);
  if (at === -1 || at >= end) return [end, end];
  at++;
  while (at < end && /\s/.test(source[at]!)) at++;
  const quote = source[at];
  if (quote === '"' || quote === "'") return [at + 1, source[end - 1] === quote ? end - 1 : end];
  return [at, end];
}

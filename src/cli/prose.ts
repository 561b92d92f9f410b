/** Decodes a named character reference (`amp` → `&`), or false for an unknown name. */
export type DecodeNamed = (name: string) => string | false;

let decoder: Promise<DecodeNamed> | undefined;

/** decode-named-character-reference (the table micromark uses), loaded with the parsers. */
export function loadDecoder(): Promise<DecodeNamed> {
  return (decoder ??= import('decode-named-character-reference').then((m) => m.decodeNamedCharacterReference));
}

/**
 * The prose of a document as one string for detect(), with, for each of its UTF-16 code units,
 * the range of the original file it came from. Markup, code and URLs are left out; blocks are
 * kept apart so that neither a sentence nor a phrase runs from one block into the next.
 */
export interface Prose {
  text: string;
  /** Original start offset of each code unit of `text`; absent when `text` is the file itself. */
  from?: ArrayLike<number>;
  /** Original end offset of each code unit of `text`. */
  to?: ArrayLike<number>;
}

/** The original [start, end) of the prose range [start, end). */
export function originalRange(prose: Prose, start: number, end: number): [number, number] {
  if (!prose.from || !prose.to) return [start, end];
  return [prose.from[start]!, Math.max(prose.to[end - 1]!, prose.from[start]!)];
}

/** Stands for left-out inline content (inline code, a bare URL): no phrase can run across it. */
export const PLACEHOLDER = '\uFFFC';

const BLOCK_SEPARATOR = `\n\n${PLACEHOLDER}\n\n`;
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
// How far ahead a character of a parsed value is looked for in the source before giving up.
const LOOKAHEAD = 256;

/** Builds a {@link Prose} from pieces of a source file. */
export class ProseBuilder {
  private readonly chars: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly deferred: Array<() => void> = [];
  private blockStart = true;

  constructor(
    readonly source: string,
    private readonly decodeNamed: DecodeNamed,
  ) {}

  /** Appends the source range [start, end) as it is. */
  exact(start: number, end: number): void {
    for (let j = start; j < end; j++) this.push(this.source[j]!, j, j + 1);
  }

  /**
   * Appends `value`, a parser's decoded form of the source range [start, end) (character
   * references, backslash escapes and line prefixes such as `> ` removed), mapping each of its
   * characters back to the source characters it came from.
   */
  aligned(value: string, start: number, end: number): void {
    const { source } = this;
    if (end - start === value.length && source.startsWith(value, start)) return this.exact(start, end);
    let j = start;
    for (let i = 0; i < value.length; ) {
      const c = value[i]!;
      if (j < end && source[j] === '&') {
        const ref = readReference(source, j, this.decodeNamed);
        if (ref && ref.end <= end && value.startsWith(ref.value, i)) {
          for (const unit of ref.value.split('')) this.push(unit, j, ref.end);
          i += ref.value.length;
          j = ref.end;
          continue;
        }
      }
      if (j < end && source[j] === c) {
        this.push(c, j, j + 1);
        i++;
        j++;
        continue;
      }
      if (j + 1 < end && source[j] === '\\' && source[j + 1] === c) {
        this.push(c, j, j + 2);
        i++;
        j += 2;
        continue;
      }
      const found = j < end ? source.indexOf(c, j) : -1;
      if (found !== -1 && found < Math.min(end, j + LOOKAHEAD)) {
        j = found;
        continue;
      }
      // A character the source does not show (rare): give it the current place, zero width.
      const at = Math.min(j, end);
      this.push(c, at, at);
      i++;
    }
  }

  /** Appends a {@link PLACEHOLDER} for left-out inline content at `at`. */
  placeholder(at: number, end = at): void {
    this.push(PLACEHOLDER, at, end);
  }

  /** Appends a line break (a hard break in Markdown, `<br>` in HTML). */
  lineBreak(at: number, end = at): void {
    this.push('\n', at, end);
  }

  /**
   * Ends the current block: what comes next starts a new paragraph. A blank line ends the
   * sentence; the placeholder in it keeps a phrase from running on into the next block.
   */
  block(): void {
    if (this.blockStart) return;
    const at = this.to[this.to.length - 1] ?? 0;
    for (const unit of BLOCK_SEPARATOR) this.push(unit, at, at);
    this.blockStart = true;
  }

  /** Runs `add` as a block of its own after the main text (alt and title text). */
  defer(add: () => void): void {
    this.deferred.push(add);
  }

  finish(): Prose {
    for (const add of this.deferred.splice(0)) {
      this.block();
      add();
    }
    return { text: this.chars.join(''), from: this.from, to: this.to };
  }

  private push(unit: string, from: number, to: number): void {
    this.chars.push(unit);
    this.from.push(from);
    this.to.push(to);
    this.blockStart = false;
  }
}

/** The character reference (`&amp;`, `&#8217;`, `&#x2019;`) at `at`, decoded. */
function readReference(source: string, at: number, decodeNamed: DecodeNamed): { value: string; end: number } | undefined {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(source);
  if (!m) return undefined;
  let value: string | false;
  if (m[3] !== undefined) value = decodeNamed(m[3]);
  else {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]);
    value = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  }
  return value === false ? undefined : { value, end: at + m[0].length };
}

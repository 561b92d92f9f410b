// Lints a real-looking layoff letter and prints what each euphemism really says.
// Run with `npm run example` (it builds the package first, then imports it by name).
import { readFileSync } from 'node:fs';
import { detect } from 'doublespeak';

const letter = readFileSync(new URL('./hr-letter.txt', import.meta.url), 'utf8');
const { score, spans } = detect(letter);

console.log(`examples/hr-letter.txt: ${spans.length} layoff euphemisms, document score ${score}\n`);
for (const span of spans) {
  console.log(`${span.line}:${span.column}  "${span.text.replace(/\s+/g, ' ')}"  [${span.ruleId}, ${span.category}, score ${span.score}]`);
  console.log(`    means:   ${span.meaning}`);
  console.log(`    instead: ${span.suggestions.join(' / ')}`);
  console.log(`    why:     ${span.reasons.join('; ')}\n`);
}

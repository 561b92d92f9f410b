// Types for the demo's bare `doublespeak` imports, so `tsc --noEmit` can check the demo before
// `npm run build` has made dist/. When dist/ exists, TypeScript resolves 'doublespeak' through the
// package's own `exports` (a self-reference) and uses the built declarations instead; esbuild
// always bundles the built dist/ (see ../build.ts).
declare module 'doublespeak' {
  type Core = typeof import('../../../src/index.js');
  export const detect: Core['detect'];
  export const lexicon: Core['lexicon'];
  export const CATEGORIES: Core['CATEGORIES'];
  export const DEFAULT_MIN_SCORE: Core['DEFAULT_MIN_SCORE'];
  export type Category = import('../../../src/index.js').Category;
  export type Detection = import('../../../src/index.js').Detection;
  export type DetectOptions = import('../../../src/index.js').DetectOptions;
  export type Rule = import('../../../src/index.js').Rule;
  export type Span = import('../../../src/index.js').Span;
}

declare module 'doublespeak/nlp' {
  // Same contract as the core (design.md: "Both export detect with this signature and result").
  export const detect: typeof import('../../../src/index.js').detect;
}

declare module '*.txt' {
  const text: string;
  export default text;
}

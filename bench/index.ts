/**
 * `npm run bench`: the core benchmark (bench/run.ts: detect() against the raw-scan limit, bundle
 * size), then the comparison with the peers (bench/peers.ts), in one run. Expects a fresh
 * `npm run build` (the script runs it): the peer comparison loads doublespeak from dist/.
 */
await import('./run.js');
console.log('');
await import('./peers.js');

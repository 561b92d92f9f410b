declare const __DOUBLESPEAK_VERSION__: string | undefined;

/** The package version, set by tsup at build time. */
export const VERSION: string = typeof __DOUBLESPEAK_VERSION__ === 'string' ? __DOUBLESPEAK_VERSION__ : '0.0.0-dev';

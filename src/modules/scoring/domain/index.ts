/**
 * The scoring module's pure domain: the facts a score is computed from, one function per
 * criterion, and the ranking engine (scoring.md).
 */
export * from './candidate-facts';
export * from './criterion';
export * from './als-criteria';
export * from './company-criteria';
export * from './grid-facts';
export * from './territory-criteria';
export * from './fr-format';
export * from './balancing-criteria';
export * from './engine';

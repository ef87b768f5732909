export * from './errors';
export * from './clock';
export * from './dates';
export * from './ids';
export * from './money';
export * from './pagination';
export * from './unit-of-work';
export * from './events';

export * from './candidacy';
export * from './application-rules';
export * from './designation';
export * from './proposal';
export * from './history-facts';
export * from './frozen-ranking';

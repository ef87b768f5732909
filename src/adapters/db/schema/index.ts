// Every module's tables. Each module owns its PostgreSQL schema; see docs/architecture.md.
export * from './identity.schema';
export * from './platform.schema';

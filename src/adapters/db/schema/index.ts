// Every module's tables. Each module owns its PostgreSQL schema; see docs/architecture.md.
export * from './identity.schema';
export * from './platform.schema';
export * from './demand.schema';
export * from './company-space.schema';
export * from './landlord.schema';
export * from './offer.schema';
export * from './scoring.schema';
export * from './candidacy.schema';
export * from './alert.schema';

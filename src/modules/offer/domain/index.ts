export * from './zone';
export * from './ceilings';
export * from './eligibility';
export * from './offer-lifecycle';
export * from './offer-validation';
export * from './flux';
export * from './ceilings-csv';

/** The demand module's domain: data type, household, resources, lifecycle, documents, validation. */
export * from './demand-data';
export * from './household';
export * from './resources';
export * from './demand-lifecycle';
export * from './documents';
export * from './declared-facts';
export * from './instruction-checklist';
export * from './validation';
export * from './anonymise';
export * from './departement';
export * from './coded-lists';

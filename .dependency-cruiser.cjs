/**
 * The rules of the house (docs/architecture.md), checked in `npm test`:
 * 1. modules never import frameworks or drivers (express, drizzle, pg, PGlite, multer, jsonwebtoken, bcrypt);
 * 2. a module imports another module only through its index.ts;
 * 3. modules never import adapters or bootstrap; shared imports nothing of ours but itself;
 * 4. adapters never import bootstrap; 5. no cycles;
 * 6. production code never imports test doubles (`testing/` folders) or test files.
 */
const TEST_FILE = '\\.(test|bench)\\.tsx?$';
const FRAMEWORKS =
  '^(node_modules/)?(express|drizzle-orm|drizzle-kit|pg|pg-[a-z-]+|@electric-sql/pglite|multer|jsonwebtoken|bcrypt|helmet|cors|pino|pino-http|undici|fast-xml-parser|playwright-core|supertest|preact|preact-render-to-string|csrf-csrf|cookie-parser)(/|$)';

module.exports = {
  forbidden: [
    {
      name: 'module-imports-framework',
      comment: 'The inside of the hexagon stays free of frameworks and drivers: put this in src/adapters.',
      severity: 'error',
      from: { path: '^src/(modules|shared)/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: FRAMEWORKS },
    },
    {
      name: 'module-through-index-only',
      comment: "A module imports another module only through that module's index.ts.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'adapter-through-index-only',
      comment: 'Adapters call modules through their index.ts.',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'module-imports-adapter-or-bootstrap',
      comment: 'Modules know nothing of adapters and wiring: define a port instead.',
      severity: 'error',
      from: { path: '^src/(modules|shared)/' },
      to: { path: '^src/(adapters|bootstrap)/' },
    },
    {
      name: 'shared-imports-module',
      comment: 'The shared kernel depends on no module.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'adapter-imports-bootstrap',
      comment: 'Only src/bootstrap wires things; adapters do not reach into it.',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/bootstrap/' },
    },
    {
      name: 'not-to-test',
      comment: 'Test doubles live in testing/ folders and tests beside the code: production code imports neither.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['(^|/)testing/', TEST_FILE] },
      to: { path: ['(^|/)testing/', TEST_FILE] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // test files are cruised (so that not-to-test sees an import of one) but not followed; the other rules skip them
    doNotFollow: { path: ['node_modules', TEST_FILE] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

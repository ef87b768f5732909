// @ts-check
/**
 * ESLint over src/, portals/ and tests/ (npm run lint:code, run by `npm test`), for two purposes:
 *
 * 1. correctness and unused code (issue 21 item 8): typescript-eslint's `recommended` rules (unused
 *    variables and imports, expressions whose value is dropped, `any`…) and one type-aware rule,
 *    `no-floating-promises` (a promise neither awaited, returned, caught nor marked `void`: its
 *    failure is lost). Layout is Prettier's business (npm run format:check), not ESLint's.
 * 2. no regular expression that can backtrack super-linearly on input (issue 19 §1, ReDoS):
 *    eslint-plugin-regexp's analysers of exponential/polynomial backtracking and of quadratic moves,
 *    over the server's and the portals' code (tests' patterns run on the tests' own strings).
 *
 * Run: `npx eslint src portals tests`; zero errors expected.
 */
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const CODE = ['src/**/*.{ts,tsx}', 'portals/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'];

export default [
  {
    ignores: ['**/node_modules/**', 'portals/dist/**', 'portals/**/schema.d.ts'],
  },
  {
    files: CODE,
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        ecmaFeatures: { jsx: true },
        // type information for no-floating-promises: each file's nearest tsconfig.json (the root one,
        // portals/tsconfig.json for the portals); the portals' vite config is in neither
        projectService: { allowDefaultProject: ['portals/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { regexp, '@typescript-eslint': tseslint.plugin },
    // comments naming rules this config does not run (e.g. no-console) are not reported as unused
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: CODE })),
  {
    files: CODE,
    rules: {
      // an unused import, variable or trailing argument; a name starting with `_` says "deliberately unused"
      // (a destructured field left out of a copy, an express error handler's 4th argument)
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: false, allowTernary: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      // `let app; … use((req) => app?.(req)); app = build()`: a variable read by a closure before its one assignment stays `let`
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // tests read rows and answers as loosely typed JSON (`Record<string, any>`) to assert on their fields
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // the server's code, and the portals' (their patterns run on what people type in the browser)
    files: ['src/**/*.{ts,tsx}', 'portals/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      // a quantifier that can reach itself or trade characters with another one: exponential or polynomial backtracking
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      // an unanchored quantifier whose match attempts restart at every position: quadratic search
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false, ignoreSticky: false }],
      // a capturing group whose quantified neighbours share characters (a sign of the same ambiguity)
      'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
      // a pattern that does not compile is a runtime error waiting for input
      'regexp/no-invalid-regexp': 'error',
    },
  },
];

// @ts-check
/**
 * ESLint over src/ and portals/, for one purpose only: no regular expression that can backtrack
 * super-linearly on input (issue 19 §1, ReDoS). The rules are eslint-plugin-regexp's analysers
 * of exponential/polynomial backtracking and of quadratic moves; style rules are deliberately
 * left out (the type checker and the dependency rules cover the rest).
 * Run: `npx eslint src portals` (npm run lint:regexp); zero errors expected.
 */
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    // unit tests' patterns run on the tests' own fixed strings, never on input
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'portals/dist/**', 'portals/**/schema.d.ts'],
  },
  {
    // the server's code, and the portals' (their patterns run on what people type in the browser)
    files: ['src/**/*.ts', 'src/**/*.tsx', 'portals/**/*.ts', 'portals/**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    },
    // typescript-eslint's plugin is registered (its rules stay off) so that the code's existing
    // `eslint-disable … @typescript-eslint/…` comments name known rules; comments about rules this
    // config does not run are not reported as unused.
    plugins: { regexp, '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
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

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The applicant portal's build (scripts/portals-build.ts runs it): portals/applicant → portals/dist/applicant,
 * served by the platform at / (src/adapters/http/applicant-portal.ts). Hashed file names under /assets/
 * (cached for a year, immutable); every page's code in its own chunk; nothing from another origin.
 * JSX compiled for Preact by Vite's own transform (no Babel plugin needed for a build).
 */
export default defineConfig({
  root: fileURLToPath(new URL('./applicant', import.meta.url)),
  base: '/',
  publicDir: 'public',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/applicant', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The portals' builds (scripts/portals-build.ts runs both, one after the other):
 * - portals/applicant → portals/dist/applicant, served by the platform at / ;
 * - portals/landlord → portals/dist/landlord, served at /bailleur (src/adapters/http/applicant-portal.ts).
 * Hashed file names under assets/ (cached for a year, immutable); every page's code in its own chunk;
 * nothing from another origin. JSX compiled for Preact by Vite's own transform (no Babel plugin needed for a build).
 */
export type PortalName = 'applicant' | 'landlord';

/** Where each portal is served: Vite writes its asset URLs under this base. */
export const PORTAL_BASE: Record<PortalName, string> = { applicant: '/', landlord: '/bailleur/' };

export function portalConfig(name: PortalName): UserConfig {
  return {
    root: fileURLToPath(new URL(`./${name}`, import.meta.url)),
    base: PORTAL_BASE[name],
    publicDir: 'public',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: fileURLToPath(new URL(`./dist/${name}`, import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      reportCompressedSize: false,
    },
  };
}

/** `vite build -c portals/vite.config.ts` builds the applicant portal; PORTAL=landlord the landlord portal. */
export default defineConfig(portalConfig(process.env.PORTAL === 'landlord' ? 'landlord' : 'applicant'));

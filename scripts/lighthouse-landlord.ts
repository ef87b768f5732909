/**
 * Lighthouse (mobile and desktop presets) on three pages of the landlord portal — the home, the offer
 * form and a candidates page — against the real API with a landlord whose offer has transmitted
 * candidates, signed in through the portal. Not part of the suite: Lighthouse is not a dependency of the
 * platform. Install it aside, then point at it:
 *
 *   npm install --prefix /tmp/lh lighthouse@12
 *   LIGHTHOUSE_DIR=/tmp/lh CHROME_PATH=/usr/bin/chromium npx tsx scripts/lighthouse-landlord.ts
 *
 * Prints performance, accessibility and best practices per page and preset (and the audits under 0.9),
 * and writes them to tests/.tmp/lighthouse-landlord.txt.
 */
import request from 'supertest';
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, toIsoDate } from '../src/shared/dates';
import { chromiumPath } from '../tests/support/browser';
import { createTestPlatform, TEST_PASSWORD } from '../tests/support/test-platform';
import { serve } from '../tests/support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../tests/support/candidacy-fixtures';

const LIGHTHOUSE = path.join(process.env.LIGHTHOUSE_DIR ?? '/tmp/lh', 'node_modules', 'lighthouse');
const lighthouse = (await import(path.join(LIGHTHOUSE, 'core', 'index.js'))).default as (
  url: string,
  flags: object,
  config?: object,
) => Promise<{ lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string; displayValue?: string }> } }>;
const desktopConfig = (await import(path.join(LIGHTHOUSE, 'core', 'config', 'desktop-config.js'))).default;

const today = toIsoDate(new Date());
const p = await createTestPlatform();
const agent = (await p.signIn('agent')).token;
const landlord = await createLandlord(p, agent);
const offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
for (const [birthDate, monthlyResources] of [
  ['1985-05-05', 2300],
  ['1990-01-01', 2100],
] as const) {
  const who = await applicantWithActiveDemand(p, agent, { birthDate, monthlyResources });
  const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
  if (applied.status !== 201) throw new Error(applied.text);
}
await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent));
const ranking = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
await request(p.app)
  .post(`/api/v1/offers/${offerId}/designation`)
  .set(bearer(agent))
  .send({ candidacyIds: (ranking.body.items as { candidacyId: string }[]).map((i) => i.candidacyId) });
await request(p.app).post(`/api/v1/offers/${offerId}/transmission`).set(bearer(agent));
const user = await p.signIn('landlord_user', { orgId: landlord.landlordId });
const server = await serve(p.app);

const port = 9400 + Math.floor(Math.random() * 200);
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'lh-profile-')), {
  executablePath: chromiumPath()!,
  headless: true,
  args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const page = await context.newPage();
await page.goto(`${server.url}/bailleur/connexion`);
await page.getByLabel('Adresse e-mail').fill(user.email);
await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
await page.getByRole('button', { name: 'Se connecter' }).click();
await page.waitForURL(`${server.url}/bailleur/accueil`);

const results: string[] = [];
for (const [name, route] of [
  ['accueil', '/bailleur/accueil'],
  ['formulaire', '/bailleur/offres/nouvelle'],
  ['candidats', `/bailleur/offres/${offerId}/candidats`],
] as const) {
  for (const preset of ['mobile', 'desktop'] as const) {
    const { lhr } = await lighthouse(
      `${server.url}${route}`,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const c = lhr.categories;
    const line = `${name} ${preset}: performance ${Math.round((c.performance!.score ?? 0) * 100)}, accessibility ${Math.round((c.accessibility!.score ?? 0) * 100)}, best practices ${Math.round((c['best-practices']!.score ?? 0) * 100)}`;
    const failing = Object.entries(lhr.audits)
      .filter(([, a]) => a.score !== null && a.score < 0.9)
      .map(([id, a]) => `${id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`)
      .slice(0, 8);
    results.push(`${line}\n   below 0.9: ${failing.join('; ')}`);
    console.log(results[results.length - 1]);
  }
}
mkdirSync('tests/.tmp', { recursive: true });
writeFileSync('tests/.tmp/lighthouse-landlord.txt', results.join('\n') + '\n');
await context.close();
await server.close();
await p.close();
process.exit(0);

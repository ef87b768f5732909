import type { Container } from 'inversify';
import type { Logger } from 'pino';
import { IDENTITY, type Role } from '../modules/identity/index';
import { LANDLORD } from '../modules/landlord/index';
import { COMPANY_SPACE } from '../modules/company-space/index';
import { isDomainError } from '../shared/errors';
import { demoContext, type DemoContext } from './demo/context';
import { seedDocuments } from './demo/documents';
import { seedDemands } from './demo/demands';
import { seedAgreements, seedOffers } from './demo/offers';
import { seedCandidacies } from './demo/candidacies';
import { seedScoring } from './demo/scoring';

/** Fixed ids of the demo organisations, so that the demo accounts keep their memberships across runs. */
export const DEMO_IDS = {
  company: '00000000-0000-4000-8000-0000000c0001',
  landlord: '00000000-0000-4000-8000-0000000b0001',
};

export const DEMO_CLIENT = { clientId: 'llc_demo_habitat', clientSecret: 'demo-client-secret-2026-change-me' };

export interface DemoAccount {
  email: string;
  role: Role;
  displayName: string;
  orgId?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@alin.demo', role: 'admin', displayName: 'Alice Admin' },
  { email: 'agent@alin.demo', role: 'agent', displayName: 'Antoine Agent' },
  { email: 'demandeur@alin.demo', role: 'applicant', displayName: 'Amina Diallo' },
  { email: 'demandeur2@alin.demo', role: 'applicant', displayName: 'Bruno Martin' },
  { email: 'demandeur3@alin.demo', role: 'applicant', displayName: 'Chloé Bernard' },
  { email: 'demandeur4@alin.demo', role: 'applicant', displayName: 'Damien Petit' },
  { email: 'demandeur5@alin.demo', role: 'applicant', displayName: 'Emma Leroy' },
  { email: 'demandeur6@alin.demo', role: 'applicant', displayName: 'Farid Benali' },
  { email: 'entreprise@alin.demo', role: 'company_manager', displayName: 'Camille RH', orgId: DEMO_IDS.company },
  { email: 'bailleur@alin.demo', role: 'landlord_user', displayName: 'Bertrand Bailleur', orgId: DEMO_IDS.landlord },
];

/**
 * Idempotent: creates what is missing, never changes what exists (a demand or an offer found on its
 * way is only moved forward to its demo state). Beside the accounts and organisations, the demo's
 * content (demands, agreements, offers, candidacies and their journey, a bonus and a grid) goes
 * through the modules' façades with the demo accounts' principals, exactly as the API does; a
 * step that fails is logged and skipped, so the platform still starts.
 */
export async function seedDemo(container: Container, password: string, logger: Logger): Promise<{ created: number }> {
  const identity = container.get(IDENTITY.Service);
  const clients = container.get(IDENTITY.ApiClientRepository);
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await identity.findByEmail(account.email)) continue;
    await identity.createAccount({ ...account, password });
    created++;
  }
  // The demo landlord in the referential, so that its user and its connected system can publish offers.
  const landlords = container.get(LANDLORD.Service);
  if (!(await landlords.findById(DEMO_IDS.landlord))) {
    const admin = await identity.findByEmail('admin@alin.demo');
    await landlords.create(
      { accountId: admin!.id, role: 'admin', sessionId: 'seed' },
      { id: DEMO_IDS.landlord, siren: '552100554', name: 'Demo Habitat', kind: 'ESH', regions: ['84'] },
    );
    created++;
  }
  created += await seedDemoCompany(container);
  if (!(await clients.findByClientId(DEMO_CLIENT.clientId))) {
    // through the landlord module, so that Demo Habitat counts as connected by API
    const admin = await identity.findByEmail('admin@alin.demo');
    await landlords.registerApiClient({ accountId: admin!.id, role: 'admin', sessionId: 'seed' }, DEMO_IDS.landlord, 'Système de Demo Habitat', DEMO_CLIENT);
    created++;
  }
  const content = await seedDemoContent(container, logger);
  created += content;
  logger.info({ created }, 'demo data ready');
  return { created };
}

/** The demo's living content; returns how many things it created (0 when everything was there). */
async function seedDemoContent(container: Container, logger: Logger): Promise<number> {
  const ctx = await demoContext(container);
  const step = async <T>(name: string, work: (ctx: DemoContext) => Promise<T>): Promise<T | undefined> => {
    try {
      return await work(ctx);
    } catch (error) {
      logger.warn({ err: error, step: name }, 'demo seed: a step failed and was skipped');
      return undefined;
    }
  };
  await step('agreements', (c) => seedAgreements(c, DEMO_IDS.landlord));
  await step('scoring', seedScoring);
  const demands = (await step('demands', seedDemands)) ?? new Map<string, string>();
  await step('documents', (c) => seedDocuments(c, demands));
  const offers = await step('offers', seedOffers);
  if (offers) await step('candidacies', (c) => seedCandidacies(c, demands, offers));
  return ctx.created;
}

/**
 * The demo company (SIRET 80012345700015) with a deployed space, quotas and a housing policy,
 * managed by entreprise@alin.demo, so that the company portal (/entreprise) works on `npm start`.
 */
async function seedDemoCompany(container: Container): Promise<number> {
  const identity = container.get(IDENTITY.Service);
  const companies = container.get(COMPANY_SPACE.Service);
  const admin = await identity.findByEmail('admin@alin.demo');
  const manager = await identity.findByEmail('entreprise@alin.demo');
  if (!admin || !manager) return 0;
  const staff = { accountId: admin.id, role: 'admin' as const, sessionId: 'seed' };
  let created = 0;
  let company = await companies.getCompany(staff, DEMO_IDS.company).catch((error: unknown) => {
    if (isDomainError(error) && error.kind === 'not_found') return null;
    throw error;
  });
  if (!company) {
    company = await companies.createCompany(staff, {
      id: DEMO_IDS.company,
      name: 'Transports Démo',
      sirets: ['80012345700015'],
      headcount: 320,
      contribution: 'contributing',
    });
    created++;
  }
  if (!company.managers.length) await companies.addExistingManager(staff, company.id, { accountId: manager.id, email: manager.email, displayName: manager.displayName });
  if (company.space.status === null || company.space.status === 'requested') {
    await companies.actOnSpace(staff, company.id, {
      action: 'configure',
      quotas: { A: 3, B: 5, C: 10 },
      descriptions: {
        A: 'Recrutement, mobilité professionnelle ou apprentissage.',
        B: 'Rapprochement entre le domicile et le lieu de travail.',
        C: 'Salariés de moins de 30 ans ou en CDI depuis plus de deux ans.',
      },
    });
    await companies.actOnSpace(staff, company.id, { action: 'deploy' });
  }
  return created;
}

export function describeDemo(password: string): string {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(16)} ${a.email.padEnd(24)} ${password}`);
  return ['Demo accounts (role, email, password):', ...lines, `  landlord_client  client_id=${DEMO_CLIENT.clientId} client_secret=${DEMO_CLIENT.clientSecret}`].join('\n');
}

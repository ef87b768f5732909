import type { Container } from 'inversify';
import type { Logger } from 'pino';
import { IDENTITY, type Role } from '../modules/identity/index';
import { LANDLORD } from '../modules/landlord/index';
import { COMPANY_SPACE } from '../modules/company-space/index';
import { isDomainError } from '../shared/errors';

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
  { email: 'entreprise@alin.demo', role: 'company_manager', displayName: 'Camille RH', orgId: DEMO_IDS.company },
  { email: 'bailleur@alin.demo', role: 'landlord_user', displayName: 'Bertrand Bailleur', orgId: DEMO_IDS.landlord },
];

/** Idempotent: creates what is missing, never changes what exists. */
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
    await identity.registerApiClient({ landlordId: DEMO_IDS.landlord, name: 'Système de Demo Habitat', ...DEMO_CLIENT });
    created++;
  }
  logger.info({ created }, 'demo data ready');
  return { created };
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
      id: DEMO_IDS.company, name: 'Transports Démo', sirets: ['80012345700015'], headcount: 320, contribution: 'contributing',
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
  return [
    'Demo accounts (role, email, password):',
    ...lines,
    `  landlord_client  client_id=${DEMO_CLIENT.clientId} client_secret=${DEMO_CLIENT.clientSecret}`,
  ].join('\n');
}

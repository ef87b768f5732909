import { DEMAND, type DemandData, type DemandStatus } from '../../modules/demand/index';
import { COMPANY_SPACE } from '../../modules/company-space/index';
import { addMonths, addYears, type IsoDate } from '../../shared/dates';
import type { DemoContext } from './context';

/** SIRET of the demo company (Transports Démo). */
export const DEMO_COMPANY_SIRET = '80012345700015';

type Target = 'draft' | 'submitted' | 'active';

export interface DemoApplicant {
  email: string;
  displayName: string;
  /** where the seed takes the demand (it never goes back) */
  target: Target;
  data(ctx: DemoContext): DemandData;
}

const salaried = (ctx: DemoContext, monthly: number, employer?: { name: string; siret?: string; workplace: string }) => ({
  employment: employer
    ? {
        contractType: 'CDI' as const,
        employerName: employer.name,
        ...(employer.siret ? { employerSiret: employer.siret } : {}),
        workplaceCommuneCode: employer.workplace,
        startDate: addYears(ctx.today, -3),
      }
    : undefined,
  resources: [{ code: 'SAL' as const, monthlyAmount: monthly }],
  // reference tax incomes of years N−1 and N−2 (N: the clock's year)
  taxIncome: { yearMinus1: ctx.year - 1, amountMinus1: Math.round(monthly * 10.5), yearMinus2: ctx.year - 2, amountMinus2: Math.round(monthly * 10.2) },
});

/** A birth date giving `age` full years today. */
const bornAged = (ctx: DemoContext, age: number): IsoDate => addMonths(addYears(ctx.today, -age), -4);

/**
 * The demo applicants and their demands: Amina (validated employee of the demo company), Bruno
 * (no employer), Chloé (employee of the demo company, waiting for the manager's validation), and
 * demands in other states for the back office: Damien's draft, Emma's submitted demand waiting for
 * instruction, Farid's (validated employee of the demo company, housed by the seed's allocated offer).
 */
export const DEMO_APPLICANTS: DemoApplicant[] = [
  {
    email: 'demandeur@alin.demo',
    displayName: 'Amina Diallo',
    target: 'active',
    data: (ctx) => ({
      applicant: {
        civility: '2',
        lastName: 'Diallo',
        firstName: 'Amina',
        birthDate: bornAged(ctx, 27),
        nationality: '1',
        familySituation: 'C',
        email: 'demandeur@alin.demo',
        phone: '0601020304',
        ...salaried(ctx, 1950, { name: 'Transports Démo', siret: DEMO_COMPANY_SIRET, workplace: '69266' }),
        address: { line: '12 rue Paul Bert', postalCode: '69003', communeCode: '69123' },
      },
      otherOccupants: [],
      reasons: ['work_closer', 'too_expensive'],
      wishes: { communeCodes: ['69123', '69266', '38185'], typologies: [1, 2] },
      currentHousing: { kind: 'LP', monthlyRent: 780, occupants: 1, rooms: 1, surface: 24 },
    }),
  },
  {
    email: 'demandeur2@alin.demo',
    displayName: 'Bruno Martin',
    target: 'active',
    data: (ctx) => ({
      applicant: {
        civility: '1',
        lastName: 'Martin',
        firstName: 'Bruno',
        birthDate: bornAged(ctx, 44),
        nationality: '1',
        familySituation: 'D',
        ...salaried(ctx, 2100, { name: 'Boulangerie du Parc', workplace: '69123' }),
        address: { line: '4 avenue Jean Jaurès', postalCode: '69007', communeCode: '69123' },
      },
      otherOccupants: [{ firstName: 'Léo', birthDate: bornAged(ctx, 9), kinship: 'E', dependant: true }],
      reasons: ['too_small', 'divorce'],
      wishes: { communeCodes: ['69123', '69266', '38185'], typologies: [2, 3] },
      currentHousing: { kind: 'HE', occupants: 3, rooms: 2 },
    }),
  },
  {
    email: 'demandeur3@alin.demo',
    displayName: 'Chloé Bernard',
    target: 'active',
    data: (ctx) => ({
      applicant: {
        civility: '2',
        lastName: 'Bernard',
        firstName: 'Chloé',
        birthDate: bornAged(ctx, 31),
        nationality: '1',
        familySituation: 'C',
        ...salaried(ctx, 2250, { name: 'Transports Démo', siret: DEMO_COMPANY_SIRET, workplace: '69266' }),
        address: { line: '30 cours Gambetta', postalCode: '69007', communeCode: '69123' },
      },
      otherOccupants: [],
      reasons: ['work_closer'],
      wishes: { communeCodes: ['69123', '69266'], typologies: [2] },
      currentHousing: { kind: 'LP', monthlyRent: 820 },
    }),
  },
  {
    email: 'demandeur4@alin.demo',
    displayName: 'Damien Petit',
    target: 'draft',
    data: (ctx) => ({
      applicant: {
        civility: '1',
        lastName: 'Petit',
        firstName: 'Damien',
        birthDate: bornAged(ctx, 23),
        nationality: '1',
        familySituation: 'C',
        resources: [{ code: 'SAL', monthlyAmount: 1500 }],
      },
      otherOccupants: [],
      reasons: ['new_job'],
      wishes: { communeCodes: ['38185'], typologies: [1, 2] },
    }),
  },
  {
    email: 'demandeur5@alin.demo',
    displayName: 'Emma Leroy',
    target: 'submitted',
    data: (ctx) => ({
      applicant: {
        civility: '2',
        lastName: 'Leroy',
        firstName: 'Emma',
        birthDate: bornAged(ctx, 38),
        nationality: '2',
        familySituation: 'S',
        ...salaried(ctx, 1700, { name: 'Clinique des Alpes', workplace: '38185' }),
        address: { line: '9 rue Félix Poulat', postalCode: '38000', communeCode: '38185' },
      },
      otherOccupants: [
        { firstName: 'Inès', birthDate: bornAged(ctx, 12), kinship: 'E', dependant: true },
        { firstName: 'Noah', birthDate: bornAged(ctx, 6), kinship: 'E', dependant: true },
      ],
      reasons: ['divorce', 'too_expensive'],
      wishes: { communeCodes: ['38185'], typologies: [3, 4] },
      currentHousing: { kind: 'LP', monthlyRent: 910 },
    }),
  },
  {
    email: 'demandeur6@alin.demo',
    displayName: 'Farid Benali',
    target: 'active',
    data: (ctx) => ({
      applicant: {
        civility: '1',
        lastName: 'Benali',
        firstName: 'Farid',
        birthDate: bornAged(ctx, 35),
        nationality: '1',
        familySituation: 'M',
        ...salaried(ctx, 1800, { name: 'Transports Démo', siret: DEMO_COMPANY_SIRET, workplace: '69266' }),
        address: { line: '18 rue de la Poudrette', postalCode: '69100', communeCode: '69266' },
      },
      coApplicant: {
        civility: '2',
        lastName: 'Benali',
        firstName: 'Sarah',
        birthDate: bornAged(ctx, 33),
        nationality: '1',
        familySituation: 'M',
        link: 'M',
        resources: [{ code: 'SAL', monthlyAmount: 900 }],
        taxIncome: { yearMinus1: ctx.year - 1, amountMinus1: 9500, yearMinus2: ctx.year - 2, amountMinus2: 9000 },
      },
      otherOccupants: [],
      reasons: ['too_small'],
      wishes: { communeCodes: ['69266', '69123'], typologies: [3] },
      currentHousing: { kind: 'LP', monthlyRent: 690, occupants: 2, rooms: 1 },
    }),
  },
];

const ORDER: DemandStatus[] = ['draft', 'submitted', 'in_instruction', 'active'];
const before = (status: DemandStatus, target: Target) => ORDER.indexOf(status) >= 0 && ORDER.indexOf(status) < ORDER.indexOf(target);

/**
 * Each demo applicant's demand, created by the applicant and taken by the agent to its target
 * state. An applicant who already has a demand keeps it: the seed only moves a demand it finds on
 * its way (draft → submitted → active), never back, and leaves closed ones (satisfied…) alone.
 * Returns the demand ids by e-mail.
 */
export async function seedDemands(ctx: DemoContext): Promise<Map<string, string>> {
  const demands = ctx.container.get(DEMAND.Service);
  const agent = await ctx.as('agent@alin.demo');
  const ids = new Map<string, string>();
  for (const spec of DEMO_APPLICANTS) {
    const owner = await ctx.as(spec.email);
    const own = await demands.listDemands(owner, {}, { pageSize: 1 });
    let current = own.items[0] ? { id: own.items[0].id, status: own.items[0].status } : null;
    if (!current) {
      const record = await demands.createDraft(owner, spec.data(ctx));
      current = { id: record.demand.id, status: record.demand.status };
      ctx.created++;
    }
    if (current.status === 'draft' && before('draft', spec.target)) {
      current.status = (await demands.submit(owner, current.id)).demand.status;
      ctx.created++;
    }
    if ((current.status === 'submitted' || current.status === 'in_instruction') && before(current.status, spec.target)) {
      // the seed's pieces are uploaded (and verified) after validation: the agent validates with an override, as at a counter
      current.status = (
        await demands.validate(agent, current.id, {
          piecesOverride: { reason: 'Démonstration : pièces contrôlées au guichet avant leur dépôt sur la plateforme.' },
        })
      ).demand.status;
      ctx.created++;
    }
    ids.set(spec.email, current.id);
  }
  await validateEmployees(ctx, ids);
  return ids;
}

/**
 * The demo company's manager validates Amina as an employee and grants her tranche B, and
 * validates Farid (so that his allocation counts for an ETI in the balancing figures); Chloé's
 * request stays pending, for the manager to decide in the company portal.
 */
async function validateEmployees(ctx: DemoContext, ids: Map<string, string>): Promise<void> {
  const companies = ctx.container.get(COMPANY_SPACE.Service);
  const manager = await ctx.as('entreprise@alin.demo');
  if (!manager.companyId) return;
  const employees = (await companies.listEmployees(manager, manager.companyId, { pageSize: 100 })).items;
  for (const [email, tranche] of [
    ['demandeur@alin.demo', 'B'],
    ['demandeur6@alin.demo', null],
  ] as const) {
    const employee = employees.find((e) => e.demandId === ids.get(email));
    // only once: the grants are yearly, and a later start (next year, say) must not grant again
    if (employee?.status !== 'pending') continue;
    await companies.decideValidation(manager, manager.companyId, employee.demandId, { decision: 'validate' });
    ctx.created++;
    if (!tranche) continue;
    await companies.grantTranche(manager, manager.companyId, employee.demandId, { tranche, reason: 'Rapprochement domicile-travail : 45 minutes de trajet aujourd’hui.' });
    ctx.created++;
  }
}

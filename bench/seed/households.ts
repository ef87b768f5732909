import { addDays, addYears, type IsoDate } from '../../src/shared/dates';
import type { Adult, CoApplicant, ContractType, CurrentHousingKind, DemandData, MonthlyResource, OtherOccupant, TaxIncome } from '../../src/modules/demand/index';
import type { DemandReason } from '../../src/modules/demand/domain/demand-data';
import { weightedPick, type Prng } from '../lib/prng';
import type { Commune, Geography } from './geo';
import { FEMALE_FIRST, LAST, MALE_FIRST, PROFESSIONS, STREETS } from './names';

export interface HouseholdOptions {
  /** the day the data describes (the demand's last update): ages and tax years are relative to it */
  asOf: IsoDate;
  /** the applicant's age on `asOf` */
  applicantAge: number;
  /** where the applicant lives */
  home: Commune;
  /** SIRET of the employer, when employed */
  employerSiret: string | undefined;
  employerName: string | undefined;
  mobility: boolean;
  dalo: boolean;
  /** drop the N−2 figure of one adult (an incomplete file) */
  incompleteIncome: boolean;
  importedCalRefusal: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round0 = (n: number) => Math.round(n);

function birthDate(rng: Prng, asOf: IsoDate, age: number): IsoDate {
  return addDays(addYears(asOf, -age), -rng.int(1, 360));
}

function taxIncome(rng: Prng, monthly: number, year: number, missingMinus2: boolean): TaxIncome {
  // revenu fiscal de référence: about 10 months of net resources after the 10 % allowance
  const minus2 = Math.max(0, round0(monthly * 12 * 0.9 * (0.85 + rng.next() * 0.25)));
  const drop = rng.chance(0.06);
  const minus1 = Math.max(0, round0(minus2 * (drop ? 0.55 + rng.next() * 0.3 : 0.97 + rng.next() * 0.1)));
  const t: TaxIncome = { yearMinus1: year - 1, amountMinus1: minus1 };
  if (!missingMinus2) {
    t.yearMinus2 = year - 2;
    t.amountMinus2 = minus2;
  }
  return t;
}

function salary(rng: Prng): number {
  return round0(Math.min(6500, Math.max(650, rng.logNormal(1750, 0.33))));
}

function resourcesOf(rng: Prng, employed: boolean): MonthlyResource[] {
  if (employed) {
    const r: MonthlyResource[] = [{ code: 'SAL', monthlyAmount: salary(rng) }];
    if (rng.chance(0.05)) r.push({ code: 'AUT', monthlyAmount: rng.int(50, 300) });
    return r;
  }
  return [
    weightedPick<MonthlyResource>(rng, [
      [{ code: 'CHO', monthlyAmount: rng.int(700, 1500) }, 5],
      [{ code: 'RSA', monthlyAmount: rng.int(560, 650) }, 2],
      [{ code: 'RET', monthlyAmount: rng.int(900, 1900) }, 2],
      [{ code: 'AAH', monthlyAmount: rng.int(900, 1016) }, 1],
    ]),
  ];
}

const CONTRACTS: (readonly [ContractType, number])[] = [
  ['CDI', 70],
  ['CDD', 14],
  ['INT', 5],
  ['APP', 5],
  ['FON', 4],
  ['AUT', 2],
];

function adult(
  rng: Prng,
  o: {
    asOf: IsoDate;
    age: number;
    female: boolean;
    lastName: string;
    employed: boolean;
    siret?: string | undefined;
    employerName?: string | undefined;
    workplace: string;
    missingMinus2: boolean;
  },
): Adult {
  const first = rng.pick(o.female ? FEMALE_FIRST : MALE_FIRST);
  const resources = resourcesOf(rng, o.employed);
  const monthly = resources.reduce((s, r) => s + r.monthlyAmount, 0);
  const a: Adult = {
    civility: o.female ? '2' : '1',
    lastName: o.lastName,
    firstName: first,
    birthDate: birthDate(rng, o.asOf, o.age),
    nationality: weightedPick(rng, [
      ['1', 82],
      ['2', 6],
      ['3', 12],
    ] as const),
    resources,
    taxIncome: taxIncome(rng, monthly, Number(o.asOf.slice(0, 4)), o.missingMinus2),
  };
  if (rng.chance(0.04)) a.disabilityCard = true;
  if (o.employed) {
    a.employment = {
      profession: rng.pick(PROFESSIONS),
      contractType: weightedPick(rng, CONTRACTS),
      ...(o.employerName ? { employerName: o.employerName } : {}),
      ...(o.siret ? { employerSiret: o.siret } : {}),
      startDate: addDays(o.asOf, -rng.int(30, 4000)),
      workplaceCommuneCode: o.workplace,
    };
  }
  return a;
}

export type HouseholdKind = 'single' | 'single_parent' | 'couple' | 'couple_children' | 'with_relative';

/**
 * The data of a demand (CERFA 14069), in the DemandData shape the demand module stores: a
 * realistic household (size, ages, resources, tax incomes of N−2 and N−1), wishes around home.
 */
export function household(rng: Prng, geo: Geography, o: HouseholdOptions): { data: DemandData; kind: HouseholdKind } {
  const kind = weightedPick<HouseholdKind>(rng, [
    ['single', 38],
    ['single_parent', 20],
    ['couple', 14],
    ['couple_children', 25],
    ['with_relative', 3],
  ]);
  const female = kind === 'single_parent' ? rng.chance(0.85) : rng.chance(0.55);
  const lastName = rng.pick(LAST);
  const year = Number(o.asOf.slice(0, 4));
  const missingApplicant = o.incompleteIncome && rng.chance(0.6);
  const applicant = adult(rng, {
    asOf: o.asOf,
    age: o.applicantAge,
    female,
    lastName,
    employed: o.employerSiret !== undefined,
    siret: o.employerSiret,
    employerName: o.employerName,
    workplace: o.home.code,
    missingMinus2: missingApplicant,
  });
  applicant.familySituation =
    kind === 'couple' || kind === 'couple_children'
      ? weightedPick(rng, [
          ['M', 45],
          ['P', 25],
          ['L', 30],
        ] as const)
      : weightedPick(rng, [
          ['C', 60],
          ['D', 25],
          ['S', 10],
          ['V', 5],
        ] as const);
  applicant.phone = `06${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

  const data: DemandData = {
    applicant: { ...applicant, address: { line: `${rng.int(1, 180)} ${rng.pick(STREETS)}`, postalCode: o.home.postalCode, communeCode: o.home.code } },
    otherOccupants: [],
    reasons: [],
    wishes: { communeCodes: [], typologies: [] },
  };

  if (kind === 'couple' || kind === 'couple_children') {
    const age = Math.max(18, Math.min(80, o.applicantAge + Math.round(rng.normal(0, 4))));
    const co: CoApplicant = {
      ...adult(rng, {
        asOf: o.asOf,
        age,
        female: !female,
        lastName: rng.chance(0.6) ? lastName : rng.pick(LAST),
        employed: rng.chance(0.75),
        workplace: o.home.code,
        missingMinus2: o.incompleteIncome && !missingApplicant,
      }),
      link: weightedPick(rng, [
        ['M', 45],
        ['P', 25],
        ['L', 30],
      ] as const),
    };
    data.coApplicant = co;
  }
  if (kind === 'single_parent' || kind === 'couple_children') {
    const children = weightedPick(rng, [
      [1, 45],
      [2, 35],
      [3, 13],
      [4, 5],
      [5, 2],
    ] as const);
    for (let i = 0; i < children; i++) {
      const age = Math.max(0, Math.min(o.applicantAge - 17, rng.int(0, 19)));
      const child: OtherOccupant = { firstName: rng.pick(rng.chance(0.5) ? FEMALE_FIRST : MALE_FIRST), birthDate: birthDate(rng, o.asOf, age), kinship: 'E', dependant: true };
      if (kind === 'single_parent' && rng.chance(0.1)) child.sharedCustody = true;
      if (rng.chance(0.02)) child.disabilityCard = true;
      data.otherOccupants.push(child);
    }
    if (children >= 2) data.applicant.resources.push({ code: 'AF', monthlyAmount: round2(148.52 * (children - 1)) });
  }
  if (kind === 'with_relative') {
    const age = Math.min(95, o.applicantAge + rng.int(20, 35));
    const pension = rng.int(700, 1600);
    data.otherOccupants.push({
      firstName: rng.pick(FEMALE_FIRST),
      lastName,
      birthDate: birthDate(rng, o.asOf, age),
      kinship: 'A',
      dependant: false,
      resources: [{ code: 'RET', monthlyAmount: pension }],
      taxIncome: taxIncome(rng, pension, year, false),
    });
  }
  if ((kind === 'couple' || kind === 'couple_children') && rng.chance(0.05)) {
    data.expectedBirths = { count: 1, expectedDate: addDays(o.asOf, rng.int(30, 240)) };
  }

  const size = 1 + (data.coApplicant ? 1 : 0) + data.otherOccupants.length + (data.expectedBirths?.count ?? 0);
  const housing: CurrentHousingKind = weightedPick(rng, [
    ['LP', 35],
    ['HE', 28],
    ['LS', 20],
    ['FO', 5],
    ['SA', 2],
    ['PO', 3],
    ['AU', 7],
  ] as const);
  data.currentHousing = {
    kind: housing,
    ...(housing === 'LP' || housing === 'LS' ? { monthlyRent: rng.int(350, 1100) } : {}),
    occupants: size,
    rooms: Math.max(1, Math.min(6, size - rng.int(0, 2))),
    surface: rng.int(15, 90),
  };
  const reasons: DemandReason[] = [];
  const pool: DemandReason[] = housing === 'HE' ? ['hosted'] : housing === 'SA' ? ['no_housing'] : ['too_expensive', 'too_small', 'unfit', 'work_closer'];
  reasons.push(rng.pick(pool));
  if (o.mobility) reasons.push(rng.chance(0.5) ? 'new_job' : 'transfer');
  if (rng.chance(0.25)) reasons.push(rng.pick(['family_growth', 'divorce', 'work_closer', 'retirement', 'other'] as const));
  data.reasons = [...new Set(reasons)];

  // wishes: home commune and a few others of the département (or of the new job's)
  const communes = new Set([o.home.code]);
  const extra = weightedPick(rng, [
    [0, 30],
    [1, 30],
    [2, 20],
    [3, 12],
    [4, 8],
  ] as const);
  for (let i = 0; i < extra; i++) communes.add(geo.communeIn(rng, o.home.departement).code);
  const roomsNeeded = Math.max(1, Math.min(6, size <= 2 ? size : size - 1));
  const typologies = new Set([roomsNeeded]);
  if (rng.chance(0.6)) typologies.add(Math.min(6, roomsNeeded + 1));
  if (roomsNeeded > 1 && rng.chance(0.3)) typologies.add(roomsNeeded - 1);
  data.wishes = { communeCodes: [...communes], typologies: [...typologies].sort() };
  if (rng.chance(0.35)) data.wishes.maxRent = rng.int(4, 12) * 100;
  if (rng.chance(0.04)) data.wishes.accessibilityRequired = true;
  if (rng.chance(0.3)) data.expectedHousingBenefit = rng.int(80, 380);
  if (o.mobility) {
    const from = geo.commune(rng);
    data.mobility = { kind: rng.chance(0.5) ? 'new_job' : 'transfer', fromCommuneCode: from.code, toCommuneCode: o.home.code, date: addDays(o.asOf, -rng.int(0, 200)) };
  }
  if (o.importedCalRefusal) data.calHistory = { refusedByCal: true };
  if (o.dalo) data.dalo = true;
  return { data, kind };
}

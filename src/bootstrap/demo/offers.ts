import { LANDLORD } from '../../modules/landlord/index';
import { OFFER, type OfferData, type OfferStatus, type OfferView } from '../../modules/offer/index';
import { addDays } from '../../shared/dates';
import type { DemoContext } from './context';

export const DEMO_LANDLORD_USER = 'bailleur@alin.demo';
export const DEMO_AGENT = 'agent@alin.demo';

/** Where the seed takes an offer: the offer module's own states up to `published`; the candidacy journey does the rest. */
export type OfferTarget = 'draft' | 'submitted' | 'in_instruction' | 'published' | 'transmitted' | 'allocated';

export interface DemoOffer {
  key: 'lyonT2' | 'villeurbanneT2' | 'grenobleT2' | 'lyonT2Transmitted' | 'villeurbanneT3Allocated' | 'grenobleT4Draft' | 'lyonT1Submitted' | 'villeurbanneT3Instruction';
  target: OfferTarget;
  /** days from today to the closing date */
  closesIn: number;
  data: Omit<OfferData, 'availableFrom' | 'closingDate'> & { availableIn: number };
}

/**
 * Demo Habitat's offers in Auvergne-Rhône-Alpes (region 84): three published (eligible to the demo
 * applicants), one transmitted to the landlord, one allocated (a full journey), and one of each
 * state before publication. The address line identifies a demo offer (the seed finds it again).
 */
export const DEMO_OFFERS: DemoOffer[] = [
  {
    key: 'lyonT2',
    target: 'published',
    closesIn: 30,
    data: {
      addressLine: '25 rue Garibaldi, bât. B',
      postalCode: '69003',
      communeCode: '69123',
      typology: 2,
      mainRooms: 2,
      surface: 47,
      floor: 4,
      elevator: true,
      accessible: false,
      energyClass: 'C',
      rent: 545,
      charges: 75,
      financing: 'PLUS',
      availableIn: 60,
      description: 'T2 lumineux proche de la Part-Dieu, balcon, cave. Métro B à 5 minutes.',
    },
  },
  {
    key: 'villeurbanneT2',
    target: 'published',
    closesIn: 21,
    data: {
      addressLine: '8 cours Émile Zola',
      postalCode: '69100',
      communeCode: '69266',
      typology: 2,
      mainRooms: 2,
      surface: 46,
      floor: 3,
      elevator: true,
      accessible: false,
      energyClass: 'C',
      rent: 620,
      charges: 80,
      financing: 'PLUS',
      availableIn: 45,
      description: 'T2 proche métro A (Gratte-Ciel), cuisine équipée.',
    },
  },
  {
    key: 'grenobleT2',
    target: 'published',
    closesIn: 40,
    data: {
      addressLine: '14 avenue Alsace-Lorraine',
      postalCode: '38000',
      communeCode: '38185',
      typology: 2,
      mainRooms: 2,
      surface: 50,
      floor: 1,
      elevator: false,
      accessible: true,
      energyClass: 'B',
      rent: 480,
      charges: 70,
      financing: 'PLUS',
      availableIn: 75,
      description: 'T2 accessible en rez-de-jardin, à deux pas du tram A.',
    },
  },
  {
    key: 'lyonT2Transmitted',
    target: 'transmitted',
    closesIn: 14,
    data: {
      addressLine: '3 place Guichard',
      postalCode: '69003',
      communeCode: '69123',
      typology: 2,
      mainRooms: 2,
      surface: 44,
      floor: 2,
      elevator: true,
      accessible: false,
      energyClass: 'D',
      rent: 560,
      charges: 70,
      financing: 'PLUS',
      availableIn: 30,
      description: 'T2 rénové, double exposition.',
    },
  },
  {
    key: 'villeurbanneT3Allocated',
    target: 'allocated',
    closesIn: 14,
    data: {
      addressLine: '41 rue Francis de Pressensé',
      postalCode: '69100',
      communeCode: '69266',
      typology: 3,
      mainRooms: 3,
      surface: 64,
      floor: 5,
      elevator: true,
      accessible: false,
      energyClass: 'C',
      rent: 610,
      charges: 95,
      financing: 'PLUS',
      availableIn: 20,
      description: 'T3 avec loggia, proche du parc de la Feyssine.',
    },
  },
  {
    key: 'grenobleT4Draft',
    target: 'draft',
    closesIn: 60,
    data: {
      addressLine: '7 rue des Trembles',
      postalCode: '38100',
      communeCode: '38185',
      typology: 4,
      mainRooms: 4,
      surface: 82,
      floor: 2,
      elevator: true,
      accessible: false,
      energyClass: 'D',
      rent: 690,
      charges: 120,
      financing: 'PLAI',
      availableIn: 120,
    },
  },
  {
    key: 'lyonT1Submitted',
    target: 'submitted',
    closesIn: 45,
    data: {
      addressLine: '110 rue de Gerland',
      postalCode: '69007',
      communeCode: '69123',
      typology: 1,
      mainRooms: 1,
      surface: 31,
      floor: 6,
      elevator: true,
      accessible: true,
      energyClass: 'B',
      rent: 390,
      charges: 55,
      financing: 'PLUS',
      availableIn: 90,
      description: 'Studio neuf, résidence labellisée.',
    },
  },
  {
    key: 'villeurbanneT3Instruction',
    target: 'in_instruction',
    closesIn: 45,
    data: {
      addressLine: '2 rue Anatole France',
      postalCode: '69100',
      communeCode: '69266',
      typology: 3,
      mainRooms: 3,
      surface: 67,
      floor: 1,
      elevator: false,
      accessible: false,
      energyClass: 'E',
      rent: 640,
      charges: 100,
      financing: 'PLS',
      availableIn: 90,
    },
  },
];

/** The reservation agreements of Demo Habitat, of the year of the first start: the Rhône (69) and the Isère (38). */
const AGREEMENTS = [
  { departement: '69', unitsOwed: 12 },
  { departement: '38', unitsOwed: 4 },
];

export async function seedAgreements(ctx: DemoContext, landlordId: string): Promise<void> {
  const landlords = ctx.container.get(LANDLORD.Service);
  const agent = await ctx.as(DEMO_AGENT);
  const existing = await landlords.agreements(agent, landlordId);
  for (const a of AGREEMENTS) {
    // one agreement per département, of the year of the first start (a later start creates nothing)
    if (existing.some((e) => e.departement === a.departement)) continue;
    await landlords.createAgreement(agent, landlordId, { departement: a.departement, year: ctx.year, unitsOwed: a.unitsOwed });
    ctx.created++;
  }
}

/** Every offer of the landlord, as the landlord user lists them. */
export async function landlordOffers(ctx: DemoContext): Promise<OfferView[]> {
  const offers = ctx.container.get(OFFER.Service);
  const landlord = await ctx.as(DEMO_LANDLORD_USER);
  const all: OfferView[] = [];
  for (let page = 1; ; page++) {
    const found = await offers.search(landlord, { page, pageSize: 100 });
    all.push(...found.items);
    if (found.items.length < 100 || all.length >= found.total) return all;
  }
}

const ORDER: OfferStatus[] = ['draft', 'submitted', 'in_instruction', 'published'];
const wants = (status: OfferStatus, target: OfferTarget) => {
  const t = ORDER.indexOf(target === 'transmitted' || target === 'allocated' ? 'published' : target);
  return ORDER.indexOf(status) >= 0 && ORDER.indexOf(status) < t;
};

/**
 * Demo Habitat's offers, created by its user and published by the agent up to their target (at most
 * `published`; the candidacy journey takes the transmitted and allocated ones further). An offer
 * found by its address line is moved only forward on that path, never back.
 * Returns the offers' ids by key.
 */
export async function seedOffers(ctx: DemoContext): Promise<Map<DemoOffer['key'], string>> {
  const offers = ctx.container.get(OFFER.Service);
  const landlord = await ctx.as(DEMO_LANDLORD_USER);
  const agent = await ctx.as(DEMO_AGENT);
  const byAddress = new Map((await landlordOffers(ctx)).map((o) => [o.addressLine, o]));
  const ids = new Map<DemoOffer['key'], string>();
  for (const spec of DEMO_OFFERS) {
    const { availableIn, ...data } = spec.data;
    const closingDate = addDays(ctx.today, spec.closesIn);
    const found = byAddress.get(data.addressLine);
    let current: { id: string; status: OfferStatus };
    if (found) current = { id: found.id, status: found.status };
    else {
      const { offer } = await offers.create(landlord, { ...data, availableFrom: addDays(ctx.today, availableIn), closingDate });
      current = { id: offer.id, status: offer.status };
      ctx.created++;
    }
    if (current.status === 'draft' && wants('draft', spec.target)) {
      current.status = (await offers.submit(landlord, current.id)).status;
      ctx.created++;
    }
    if (current.status === 'submitted' && spec.target === 'in_instruction') {
      current.status = (await offers.startInstruction(agent, current.id)).status;
      ctx.created++;
    }
    if ((current.status === 'submitted' || current.status === 'in_instruction') && wants(current.status, spec.target)) {
      current.status = (await offers.publish(agent, current.id, closingDate)).status;
      ctx.created++;
    }
    ids.set(spec.key, current.id);
  }
  return ids;
}

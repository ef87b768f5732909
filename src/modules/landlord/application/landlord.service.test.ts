import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { conflict, type DomainError } from '../../../shared/errors';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import type { Principal } from '../../identity/index';
import type { FluxOffer } from '../../offer/index';
import type { Agreement } from '../domain/agreement';
import type { Landlord } from '../domain/landlord';
import type { AgreementRepository, LandlordRepository } from '../ports';
import { LandlordService } from './landlord.service';

const agent: Principal = { accountId: 'agent-1', role: 'agent', sessionId: 's' };

function setup(offers: Record<string, FluxOffer[]> = {}) {
  const landlords = new Map<string, Landlord>();
  const agreements = new Map<string, Agreement>();
  const landlordRepo: LandlordRepository = {
    insert: async (l) => {
      if ([...landlords.values()].some((x) => x.siren === l.siren)) throw conflict('LANDLORD.SIREN_TAKEN', 'taken');
      landlords.set(l.id, l);
    },
    update: async (l) => void landlords.set(l.id, l),
    findById: async (id) => landlords.get(id) ?? null,
    findManyByIds: async (ids) => ids.flatMap((id) => (landlords.has(id) ? [landlords.get(id)!] : [])),
    list: async (_f, page) => ({ items: [...landlords.values()], page: page.page, pageSize: page.pageSize, total: landlords.size }),
  };
  const agreementRepo: AgreementRepository = {
    insert: async (a) => void agreements.set(a.id, a),
    update: async (a) => void agreements.set(a.id, a),
    findById: async (id) => agreements.get(id) ?? null,
    listByLandlord: async (id) => [...agreements.values()].filter((a) => a.landlordId === id),
    findFor: async (l, d, y) => [...agreements.values()].find((a) => a.landlordId === l && a.departement === d && a.year === y) ?? null,
  };
  const registered: { landlordId: string; name: string }[] = [];
  const service = new LandlordService({
    landlords: landlordRepo,
    agreements: agreementRepo,
    agreementOffers: {
      counts: async (ids) => new Map(ids.map((id) => [id, { published: (offers[id] ?? []).length, allocated: (offers[id] ?? []).filter((o) => o.status === 'allocated').length }])),
      offers: async (id) => offers[id] ?? [],
      waiting: async () => ({ sentBack: [], toDecide: [] }),
    },
    apiClients: {
      register: async (input) => (registered.push(input), { clientId: 'llc_x', clientSecret: 'secret', accountId: 'acc-client' }),
      list: async () => [],
      revoke: async () => {
        throw new Error('not used here');
      },
    },
    audit: new InMemoryAuditTrail(),
    clock: new FixedClock('2026-03-15T09:00:00Z'),
    uow: immediateUnitOfWork,
    users: { add: async () => undefined, listForLandlord: async () => [], find: async () => null, markRemoved: async () => undefined },
    outbox: { add: async () => undefined },
    accounts: {
      invite: async () => ({ accountId: 'acc-user', invitationToken: 't', expiresAt: new Date() }),
      disable: async () => undefined,
      statusesOf: async (ids) => new Map(ids.map((id) => [id, 'active'])),
    },
    settings: { publicUrl: 'https://alin.example' },
  });
  return { service, registered };
}

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a rejection');
};

describe('landlords and agreements', () => {
  it('an agent creates a landlord and its agreements; one per département and year', async () => {
    const { service } = setup();
    const l = await service.create(agent, { siren: '552 100 554', name: 'Habitat', kind: 'OPH' });
    expect(l.siren).toBe('552100554');
    const a = await service.createAgreement(agent, l.id, { departement: '2a', year: 2026, unitsOwed: 4 });
    expect(a).toMatchObject({ departement: '2A', gap: { owed: 4, toPublish: 4 } });
    expect((await rejection(service.createAgreement(agent, l.id, { departement: '2A', year: 2026, unitsOwed: 1 }))).code).toBe('LANDLORD.AGREEMENT_EXISTS');
    expect((await rejection(service.createAgreement(agent, 'nope', { departement: '69', year: 2026, unitsOwed: 1 }))).code).toBe('LANDLORD.NOT_FOUND');
  });

  it('a landlord reads its own, not another’s; only agents write', async () => {
    const { service } = setup();
    const mine = await service.create(agent, { siren: '552100554', name: 'Mine', kind: 'ESH' });
    const other = await service.create(agent, { siren: '732829320', name: 'Other', kind: 'ESH' });
    const user: Principal = { accountId: 'u', role: 'landlord_user', sessionId: 's', landlordId: mine.id };
    expect((await service.get(user, mine.id)).name).toBe('Mine');
    expect((await rejection(service.get(user, other.id))).code).toBe('LANDLORD.NOT_FOUND');
    expect((await service.list(user, {})).items.map((l) => l.id)).toEqual([mine.id]);
    expect((await rejection(service.create(user, { siren: '443061841', name: 'X', kind: 'ESH' }))).kind).toBe('forbidden');
  });

  it('registering an API client marks the landlord connected', async () => {
    const { service, registered } = setup();
    const l = await service.create(agent, { siren: '552100554', name: 'Habitat', kind: 'OPH' });
    expect((await service.registerApiClient(agent, l.id, '')).clientId).toBe('llc_x');
    expect(registered).toEqual([{ landlordId: l.id, name: 'Habitat' }]);
    expect((await service.get(agent, l.id)).connectedByApi).toBe(true);
  });

  it('the yearly report groups the offers and the CSV starts with the header', async () => {
    const offers: Record<string, FluxOffer[]> = {};
    const { service } = setup(offers);
    const l = await service.create(agent, { siren: '552100554', name: 'Habitat', kind: 'OPH' });
    const a = await service.createAgreement(agent, l.id, { departement: '69', year: 2026, unitsOwed: 2 });
    offers[a.id] = [
      { typology: 2, financing: 'PLUS', communeCode: '69386', communeName: 'Lyon 6e Arrondissement', status: 'allocated', everPublished: true },
      { typology: 2, financing: 'PLUS', communeCode: '69386', communeName: 'Lyon 6e Arrondissement', status: 'published', everPublished: true },
    ];
    const report = await service.report(agent, l.id, a.id);
    expect(report.rows).toEqual([
      { departement: '69', communeCode: '69386', communeName: 'Lyon 6e Arrondissement', typology: 2, financing: 'PLUS', unitsProposed: 2, unitsAllocated: 1 },
    ]);
    expect(report.agreement.gap).toMatchObject({ published: 2, allocated: 1, fulfilled: true });
    const csv = service.reportCsv(report);
    expect(csv.filename).toBe('flux-552100554-69-2026.csv');
    expect(csv.csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('departement;code_commune;commune;typologie;financement;logements_proposes;logements_attribues');
  });
});

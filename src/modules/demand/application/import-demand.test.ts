import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/audit';
import { FixedClock } from '../../../shared/clock';
import { DomainError, unavailable } from '../../../shared/errors';
import { InProcessEventBus, type DomainEvent } from '../../../shared/events';
import { InMemoryJobQueue } from '../../../shared/jobs';
import { immediateUnitOfWork } from '../../../shared/unit-of-work';
import type { Principal } from '../../identity/index';
import { aDemandData, REGISTRATION_NUMBER } from '../domain/test-builders';
import type { DemandRegistry, RegistryDemand } from '../ports/registry.port';
import { DemandService } from './demand.service';
import { InMemoryDemandRepository, InMemoryImportThrottle, InMemoryNotificationOutbox } from './in-memory';
import { staticDemandRegistries } from './registries';

const APPLICANT: Principal = { accountId: '00000000-0000-4000-8000-000000000001', role: 'applicant', sessionId: 's1' };
const OTHER: Principal = { accountId: '00000000-0000-4000-8000-000000000002', role: 'applicant', sessionId: 's2' };

class FakeRegistry implements DemandRegistry {
  readonly id = 'sne';
  held = new Map<string, RegistryDemand>();
  down = false;
  fetches = 0;
  async register(): Promise<never> {
    throw new Error('not used');
  }
  async fetch(number: string) {
    this.fetches += 1;
    if (this.down) throw unavailable('REGISTRY.UNAVAILABLE', 'down');
    return this.held.get(number) ?? null;
  }
  async struckOffSince() {
    return [];
  }
}

function setup(limits?: { perAccount: number; perAddress: number }) {
  const clock = new FixedClock('2026-03-15T10:00:00Z');
  const registry = new FakeRegistry();
  const data = aDemandData();
  registry.held.set(REGISTRATION_NUMBER, { registry: 'sne', number: REGISTRATION_NUMBER, registrationDate: '2025-01-20', data, dalo: true });
  const demands = new InMemoryDemandRepository(() => clock.now());
  const audit = new InMemoryAuditTrail();
  const events = new InProcessEventBus();
  const published: DomainEvent[] = [];
  events.subscribe('demand.status_changed', (e) => void published.push(e));
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const importThrottle = new InMemoryImportThrottle(limits);
  const service = new DemandService({
    demands, notifications: new InMemoryNotificationOutbox(), registries: staticDemandRegistries([registry]), importThrottle, settings: { defaultRegistry: 'sne' },
    audit, jobs: new InMemoryJobQueue(), events, clock, uow: immediateUnitOfWork, logger,
  });
  return { service, registry, demands, audit, published, importThrottle, birthDate: data.applicant.birthDate };
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
};

describe('importing a demand from a registry', () => {
  it('creates the demand active, with the registry’s number, date and DALO mark, audited and published', async () => {
    const t = setup();
    const { record, created } = await t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate });
    expect(created).toBe(true);
    expect(record.demand).toMatchObject({ status: 'active', source: 'registry', registrationNumber: REGISTRATION_NUMBER, registrationDate: '2025-01-20', renewalDueDate: '2027-01-20' });
    expect(record.demand.data.dalo).toBe(true);
    expect(t.audit.entries.map((e) => e.action)).toEqual(['demand.imported']);
    expect(t.published).toEqual([expect.objectContaining({ payload: expect.objectContaining({ action: 'imported', to: 'active' }) })]);
  });

  it('returns the existing demand the second time without asking the registry again', async () => {
    const t = setup();
    const first = await t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate });
    const again = await t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER.toLowerCase(), birthDate: t.birthDate });
    expect(again).toMatchObject({ created: false, record: { demand: { id: first.record.demand.id } } });
    expect(t.registry.fetches).toBe(1);
  });

  it('answers DEMAND.NOT_FOUND to a wrong birth date, an unknown number and another account’s number, and audits the refusals', async () => {
    const t = setup();
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: '1900-01-01' }))).toBe('DEMAND.NOT_FOUND');
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'sne', number: '0000000000000X0000', birthDate: t.birthDate }))).toBe('DEMAND.NOT_FOUND');
    await t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate });
    expect(await codeOf(t.service.importDemand(OTHER, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('DEMAND.NOT_FOUND');
    expect(t.audit.entries.filter((e) => e.action === 'demand.import_refused').map((e) => e.detail?.reason)).toEqual([
      'birth_date_mismatch', 'unknown_number', 'number_of_another_account',
    ]);
  });

  it('passes the registry’s outage on (503) and creates nothing; an applicant with a demand in progress gets a conflict', async () => {
    const t = setup();
    t.registry.down = true;
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('REGISTRY.UNAVAILABLE');
    expect(t.demands.records.size).toBe(0);
    t.registry.down = false;
    await t.service.createDraft(OTHER, aDemandData());
    expect(await codeOf(t.service.importDemand(OTHER, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('DEMAND.ALREADY_EXISTS');
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'imhoweb', number: REGISTRATION_NUMBER, birthDate: t.birthDate }))).toBe('REGISTRY.NOT_CONFIGURED');
  });

  it('counts refusals only, per account and per address; once past the limit it asks nobody and answers DEMAND.IMPORT_THROTTLED', async () => {
    const t = setup({ perAccount: 2, perAddress: 3 });
    const at = { address: '203.0.113.7' };
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: '1900-01-01' }, at))).toBe('DEMAND.NOT_FOUND');
    // a success and an outage do not count
    t.registry.down = true;
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }, at))).toBe('REGISTRY.UNAVAILABLE');
    t.registry.down = false;
    await t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }, at);
    await t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }, at);
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: '1900-01-01' }, at))).toBe('DEMAND.NOT_FOUND');
    const fetches = t.registry.fetches;
    expect(await codeOf(t.service.importDemand(APPLICANT, { registry: 'sne', number: REGISTRATION_NUMBER, birthDate: t.birthDate }, at))).toBe('DEMAND.IMPORT_THROTTLED');
    // another account from the same address: one more refusal, then the address is blocked too
    expect(await codeOf(t.service.importDemand(OTHER, { registry: 'sne', number: '0000000000000X0000', birthDate: t.birthDate }, at))).toBe('DEMAND.NOT_FOUND');
    expect(await codeOf(t.service.importDemand(OTHER, { registry: 'sne', number: '0000000000000X0001', birthDate: t.birthDate }, at))).toBe('DEMAND.IMPORT_THROTTLED');
    expect(await codeOf(t.service.importDemand(OTHER, { registry: 'sne', number: '0000000000000X0001', birthDate: t.birthDate }, { address: '198.51.100.1' }))).toBe('DEMAND.NOT_FOUND');
    expect(t.registry.fetches).toBe(fetches + 2);
  });
});

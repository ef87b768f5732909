import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { DomainError } from '../../../shared/errors';
import { InProcessEventBus, type DomainEvent } from '../../../shared/events';
import { InMemoryJobQueue } from '../../../shared/testing/jobs';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import type { Principal } from '../../identity/index';
import { aDemandData, REGISTRATION_NUMBER } from '../testing/test-builders';
import type { DemandRegistry } from '../ports/registry.port';
import { DEMAND_JOBS, demandJobHandlers } from '../demand.jobs';
import type { DemandDeps } from './demand.deps';
import { DemandService } from './demand.service';
import { InMemoryDemandRepository, InMemoryNotificationOutbox } from '../testing/in-memory';
import { InMemoryDocumentRepository } from '../testing/in-memory-documents';
import { staticDemandRegistries } from './registries';
import { applyDemandPatch } from './update-demand';

const APPLICANT: Principal = { accountId: '00000000-0000-4000-8000-000000000001', role: 'applicant', sessionId: 's1' };
const OTHER: Principal = { accountId: '00000000-0000-4000-8000-000000000002', role: 'applicant', sessionId: 's2' };
const AGENT: Principal = { accountId: '00000000-0000-4000-8000-0000000000aa', role: 'agent', sessionId: 's3' };
const MANAGER: Principal = { accountId: '00000000-0000-4000-8000-0000000000bb', role: 'company_manager', sessionId: 's4', companyId: 'c1' };

class FakeRegistry implements DemandRegistry {
  readonly id = 'sne';
  calls: { existingNumber?: string }[] = [];
  failWith: Error | undefined;
  async register(_data: unknown, hint?: { existingNumber?: string }) {
    this.calls.push(hint ?? {});
    if (this.failWith) throw this.failWith;
    return { number: hint?.existingNumber ?? REGISTRATION_NUMBER, registrationDate: '2026-03-16' };
  }
  async fetch() {
    return null;
  }
  async struckOffSince() {
    return [];
  }
}

function setup(options: { registry?: FakeRegistry } = {}) {
  const clock = new FixedClock('2026-03-15T10:00:00Z');
  const demands = new InMemoryDemandRepository(() => clock.now());
  const notifications = new InMemoryNotificationOutbox();
  const audit = new InMemoryAuditTrail();
  const jobs = new InMemoryJobQueue();
  const events = new InProcessEventBus();
  const published: DomainEvent[] = [];
  events.subscribe('demand.status_changed', (e) => void published.push(e));
  events.subscribe('demand.facts_changed', (e) => void published.push(e));
  const logs: { level: string; msg?: string }[] = [];
  const logger = {
    info: (_o: object, msg?: string) => void logs.push({ level: 'info', msg }),
    warn: (_o: object, msg?: string) => void logs.push({ level: 'warn', msg }),
    error: (_o: object, msg?: string) => void logs.push({ level: 'error', msg }),
  };
  const deps: DemandDeps = {
    demands,
    documents: new InMemoryDocumentRepository(),
    notifications,
    audit,
    jobs,
    events,
    clock,
    logger,
    uow: immediateUnitOfWork,
    registries: staticDemandRegistries(options.registry ? [options.registry] : []),
    settings: { defaultRegistry: 'sne' },
  };
  return { service: new DemandService(deps), clock, demands, notifications, audit, jobs, published, logs };
}

async function validated(t: ReturnType<typeof setup>) {
  const draft = await t.service.createDraft(APPLICANT, aDemandData());
  await t.service.submit(APPLICANT, draft.demand.id);
  return t.service.validate(AGENT, draft.demand.id, { piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
};

describe('DemandService', () => {
  it('creates one open demand per applicant; only applicants create', async () => {
    const t = setup();
    await t.service.createDraft(APPLICANT, aDemandData());
    expect(await codeOf(t.service.createDraft(APPLICANT, aDemandData()))).toBe('DEMAND.ALREADY_EXISTS');
    expect(await codeOf(t.service.createDraft(AGENT, aDemandData()))).toBe('DEMAND.APPLICANT_ONLY');
  });

  it('hides a demand from anyone but its owner and the back office', async () => {
    const t = setup();
    const { demand } = await t.service.createDraft(APPLICANT, aDemandData());
    expect(await codeOf(t.service.getDemand(OTHER, demand.id))).toBe('DEMAND.NOT_FOUND');
    expect(await codeOf(t.service.getDemand(MANAGER, demand.id))).toBe('DEMAND.NOT_FOUND');
    expect(await codeOf(t.service.submit(OTHER, demand.id))).toBe('DEMAND.NOT_FOUND');
    expect(await codeOf(t.service.validate(APPLICANT, demand.id))).toBe('DEMAND.AGENT_ONLY');
    await t.service.getDemand(APPLICANT, demand.id);
    expect(t.audit.entries).toHaveLength(0);
    await t.service.getDemand(AGENT, demand.id, { address: '10.0.0.1' });
    expect(t.audit.entries).toEqual([expect.objectContaining({ action: 'demand.read', actorAccountId: AGENT.accountId, objectId: demand.id, address: '10.0.0.1' })]);
  });

  it('scopes an applicant’s list to their own demands', async () => {
    const t = setup();
    await t.service.createDraft(APPLICANT, aDemandData());
    await t.service.createDraft(OTHER, aDemandData());
    expect((await t.service.listDemands(APPLICANT, { ownerAccountId: OTHER.accountId })).items.map((i) => i.ownerAccountId)).toEqual([APPLICANT.accountId]);
    expect((await t.service.listDemands(AGENT, {})).total).toBe(2);
    expect(await codeOf(t.service.listDemands(MANAGER, {}))).toBe('DEMAND.AGENT_ONLY');
  });

  it('validates with the registration pending, queues one registration job, notifies and publishes', async () => {
    const t = setup();
    const record = await validated(t);
    expect(record.demand).toMatchObject({ status: 'active', registrationDate: '2026-03-15', renewalDueDate: '2027-03-15' });
    expect(record.demand.registrationNumber).toBeUndefined();
    expect(t.jobs.jobs).toEqual([
      { kind: DEMAND_JOBS.register, payload: { demandId: record.demand.id }, options: { dedupeKey: `demand.register-with-registry:${record.demand.id}` } },
    ]);
    expect(t.audit.entries.map((e) => e.action)).toEqual(['demand.validated']);
    expect(t.notifications.sent.map((n) => n.kind)).toEqual(['demand.validated']);
    expect(t.published.map((e) => (e.payload as { to: string }).to)).toEqual(['submitted', 'active']);
  });

  it('registers with the registry: sets the number and the registry’s date, once', async () => {
    const registry = new FakeRegistry();
    const t = setup({ registry });
    const { demand } = await validated(t);
    expect(t.service.registryConfigured()).toBe(true);
    expect(await t.service.registerWithRegistry(demand.id)).toEqual({ outcome: 'registered', registrationNumber: REGISTRATION_NUMBER, registrationDate: '2026-03-16' });
    const after = (await t.demands.findById(demand.id))!.demand;
    expect(after).toMatchObject({ status: 'active', registrationNumber: REGISTRATION_NUMBER, registrationDate: '2026-03-16', renewalDueDate: '2027-03-16' });
    expect(after.history.at(-1)).toMatchObject({ action: 'registered', from: 'active', to: 'active' });
    expect(t.audit.entries.at(-1)).toMatchObject({ action: 'demand.registered' });
    // the job runs again (a retry after a crash): nothing more is asked of the registry for a new number
    const again = await demandJobHandlers(t.service)[DEMAND_JOBS.register]!({ demandId: demand.id }, { attempt: 2, jobId: 'j' });
    expect(again).toBeUndefined();
    expect(registry.calls).toEqual([{}, { existingNumber: REGISTRATION_NUMBER }]);
    expect((await t.demands.findById(demand.id))!.demand.history.filter((h) => h.action === 'registered')).toHaveLength(1);
  });

  it('leaves the job pending with a clear log when no registry is configured, and when the registry is down', async () => {
    const t = setup();
    const { demand } = await validated(t);
    expect(await codeOf(t.service.registerWithRegistry(demand.id))).toBe('REGISTRY.NOT_CONFIGURED');
    expect(t.logs.some((l) => l.level === 'warn' && /no registry is configured/.test(l.msg ?? ''))).toBe(true);
    expect((await t.demands.findById(demand.id))!.demand.registrationNumber).toBeUndefined();

    const registry = new FakeRegistry();
    registry.failWith = new DomainError('unavailable', 'REGISTRY.UNAVAILABLE', 'down');
    const u = setup({ registry });
    const v = await validated(u);
    expect(await codeOf(u.service.registerWithRegistry(v.demand.id))).toBe('REGISTRY.UNAVAILABLE');
    expect((await u.demands.findById(v.demand.id))!.demand.registrationNumber).toBeUndefined();
  });

  it('skips what there is nothing to do for, and refuses a payload without a demand id for good', async () => {
    const registry = new FakeRegistry();
    const t = setup({ registry });
    const { demand } = await t.service.createDraft(APPLICANT, aDemandData());
    expect(await t.service.registerWithRegistry(demand.id)).toMatchObject({ outcome: 'skipped' });
    expect(await t.service.registerWithRegistry('00000000-0000-4000-8000-00000000dead')).toMatchObject({ outcome: 'skipped' });
    expect(registry.calls).toEqual([]);
    await expect(demandJobHandlers(t.service)[DEMAND_JOBS.register]!({}, { attempt: 1, jobId: 'j' })).rejects.toThrow(/demandId/);
  });

  it('edits an active, registered demand: stays active, recheck listed and published, registry update queued', async () => {
    const registry = new FakeRegistry();
    const t = setup({ registry });
    const { demand } = await validated(t);
    await t.service.registerWithRegistry(demand.id);
    t.jobs.jobs.length = 0;
    const { record, recheck } = await t.service.updateDemand(APPLICANT, demand.id, { expectedHousingBenefit: 150, dalo: null });
    expect(record.demand.status).toBe('active');
    expect(recheck).toEqual(['housing_benefit']);
    expect(t.published.at(-1)).toMatchObject({ type: 'demand.facts_changed', payload: { facts: ['housing_benefit'] } });
    expect(t.jobs.jobs).toEqual([expect.objectContaining({ kind: DEMAND_JOBS.register, payload: { demandId: demand.id, reason: 'update' } })]);
    expect(await t.service.registerWithRegistry(demand.id)).toEqual({ outcome: 'updated', registrationNumber: REGISTRATION_NUMBER });
  });

  it('refuses a birth date in the future even in a draft', async () => {
    const t = setup();
    const data = aDemandData();
    const err = await t.service.createDraft(APPLICANT, { ...data, applicant: { ...data.applicant, birthDate: '2026-03-16' } }).catch((e: DomainError) => e);
    expect(err).toMatchObject({ code: 'DEMAND.INVALID_DATA', fields: [{ field: 'applicant.birthDate' }] });
  });

  it('gives the derived facts other modules read', async () => {
    const t = setup();
    const { demand } = await t.service.createDraft(APPLICANT, aDemandData({ mobility: { kind: 'new_job', toCommuneCode: '69386' }, expectedHousingBenefit: 80 }));
    await t.service.submit(APPLICANT, demand.id);
    await t.service.validate(AGENT, demand.id, { mobilityChecked: true, piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
    const facts = await t.service.facts(demand.id, '2026-03-15');
    expect(facts).toMatchObject({
      demandId: demand.id,
      ownerAccountId: APPLICANT.accountId,
      status: 'active',
      householdSize: 1,
      householdCategory: 1,
      extraPersonUnits: 0,
      referenceIncome: 23000,
      referenceIncomeBasis: 'N-2',
      referenceIncomeYear: 2024,
      referenceIncomeMissing: [],
      monthlyResources: 2000,
      expectedHousingBenefit: 80,
      mobility: { checked: true },
      registrationDate: '2026-03-15',
      employerSiret: '44306184100047',
      calHistoryDeclared: { refusedByCal: false },
      dalo: false,
      communeCodes: ['69386'],
    });
    expect((await t.service.factsMany([demand.id, 'nope'], '2026-03-15')).size).toBe(1);
    expect(await t.service.facts('nope')).toBeNull();
  });
});

describe('applyDemandPatch', () => {
  it('replaces the sections given, removes those set to null, keeps the others', () => {
    const data = aDemandData({ dalo: true });
    const next = applyDemandPatch(data, { dalo: null, reasons: ['hosted'] });
    expect(next.reasons).toEqual(['hosted']);
    expect(next).not.toHaveProperty('dalo');
    expect(next.wishes).toEqual(data.wishes);
  });
});

import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import {
  cancel,
  changedSensitiveFacts,
  createDraftDemand,
  createImportedDemand,
  editDemandData,
  expire,
  isExpired,
  isRenewalOpen,
  markSatisfied,
  needsReminder,
  nextAnniversaryAfter,
  provideRequestedDocuments,
  reject,
  reminderDueDate,
  renew,
  renewalDueDate,
  requestDocuments,
  startInstruction,
  submit,
  validate,
  type Demand,
  type DemandStatus,
} from './demand-lifecycle';
import { aChild, aDemand, aDemandData, anActiveDemand, anAdult, REGISTRATION_NUMBER, thrownBy } from '../testing/test-builders';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const AGENT = 'agent-7';
const OWNER = 'account-1';

/** Asserts a DomainError of the given kind and code. */
function expectDomainError(fn: () => unknown, kind: string, code: string): DomainError {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe(kind);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

/** A demand submitted on 2026-03-15 and in instruction the day after. */
function inInstruction(demand: Demand = aDemand()): Demand {
  const submitted = submit(demand, { at: at('2026-03-15'), by: OWNER }).demand;
  return startInstruction(submitted, { at: at('2026-03-16'), by: AGENT }).demand;
}

describe('creation', () => {
  it('creates a platform draft with an empty history', () => {
    const demand = createDraftDemand({ id: 'd1', ownerAccountId: OWNER, data: aDemandData(), at: at('2026-01-02') });
    expect(demand).toMatchObject({ id: 'd1', status: 'draft', source: 'platform', history: [] });
    expect(demand.registrationDate).toBeUndefined();
  });

  it('creates an imported draft keeping the registry number and date', () => {
    const demand = createImportedDemand({
      id: 'd2',
      ownerAccountId: OWNER,
      data: aDemandData(),
      at: at('2026-01-02'),
      registry: 'sne',
      registrationNumber: REGISTRATION_NUMBER,
      registrationDate: '2019-01-15',
    });
    expect(demand).toMatchObject({ status: 'draft', source: 'registry', registry: 'sne', registrationNumber: REGISTRATION_NUMBER, registrationDate: '2019-01-15' });
  });

  it('refuses a malformed registration number on import', () => {
    expectDomainError(
      () =>
        createImportedDemand({
          id: 'd',
          ownerAccountId: OWNER,
          data: aDemandData(),
          at: at('2026-01-02'),
          registry: 'sne',
          registrationNumber: '123',
          registrationDate: '2019-01-15',
        }),
      'invalid',
      'DEMAND.REGISTRATION_NUMBER_INVALID',
    );
  });
});

describe('submit and instruction', () => {
  it('submits a complete draft, dating the history entry', () => {
    const { demand, entry } = submit(aDemand(), { at: at('2026-03-15'), by: OWNER });
    expect(demand.status).toBe('submitted');
    expect(demand.submittedAt).toEqual(at('2026-03-15'));
    expect(entry).toEqual({ action: 'submitted', from: 'draft', to: 'submitted', at: at('2026-03-15'), by: OWNER });
    expect(demand.history).toEqual([entry]);
  });

  it('refuses to submit incomplete data, listing the fields', () => {
    const draft = aDemand({ data: aDemandData({ wishes: { communeCodes: [], typologies: [] } }) });
    const error = expectDomainError(() => submit(draft, { at: at('2026-03-15') }), 'invalid', 'DEMAND.INCOMPLETE');
    expect(error.fields.map((f) => f.field)).toEqual(['wishes.communeCodes']);
  });

  it('refuses to submit twice', () => {
    const submitted = submit(aDemand(), { at: at('2026-03-15') }).demand;
    const error = expectDomainError(() => submit(submitted, { at: at('2026-03-15') }), 'conflict', 'DEMAND.INVALID_TRANSITION');
    expect(error.details).toEqual({ status: 'submitted', action: 'submitted' });
  });

  it('starts instruction only from submitted', () => {
    expect(inInstruction().status).toBe('in_instruction');
    expectDomainError(() => startInstruction(aDemand(), { at: at('2026-03-16') }), 'conflict', 'DEMAND.INVALID_TRANSITION');
  });
});

describe('documents requested', () => {
  it('keeps the demand in instruction with a flag, cleared when the applicant provides them', () => {
    const requested = requestDocuments(inInstruction(), {
      at: at('2026-03-17'),
      by: AGENT,
      message: 'Avis d’imposition 2025 illisible',
      documentTypes: ['tax_notice'],
    });
    expect(requested.demand.status).toBe('in_instruction');
    expect(requested.demand.documentsRequest).toEqual({
      requestedAt: at('2026-03-17'),
      by: AGENT,
      message: 'Avis d’imposition 2025 illisible',
      documentTypes: ['tax_notice'],
    });
    expect(requested.entry).toMatchObject({ action: 'documents_requested', from: 'in_instruction', to: 'in_instruction', reason: 'Avis d’imposition 2025 illisible' });

    const provided = provideRequestedDocuments(requested.demand, { at: at('2026-03-20'), by: OWNER });
    expect(provided.demand.status).toBe('in_instruction');
    expect(provided.demand.documentsRequest).toBeUndefined();
    expect(provided.demand.history.map((h) => h.action)).toEqual(['submitted', 'instruction_started', 'documents_requested', 'documents_provided']);
  });

  it('moves a submitted demand into instruction', () => {
    const submitted = submit(aDemand(), { at: at('2026-03-15') }).demand;
    const { demand } = requestDocuments(submitted, { at: at('2026-03-16'), message: 'Bulletins de salaire' });
    expect(demand.status).toBe('in_instruction');
    expect(demand.documentsRequest?.documentTypes).toEqual([]);
  });

  it('needs a message', () => {
    expectDomainError(() => requestDocuments(inInstruction(), { at: at('2026-03-17'), message: '  ' }), 'invalid', 'DEMAND.REASON_REQUIRED');
  });

  it('refuses "provided" when nothing was requested, and on a draft', () => {
    expectDomainError(() => provideRequestedDocuments(inInstruction(), { at: at('2026-03-17') }), 'conflict', 'DEMAND.NO_DOCUMENTS_REQUESTED');
    expectDomainError(() => requestDocuments(aDemand(), { at: at('2026-03-17'), message: 'x' }), 'conflict', 'DEMAND.INVALID_TRANSITION');
  });
});

describe('validate', () => {
  it('activates a new demand: registration date is the day of validation, renewal due a year later', () => {
    const { demand, entry } = validate(inInstruction(), { at: at('2026-03-20'), by: AGENT, registrationNumber: REGISTRATION_NUMBER });
    expect(demand).toMatchObject({
      status: 'active',
      registrationNumber: REGISTRATION_NUMBER,
      registrationDate: '2026-03-20',
      renewalDueDate: '2027-03-20',
      validatedAt: at('2026-03-20'),
    });
    expect(entry).toMatchObject({ action: 'validated', from: 'in_instruction', to: 'active', by: AGENT });
  });

  it('clears a pending documents request', () => {
    const requested = requestDocuments(inInstruction(), { at: at('2026-03-17'), message: 'x' }).demand;
    const { demand } = validate(requested, { at: at('2026-03-20'), registrationNumber: REGISTRATION_NUMBER });
    expect(demand.documentsRequest).toBeUndefined();
  });

  it('keeps the registry date of an imported demand and its registry due date when still ahead', () => {
    const imported = aDemand({ source: 'registry', registry: 'sne', registrationNumber: REGISTRATION_NUMBER, registrationDate: '2019-01-15', renewalDueDate: '2027-01-15' });
    const { demand } = validate(inInstruction(imported), { at: at('2026-03-20'), by: AGENT });
    expect(demand).toMatchObject({ status: 'active', registrationDate: '2019-01-15', renewalDueDate: '2027-01-15', registrationNumber: REGISTRATION_NUMBER });
  });

  it('gives an imported demand without a due date the next anniversary of its registration', () => {
    const imported = aDemand({ source: 'registry', registrationNumber: REGISTRATION_NUMBER, registrationDate: '2019-01-15' });
    expect(validate(inInstruction(imported), { at: at('2026-03-20') }).demand.renewalDueDate).toBe('2027-01-15');
  });

  it('needs a registration number, well formed', () => {
    expectDomainError(() => validate(inInstruction(), { at: at('2026-03-20') }), 'invalid', 'DEMAND.REGISTRATION_NUMBER_REQUIRED');
    expectDomainError(() => validate(inInstruction(), { at: at('2026-03-20'), registrationNumber: 'abc' }), 'invalid', 'DEMAND.REGISTRATION_NUMBER_INVALID');
  });

  it('needs the registration date of an imported demand', () => {
    const imported = aDemand({ source: 'registry', registrationNumber: REGISTRATION_NUMBER });
    expectDomainError(() => validate(inInstruction(imported), { at: at('2026-03-20') }), 'invalid', 'DEMAND.REGISTRATION_DATE_MISSING');
  });

  it('cannot validate a draft or an active demand', () => {
    expectDomainError(() => validate(aDemand(), { at: at('2026-03-20'), registrationNumber: REGISTRATION_NUMBER }), 'conflict', 'DEMAND.INVALID_TRANSITION');
    expectDomainError(() => validate(anActiveDemand(), { at: at('2026-03-20') }), 'conflict', 'DEMAND.INVALID_TRANSITION');
  });
});

describe('reject', () => {
  it('sends the demand back to draft with the reason, and it can be submitted again', () => {
    const { demand, entry } = reject(inInstruction(), { at: at('2026-03-18'), by: AGENT, reason: 'Demande en double' });
    expect(demand.status).toBe('draft');
    expect(demand.lastRejection).toEqual({ at: at('2026-03-18'), by: AGENT, reason: 'Demande en double' });
    expect(entry).toMatchObject({ action: 'rejected', from: 'in_instruction', to: 'draft', reason: 'Demande en double' });
    expect(submit(demand, { at: at('2026-03-19') }).demand.status).toBe('submitted');
  });

  it('needs a reason', () => {
    expectDomainError(() => reject(inInstruction(), { at: at('2026-03-18'), reason: '' }), 'invalid', 'DEMAND.REASON_REQUIRED');
  });

  it('cannot reject an active demand', () => {
    expectDomainError(() => reject(anActiveDemand(), { at: at('2026-03-18'), reason: 'x' }), 'conflict', 'DEMAND.INVALID_TRANSITION');
  });
});

describe('cancel and satisfied', () => {
  it.each<DemandStatus>(['draft', 'submitted', 'in_instruction', 'active'])('cancels a %s demand', (status) => {
    const { demand, entry } = cancel(aDemand({ status }), { at: at('2026-04-01'), by: OWNER, reason: 'Logée par ailleurs' });
    expect(demand.status).toBe('cancelled');
    expect(demand.closedAt).toEqual(at('2026-04-01'));
    expect(entry).toMatchObject({ from: status, to: 'cancelled', reason: 'Logée par ailleurs' });
  });

  it.each<DemandStatus>(['satisfied', 'cancelled', 'expired'])('cannot cancel a %s demand', (status) => {
    expectDomainError(() => cancel(aDemand({ status }), { at: at('2026-04-01') }), 'conflict', 'DEMAND.INVALID_TRANSITION');
  });

  it('marks an active demand satisfied, and only an active one', () => {
    expect(markSatisfied(anActiveDemand(), { at: at('2026-04-01') }).demand.status).toBe('satisfied');
    expectDomainError(() => markSatisfied(aDemand({ status: 'submitted' }), { at: at('2026-04-01') }), 'conflict', 'DEMAND.INVALID_TRANSITION');
  });
});

describe('renewal, reminder and expiry', () => {
  const active = anActiveDemand('2025-06-10'); // due 2026-06-10

  it('computes the due date and the reminder one month before', () => {
    expect(renewalDueDate(active)).toBe('2026-06-10');
    expect(reminderDueDate(active)).toBe('2026-05-10');
    expect(renewalDueDate(aDemand())).toBeUndefined();
    expect(renewalDueDate(aDemand({ registrationDate: '2025-02-01' }))).toBe('2026-02-01');
  });

  it('renews within the last three months, keeping the registration date', () => {
    const { demand, entry } = renew(active, { at: at('2026-03-10'), by: OWNER });
    expect(demand.status).toBe('active');
    expect(demand.registrationDate).toBe('2025-06-10');
    expect(demand.registrationNumber).toBe(REGISTRATION_NUMBER);
    expect(demand.renewalDueDate).toBe('2027-06-10');
    expect(demand.lastRenewedAt).toEqual(at('2026-03-10'));
    expect(entry).toMatchObject({ action: 'renewed', from: 'active', to: 'active' });
  });

  it('renews on the due date itself', () => {
    expect(renew(active, { at: at('2026-06-10') }).demand.renewalDueDate).toBe('2027-06-10');
  });

  it('keeps the seniority of an imported demand over several renewals', () => {
    const imported = anActiveDemand('2019-01-15', { source: 'registry', renewalDueDate: '2026-01-15' });
    const once = renew(imported, { at: at('2025-12-01') }).demand;
    const twice = renew(once, { at: at('2026-12-20') }).demand;
    expect(twice.registrationDate).toBe('2019-01-15');
    expect(twice.renewalDueDate).toBe('2028-01-15');
    expect(twice.history.map((h) => h.action)).toEqual(['renewed', 'renewed']);
  });

  it('refuses renewal before the window opens', () => {
    expect(isRenewalOpen(active, '2026-03-09')).toBe(false);
    const error = expectDomainError(() => renew(active, { at: at('2026-03-09') }), 'conflict', 'DEMAND.RENEWAL_NOT_OPEN');
    expect(error.details).toEqual({ renewalDueDate: '2026-06-10', opensOn: '2026-03-10' });
  });

  it('refuses renewal after the due date', () => {
    expectDomainError(() => renew(active, { at: at('2026-06-11') }), 'conflict', 'DEMAND.RENEWAL_TOO_LATE');
  });

  it('refuses renewal of a demand that is not active', () => {
    expectDomainError(() => renew(aDemand({ status: 'submitted' }), { at: at('2026-03-10') }), 'conflict', 'DEMAND.INVALID_TRANSITION');
  });

  it('needs a reminder from one month before the due date, once per due date', () => {
    expect(needsReminder(active, '2026-05-09')).toBe(false);
    expect(needsReminder(active, '2026-05-10')).toBe(true);
    expect(needsReminder(active, '2026-06-10')).toBe(true);
    expect(needsReminder(active, '2026-05-20', '2026-06-10')).toBe(false);
    expect(needsReminder(active, '2026-06-11')).toBe(false);
    expect(needsReminder(aDemand({ status: 'cancelled', renewalDueDate: '2026-06-10' }), '2026-05-20')).toBe(false);
  });

  it('needs a new reminder after renewal, for the new due date', () => {
    const renewed = renew(active, { at: at('2026-05-15') }).demand;
    expect(needsReminder(renewed, '2026-05-20', '2026-06-10')).toBe(false);
    expect(needsReminder(renewed, '2027-05-10', '2026-06-10')).toBe(true);
  });

  it('is expired the day after the due date', () => {
    expect(isExpired(active, '2026-06-10')).toBe(false);
    expect(isExpired(active, '2026-06-11')).toBe(true);
    expect(isExpired(aDemand({ status: 'expired' }), '2020-01-01')).toBe(true);
    expect(isExpired(aDemand({ status: 'submitted' }), '2030-01-01')).toBe(false);
  });

  it('expires an active demand past its due date', () => {
    const { demand, entry } = expire(active, { at: at('2026-06-11') });
    expect(demand.status).toBe('expired');
    expect(demand.closedAt).toEqual(at('2026-06-11'));
    expect(entry).toMatchObject({ action: 'expired', from: 'active', to: 'expired', reason: 'Non renouvelée' });
    expect(entry.by).toBeUndefined();
  });

  it('refuses to expire a demand still within its due date', () => {
    expectDomainError(() => expire(active, { at: at('2026-06-10') }), 'conflict', 'DEMAND.NOT_EXPIRED');
  });

  it('handles an anniversary on 29 February', () => {
    expect(nextAnniversaryAfter('2024-02-29', '2024-03-01')).toBe('2025-02-28');
    expect(nextAnniversaryAfter('2024-02-29', '2027-03-01')).toBe('2028-02-29');
    expect(nextAnniversaryAfter('2019-01-15', '2026-01-15')).toBe('2027-01-15');
  });
});

describe('editing', () => {
  it('keeps an active demand active and lists the facts to re-check', () => {
    const active = anActiveDemand();
    const data = aDemandData({ otherOccupants: [aChild()] });
    const { demand, entry, recheck } = editDemandData(active, data, { at: at('2026-04-01'), by: OWNER });
    expect(demand.status).toBe('active');
    expect(demand.data.otherOccupants).toHaveLength(1);
    expect(recheck).toEqual(['household']);
    expect(entry).toMatchObject({ action: 'edited', from: 'active', to: 'active' });
  });

  it('edits a draft without a history entry', () => {
    const result = editDemandData(aDemand(), aDemandData({ dalo: true }), { at: at('2026-04-01') });
    expect(result.entry).toBeUndefined();
    expect(result.demand.history).toEqual([]);
    expect(result.recheck).toEqual(['dalo']);
  });

  it('allows edits in instruction only while pieces are requested', () => {
    expectDomainError(() => editDemandData(inInstruction(), aDemandData(), { at: at('2026-04-01') }), 'conflict', 'DEMAND.NOT_EDITABLE');
    const requested = requestDocuments(inInstruction(), { at: at('2026-03-17'), message: 'x' }).demand;
    expect(editDemandData(requested, aDemandData(), { at: at('2026-04-01') }).demand.status).toBe('in_instruction');
    expectDomainError(() => editDemandData(aDemand({ status: 'cancelled' }), aDemandData(), { at: at('2026-04-01') }), 'conflict', 'DEMAND.NOT_EDITABLE');
  });

  it('lists resource, tax, age, employer and mobility changes', () => {
    const before = aDemandData();
    const after = aDemandData({
      applicant: anAdult({
        birthDate: '1990-01-01',
        resources: [{ code: 'SAL', monthlyAmount: 2500 }],
        taxIncome: { yearMinus2: 2024, amountMinus2: 1 },
        employment: { employerSiret: '73282932000074' },
      }),
      mobility: { kind: 'new_job' },
    });
    expect(changedSensitiveFacts(before, after)).toEqual(['resources', 'reference_income', 'applicant_birth_date', 'employer', 'mobility']);
    expect(changedSensitiveFacts(before, aDemandData())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../shared/errors';
import {
  OFFER_STATUSES,
  allocate,
  allowedOfferActions,
  assertEditable,
  close,
  designate,
  isFinalOfferStatus,
  isOpenForCandidacies,
  publish,
  republish,
  sendBack,
  shouldCloseAutomatically,
  startInstruction,
  submit,
  transmit,
  withdraw,
  type OfferLifecycleState,
  type OfferStatus,
} from './offer-lifecycle';

const at = new Date('2026-03-01T09:30:00Z');
const ctx = { at, by: 'account-1' };
const state = (status: OfferStatus, closingDate: string | null = '2026-03-31'): OfferLifecycleState => ({ status, closingDate });

function errorOf(f: () => unknown): DomainError | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return e as DomainError;
  }
}

describe('offer lifecycle: the happy path', () => {
  it('draft → submitted → in_instruction → published → closed → designated → transmitted → allocated, each step dated', () => {
    let offer: OfferLifecycleState = state('draft', '2026-03-31');
    const steps = [
      () => submit(offer, ctx),
      () => startInstruction(offer, ctx),
      () => publish(offer, ctx),
      () => close(offer, { at: new Date('2026-04-01T00:05:00Z') }),
      () => designate(offer, { ...ctx, candidateCount: 3 }),
      () => transmit(offer, ctx),
      () => allocate(offer, ctx),
    ];
    const history = [];
    for (const step of steps) {
      const t = step();
      history.push(t.entry);
      offer = { ...offer, status: t.status, closingDate: t.closingDate ?? offer.closingDate };
    }
    expect(offer.status).toBe('allocated');
    expect(history.map((e) => `${e.from}→${e.to}`)).toEqual([
      'draft→submitted',
      'submitted→in_instruction',
      'in_instruction→published',
      'published→closed',
      'closed→designated',
      'designated→transmitted',
      'transmitted→allocated',
    ]);
    expect(history[0]).toEqual({ action: 'submitted', from: 'draft', to: 'submitted', at, by: 'account-1' });
    expect(history[3]).toEqual({ action: 'closed', from: 'published', to: 'closed', at: new Date('2026-04-01T00:05:00Z') });
  });

  it('publish sets the closing date, given or kept from the offer; an agent may publish a submitted offer directly', () => {
    expect(publish(state('in_instruction', '2026-03-31'), ctx).closingDate).toBe('2026-03-31');
    expect(publish(state('submitted', null), { ...ctx, closingDate: '2026-04-15' })).toMatchObject({ status: 'published', closingDate: '2026-04-15' });
  });

  it('a closing date of today is accepted', () => {
    expect(publish(state('in_instruction', '2026-03-01'), ctx).status).toBe('published');
  });
});

describe('offer lifecycle: guards and their codes', () => {
  it.each([
    ['submit a submitted offer', () => submit(state('submitted'), ctx), 'OFFER.NOT_DRAFT'],
    ['submit a published offer', () => submit(state('published'), ctx), 'OFFER.NOT_DRAFT'],
    ['edit an offer in instruction', () => assertEditable(state('in_instruction')), 'OFFER.NOT_DRAFT'],
    ['start instruction of a draft', () => startInstruction(state('draft'), ctx), 'OFFER.NOT_SUBMITTED'],
    ['publish a draft', () => publish(state('draft'), ctx), 'OFFER.NOT_UNDER_REVIEW'],
    ['publish a closed offer', () => publish(state('closed'), ctx), 'OFFER.NOT_UNDER_REVIEW'],
    ['close a draft', () => close(state('draft'), ctx), 'OFFER.NOT_PUBLISHED'],
    ['close a closed offer', () => close(state('closed'), ctx), 'OFFER.NOT_PUBLISHED'],
    ['designate on a published offer', () => designate(state('published'), { ...ctx, candidateCount: 1 }), 'OFFER.NOT_CLOSED'],
    ['transmit a closed offer', () => transmit(state('closed'), ctx), 'OFFER.NOT_DESIGNATED'],
    ['allocate a designated offer', () => allocate(state('designated'), ctx), 'OFFER.NOT_TRANSMITTED'],
    ['allocate an allocated offer', () => allocate(state('allocated'), ctx), 'OFFER.ALREADY_ALLOCATED'],
    ['withdraw an allocated offer', () => withdraw(state('allocated'), { ...ctx, reason: 'sold' }), 'OFFER.ALREADY_ALLOCATED'],
    ['republish an allocated offer', () => republish(state('allocated'), { ...ctx, closingDate: '2026-04-30' }), 'OFFER.ALREADY_ALLOCATED'],
    ['withdraw a withdrawn offer', () => withdraw(state('withdrawn'), { ...ctx, reason: 'again' }), 'OFFER.ALREADY_WITHDRAWN'],
    ['submit a withdrawn offer', () => submit(state('withdrawn'), ctx), 'OFFER.ALREADY_WITHDRAWN'],
    ['republish a closed offer', () => republish(state('closed'), { ...ctx, closingDate: '2026-04-30' }), 'OFFER.NOT_DESIGNATED'],
    ['send back a published offer', () => sendBack(state('published'), { ...ctx, message: 'fix the rent' }), 'OFFER.NOT_UNDER_REVIEW'],
  ] as const)('%s → %s', (_name, f, code) => {
    const error = errorOf(f);
    expect(error?.code).toBe(code);
    expect(error?.kind).toBe('conflict');
  });

  it('publishing with a closing date in the past is refused: OFFER.CLOSING_DATE_PASSED', () => {
    const error = errorOf(() => publish(state('in_instruction', '2026-02-28'), ctx));
    expect(error).toMatchObject({ code: 'OFFER.CLOSING_DATE_PASSED', kind: 'invalid' });
    expect(error!.fields).toEqual([{ field: 'closingDate', message: 'La date de clôture est passée' }]);
  });

  it('publishing without a closing date is refused: OFFER.CLOSING_DATE_REQUIRED', () => {
    expect(errorOf(() => publish(state('in_instruction', null), ctx))?.code).toBe('OFFER.CLOSING_DATE_REQUIRED');
    expect(errorOf(() => publish(state('in_instruction', '2026-02-30'), ctx))?.code).toBe('OFFER.CLOSING_DATE_REQUIRED');
  });

  it('designating needs 1 to 3 candidates', () => {
    expect(errorOf(() => designate(state('closed'), { ...ctx, candidateCount: 0 }))?.code).toBe('OFFER.DESIGNATION_COUNT');
    expect(errorOf(() => designate(state('closed'), { ...ctx, candidateCount: 4 }))?.code).toBe('OFFER.DESIGNATION_COUNT');
    expect(designate(state('closed'), { ...ctx, candidateCount: 1 }).status).toBe('designated');
  });
});

describe('offer lifecycle: send back, withdraw, republish', () => {
  it('an agent sends a submitted or in-instruction offer back to draft with a message', () => {
    const t = sendBack(state('in_instruction'), { ...ctx, message: '  The surface is missing  ' });
    expect(t.status).toBe('draft');
    expect(t.entry).toMatchObject({ action: 'sent_back', from: 'in_instruction', to: 'draft', reason: 'The surface is missing' });
    expect(sendBack(state('submitted'), { ...ctx, message: 'x' }).status).toBe('draft');
  });

  it('sending back without a message is refused: OFFER.REASON_REQUIRED', () => {
    expect(errorOf(() => sendBack(state('submitted'), { ...ctx, message: '   ' }))).toMatchObject({ code: 'OFFER.REASON_REQUIRED', kind: 'invalid' });
  });

  it.each(OFFER_STATUSES.filter((s) => !isFinalOfferStatus(s)))('withdraws a %s offer with a reason', (status) => {
    const t = withdraw(state(status), { ...ctx, reason: 'Logement vendu' });
    expect(t.status).toBe('withdrawn');
    expect(t.entry).toEqual({ action: 'withdrawn', from: status, to: 'withdrawn', at, by: 'account-1', reason: 'Logement vendu' });
  });

  it('withdrawing without a reason is refused: OFFER.REASON_REQUIRED', () => {
    expect(errorOf(() => withdraw(state('published'), { ...ctx, reason: '' }))?.code).toBe('OFFER.REASON_REQUIRED');
  });

  it('every designated candidate fell through: back to published with a new closing date', () => {
    const fromDesignated = republish(state('designated', '2026-02-15'), { ...ctx, closingDate: '2026-03-20', reason: 'all candidates withdrew' });
    expect(fromDesignated).toMatchObject({ status: 'published', closingDate: '2026-03-20' });
    expect(fromDesignated.entry).toMatchObject({ action: 'republished', from: 'designated', to: 'published', reason: 'all candidates withdrew' });
    const fromTransmitted = republish(state('transmitted', '2026-02-15'), { ...ctx, closingDate: '2026-03-20' });
    expect(fromTransmitted.status).toBe('published');
    expect(fromTransmitted.entry.reason).toBeUndefined();
  });

  it('republishing with a past closing date is refused', () => {
    expect(errorOf(() => republish(state('transmitted'), { ...ctx, closingDate: '2026-02-01' }))?.code).toBe('OFFER.CLOSING_DATE_PASSED');
  });
});

describe('closing date: open for candidacies and automatic closing', () => {
  const published = state('published', '2026-03-31');
  it('is open up to and including the closing date (UTC day)', () => {
    expect(isOpenForCandidacies(published, new Date('2026-03-31T23:59:59Z'))).toBe(true);
    expect(shouldCloseAutomatically(published, new Date('2026-03-31T23:59:59Z'))).toBe(false);
    expect(isOpenForCandidacies(published, new Date('2026-04-01T00:00:00Z'))).toBe(false);
    expect(shouldCloseAutomatically(published, new Date('2026-04-01T00:00:00Z'))).toBe(true);
  });

  it('only a published offer is open or closes automatically', () => {
    for (const status of OFFER_STATUSES.filter((s) => s !== 'published')) {
      expect(isOpenForCandidacies(state(status), at)).toBe(false);
      expect(shouldCloseAutomatically(state(status, '2020-01-01'), at)).toBe(false);
    }
  });
});

describe('allowedOfferActions', () => {
  const at = new Date('2026-03-02T10:00:00Z');
  const tries: Record<string, (s: OfferStatus) => unknown> = {
    submit: (status) => submit({ status }, { at }),
    startInstruction: (status) => startInstruction({ status }, { at }),
    publish: (status) => publish({ status, closingDate: '2026-04-01' }, { at }),
    sendBack: (status) => sendBack({ status }, { at, message: 'm' }),
    close: (status) => close({ status }, { at }),
    designate: (status) => designate({ status }, { at, candidateCount: 1 }),
    transmit: (status) => transmit({ status }, { at }),
    allocate: (status) => allocate({ status }, { at }),
    republish: (status) => republish({ status }, { at, closingDate: '2026-04-01' }),
    withdraw: (status) => withdraw({ status }, { at, reason: 'r' }),
    edit: (status) => assertEditable({ status }),
  };
  const accepts = (f: (s: OfferStatus) => unknown, s: OfferStatus) => {
    try {
      f(s);
      return true;
    } catch {
      return false;
    }
  };

  it.each(OFFER_STATUSES)('in %s, says exactly which transitions succeed', (status) => {
    const actions = allowedOfferActions(status);
    for (const [name, f] of Object.entries(tries)) {
      expect({ name, allowed: actions[name as keyof typeof actions] }).toEqual({ name, allowed: accepts(f, status) });
    }
  });

  it('offers the back office withdrawal once the offer left draft, until allocation or withdrawal', () => {
    const byAgent = OFFER_STATUSES.filter((s) => allowedOfferActions(s).withdrawByAgent);
    expect(byAgent).toEqual(['submitted', 'in_instruction', 'published', 'closed', 'designated', 'transmitted']);
  });
});

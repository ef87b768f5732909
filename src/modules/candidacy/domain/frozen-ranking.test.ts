import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import {
  assertRecomputable,
  checkDesignatedElsewhere,
  designatedElsewhereNotice,
  finalRankNotice,
  frozenRankingNotice,
  isRankingFrozen,
  requireRecomputeReason,
  type ElsewhereCandidacy,
} from './index';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const elsewhere = (overrides: Partial<ElsewhereCandidacy> = {}): ElsewhereCandidacy => ({
  candidacyId: 'c-other',
  demandId: 'd1',
  offerId: 'o2',
  status: 'transmitted',
  statusChangedAt: new Date('2026-03-01T10:00:00Z'),
  offer: { communeCode: '69123', communeName: 'Lyon', typology: 3 },
  ...overrides,
});

describe('frozen rankings', () => {
  it('an offer is ranked from its snapshot once it is closed for candidacies (and not withdrawn)', () => {
    expect(isRankingFrozen({ status: 'published', openForCandidacies: true })).toBe(false);
    // published past its closing date: the candidacy module reads it as closed
    expect(isRankingFrozen({ status: 'closed', openForCandidacies: false })).toBe(true);
    for (const status of ['designated', 'transmitted', 'allocated']) expect(isRankingFrozen({ status, openForCandidacies: false })).toBe(true);
    expect(isRankingFrozen({ status: 'withdrawn', openForCandidacies: false })).toBe(false);
  });

  it('a recomputation needs a reason of 10 to 1,000 characters, on a closed offer before any designation', () => {
    expect(requireRecomputeReason('  Tranche A accordée le jour de la clôture ')).toBe('Tranche A accordée le jour de la clôture');
    const short = errorOf(() => requireRecomputeReason('oubli'));
    expect([short.kind, short.code, short.fields]).toEqual([
      'invalid',
      'CANDIDACY.RECOMPUTE_REASON_REQUIRED',
      [{ field: 'reason', message: 'Obligatoire, 10 caractères au moins.' }],
    ]);
    expect(errorOf(() => requireRecomputeReason('x'.repeat(1001))).fields[0]?.message).toBe('1000 caractères au plus.');
    expect(() => assertRecomputable('closed')).not.toThrow();
    for (const status of ['published', 'designated', 'transmitted', 'allocated']) expect(errorOf(() => assertRecomputable(status)).code).toBe('CANDIDACY.RANKING_NOT_RECOMPUTABLE');
  });

  it('words the final rank and the snapshot in French', () => {
    const base = { candidacyCount: 3, referenceDate: '2026-03-05', offerRound: 0, designationRound: null } as const;
    expect(finalRankNotice({ ...base, finalRank: 2, status: 'submitted' })).toBe('Classement arrêté à la clôture de l’offre (faits au 05/03/2026) : rang final 2 sur 3.');
    expect(finalRankNotice({ ...base, finalRank: 2, status: 'submitted', offerRound: 1 })).toContain('D’autres candidats ont été désignés au bailleur');
    expect(finalRankNotice({ ...base, finalRank: 1, status: 'transmitted', offerRound: 1, designationRound: 1 })).toBe(
      'Classement arrêté à la clôture de l’offre (faits au 05/03/2026) : rang final 1 sur 3.',
    );
    expect(finalRankNotice({ ...base, finalRank: null, status: 'withdrawn' })).toBe(
      'Classement arrêté à la clôture de l’offre (faits au 05/03/2026) : votre candidature n’y figure pas.',
    );
    // 23:30 UTC on 31 March is 1 April in Paris (summer time)
    expect(frozenRankingNotice({ trigger: 'closing', computedAt: new Date('2026-03-31T23:30:00Z'), referenceDate: '2026-03-31', revision: 1, reason: null })).toBe(
      'Classement arrêté à la clôture de l’offre le 01/04/2026 à 01:30 (faits au 31/03/2026).',
    );
    expect(
      frozenRankingNotice({ trigger: 'recomputation', computedAt: new Date('2026-01-10T09:05:00Z'), referenceDate: '2026-01-09', revision: 3, reason: 'Tranche corrigée' }),
    ).toBe('Classement recalculé par un collaborateur le 10/01/2026 à 10:05 (révision n° 3, faits au 09/01/2026) : « Tranche corrigée ».');
  });
});

describe('one candidate, several offers', () => {
  const chosen = [
    { candidacyId: 'c1', demandId: 'd1' },
    { candidacyId: 'c2', demandId: 'd2' },
  ];

  it('needs a justification only when a chosen candidate is designated or transmitted elsewhere, outcome pending', () => {
    expect(checkDesignatedElsewhere(chosen, [])).toEqual({ flagged: [], justification: undefined });
    // an outcome known (refused by the CAL, leased, withdrawn) flags nothing
    for (const status of ['cal_refused', 'leased', 'withdrawn', 'submitted', 'proposal_declined'] as const) {
      expect(checkDesignatedElsewhere(chosen, [elsewhere({ status })]).flagged).toEqual([]);
    }
    const missing = errorOf(() => checkDesignatedElsewhere(chosen, [elsewhere()], '  court '));
    expect([missing.kind, missing.code, missing.fields[0]?.field]).toEqual(['invalid', 'CANDIDACY.DESIGNATED_ELSEWHERE', 'elsewhereJustification']);
    expect(missing.message).toBe(
      'Un candidat sélectionné est déjà désigné ou transmis sur une autre offre, dont l’issue est en attente : une justification écrite est obligatoire pour le désigner aussi ici.',
    );
    expect(missing.details).toEqual({
      designatedElsewhere: [{ candidacyId: 'c1', elsewhere: [{ candidacyId: 'c-other', offerId: 'o2', status: 'transmitted', statusLabel: 'Transmise au bailleur' }] }],
    });
    const ok = checkDesignatedElsewhere(chosen, [elsewhere(), elsewhere({ candidacyId: 'c-third', offerId: 'o3', status: 'cal_postponed' })], ' Deux chances pour ce salarié ');
    expect(ok).toMatchObject({ flagged: [{ candidacyId: 'c1' }], justification: 'Deux chances pour ce salarié' });
    expect(ok.flagged[0]?.elsewhere.map((e) => e.offerId)).toEqual(['o2', 'o3']);
  });

  it('words the flag in French', () => {
    expect(designatedElsewhereNotice([elsewhere()])).toBe('Déjà désigné(e) sur une autre offre, issue en attente : T3 à Lyon (Transmise au bailleur)');
    expect(designatedElsewhereNotice([elsewhere(), elsewhere({ offer: { communeCode: '69266', communeName: null, typology: 2 }, status: 'designated' })])).toBe(
      'Déjà désigné(e) sur 2 autres offres, issue en attente : T3 à Lyon (Transmise au bailleur) ; T2 à 69266 (Désignée)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { activeBonuses, applicableBonus, balancingCriterion, bonusTargets, isBonusActive } from './balancing-criteria';
import type { BalancingBonus, CompanyFacts } from './candidate-facts';
import { ETI_BONUS, VILLEURBANNE_T2, aCompany } from '../testing/test-fixtures';

const ref = '2026-03-01';
const bonus = (over: Partial<BalancingBonus>): BalancingBonus => ({
  id: 'b',
  points: 100,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  reason: 'lagging',
  ...over,
});
const eti = aCompany({ sizeClass: 'ETI', companyId: 'acme' });

/** the balancing points of a candidacy; `company` defaults to the ETI employee (pass it, even undefined, to override) */
function pointsFor(bonuses: BalancingBonus[], over: { company?: CompanyFacts | undefined; on?: string } = {}): number {
  const company = 'company' in over ? over.company : eti;
  return balancingCriterion(applicableBonus(activeBonuses(bonuses, over.on ?? ref), VILLEURBANNE_T2, company)).points;
}

describe('balancing bonus (0..240)', () => {
  it('gives a validated employee of the targeted size class the bonus', () => {
    expect(pointsFor([ETI_BONUS])).toBe(120);
    expect(balancingCriterion(ETI_BONUS)).toMatchObject({ criterion: 'balancing.bonus', met: true, points: 120, fact: expect.stringContaining('ETI') });
  });

  it('several bonuses: the highest applies', () => {
    const bonuses = [
      bonus({ id: 'low', sizeClass: 'ETI', points: 60 }),
      bonus({ id: 'high', sizeClass: 'ETI', points: 200 }),
      bonus({ id: 'mid', companyId: 'acme', points: 150 }),
    ];
    expect(applicableBonus(activeBonuses(bonuses, ref), VILLEURBANNE_T2, eti)?.id).toBe('high');
    expect(pointsFor(bonuses)).toBe(200);
  });

  it('equal points: the smaller bonus id, whatever the order', () => {
    const a = bonus({ id: 'a', sizeClass: 'ETI' });
    const b = bonus({ id: 'b', sizeClass: 'ETI' });
    expect(applicableBonus([b, a], VILLEURBANNE_T2, eti)?.id).toBe('a');
    expect(applicableBonus([a, b], VILLEURBANNE_T2, eti)?.id).toBe('a');
  });

  it('a bonus outside its dates gives 0; the dates are inclusive', () => {
    expect(pointsFor([bonus({ sizeClass: 'ETI', startDate: '2026-03-02' })])).toBe(0);
    expect(pointsFor([bonus({ sizeClass: 'ETI', endDate: '2026-02-28' })])).toBe(0);
    expect(isBonusActive(bonus({ startDate: ref, endDate: ref }), ref)).toBe(true);
    expect(pointsFor([ETI_BONUS], { on: '2026-06-30' })).toBe(120);
    expect(pointsFor([ETI_BONUS], { on: '2026-07-01' })).toBe(0);
  });

  it('another size class, or an employment not validated, gets nothing', () => {
    expect(pointsFor([bonus({ sizeClass: 'PME' })])).toBe(0);
    expect(pointsFor([bonus({ sizeClass: 'ETI' })], { company: aCompany({ sizeClass: 'ETI', validated: false }) })).toBe(0);
    expect(pointsFor([bonus({ sizeClass: 'ETI' })], { company: undefined })).toBe(0);
  });

  it('may target a company', () => {
    expect(pointsFor([bonus({ companyId: 'acme' })])).toBe(100);
    expect(pointsFor([bonus({ companyId: 'other' })])).toBe(0);
  });

  it('may target the offer’s territory (EPCI), whoever the employer', () => {
    expect(pointsFor([bonus({ epciCode: '200046977' })], { company: undefined })).toBe(100);
    expect(pointsFor([bonus({ epciCode: '243100518' })])).toBe(0);
  });

  it('a bonus with several targets needs all of them; with none, targets nobody', () => {
    expect(bonusTargets(bonus({ sizeClass: 'ETI', epciCode: '200046977' }), VILLEURBANNE_T2, eti)).toBe(true);
    expect(bonusTargets(bonus({ sizeClass: 'ETI', epciCode: '243100518' }), VILLEURBANNE_T2, eti)).toBe(false);
    expect(bonusTargets(bonus({}), VILLEURBANNE_T2, eti)).toBe(false);
  });

  it('points are kept within [0, 240]', () => {
    expect(pointsFor([bonus({ sizeClass: 'ETI', points: 500 })])).toBe(240);
    expect(pointsFor([bonus({ sizeClass: 'ETI', points: -10 })])).toBe(0);
  });

  it('no bonus: 0, not met', () => {
    expect(balancingCriterion(undefined)).toMatchObject({ met: false, points: 0 });
  });
});

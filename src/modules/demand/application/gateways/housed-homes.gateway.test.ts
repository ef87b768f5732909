import { describe, expect, it } from 'vitest';
import { housedHomesGateway, type HousingLandlords, type HousingOffers } from './housed-homes.gateway';

const offers: HousingOffers = {
  offerForCandidacy: async (id) => (id === 'o1' || id === 'o2' ? { id, landlordId: id === 'o1' ? 'l1' : 'l2', communeCode: '93066', typology: 3, financing: 'PLUS' } : null),
};
const landlords: HousingLandlords = { findById: async (id) => (id === 'l1' ? { siren: '552081317' } : { siren: null }) };

describe('housedHomesGateway (the home of the offer that housed a demand, for the registry)', () => {
  it('carries the commune, the typology as the registry codes it (T3), the financing, the offer and its landlord’s SIREN', async () => {
    expect(
      await housedHomesGateway(
        () => offers,
        () => landlords,
      ).homeOf('o1'),
    ).toEqual({
      communeCode: '93066',
      typology: 'T3',
      financing: 'PLUS',
      offerReference: 'o1',
      landlordSiren: '552081317',
    });
  });

  it('leaves the SIREN out when the landlord has none, and answers null for an unknown offer', async () => {
    const gateway = housedHomesGateway(
      () => offers,
      () => landlords,
    );
    expect(await gateway.homeOf('o2')).toEqual({ communeCode: '93066', typology: 'T3', financing: 'PLUS', offerReference: 'o2' });
    expect(await gateway.homeOf('nope')).toBeNull();
  });
});

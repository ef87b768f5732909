import { describe, expect, it } from 'vitest';
import { landlordDirectoryGateway, type LandlordReads } from './landlord-directory.gateway';

const agreement = { id: 'a1', landlordId: 'l1', departement: '93', year: 2026 };
const landlords: LandlordReads = {
  findById: async (id) => (id === 'l1' ? { id } : null),
  namesOf: async (ids) => new Map(ids.filter((id) => id === 'l1').map((id) => [id, 'Bailleur 1'])),
  agreementFor: async (landlordId, departement, year) => (landlordId === 'l1' && departement === '93' && year === 2026 ? agreement : null),
  agreementById: async (id) => (id === 'a1' ? agreement : null),
};

describe('landlordDirectoryGateway (the landlords as the offer module reads them)', () => {
  it('says whether a landlord exists, and passes names and agreements through', async () => {
    const directory = landlordDirectoryGateway(() => landlords);
    expect(await directory.exists('l1')).toBe(true);
    expect(await directory.exists('nope')).toBe(false);
    expect([...(await directory.namesOf(['l1', 'nope']))]).toEqual([['l1', 'Bailleur 1']]);
    expect(await directory.agreementFor('l1', '93', 2026)).toEqual(agreement);
    expect(await directory.agreementById('a2')).toBeNull();
  });

  it('reads the landlord module only when asked (late-bound)', async () => {
    let resolved = 0;
    const directory = landlordDirectoryGateway(() => (resolved++, landlords));
    expect(resolved).toBe(0);
    await directory.exists('l1');
    expect(resolved).toBe(1);
  });
});

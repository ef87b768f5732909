import { describe, expect, it } from 'vitest';
import { departementOfDemand } from './departement';

const data = (address: { communeCode: string; abroad?: boolean } | undefined, wishes: string[]) =>
  ({ applicant: { ...(address ? { address: { line: '1 rue', postalCode: '00000', ...address } } : {}) }, wishes: { communeCodes: wishes, typologies: [] } }) as never;

describe('departementOfDemand', () => {
  it('the address in France first, else the first wished commune', () => {
    expect(departementOfDemand(data({ communeCode: '69386' }, ['75056']))).toBe('69');
    expect(departementOfDemand(data({ communeCode: '99134', abroad: true }, ['2A004', '75056']))).toBe('2A');
    expect(departementOfDemand(data(undefined, ['97411']))).toBe('974');
    expect(departementOfDemand(data(undefined, []))).toBeUndefined();
  });

  it('overseas collectivités keep their three-character code (was "98" before issue 15)', () => {
    expect(departementOfDemand(data({ communeCode: '98818' }, ['69386']))).toBe('988');
    expect(departementOfDemand(data(undefined, ['98735']))).toBe('987');
  });
});

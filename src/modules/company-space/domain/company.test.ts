import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import { checkCompanyNumbers, checkHeadcount, sizeClassOf } from './company';

describe('size class (PME < 250, ETI 250–4,999, GE 5,000+)', () => {
  it('classifies at the boundaries', () => {
    expect(sizeClassOf(0)).toBe('PME');
    expect(sizeClassOf(40)).toBe('PME');
    expect(sizeClassOf(249)).toBe('PME');
    expect(sizeClassOf(250)).toBe('ETI');
    expect(sizeClassOf(1200)).toBe('ETI');
    expect(sizeClassOf(4999)).toBe('ETI');
    expect(sizeClassOf(5000)).toBe('GE');
    expect(sizeClassOf(8000)).toBe('GE');
  });
  it('is unknown without a headcount', () => {
    expect(sizeClassOf(null)).toBeUndefined();
    expect(sizeClassOf(undefined)).toBeUndefined();
    expect(sizeClassOf(-1)).toBeUndefined();
  });
});

describe('company numbers', () => {
  it('derives the SIREN from the first SIRET, deduplicates and normalises', () => {
    expect(checkCompanyNumbers({ sirets: ['552 100 554 00013', '55210055400013'] })).toEqual({ siren: '552100554', sirets: ['55210055400013'] });
  });
  it('refuses a SIRET of another SIREN, naming it', () => {
    try {
      checkCompanyNumbers({ siren: '552100554', sirets: ['55210055400013', '73282932000074'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('COMPANY.INVALID_NUMBER');
      expect((e as DomainError).fields).toEqual([expect.objectContaining({ field: 'sirets.1' })]);
    }
  });
  it('refuses a negative or fractional headcount', () => {
    expect(() => checkHeadcount(-3)).toThrow(DomainError);
    expect(() => checkHeadcount(2.5)).toThrow(DomainError);
    expect(() => checkHeadcount(null)).not.toThrow();
  });
});

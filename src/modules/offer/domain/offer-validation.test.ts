import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../shared/errors';
import { assertValidOfferData, validateOfferData, type OfferData } from './offer-validation';

const today = '2026-03-01';
const valid: OfferData = {
  addressLine: '12 rue de la République',
  postalCode: '69002',
  communeCode: '69382',
  typology: 3,
  mainRooms: 3,
  surface: 64.5,
  floor: 2,
  elevator: true,
  accessible: false,
  energyClass: 'C',
  rent: 612.4,
  charges: 85,
  financing: 'PLUS',
  availableFrom: '2026-05-01',
  closingDate: '2026-03-31',
  description: 'T3 lumineux',
};
const fieldsOf = (data: Partial<OfferData>, options = {}) => validateOfferData(data, today, options).map((e) => e.field);

describe('validateOfferData', () => {
  it('accepts valid data', () => {
    expect(validateOfferData(valid, today)).toEqual([]);
    expect(validateOfferData({ ...valid, rent: 0, charges: 0, floor: 0, description: undefined, closingDate: today }, today)).toEqual([]);
  });

  it('refuses a negative rent or negative charges', () => {
    expect(validateOfferData({ ...valid, rent: -1 }, today)).toEqual([{ field: 'rent', message: 'Loyer : le montant ne peut pas être négatif' }]);
    expect(fieldsOf({ ...valid, charges: -0.01 })).toEqual(['charges']);
    expect(fieldsOf({ ...valid, rent: Number.NaN })).toEqual(['rent']);
    expect(fieldsOf({ ...valid, rent: 612.345 })).toEqual(['rent']);
  });

  it('refuses a commune code that is not an INSEE code, and an unknown commune when a referential is given', () => {
    expect(validateOfferData({ ...valid, communeCode: '99999' }, today)).toEqual([{ field: 'communeCode', message: 'Code commune INSEE invalide' }]);
    expect(fieldsOf({ ...valid, communeCode: 'Lyon' })).toEqual(['communeCode']);
    expect(fieldsOf({ ...valid, communeCode: '69002' }, { isKnownCommune: (c: string) => c === '69382' })).toEqual(['communeCode']);
    expect(fieldsOf(valid, { isKnownCommune: (c: string) => c === '69382' })).toEqual([]);
  });

  it('refuses a T9 (typology 1..6) and a fractional or zero count of rooms', () => {
    expect(validateOfferData({ ...valid, typology: 9 }, today)).toEqual([{ field: 'typology', message: 'Typologie de T1 à T6' }]);
    expect(fieldsOf({ ...valid, typology: 0 })).toEqual(['typology']);
    expect(fieldsOf({ ...valid, typology: 2.5 })).toEqual(['typology']);
    expect(fieldsOf({ ...valid, mainRooms: 0 })).toEqual(['mainRooms']);
  });

  it('refuses a closing date in the past', () => {
    expect(validateOfferData({ ...valid, closingDate: '2026-02-28' }, today)).toEqual([{ field: 'closingDate', message: 'La date de clôture est passée' }]);
    expect(fieldsOf({ ...valid, closingDate: '2026-02-30' })).toEqual(['closingDate']);
  });

  it('refuses other out-of-range fields, each with its path', () => {
    expect(
      fieldsOf({
        ...valid,
        addressLine: ' ',
        postalCode: '6900',
        surface: 0,
        floor: -1,
        energyClass: 'H' as never,
        financing: 'PLX' as never,
        availableFrom: '01/05/2026',
        elevator: undefined,
      }),
    ).toEqual(['addressLine', 'postalCode', 'surface', 'floor', 'elevator', 'energyClass', 'financing', 'availableFrom']);
  });

  it('reports every missing field of an empty object', () => {
    expect(fieldsOf({})).toEqual([
      'addressLine',
      'postalCode',
      'communeCode',
      'typology',
      'mainRooms',
      'surface',
      'floor',
      'elevator',
      'accessible',
      'energyClass',
      'rent',
      'charges',
      'financing',
      'availableFrom',
      'closingDate',
    ]);
  });

  it('assertValidOfferData throws OFFER.INVALID_DATA with the field errors', () => {
    expect(() => assertValidOfferData(valid, today)).not.toThrow();
    let error: DomainError | undefined;
    try {
      assertValidOfferData({ ...valid, rent: -5, typology: 9 }, today);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).toMatchObject({ code: 'OFFER.INVALID_DATA', kind: 'invalid' });
    expect(error!.fields.map((f) => f.field)).toEqual(['typology', 'rent']);
  });
});

import { describe, expect, it } from 'vitest';
import type { DemandRegistry } from '../ports/registry.port';
import { DomainError } from '../../../shared/errors';
import { connectedRegistry, departementOfNumber, departementRegistry, importRegistryId } from './departement-registry';
import { sharedFileDescription, staticDemandRegistries } from './registries';

const registry = (id: string): DemandRegistry => ({
  id,
  register: async () => ({ number: '', registrationDate: '2026-01-01' }),
  fetch: async () => null,
  struckOffSince: async () => [],
});
const registries = staticDemandRegistries([registry('sne'), registry('imhoweb')], {
  byDepartement: { '35': 'imhoweb', '29': 'imhoweb', '68': 'habisoft' },
  descriptions: [sharedFileDescription('imhoweb', 'Imhoweb'), sharedFileDescription('habisoft', 'Habisoft')],
});
const deps = { registries };
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
};

describe('the registry of a département', () => {
  it('routes the départements of a shared file to it, the others to the SNE', () => {
    expect(registries.forDepartement('35')).toBe('imhoweb');
    expect(registries.forDepartement('59')).toBe('sne');
    expect(registries.forDepartement(undefined)).toBe('sne');
    expect(registries.departementsOf('imhoweb')).toEqual(['29', '35']);
    expect(registries.departementsOf('sne')).toEqual([]);
  });

  it('tells the import form which registry, in French, and whether the platform is connected to it', () => {
    expect(departementRegistry(deps, '35')).toEqual({
      departement: '35',
      connected: true,
      registry: { id: 'imhoweb', kind: 'shared_file', name: 'Imhoweb', label: 'le fichier partagé Imhoweb' },
      message: 'Dans ce département, votre demande de logement social est enregistrée dans le fichier partagé Imhoweb.',
    });
    const alsace = departementRegistry(deps, '68');
    expect(alsace.connected).toBe(false);
    expect(alsace.message).toBe(
      'Dans ce département, votre demande de logement social est enregistrée dans le fichier partagé Habisoft. La plateforme n’y est pas reliée pour le moment : vous pouvez saisir votre demande.',
    );
    expect(departementRegistry(deps, '13').registry).toMatchObject({ id: 'sne', kind: 'national' });
    expect(codeOf(() => departementRegistry(deps, '20'))).toBe('DEMAND.UNKNOWN_DEPARTEMENT');
  });

  it('reads the département a number was issued in', () => {
    expect(departementOfNumber('0350625004217T0001')).toBe('35');
    expect(departementOfNumber('02A0625004217T0001')).toBe('2A');
    expect(departementOfNumber('9740625004217T0001')).toBe('974');
    expect(departementOfNumber('1110318016982G1104')).toBeUndefined();
  });

  it('chooses the registry of an import: the département’s, else the number’s; a registry named must match', () => {
    expect(importRegistryId(deps, { departement: '35', number: '0590625004217T0001' })).toBe('imhoweb');
    expect(importRegistryId(deps, { number: '0350625004217T0001' })).toBe('imhoweb');
    expect(importRegistryId(deps, { number: '1110318016982G1104' })).toBe('sne');
    expect(importRegistryId(deps, { registry: 'sne', number: '0350625004217T0001' })).toBe('sne');
    expect(codeOf(() => importRegistryId(deps, { departement: '35', registry: 'sne', number: '0350625004217T0001' }))).toBe('DEMAND.IMPORT_REGISTRY_MISMATCH');
  });

  it('a registry not connected: unavailable, named in French', () => {
    try {
      connectedRegistry(deps, 'habisoft');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ kind: 'unavailable', code: 'REGISTRY.NOT_CONFIGURED' });
      expect((e as Error).message).toBe(
        'Le fichier partagé Habisoft n’est pas joignable depuis la plateforme pour le moment : réessayez plus tard ou saisissez votre demande. Rien n’a été perdu.',
      );
    }
  });
});

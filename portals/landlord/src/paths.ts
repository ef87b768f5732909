/** The landlord portal's addresses (served at /bailleur). */
export const BASE = '/bailleur';
export const HOME = `${BASE}/accueil`;
export const SIGN_IN = `${BASE}/connexion`;
export const offerPath = (id: string, page?: 'modifier' | 'candidats' | 'decisions'): string => `${BASE}/offres/${encodeURIComponent(id)}${page ? `/${page}` : ''}`;

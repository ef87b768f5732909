import type { paths } from '../../shared/api/schema';
import { formatNumber } from '../../shared/format';

/** Words of the landlord portal for codes the API gives without a label (history actions, financings). */

export type Offer = paths['/api/v1/offers/{id}']['get']['responses'][200]['content']['application/json'];
export type OfferItem = paths['/api/v1/offers']['get']['responses'][200]['content']['application/json']['items'][number];
export type HistoryEntry = paths['/api/v1/offers/{id}/history']['get']['responses'][200]['content']['application/json'][number];

export const HISTORY_ACTIONS: Record<string, string> = {
  submitted: 'Soumise à Action Logement',
  instruction_started: 'Prise en instruction',
  sent_back: 'Renvoyée au bailleur',
  published: 'Publiée',
  closed: 'Candidatures closes',
  designated: 'Candidats désignés',
  transmitted: 'Candidats transmis au bailleur',
  allocated: 'Attribuée (bail signé)',
  republished: 'Publiée à nouveau',
  withdrawn: 'Retirée',
};

export const FINANCING_LABELS: Record<string, string> = {
  PLAI: 'PLAI (prêt locatif aidé d’intégration)',
  PLUS: 'PLUS (prêt locatif à usage social)',
  PLS: 'PLS (prêt locatif social)',
  PLI: 'PLI (prêt locatif intermédiaire)',
};

/** The last time the offer was sent back to the landlord with a message, when that is where it stands (a draft). */
export function sentBack(offer: Pick<Offer, 'status'>, history: readonly HistoryEntry[]): HistoryEntry | null {
  const last = history[history.length - 1];
  return offer.status === 'draft' && last?.action === 'sent_back' ? last : null;
}

/** « T2 de 46 m², 8 cours Émile Zola, Villeurbanne » */
export const offerTitle = (o: Pick<OfferItem, 'typology' | 'surface' | 'communeName' | 'communeCode' | 'addressLine'>): string =>
  `T${o.typology} de ${formatNumber(o.surface)} m², ${o.addressLine}, ${o.communeName ?? o.communeCode}`;

export type Designated = paths['/api/v1/offers/{id}/designated']['get']['responses'][200]['content']['application/json']['items'][number];

export const ordinal = (n: number): string => (n === 1 ? '1er' : `${n}e`);
export const candidateName = (c: Designated): string =>
  c.demand?.candidate
    ? [c.demand.candidate.civility, c.demand.candidate.firstName, c.demand.candidate.lastName].filter(Boolean).join(' ')
    : `Demande ${c.demand?.registrationNumber ?? c.demandId}`;
/** The designated candidates in the order of designation. */
export const inOrder = (items: readonly Designated[]): Designated[] => [...items].sort((a, b) => (a.rankAtDesignation ?? 99) - (b.rankAtDesignation ?? 99));

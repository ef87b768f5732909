import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { STATUS_LABELS, TRANSMITTED_OR_LATER } from '../domain/index';
import type { CandidateContact } from '../ports';
import { auditActor, offerNotFound, requireLandlord } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import type { DesignatedCandidateView } from './views';

/**
 * The candidates transmitted to the landlord on its own offer (else 404), with their totals at
 * designation and a summary of their demand. Every read of a demand is audited (`demand.read`,
 * acting for the landlord).
 */
export async function designatedForLandlord(deps: CandidacyDeps, p: Principal, offerId: string, address?: string): Promise<{ offerId: string; items: DesignatedCandidateView[] }> {
  requireLandlord(p);
  const offer = await deps.offers.find(offerId);
  if (!offer || !p.landlordId || offer.landlordId !== p.landlordId) throw offerNotFound();
  const records = (await deps.candidacies.listForOffer(offerId, TRANSMITTED_OR_LATER)).sort(
    (a, b) => (a.rankAtDesignation ?? 99) - (b.rankAtDesignation ?? 99) || a.id.localeCompare(b.id),
  );
  const demandIds = records.map((r) => r.demandId);
  const [facts, contacts] = await Promise.all([
    deps.applicants.factsFor(demandIds, toIsoDate(deps.clock.now())),
    records.length && deps.applicants.contactsFor ? deps.applicants.contactsFor(demandIds) : Promise.resolve(new Map<string, CandidateContact>()),
  ]);
  for (const r of records) {
    await deps.audit.record({
      ...auditActor(p),
      action: 'demand.read',
      objectType: 'demand',
      objectId: r.demandId,
      detail: { via: 'designated_candidates', offerId, candidacyId: r.id, contact: contacts.has(r.demandId) },
      ...(address ? { address } : {}),
    });
  }
  return {
    offerId,
    items: records.map((r) => ({
      candidacyId: r.id,
      demandId: r.demandId,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status],
      rankAtDesignation: r.rankAtDesignation,
      totalAtDesignation: r.totalAtDesignation,
      calRank: r.calRank,
      calReason: r.calReason,
      demand: (() => {
        const summary = facts.get(r.demandId)?.summary;
        return summary ? { ...summary, candidate: contacts.get(r.demandId) ?? null } : null;
      })(),
    })),
  };
}

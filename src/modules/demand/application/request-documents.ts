import type { Principal } from '../../identity/index';
import { requestDocuments, type DocumentType } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { assertStaff, auditActor } from './access';
import type { DemandDeps } from './demand.deps';
import type { CallContext } from './get-demand';
import { fromTransition, mutateDemand } from './mutate';

export interface RequestDocumentsInput {
  message: string;
  documentTypes?: DocumentType[];
}

/**
 * An agent asks the applicant for pieces: the demand is (or goes) in instruction with the request
 * (message, piece types). Audited `demand.documents_requested`; the applicant is notified.
 */
export function requestDemandDocuments(deps: DemandDeps, principal: Principal, demandId: string, input: RequestDocumentsInput, ctx: CallContext = {}): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    () => assertStaff(principal),
    async (record, at) => {
      const t = requestDocuments(record.demand, { at, by: principal.accountId, message: input.message, ...(input.documentTypes ? { documentTypes: input.documentTypes } : {}) });
      await deps.audit.record({
        ...auditActor(principal),
        action: 'demand.documents_requested',
        objectType: 'demand',
        objectId: demandId,
        address: ctx.address,
        detail: { documentTypes: input.documentTypes ?? [] },
      });
      await deps.notifications.add({
        accountId: record.demand.ownerAccountId,
        kind: 'demand.documents_requested',
        payload: { demandId, message: t.demand.documentsRequest?.message, documentTypes: t.demand.documentsRequest?.documentTypes ?? [] },
      });
      return fromTransition(record, t);
    },
  );
}

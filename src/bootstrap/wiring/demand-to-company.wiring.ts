import { typedEvents } from '../../shared/events';
import { SHARED } from '../../shared/tokens';
import { DEMAND, DEMAND_EVENTS, type DemandEventPayloads } from '../../modules/demand/index';
import { COMPANY_SPACE, declaredEmployerGateway } from '../../modules/company-space/index';
import type { ModuleWiring } from './wiring';

/**
 * A company learns of its employees' demands by reacting to the demand module's events (it never
 * reads the demand tables): which demands become validation requests is the company space's use
 * case (followEmployerDeclaration), run once the demand's change has committed (the bus delivers
 * after the commit), so that it reads the demand as saved, in its own transaction. This file only
 * binds the demand's declared employer to the company space's port and the events to its façade.
 */
export const demandToCompanyWiring: ModuleWiring = (c) => {
  c.bind(COMPANY_SPACE.DeclaredEmployerSource).toResolvedValue(declaredEmployerGateway, [DEMAND.Service]);
  const events = typedEvents<DemandEventPayloads>(c.get(SHARED.EventBus));
  const companies = () => c.get(COMPANY_SPACE.Service);

  events.subscribe(DEMAND_EVENTS.statusChanged, async (e) => {
    await companies().followEmployerDeclaration(e.payload.demandId, e.occurredAt);
  });
  events.subscribe(DEMAND_EVENTS.factsChanged, async (e) => {
    await companies().followEmployerDeclaration(e.payload.demandId, e.occurredAt);
  });
  // GDPR: an anonymised demand's employee is forgotten by the company space too, in the same
  // transaction (from the payload alone, reading nothing of the demand), so that both commit or neither
  events.subscribe(
    DEMAND_EVENTS.anonymised,
    async (e) => {
      await companies().forgetApplicant(e.payload.demandId);
    },
    { phase: 'in_transaction' },
  );
};

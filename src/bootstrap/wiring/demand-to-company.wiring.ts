import { SHARED } from '../../shared/tokens';
import { DEMAND, DEMAND_EVENTS } from '../../modules/demand/index';
import { COMPANY_SPACE } from '../../modules/company-space/index';
import type { ModuleWiring } from './wiring';

/**
 * A company learns of its employees' demands by reacting to the demand module's events (it never
 * reads the demand tables): a demand submitted, in instruction or active, or whose employer changed,
 * becomes a validation request of the company that holds the declared SIRET. Runs once the
 * demand's change has committed (the bus delivers after the commit), so that it reads the demand
 * as saved — the SIRET just added to an active demand included — in its own transaction.
 */
export const demandToCompanyWiring: ModuleWiring = (c) => {
  const bus = c.get(SHARED.EventBus);
  const demands = () => c.get(DEMAND.Service);
  const companies = () => c.get(COMPANY_SPACE.Service);

  const forward = async (demandId: string, at: Date) => {
    const declaration = await demands().employerDeclaration(demandId);
    if (!declaration?.employerSiret || !declaration.toValidate) return;
    await companies().recordValidationRequest({
      demandId,
      employerSiret: declaration.employerSiret,
      applicantFirstName: declaration.firstName,
      applicantLastName: declaration.lastName,
      applicantAccountId: declaration.ownerAccountId,
      requestedAt: at,
    });
  };

  // which states count is the demand module's rule (EmployerDeclaration.toValidate), read on the committed demand
  bus.subscribe(DEMAND_EVENTS.statusChanged, async (event) => {
    const { demandId } = event.payload as { demandId: string };
    await forward(demandId, event.occurredAt);
  });
  bus.subscribe(DEMAND_EVENTS.factsChanged, async (event) => {
    const { demandId } = event.payload as { demandId: string };
    await forward(demandId, event.occurredAt);
  });
  // GDPR: an anonymised demand's employee is forgotten by the company space too, in the same
  // transaction (from the payload alone, reading nothing of the demand), so that both commit or neither
  bus.subscribe(DEMAND_EVENTS.anonymised, async (event) => {
    const { demandId } = event.payload as { demandId: string };
    await companies().forgetApplicant(demandId);
  }, { phase: 'in_transaction' });
};

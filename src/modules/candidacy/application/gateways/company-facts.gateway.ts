import type { CompanySpaceService, EmploymentFacts } from '../../../company-space/index';
import type { CompanyFacts } from '../../../scoring/index';
import type { CompanyFactsSource } from '../../ports';

/** The company space's employment facts, as the scoring engine reads them. */
const companyFactsOf = (e: EmploymentFacts): CompanyFacts => ({
  companyId: e.companyId,
  validated: e.validated,
  contribution: e.contribution,
  sizeClass: e.sizeClass,
  tranches: [...e.tranches],
  delegatesToAls: e.delegatesToAls,
});

/** The employers of the candidates, over the company space's façade. */
export function companyFactsGateway(companies: CompanySpaceService): CompanyFactsSource {
  return {
    async factsFor(demandIds, onDate) {
      const facts = await companies.companyFactsForDemands(demandIds, onDate);
      return new Map([...facts].map(([id, e]) => [id, companyFactsOf(e)]));
    },
  };
}

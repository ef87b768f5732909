import { departementOfCommune } from '../../../shared/commune';
import type { DemandData } from './demand-data';

/**
 * The département a demand is filed under (agents' lists and filters, the stored column): that of
 * the applicant's address when it is in France, else that of the first wished commune; undefined
 * when neither gives one. The département of a commune is the shared rule (`shared/commune.ts`:
 * 97x and 98x codes give three characters).
 */
export function departementOfDemand(data: Pick<DemandData, 'applicant' | 'wishes'>): string | undefined {
  const address = data.applicant.address;
  return (address && !address.abroad ? departementOfCommune(address.communeCode) : undefined) ?? departementOfCommune(data.wishes.communeCodes[0]);
}

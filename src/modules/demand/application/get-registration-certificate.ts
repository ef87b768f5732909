import type { Principal } from '../../identity/index';
import { toIsoDate, type IsoDate } from '../../../shared/dates';
import { renewalDueDate } from '../domain/index';
import { demandError } from '../demand.errors';
import type { DemandDeps } from './demand.deps';
import { getDemand, type CallContext } from './get-demand';

/** What the registration certificate (attestation d’enregistrement) states. */
export interface RegistrationCertificate {
  demandId: string;
  /** the registry the number comes from (`sne`, `imhoweb`) */
  registry: string;
  /** its name as the applicant reads it (`Système national d’enregistrement (SNE)`, `Fichier partagé Imhoweb`) */
  registryName?: string;
  /** the 18-character registration number */
  registrationNumber: string;
  /** the first filing date: the demand's seniority */
  registrationDate: IsoDate;
  /** the day of the last renewal, if the demand was renewed */
  lastRenewedOn?: IsoDate;
  /** to be renewed on or before */
  renewalDueDate?: IsoDate;
  applicant: { firstName: string; lastName: string; birthDate: IsoDate };
  /** the day the certificate is issued */
  issuedOn: IsoDate;
}

/**
 * The registration certificate of an active demand that has its number: number, first filing date,
 * last renewal, next renewal date, the applicant. The owner (or an agent, audited as a read) asks;
 * a demand without a number yet, or closed, has none (conflict `DEMAND.NOT_REGISTERED`).
 */
export async function getRegistrationCertificate(deps: DemandDeps, principal: Principal, demandId: string, ctx: CallContext = {}): Promise<RegistrationCertificate> {
  const { demand } = await getDemand(deps, principal, demandId, ctx);
  if (demand.status !== 'active' || !demand.registrationNumber || !demand.registrationDate) throw demandError.notRegistered();
  const due = renewalDueDate(demand);
  const { firstName, lastName, birthDate } = demand.data.applicant;
  const registry = demand.registry ?? deps.settings.defaultRegistry;
  const label = deps.registries.describe(registry)?.label.replace(/^le /, '');
  return {
    demandId: demand.id,
    registry,
    ...(label ? { registryName: `${label.charAt(0).toUpperCase()}${label.slice(1)}` } : {}),
    registrationNumber: demand.registrationNumber,
    registrationDate: demand.registrationDate,
    ...(demand.lastRenewedAt ? { lastRenewedOn: toIsoDate(demand.lastRenewedAt) } : {}),
    ...(due ? { renewalDueDate: due } : {}),
    applicant: { firstName, lastName, birthDate },
    issuedOn: toIsoDate(deps.clock.now()),
  };
}

import type { ApiClientCredentials } from '../ports';
import type { Principal } from '../../identity/index';
import type { Agreement } from '../domain/agreement';
import type { Landlord } from '../domain/landlord';
import type { LandlordDeps } from './landlord.deps';
import { createLandlord, type CreateLandlordInput } from './create-landlord';
import { getLandlord } from './get-landlord';
import { listLandlords } from './list-landlords';
import { registerApiClient } from './register-api-client';
import { updateLandlord, type UpdateLandlordInput } from './update-landlord';
import { inviteLandlordUser, type InviteLandlordUserInput } from './invite-landlord-user';
import { listApiClients } from './list-api-clients';
import { revokeApiClient } from './revoke-api-client';
import { listLandlordUsers } from './list-landlord-users';
import { landlordSummary } from './get-landlord-summary';
import { removeLandlordUser } from './remove-landlord-user';
import { createAgreement } from './create-agreement';
import { agreementById, agreementFor } from './find-agreement';
import { getAgreement } from './get-agreement';
import { agreementReport, agreementReportCsv } from './get-agreement-report';
import { listAgreements } from './list-agreements';
import { updateAgreement } from './update-agreement';

/** How long a landlord's display name may be reused (namesOf). */
const NAME_CACHE_MS = 60_000;

/** The landlord module's façade: the referential of landlords and their reservation agreements (flux). */
export class LandlordService {
  constructor(private readonly deps: LandlordDeps) {}

  create = (principal: Principal, input: CreateLandlordInput) => createLandlord(this.deps, principal, input);
  update = async (principal: Principal, id: string, input: UpdateLandlordInput) => {
    const updated = await updateLandlord(this.deps, principal, id, input);
    this.names.delete(id);
    return updated;
  };
  get = (principal: Principal, id: string) => getLandlord(this.deps, principal, id);
  list = (principal: Principal, filter: { q?: string; nameOrder?: 'asc' | 'desc'; page?: number; pageSize?: number }) => listLandlords(this.deps, principal, filter);
  registerApiClient = (principal: Principal, landlordId: string, name: string, credentials?: ApiClientCredentials) =>
    registerApiClient(this.deps, principal, landlordId, name, credentials);
  apiClients = (principal: Principal, landlordId: string) => listApiClients(this.deps, principal, landlordId);
  revokeApiClient = (principal: Principal, landlordId: string, clientId: string) => revokeApiClient(this.deps, principal, landlordId, clientId);

  createAgreement = (principal: Principal, landlordId: string, input: { departement: string; year: number; unitsOwed: number }) =>
    createAgreement(this.deps, principal, landlordId, input);
  updateAgreement = (principal: Principal, landlordId: string, agreementId: string, input: { unitsOwed: number }) =>
    updateAgreement(this.deps, principal, landlordId, agreementId, input);
  agreements = (principal: Principal, landlordId: string) => listAgreements(this.deps, principal, landlordId);
  /** The landlord's home: the agreements of the year by département with their gap, and the offers waiting for it. */
  summary = (principal: Principal, landlordId: string) => landlordSummary(this.deps, principal, landlordId);
  agreement = (principal: Principal, landlordId: string, agreementId: string) => getAgreement(this.deps, principal, landlordId, agreementId);
  report = (principal: Principal, landlordId: string, agreementId: string) => agreementReport(this.deps, principal, landlordId, agreementId);
  reportCsv = agreementReportCsv;

  // ——— the landlord's users (agents; the landlord's administrators) ———
  users = (principal: Principal, landlordId: string) => listLandlordUsers(this.deps, principal, landlordId);
  inviteUser = (principal: Principal, landlordId: string, input: InviteLandlordUserInput) => inviteLandlordUser(this.deps, principal, landlordId, input);
  removeUser = (principal: Principal, landlordId: string, accountId: string) => removeLandlordUser(this.deps, principal, landlordId, accountId);

  // ——— internal queries for other modules (no access check: the caller checks its own rights) ———

  /** The landlord, or null. */
  findById = (id: string): Promise<Landlord | null> => this.deps.landlords.findById(id);
  /**
   * Names of landlords by id (unknown ids are absent). Display names, kept NAME_CACHE_MS in memory
   * (every page of offers shows them: one statement less per search); a rename in this process
   * shows at once, one made by another instance within that time.
   */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, string>();
    const now = performance.now(); // an age in this process, not a date: a monotonic clock
    const missing: string[] = [];
    for (const id of unique) {
      const known = this.names.get(id);
      if (known && now - known.at >= 0 && now - known.at <= NAME_CACHE_MS) out.set(id, known.name);
      else missing.push(id);
    }
    if (missing.length === 0) return out;
    if (this.names.size > 10_000) this.names.clear();
    for (const l of await this.deps.landlords.findManyByIds(missing)) {
      out.set(l.id, l.name);
      this.names.set(l.id, { name: l.name, at: now });
    }
    return out;
  }
  private readonly names = new Map<string, { name: string; at: number }>();
  agreementFor = (landlordId: string, departement: string, year: number): Promise<Agreement | null> => agreementFor(this.deps, landlordId, departement, year);
  agreementById = (agreementId: string): Promise<Agreement | null> => agreementById(this.deps, agreementId);
}

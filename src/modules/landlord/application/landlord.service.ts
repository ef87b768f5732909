import type { Principal } from '../../identity/index';
import type { Agreement } from '../domain/agreement';
import type { Landlord } from '../domain/landlord';
import type { LandlordDeps } from './landlord.deps';
import { createLandlord, getLandlord, listLandlords, registerApiClient, updateLandlord, type CreateLandlordInput, type UpdateLandlordInput } from './landlords';
import { agreementById, agreementFor, agreementReport, agreementReportCsv, createAgreement, getAgreement, listAgreements, updateAgreement } from './agreements';

/** The landlord module's façade: the referential of landlords and their reservation agreements (flux). */
export class LandlordService {
  constructor(private readonly deps: LandlordDeps) {}

  create = (principal: Principal, input: CreateLandlordInput) => createLandlord(this.deps, principal, input);
  update = (principal: Principal, id: string, input: UpdateLandlordInput) => updateLandlord(this.deps, principal, id, input);
  get = (principal: Principal, id: string) => getLandlord(this.deps, principal, id);
  list = (principal: Principal, filter: { q?: string; page?: number; pageSize?: number }) => listLandlords(this.deps, principal, filter);
  registerApiClient = (principal: Principal, landlordId: string, name: string) => registerApiClient(this.deps, principal, landlordId, name);

  createAgreement = (principal: Principal, landlordId: string, input: { departement: string; year: number; unitsOwed: number }) =>
    createAgreement(this.deps, principal, landlordId, input);
  updateAgreement = (principal: Principal, landlordId: string, agreementId: string, input: { unitsOwed: number }) =>
    updateAgreement(this.deps, principal, landlordId, agreementId, input);
  agreements = (principal: Principal, landlordId: string) => listAgreements(this.deps, principal, landlordId);
  agreement = (principal: Principal, landlordId: string, agreementId: string) => getAgreement(this.deps, principal, landlordId, agreementId);
  report = (principal: Principal, landlordId: string, agreementId: string) => agreementReport(this.deps, principal, landlordId, agreementId);
  reportCsv = agreementReportCsv;

  // ——— internal queries for other modules (no access check: the caller checks its own rights) ———

  /** The landlord, or null. */
  findById = (id: string): Promise<Landlord | null> => this.deps.landlords.findById(id);
  /** Names of landlords by id (unknown ids are absent). */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await this.deps.landlords.findManyByIds(unique)).map((l) => [l.id, l.name]));
  }
  agreementFor = (landlordId: string, departement: string, year: number): Promise<Agreement | null> => agreementFor(this.deps, landlordId, departement, year);
  agreementById = (agreementId: string): Promise<Agreement | null> => agreementById(this.deps, agreementId);
}

import type { Principal } from '../../identity/index';
import { toIsoDate, type IsoDate } from '../../../shared/dates';
import type { Page } from '../../../shared/pagination';
import type { DemandData } from '../domain/index';
import type { DemandListFilter, DemandListSort, DemandRecord, DemandSummary } from '../ports/demands.port';
import { applyExpiriesAndReminders, type ExpiriesAndRemindersResult } from './apply-expiries-and-reminders';
import { cancelDemand } from './cancel-demand';
import { createDraft } from './create-draft';
import type { DemandDeps } from './demand.deps';
import { getDemandFacts, getDemandFactsMany, getOpenDemandFacts, type DemandFacts } from './demand-facts';
import { demandView, type DemandView } from './demand-view';
import { getDemand, type CallContext } from './get-demand';
import { listDemands } from './list-demands';
import { markDemandSatisfied, type MarkSatisfiedInput } from './mark-satisfied';
import { provideDocuments } from './provide-requested-documents';
import { registerWithRegistry, type RegisterOutcome } from './register-with-registry';
import { rejectDemand } from './reject-demand';
import { renewDemand } from './renew-demand';
import { requestDemandDocuments, type RequestDocumentsInput } from './request-documents';
import { startDemandInstruction } from './start-instruction';
import { submitDemand } from './submit-demand';
import { updateDemand, type DemandDataPatch, type UpdateDemandResult } from './update-demand';
import { validateDemand, type ValidateDemandInput } from './validate-demand';
import { checkDeclaredFact, type CheckDeclaredFactInput } from './check-declared-fact';
import { getInstructionChecklist } from './get-instruction-checklist';
import type { InstructionChecklist } from '../domain/index';
import { employerDeclaration, employerJobDeclarations, type EmployerDeclaration, type EmployerJobDeclaration } from './employer-declaration';

/** The demand module's façade: one method per use case, each in its own file. */
export class DemandService {
  constructor(private readonly deps: DemandDeps) {}

  createDraft = (principal: Principal, data: DemandData): Promise<DemandRecord> => createDraft(this.deps, principal, data);
  getDemand = (principal: Principal, id: string, ctx?: CallContext): Promise<DemandRecord> => getDemand(this.deps, principal, id, ctx);
  listDemands = (principal: Principal, filter: DemandListFilter, page?: { page?: number; pageSize?: number }, sort?: DemandListSort): Promise<Page<DemandSummary>> =>
    listDemands(this.deps, principal, filter, page, sort);
  updateDemand = (principal: Principal, id: string, patch: DemandDataPatch, ctx?: CallContext): Promise<UpdateDemandResult> => updateDemand(this.deps, principal, id, patch, ctx);

  submit = (principal: Principal, id: string): Promise<DemandRecord> => submitDemand(this.deps, principal, id);
  cancel = (principal: Principal, id: string, reason?: string): Promise<DemandRecord> => cancelDemand(this.deps, principal, id, reason);
  renew = (principal: Principal, id: string): Promise<DemandRecord> => renewDemand(this.deps, principal, id);
  provideRequestedDocuments = (principal: Principal, id: string): Promise<DemandRecord> => provideDocuments(this.deps, principal, id);

  startInstruction = (principal: Principal, id: string, ctx?: CallContext): Promise<DemandRecord> => startDemandInstruction(this.deps, principal, id, ctx);
  validate = (principal: Principal, id: string, input?: ValidateDemandInput, ctx?: CallContext): Promise<DemandRecord> => validateDemand(this.deps, principal, id, input, ctx);
  requestDocuments = (principal: Principal, id: string, input: RequestDocumentsInput, ctx?: CallContext): Promise<DemandRecord> =>
    requestDemandDocuments(this.deps, principal, id, input, ctx);
  reject = (principal: Principal, id: string, reason: string, ctx?: CallContext): Promise<DemandRecord> => rejectDemand(this.deps, principal, id, reason, ctx);
  /** An agent checks (or unchecks, with a reason) a fact the applicant declared: mobility, DALO, CAL history. */
  checkFact = (principal: Principal, id: string, input: CheckDeclaredFactInput, ctx?: CallContext): Promise<DemandRecord> =>
    checkDeclaredFact(this.deps, principal, id, input, ctx);
  /** The pieces to see verified before validating (identity per adult, tax notices N−2 and N−1 when given). */
  instructionChecklist = (principal: Principal, id: string): Promise<InstructionChecklist> => getInstructionChecklist(this.deps, principal, id);

  /** The applicant is housed (a lease was signed, reported by the candidacy module): active → satisfied. */
  markSatisfied = (demandId: string, input?: MarkSatisfiedInput): Promise<DemandRecord> => markDemandSatisfied(this.deps, demandId, input);

  /** The job handler of `demand.register-with-registry`. */
  registerWithRegistry = (demandId: string, options: { retry?: boolean } = {}): Promise<RegisterOutcome> => registerWithRegistry(this.deps, demandId, options);
  /** Whether a registry is configured for new demands (the worker may register the job handler only then). */
  registryConfigured = (): boolean => this.deps.registries.get(this.deps.settings.defaultRegistry) !== undefined;
  /** The daily run: expiries and renewal reminders. */
  applyExpiriesAndReminders = (now: Date): Promise<ExpiriesAndRemindersResult> => applyExpiriesAndReminders(this.deps, now);

  /** Derived facts for eligibility and scoring (internal query: no access check). */
  facts = (demandId: string, onDate: IsoDate = toIsoDate(this.deps.clock.now())): Promise<DemandFacts | null> => getDemandFacts(this.deps, demandId, onDate);
  factsMany = (demandIds: readonly string[], onDate: IsoDate = toIsoDate(this.deps.clock.now())): Promise<Map<string, DemandFacts>> =>
    getDemandFactsMany(this.deps, demandIds, onDate);
  /** The owner's demand that is not final, if any (no access check: for other modules). */
  employerDeclaration = (demandId: string): Promise<EmployerDeclaration | null> => employerDeclaration(this.deps, demandId);
  /** The declared job of these demands (contract in French), by demand id, in one read: the company space's pages. */
  employerJobDeclarations = (demandIds: readonly string[]): Promise<Map<string, EmployerJobDeclaration>> => employerJobDeclarations(this.deps, demandIds);
  openDemandOf = (ownerAccountId: string): Promise<DemandRecord | null> => this.deps.demands.findOpenByOwner(ownerAccountId);
  /** The derived facts of the owner's demand that is not final, if any, read without its history (for other modules). */
  openDemandFacts = (ownerAccountId: string, onDate: IsoDate = toIsoDate(this.deps.clock.now())): Promise<DemandFacts | null> =>
    getOpenDemandFacts(this.deps, ownerAccountId, onDate);

  /** The view of a demand for a caller, on the clock's day. */
  view = (record: DemandRecord, viewer: Principal): DemandView => demandView(record, viewer, toIsoDate(this.deps.clock.now()));
}

import type { ApiClientCredentials } from '../ports';
import { newId } from '../../../shared/ids';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { normalizeSiren, validateLandlordData, type Landlord, type LandlordKind } from '../domain/landlord';
import { assertAgent, assertMayRead, auditActor, isAgent } from './access';
import type { LandlordDeps } from './landlord.deps';
import { landlordError } from '../landlord.errors';
import { assertMayManageUsers } from './landlord-users-access';

export interface CreateLandlordInput {
  siren: string;
  name: string;
  kind: LandlordKind;
  regions?: string[];
  /** a fixed id, for the demo seed only */
  id?: string;
}

export type UpdateLandlordInput = Partial<Pick<Landlord, 'siren' | 'name' | 'kind' | 'regions'>>;

function clean<T extends Partial<Pick<Landlord, 'siren' | 'name' | 'regions'>>>(input: T): T {
  return {
    ...input,
    ...(input.siren !== undefined ? { siren: normalizeSiren(input.siren) } : {}),
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.regions !== undefined ? { regions: [...input.regions] } : {}),
  };
}

/** An agent adds a landlord to the referential. */
export async function createLandlord(deps: LandlordDeps, principal: Principal, raw: CreateLandlordInput): Promise<Landlord> {
  assertAgent(principal);
  const input = clean({ ...raw, regions: raw.regions ?? [] });
  const fields = validateLandlordData(input);
  if (fields.length) throw landlordError.invalidData(fields);
  const now = deps.clock.now();
  const landlord: Landlord = {
    id: raw.id ?? newId(), siren: input.siren, name: input.name, kind: input.kind, regions: input.regions,
    connectedByApi: false, createdAt: now, updatedAt: now,
  };
  return deps.uow.run(async () => {
    await deps.landlords.insert(landlord);
    await deps.audit.record({ ...auditActor(principal), action: 'landlord.created', objectType: 'landlord', objectId: landlord.id });
    return landlord;
  });
}

/** An agent corrects a landlord. */
export async function updateLandlord(deps: LandlordDeps, principal: Principal, id: string, raw: UpdateLandlordInput): Promise<Landlord> {
  assertAgent(principal);
  return deps.uow.run(async () => {
    const current = await deps.landlords.findById(id);
    if (!current) throw landlordError.notFound();
    const next: Landlord = { ...current, ...clean(raw), updatedAt: deps.clock.now() };
    const fields = validateLandlordData(next);
    if (fields.length) throw landlordError.invalidData(fields);
    await deps.landlords.update(next);
    await deps.audit.record({ ...auditActor(principal), action: 'landlord.updated', objectType: 'landlord', objectId: id, detail: { fields: Object.keys(raw) } });
    return next;
  });
}

export async function getLandlord(deps: LandlordDeps, principal: Principal, id: string): Promise<Landlord> {
  assertMayRead(principal, id);
  const landlord = await deps.landlords.findById(id);
  if (!landlord) throw landlordError.notFound();
  return landlord;
}

/** Agents list the referential; a landlord's users and systems see their own landlord only. */
export async function listLandlords(deps: LandlordDeps, principal: Principal, filter: { q?: string; nameOrder?: 'asc' | 'desc'; page?: number; pageSize?: number }): Promise<Page<Landlord>> {
  const page = pageRequest(filter.page, filter.pageSize);
  if (isAgent(principal)) return deps.landlords.list({ q: filter.q?.trim() || undefined, nameOrder: filter.nameOrder }, page);
  const own = principal.landlordId ? await deps.landlords.findById(principal.landlordId) : null;
  const items = own && (!filter.q || matches(own, filter.q)) ? [own] : [];
  return { items: page.page === 1 ? items : [], page: page.page, pageSize: page.pageSize, total: items.length };
}

function matches(l: Landlord, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return l.name.toLowerCase().includes(needle) || l.siren.includes(needle);
}

/**
 * An agent, or an administrator of the landlord (the landlord portal), connects a landlord's system:
 * registers client credentials with the identity module (the secret is shown once) and marks the
 * landlord as connected by API.
 */
export async function registerApiClient(
  deps: LandlordDeps,
  principal: Principal,
  landlordId: string,
  name: string,
  credentials?: ApiClientCredentials,
): Promise<{ clientId: string; clientSecret: string; accountId: string }> {
  if (!isAgent(principal)) await assertMayManageUsers(deps, principal, landlordId);
  return deps.uow.run(async () => {
    const landlord = await deps.landlords.findById(landlordId);
    if (!landlord) throw landlordError.notFound();
    const client = await deps.apiClients.register({ landlordId, name: name.trim() || landlord.name, ...credentials });
    if (!landlord.connectedByApi) await deps.landlords.update({ ...landlord, connectedByApi: true, updatedAt: deps.clock.now() });
    await deps.audit.record({
      ...auditActor(principal), action: 'landlord.api_client_registered', objectType: 'landlord', objectId: landlordId,
      detail: { clientId: client.clientId, accountId: client.accountId },
    });
    return client;
  });
}

import { newId } from '../../../shared/ids';
import { normalizeEmail } from '../domain/account';
import type { IdentityDeps } from './identity.deps';
import { hashSecret, newSecret } from './secrets';

/** Registers a connected landlord's system; the secret is shown once and stored hashed. */
export async function registerApiClient(
  deps: IdentityDeps,
  input: { landlordId: string; name: string; /** fixed credentials, for the demo seed only */ clientId?: string; clientSecret?: string },
): Promise<{ clientId: string; clientSecret: string; accountId: string }> {
  const clientId = input.clientId ?? `llc_${newSecret(12)}`;
  const clientSecret = input.clientSecret ?? newSecret(32);
  return deps.uow.run(async () => {
    const account = await deps.accounts.create({
      id: newId(),
      email: normalizeEmail(`${clientId}@clients.alin.invalid`),
      passwordHash: null,
      role: 'landlord_client',
      displayName: input.name,
      status: 'active',
      memberships: [{ orgKind: 'landlord', orgId: input.landlordId }],
    });
    await deps.clients.create({ id: newId(), clientId, secretHash: hashSecret(clientSecret), accountId: account.id, name: input.name });
    return { clientId, clientSecret, accountId: account.id };
  });
}

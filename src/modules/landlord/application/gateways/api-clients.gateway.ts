import type { IdentityService } from '../../../identity/index';
import type { ApiClientRegistrar } from '../../ports';

/** The landlords' connected systems, registered, listed and revoked by the identity module. */
export function apiClientRegistrarGateway(identity: IdentityService): ApiClientRegistrar {
  return {
    register: (input) => identity.registerApiClient(input),
    list: (landlordId) => identity.listLandlordApiClients(landlordId),
    revoke: (landlordId, clientId) => identity.revokeLandlordApiClient(landlordId, clientId),
  };
}

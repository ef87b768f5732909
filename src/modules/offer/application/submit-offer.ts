import type { Principal } from '../../identity/index';
import { submit } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { validatedData } from './offer-input';
import { lifecycleState, ownGuard, pickAgreement, runTransition } from './offer-transition';

/** The landlord submits its draft to ALS; the data is checked again and the agreement of the year picked. */
export const submitOffer = (ctx: OfferContext, principal: Principal, offerId: string) =>
  runTransition(ctx, offerId, {
    principal,
    guard: ownGuard(principal),
    rule: (offer, at) => submit(lifecycleState(offer), { at, by: principal.accountId }),
    prepare: async (offer, _t, at) => {
      const valid = validatedData(ctx, offer.data, at);
      return { data: valid.data, ...(await pickAgreement(ctx, offer, at)) };
    },
  });

import type { Principal } from '../../identity/index';
import { startInstruction as startInstructionRule } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { agentGuard, lifecycleState, runTransition } from './offer-transition';

/** An agent takes the submitted offer into instruction. */
export const startInstruction = (ctx: OfferContext, principal: Principal, offerId: string) =>
  runTransition(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => startInstructionRule(lifecycleState(offer), { at, by: principal.accountId }),
  });

import type { EventBus, TypedEvents } from '../../shared/events';
import { typedEvents } from '../../shared/events';
import type { OfferStatus } from './domain/offer-lifecycle';

/** Events of the offer module, published on the event bus inside the transaction of the change (delivered once it has committed). */
export const OFFER_EVENTS = {
  /** the offer was withdrawn (its open candidacies must end) */
  withdrawn: 'offer.withdrawn',
  /** the offer's status changed (what other modules keep of it is stale) */
  changed: 'offer.changed',
} as const;

/** Each event's payload, by event name: publish and subscribe through `typedEvents<OfferEventPayloads>(bus)`. */
export interface OfferEventPayloads {
  /** `at`: the withdrawal's time (ISO 8601); `by`: the account that withdrew it */
  'offer.withdrawn': { offerId: string; landlordId: string; reason: string; at: string; by: string };
  'offer.changed': { offerId: string; from: OfferStatus; to: OfferStatus };
}

/** The module's typed view of the bus (none when the module runs without one). */
export const offerEvents = (bus: EventBus | undefined): TypedEvents<OfferEventPayloads> | undefined => (bus ? typedEvents<OfferEventPayloads>(bus) : undefined);

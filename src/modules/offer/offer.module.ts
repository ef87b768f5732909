import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { OFFER } from './tokens';
import { OfferService } from './application/offer.service';

/** Binds the offer façade; its ports are bound by the bootstrap (src/bootstrap/wiring/offer.wiring.ts). */
export const offerModule = new ContainerModule(({ bind }) => {
  bind(OFFER.Service)
    .toResolvedValue(
      (offers, ceilings, reference, communes, landlords, applicants, settings, audit, clock, uow, events, photos, photoStorage, photoProcessor, photoSettings) =>
        new OfferService({
          offers,
          ceilings,
          reference,
          communes,
          landlords,
          applicants,
          settings,
          audit,
          clock,
          uow,
          events,
          photos,
          photoStorage,
          photoProcessor,
          photoSettings,
        }),
      [
        OFFER.OfferRepository,
        OFFER.CeilingRepository,
        OFFER.ReferenceData,
        OFFER.CommuneDirectory,
        OFFER.LandlordDirectory,
        OFFER.ApplicantFactsSource,
        OFFER.Settings,
        SHARED.AuditTrail,
        SHARED.Clock,
        SHARED.UnitOfWork,
        SHARED.EventBus,
        OFFER.PhotoRepository,
        OFFER.PhotoStorage,
        OFFER.PhotoProcessor,
        OFFER.PhotoSettings,
      ],
    )
    .inSingletonScope();
});

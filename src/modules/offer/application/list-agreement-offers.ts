import type { FluxOffer } from '../domain/index';
import type { OfferContext } from './offer.deps';

/** For the landlord module (flux): an agreement's offers, for its yearly report (with commune names). */
export async function agreementOffers(ctx: OfferContext, agreementId: string): Promise<FluxOffer[]> {
  const offers = await ctx.offers.offersOfAgreement(agreementId);
  return offers.map((o) => {
    const name = ctx.communes.communeName(o.data.communeCode);
    return {
      typology: o.data.typology,
      financing: o.data.financing,
      communeCode: o.data.communeCode,
      ...(name ? { communeName: name } : {}),
      status: o.status,
      everPublished: o.everPublished,
    };
  });
}

import type { ReservationAgreement } from '../../offer/index';

/** A stored reservation agreement (flux, loi ELAN): one per landlord, département and year. */
export interface Agreement extends ReservationAgreement {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

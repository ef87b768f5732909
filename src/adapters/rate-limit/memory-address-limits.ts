import { identityError, type AddressLimitedAction, type AddressLimits } from '../../modules/identity/index';
import { MemoryAddressThrottle } from './memory-address.throttle';

/**
 * The identity module's per-address limits (consume first: counted when the request arrives):
 * `perAddress` requests per client address and per flow in the window; `mail_to` counts the
 * identity mails one recipient address receives (`mailsPerRecipient` in the window).
 */
export class MemoryAddressLimits implements AddressLimits {
  private readonly throttles: Record<AddressLimitedAction, MemoryAddressThrottle>;

  constructor(settings: { perAddress: number; windowSeconds: number; mailsPerRecipient?: number }) {
    const make = (action: AddressLimitedAction, points: number) =>
      new MemoryAddressThrottle({ keyPrefix: `identity-${action}`, points, windowSeconds: settings.windowSeconds, refusal: identityError.tooManyRequests });
    this.throttles = {
      register: make('register', settings.perAddress),
      confirm: make('confirm', settings.perAddress),
      reset_request: make('reset_request', settings.perAddress),
      reset: make('reset', settings.perAddress),
      invitation: make('invitation', settings.perAddress),
      mail_to: make('mail_to', settings.mailsPerRecipient ?? 5),
    };
  }

  consume(action: AddressLimitedAction, key: string): Promise<void> {
    return this.throttles[action].consume(key);
  }
}

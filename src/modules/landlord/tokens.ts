import type { ServiceIdentifier } from 'inversify';
import type {
  AgreementOfferSource,
  AgreementRepository,
  ApiClientRegistrar,
  LandlordAccounts,
  LandlordOutbox,
  LandlordRepository,
  LandlordSettings,
  LandlordUserRepository,
} from './ports';
import type { LandlordService } from './application/landlord.service';

const token = <T>(name: string) => Symbol.for(`landlord.${name}`) as ServiceIdentifier<T>;

export const LANDLORD = {
  LandlordRepository: token<LandlordRepository>('LandlordRepository'),
  AgreementRepository: token<AgreementRepository>('AgreementRepository'),
  AgreementOfferSource: token<AgreementOfferSource>('AgreementOfferSource'),
  ApiClientRegistrar: token<ApiClientRegistrar>('ApiClientRegistrar'),
  UserRepository: token<LandlordUserRepository>('UserRepository'),
  Outbox: token<LandlordOutbox>('Outbox'),
  Accounts: token<LandlordAccounts>('Accounts'),
  Settings: token<LandlordSettings>('Settings'),
  Service: token<LandlordService>('Service'),
};

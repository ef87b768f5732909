import { DomainError, unauthorized } from '../../../shared/errors';

/** The identity module's error codes and French messages of the account flows (registration, links, invitations). */
export const IDENTITY_ERRORS = {
  INVITATION_INVALID: { code: 'IDENTITY.INVITATION_INVALID', message: 'Lien d’invitation invalide ou expiré.' },
  CONFIRMATION_INVALID: { code: 'IDENTITY.CONFIRMATION_INVALID', message: 'Lien de confirmation invalide, déjà utilisé ou expiré : inscrivez-vous à nouveau pour en recevoir un autre.' },
  CONFIRMATION_PASSWORD: { code: 'IDENTITY.CONFIRMATION_PASSWORD_MISMATCH', message: 'Ce mot de passe n’est pas celui choisi à l’inscription.' },
  RESET_INVALID: { code: 'IDENTITY.RESET_INVALID', message: 'Lien de réinitialisation invalide, déjà utilisé ou expiré : demandez-en un nouveau.' },
  EMAIL_NOT_CONFIRMED: { code: 'IDENTITY.EMAIL_NOT_CONFIRMED', message: 'Confirmez d’abord votre adresse e-mail : suivez le lien reçu par mail.' },
  CURRENT_PASSWORD_WRONG: { code: 'IDENTITY.PASSWORD_MISMATCH', message: 'Le mot de passe actuel est incorrect.' },
  TOO_MANY_REQUESTS: { code: 'IDENTITY.TOO_MANY_REQUESTS', message: 'Trop de demandes depuis cette adresse, réessayez plus tard.' },
} as const;

export const identityUnauthorized = (e: (typeof IDENTITY_ERRORS)[keyof typeof IDENTITY_ERRORS]): DomainError => unauthorized(e.code, e.message);

/** The answer of registration and of a reset request, whatever the address (an account or not). */
export const CHECK_YOUR_MAILBOX = 'Vérifiez votre boîte mail : si cette adresse peut recevoir un lien, il vient de vous être envoyé.';

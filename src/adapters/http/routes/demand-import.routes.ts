import type { Request, Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import { DEMAND } from '../../../modules/demand/index';
import type { Role } from '../../../modules/identity/index';
import type { ApiDefinition } from '../openapi';
import { DemandViewSchema, ImportBody } from './demand.schemas';

const OWNER: readonly Role[] = ['applicant'];
const tags = ['demands'];
const callContext = (req: Request) => (req.ip ? { address: req.ip } : {});

const THROTTLED = 'too many refused imports from this account or address, or for this registry number whatever the caller, in the window (DEMAND.IMPORT_THROTTLED): wait for Retry-After seconds, even with the right answer';
const UNAVAILABLE = 'the registry is down or not connected: try again later (Retry-After); nothing was created and the attempt is not counted';

/** `POST /demands/import/confirm`: the code received at the registry's contact address. */
export const ImportConfirmBody = z.strictObject({
  challengeId: z.uuid().describe('the `challengeId` answered by POST /demands/import'),
  code: z
    .string()
    .trim()
    .max(12)
    .regex(/^\d{6}$/, { message: 'le code reçu : 6 chiffres' })
    .describe('the 6-digit code sent to the registry’s contact address')
    .meta({ example: '048213' }),
});

export const ImportStartSchema = z
  .object({
    outcome: z.enum(['code_sent', 'already_imported']).describe('code_sent (202): confirm with the code; already_imported (200): this account imported this demand already'),
    challengeId: z.uuid().optional().describe('code_sent: to send back with the code'),
    channel: z.enum(['email']).optional().describe('code_sent: where the code went'),
    sentTo: z.string().max(300).optional().describe('code_sent: the registry’s contact address, masked').meta({ example: 'n•••@e•••.org' }),
    expiresAt: z.string().optional().meta({ format: 'date-time' }).describe('code_sent: the code is valid until then'),
    demandId: z.uuid().optional().describe('already_imported: the demand'),
  })
  .meta({ id: 'DemandImportStart' });

/**
 * The import of a registry demand, in two steps: number + birth date (a code goes to the e-mail
 * address the registry records for the demand; only its masked form is answered), then the code
 * (the demand moves to the account, and only then is any of its data shown).
 */
export function demandImportRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const imports = container.get(DEMAND.Import);

  api.route(router, {
    method: 'post', path: '/demands/import', status: 202, tags, access: OWNER, body: ImportBody, response: ImportStartSchema,
    summary: 'Bring back a demand from the national registry (SNE), step 1: its number and the applicant’s birth date. When they match, a one-time code is sent to the e-mail address the registry records for the demand (202, masked address); nothing of the demand is shown yet (200 with its id when this account imported it already)',
    errors: {
      404: 'unknown number, birth date not matching, or a number held by another account (DEMAND.NOT_FOUND, without saying which)',
      409: 'the applicant already has another demand in progress (DEMAND.ALREADY_EXISTS), or the registry records no e-mail address for the demand (DEMAND.IMPORT_NO_CONTACT)',
      429: `${THROTTLED}; or too many codes sent for this number (DEMAND.IMPORT_CODES_THROTTLED)`,
      503: UNAVAILABLE,
    },
  }, async ({ principal, body, req, res }) => {
    const result = await imports.start(principal, body, callContext(req));
    if (result.outcome === 'already_imported') {
      res.status(200).json(result);
      return undefined;
    }
    return { ...result, expiresAt: result.expiresAt.toISOString() };
  });

  api.route(router, {
    method: 'post', path: '/demands/import/confirm', status: 201, tags, access: OWNER, body: ImportConfirmBody, response: DemandViewSchema,
    summary: 'Bring back a demand from the national registry (SNE), step 2: the code received. The demand is created on the account, prefilled and active, keeping its registration date (201; 200 when already imported)',
    errors: {
      404: 'no such pending import for this account (DEMAND.IMPORT_NOT_FOUND), or the demand was taken meanwhile (DEMAND.NOT_FOUND)',
      409: 'the code expired, was replaced by a newer one or has no tries left (DEMAND.IMPORT_CODE_EXPIRED: start again); another demand in progress (DEMAND.ALREADY_EXISTS)',
      422: 'wrong code (DEMAND.IMPORT_CODE_INVALID, field `code`, `attemptsLeft`)',
      429: THROTTLED,
      503: `${UNAVAILABLE}; the same code works again until it expires`,
    },
  }, async ({ principal, body, req, res }) => {
    const { record, created } = await imports.confirm(principal, body, callContext(req));
    res.status(created ? 201 : 200).json(container.get(DEMAND.Service).view(record, principal));
    return undefined;
  });
}

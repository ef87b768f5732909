import type { Request, Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import { DEMAND } from '../../../modules/demand/index';
import type { Role } from '../../../modules/identity/index';
import { DEPARTEMENT_CODE_PATTERN } from '../../../shared/commune';
import type { ApiDefinition } from '../openapi';
import { RequestValidationError } from '../problem';
import { isoDate } from './common.schemas';
import { DemandViewSchema } from './demand.schemas';

const OWNER: readonly Role[] = ['applicant'];
const tags = ['demands'];
const callContext = (req: Request) => (req.ip ? { address: req.ip } : {});

const THROTTLED =
  'too many refused imports from this account or address, or for this registry number whatever the caller, in the window (DEMAND.IMPORT_THROTTLED): wait for Retry-After seconds, even with the right answer';
const UNAVAILABLE =
  'the registry (the SNE, or the département’s shared file, named in French in the answer) is down or not connected: try again later (Retry-After); nothing was created and the attempt is not counted';

const RegistryId = z
  .string()
  .max(30)
  .regex(/^[a-z][a-z0-9-]{1,29}$/, { message: 'identifiant de registre : sne, imhoweb…' });
const DepartementCode = z.string().max(3).regex(DEPARTEMENT_CODE_PATTERN, { message: 'code de département : 35, 2A, 974…' });

/**
 * `POST /demands/import`: a demand a registry holds, proven by the applicant's birth date. The
 * registry is the one serving `departement` (its regional shared file where one is configured, the
 * SNE otherwise); without it, the one serving the département the number was issued in.
 */
export const DemandImportBody = z.strictObject({
  registry: RegistryId.optional().describe(
    'the registry holding the demand (`sne`, or a shared file’s id such as `imhoweb`); when `departement` is given too, it must be that département’s registry',
  ),
  departement: DepartementCode.optional()
    .describe('the département where the demand was filed: its registry is asked (GET /registry/for-departement/{code} names it)')
    .meta({ example: '35' }),
  number: z
    .string()
    .max(40)
    .transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(/^[0-9A-Z]{18}$/, { message: 'numéro d’enregistrement : 18 chiffres ou lettres majuscules' }))
    .meta({ example: '0590625004217T0001' }),
  birthDate: isoDate('1985-04-12').describe('the applicant’s birth date, as the registry holds it'),
});

const RegistryDescriptionSchema = z.object({
  id: z.string().max(30).describe('`sne`, or the shared file’s id'),
  kind: z.enum(['national', 'shared_file']).describe('national: the SNE; shared_file: a regional shared file synchronised with it'),
  name: z.string().max(60).meta({ example: 'Imhoweb' }),
  label: z.string().max(120).describe('how a French sentence names it').meta({ example: 'le fichier partagé Imhoweb' }),
});

export const DepartementRegistrySchema = z
  .object({
    departement: z.string().max(3),
    registry: RegistryDescriptionSchema,
    connected: z.boolean().describe('the platform is connected to it: an import can be made now'),
    message: z
      .string()
      .max(300)
      .describe('the sentence the import form shows, in French')
      .meta({ example: 'Dans ce département, votre demande de logement social est enregistrée dans le fichier partagé Imhoweb.' }),
  })
  .meta({ id: 'DepartementRegistry' });

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

  api.route(
    router,
    {
      method: 'get',
      path: '/registry/for-departement/:code',
      tags,
      access: 'public',
      params: z.strictObject({ code: DepartementCode }),
      response: DepartementRegistrySchema,
      summary:
        'Which registry holds the demands of a département: its regional shared file (Imhoweb, FCR, Habisoft…) where the platform is configured so, the national registry (SNE) otherwise, with the sentence the import form shows (e.g. « … enregistrée dans le fichier partagé Imhoweb ») and whether the platform is connected to it',
    },
    async ({ params }) => imports.registryForDepartement(params.code),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/import',
      status: 202,
      alsoStatus: { 200: 'imported already by this account (already_imported, demandId)' },
      tags,
      access: OWNER,
      body: DemandImportBody,
      response: ImportStartSchema,
      summary:
        'Bring back a demand from its registry — the national registry (SNE), or the regional shared file serving the département (`departement`) — step 1: its number and the applicant’s birth date. When they match, a one-time code is sent to the e-mail address the registry records for the demand (202, masked address); nothing of the demand is shown yet (200 with its id when this account imported it already). Registration numbers are unique per registry: the same number in two registries is two demands',
      errors: {
        400: 'invalid fields, or a `registry` the platform does not know',
        404: 'unknown number, birth date not matching, or a number held by another account (DEMAND.NOT_FOUND, without saying which)',
        409: 'the applicant already has another demand in progress (DEMAND.ALREADY_EXISTS), or the registry records no e-mail address for the demand (DEMAND.IMPORT_NO_CONTACT)',
        422: '`registry` is not the registry of `departement` (DEMAND.IMPORT_REGISTRY_MISMATCH, field `registry`, the French message names the right one)',
        429: `${THROTTLED}; or too many codes sent for this number (DEMAND.IMPORT_CODES_THROTTLED)`,
        503: UNAVAILABLE,
      },
    },
    async ({ principal, body, req, res }) => {
      if (body.registry !== undefined && !imports.knowsRegistry(body.registry)) {
        throw new RequestValidationError([{ field: 'registry', message: 'registre inconnu de la plateforme : sne, ou le fichier partagé du département' }]);
      }
      const result = await imports.start(principal, body, callContext(req));
      if (result.outcome === 'already_imported') {
        res.status(200).json(result);
        return undefined;
      }
      return { ...result, expiresAt: result.expiresAt.toISOString() };
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/import/confirm',
      status: 201,
      alsoStatus: { 200: 'imported already: the same demand' },
      tags,
      access: OWNER,
      body: ImportConfirmBody,
      response: DemandViewSchema,
      summary:
        'Bring back a demand from its registry (SNE or regional shared file), step 2: the code received. The demand is created on the account, prefilled and active, keeping its registration date (201; 200 when already imported)',
      errors: {
        404: 'no such pending import for this account (DEMAND.IMPORT_NOT_FOUND), or the demand was taken meanwhile (DEMAND.NOT_FOUND)',
        409: 'the code expired, was replaced by a newer one or has no tries left (DEMAND.IMPORT_CODE_EXPIRED: start again); another demand in progress (DEMAND.ALREADY_EXISTS)',
        422: 'wrong code (DEMAND.IMPORT_CODE_INVALID, field `code`, `attemptsLeft`)',
        429: THROTTLED,
        503: `${UNAVAILABLE}; the same code works again until it expires`,
      },
    },
    async ({ principal, body, req, res }) => {
      const { record, created } = await imports.confirm(principal, body, callContext(req));
      res.status(created ? 201 : 200).json(container.get(DEMAND.Service).view(record, principal));
      return undefined;
    },
  );
}

import express, { type Router } from 'express';
import type { Container } from 'inversify';
import { DEMAND } from '../../../modules/demand/index';
import type { ApiDefinition } from '../openapi';
import { documentRequestBody } from './demand-documents.routes';
import { VerdictBody, WebhookResponse } from './demand-documents.schemas';

/** Path of the verification provider's webhook, under /api/v1. */
export const VERIFICATION_WEBHOOK_PATH = '/verification/webhook';

/**
 * The webhook's body parser: the raw bytes, which the signature covers. It must run before the
 * JSON parser (app.ts mounts it for this path only); a body re-serialised from parsed JSON would
 * not match the signature.
 */
export const verificationWebhookBody = express.raw({ type: () => true, limit: '64kb' });

/**
 * The document verification provider's webhook: public, but every call must carry a valid
 * HMAC-SHA256 signature of `X-Timestamp + "." + raw body` (X-Signature: sha256=…) within the time
 * tolerance. A bad signature: 401 and nothing changes; an unknown reference: 404; a repeated
 * verdict: 200 `ignored`, nothing changes twice.
 */
export function verificationRoutes(api: ApiDefinition, router: Router, container: Container): void {
  api.route(
    router,
    {
      method: 'post',
      path: VERIFICATION_WEBHOOK_PATH,
      access: 'public',
      tags: ['verification'],
      response: WebhookResponse,
      summary: 'The verification provider’s verdict on a document (signed: X-Signature, X-Timestamp)',
      errors: {
        401: 'missing, wrong or stale signature (VERIFICATION.BAD_SIGNATURE)',
        404: 'unknown providerRef (VERIFICATION.UNKNOWN_REF)',
        413: 'body too large',
        422: 'signed body that is not a verdict',
      },
    },
    async ({ req }) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const outcome = await container.get(DEMAND.Documents).receiveWebhook(raw, req.get('x-signature'), req.get('x-timestamp'));
      return { status: outcome.applied ? 'applied' : 'ignored' };
    },
  );
  documentRequestBody(api, 'post', VERIFICATION_WEBHOOK_PATH, 'application/json', VerdictBody);
}

import type { Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import { DEMAND } from '../../../modules/demand/index';
import type { Role } from '../../../modules/identity/index';
import { renderRegistrationCertificatePdf } from '../../pdf/registration-certificate.pdf';
import type { ApiDefinition } from '../openapi';

const READERS: readonly Role[] = ['applicant', 'agent', 'admin'];
const Params = z.strictObject({ id: z.uuid() });

/** The registration certificate (attestation d’enregistrement) of a demand, as a PDF drawn by the platform (issue 20, item 6). */
export function registrationCertificateRoutes(api: ApiDefinition, router: Router, container: Container): void {
  api.route(
    router,
    {
      method: 'get',
      path: '/demands/:id/registration-certificate',
      tags: ['demands'],
      access: READERS,
      params: Params,
      summary:
        'The registration certificate of an active, registered demand as a PDF: number, first filing date (seniority), last renewal, next renewal date (the owner; an agent’s read is audited)',
      errors: {
        404: 'no such demand, or not the caller’s (DEMAND.NOT_FOUND)',
        409: 'the demand has no registration number yet, or is closed (DEMAND.NOT_REGISTERED)',
      },
    },
    async ({ principal, params, req, res }) => {
      const certificate = await container.get(DEMAND.RegistrySync).registrationCertificate(principal, params.id, req.ip ? { address: req.ip } : {});
      const pdf = await renderRegistrationCertificatePdf(certificate);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', String(pdf.byteLength));
      res.setHeader('Content-Disposition', `attachment; filename="attestation-enregistrement-${certificate.registrationNumber}.pdf"`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.status(200).end(Buffer.from(pdf));
      return undefined;
    },
  );
}

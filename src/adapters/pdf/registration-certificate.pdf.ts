import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import type { RegistrationCertificate } from '../../modules/demand/index';

/** 2026-03-15 → 15/03/2026 */
const frenchDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The registry's name, as the applicant reads it. */
const REGISTRY_NAMES: Readonly<Record<string, string>> = { sne: 'Système national d’enregistrement (SNE)' };

/** The French lines of the certificate (also what a test reads back from the PDF). */
export function registrationCertificateLines(c: RegistrationCertificate): { title: string; lines: string[] } {
  return {
    title: 'Attestation d’enregistrement d’une demande de logement social',
    lines: [
      `Demandeur : ${c.applicant.firstName} ${c.applicant.lastName.toUpperCase()}, né(e) le ${frenchDate(c.applicant.birthDate)}`,
      `Numéro unique d’enregistrement : ${c.registrationNumber}`,
      `Registre : ${c.registryName ?? REGISTRY_NAMES[c.registry] ?? c.registry}`,
      `Date de dépôt initial (ancienneté de la demande) : ${frenchDate(c.registrationDate)}`,
      c.lastRenewedOn ? `Dernier renouvellement : ${frenchDate(c.lastRenewedOn)}` : 'Dernier renouvellement : aucun (première année de la demande)',
      ...(c.renewalDueDate ? [`À renouveler au plus tard le : ${frenchDate(c.renewalDueDate)}`] : []),
      `Attestation délivrée le ${frenchDate(c.issuedOn)} par la plateforme AL’in.`,
    ],
  };
}

/**
 * The registration certificate as a one-page A4 PDF (standard Helvetica fonts, nothing embedded,
 * no script, no form), drawn from the demand module's certificate.
 */
export async function renderRegistrationCertificatePdf(c: RegistrationCertificate): Promise<Uint8Array> {
  const { title, lines } = registrationCertificateLines(c);
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setAuthor('AL’in');
  pdf.setLanguage('fr-FR');
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 770;
  page.drawText('AL’in — Action Logement', { x: 56, y, size: 10, font: regular, color: rgb(0.3, 0.3, 0.3) });
  y -= 40;
  page.drawText(title, { x: 56, y, size: 15, font: bold });
  y -= 40;
  for (const line of lines) {
    page.drawText(line, { x: 56, y, size: 11, font: regular });
    y -= 24;
  }
  return pdf.save({ useObjectStreams: false });
}

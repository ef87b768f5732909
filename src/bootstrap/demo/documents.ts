import { DEMAND } from '../../modules/demand/index';
import type { DemoContext } from './context';

/** A one-page PDF saying what it is (the detector checks the bytes, not the name). */
function demoPdf(title: string): Uint8Array {
  const text = `Document de demonstration AL'in - ${title}`.replace(/[()\\]/g, ' ');
  const stream = `BT /F1 14 Tf 40 760 Td (${text}) Tj ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>',
    `<</Length ${stream.length}>>stream\n${stream}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj${o}endobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

type Piece = { type: 'identity' | 'tax_notice' | 'payslip'; title: string; decision?: 'verified' | { rejected: string } };

/**
 * Supporting documents, uploaded by their owners and checked by the agent through the demand
 * module (the platform runs without a verification provider by default: an agent checks): Amina's
 * pieces are verified; Bruno's and Chloé's identity and tax notice too (the top of the transmitted
 * T2's ranking is one of them: Demo Habitat's user reads those pieces), Bruno's payslips refused
 * as unreadable so that the replacement shows; Emma's wait for the agent's check with her
 * submitted demand. Only for a demand that has no document yet.
 */
export async function seedDocuments(ctx: DemoContext, demands: Map<string, string>): Promise<void> {
  const documents = ctx.container.get(DEMAND.Documents);
  const agent = await ctx.as('agent@alin.demo');
  const plans: [string, Piece[]][] = [
    [
      'demandeur@alin.demo',
      [
        { type: 'identity', title: 'carte d identite', decision: 'verified' },
        { type: 'tax_notice', title: `avis d imposition ${ctx.year - 1}`, decision: 'verified' },
        { type: 'payslip', title: 'bulletins de salaire', decision: 'verified' },
      ],
    ],
    [
      'demandeur5@alin.demo',
      [
        { type: 'identity', title: 'passeport' },
        { type: 'tax_notice', title: `avis d imposition ${ctx.year - 1}` },
        { type: 'payslip', title: 'bulletins de salaire' },
      ],
    ],
    [
      'demandeur2@alin.demo',
      [
        { type: 'identity', title: 'carte d identite', decision: 'verified' },
        { type: 'tax_notice', title: `avis d imposition ${ctx.year - 1}`, decision: 'verified' },
        { type: 'payslip', title: 'bulletin flou', decision: { rejected: 'Illisible : merci de déposer un scan net de vos trois derniers bulletins.' } },
      ],
    ],
    [
      'demandeur3@alin.demo',
      [
        { type: 'identity', title: 'carte d identite', decision: 'verified' },
        { type: 'tax_notice', title: `avis d imposition ${ctx.year - 1}`, decision: 'verified' },
      ],
    ],
  ];
  for (const [email, pieces] of plans) {
    const demandId = demands.get(email);
    if (!demandId) continue;
    const owner = await ctx.as(email);
    if ((await documents.list(owner, demandId)).length > 0) continue;
    for (const piece of pieces) {
      const {
        documents: [stored],
      } = await documents.upload(owner, demandId, {
        documentType: piece.type,
        ...(piece.type === 'tax_notice' ? { taxYear: ctx.year - 1 } : {}),
        files: [{ originalName: `${piece.title.replace(/\s+/g, '-')}.pdf`, content: demoPdf(piece.title) }],
      });
      ctx.created++;
      if (!stored || !piece.decision) continue;
      await documents.decide(
        agent,
        demandId,
        stored.document.id,
        piece.decision === 'verified' ? { outcome: 'verified' } : { outcome: 'rejected', reason: piece.decision.rejected },
      );
    }
  }
}

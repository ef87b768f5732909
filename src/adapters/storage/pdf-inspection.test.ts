import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from './pdf-inspection';

/** Unit cases of the PDF parse; the attacks through the API are in tests/security/attack-uploads.api.test.ts. */
async function pdfWith(edit: (doc: PDFDocument) => void, useObjectStreams = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([200, 200]);
  edit(doc);
  return doc.save({ useObjectStreams });
}

describe('inspectPdf', () => {
  it('accepts a plain PDF, with or without object streams, and an /OpenAction that is only a destination', async () => {
    expect(await inspectPdf(await pdfWith(() => undefined))).toEqual({ ok: true });
    expect(await inspectPdf(await pdfWith(() => undefined, true))).toEqual({ ok: true });
    expect(await inspectPdf(await pdfWith((d) => d.catalog.set(PDFName.of('OpenAction'), d.context.obj([d.getPage(0).ref, 'Fit']))))).toEqual({ ok: true });
  });

  it('finds an action in a compressed object stream, where no byte pattern sees it', async () => {
    const bytes = await pdfWith((d) => {
      const action = d.context.register(d.context.obj({ S: 'ImportData', F: PDFString.of('data.fdf') }));
      d.catalog.set(PDFName.of('OpenAction'), action);
    }, true);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('ImportData');
    expect(await inspectPdf(bytes)).toEqual({ ok: false, reason: 'le PDF contient une action à l’ouverture (/OpenAction), une importation de données (/ImportData)' });
  });

  it('finds names however they are written, nested deep in direct objects', async () => {
    const bytes = await pdfWith((d) => {
      d.catalog.set(PDFName.of('Extra'), d.context.obj([[[{ Deep: { S: 'SubmitForm', F: PDFString.of('https://x.example') } }]]]));
    });
    const escaped = Buffer.from(Buffer.from(bytes).toString('latin1').replace('/SubmitForm', '/Subm#69tForm'), 'latin1');
    expect(await inspectPdf(escaped)).toMatchObject({ ok: false, reason: expect.stringContaining('/SubmitForm') });
  });

  it('refuses what it cannot read: not a PDF, no catalogue', async () => {
    expect(await inspectPdf(Buffer.from('%PDF-1.7\nnot a pdf at all'))).toMatchObject({ ok: false });
    expect(await inspectPdf(Buffer.from('%PDF-1.4\n1 0 obj<</A 1>>endobj\ntrailer<</Size 2>>\n%%EOF\n', 'latin1'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/catalogue|illisible/),
    });
  });

  it('refuses a compression bomb in an object stream before inflating it whole', async () => {
    const bomb = deflateSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 }); // 100 MB of spaces in about 100 kB
    const head = '%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n';
    const streamHead = `3 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${bomb.length}>>stream\n`;
    const pdf = Buffer.concat([Buffer.from(head + streamHead, 'latin1'), bomb, Buffer.from('\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1')]);
    const before = process.memoryUsage().arrayBuffers;
    expect(await inspectPdf(pdf)).toEqual({ ok: false, reason: expect.stringMatching(/^le PDF est trop complexe/) });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(120 * 1024 * 1024);
  });
});

import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib';

/**
 * PDFs made with a PDF library (@cantoo/pdf-lib), as an attacker would make them: active content
 * written the way a reader understands it but a byte pattern does not see (hex-escaped names,
 * objects inside compressed object streams), embedded files, forms. Each builder returns the bytes
 * of a PDF that a reader opens.
 */

async function basePdf(text = 'Avis d’imposition — pièce de test'): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(text.replace(/[’—]/g, '-'), { x: 40, y: 780, size: 14, font });
  return doc;
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** A plain one-page PDF with text: accepted. */
export async function plainPdf(): Promise<Buffer> {
  return Buffer.from(await (await basePdf()).save({ useObjectStreams: false }));
}

/** A plain PDF written with compressed object streams and a cross-reference stream: accepted. */
export async function plainPdfWithObjectStreams(): Promise<Buffer> {
  return Buffer.from(await (await basePdf()).save({ useObjectStreams: true }));
}

/** The catalog's /OpenAction is a JavaScript action dictionary. */
export async function openActionJavaScript(): Promise<Buffer> {
  const doc = await basePdf();
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/**
 * The same action with hex-escaped names written in the raw bytes (`/S/J#61vaScript`, `/J#53`):
 * the old byte pattern `/JavaScript` does not match, a reader decodes the names. The edit keeps
 * the length, so every offset of the cross-reference table stays right.
 */
export async function hexEscapedJavaScript(): Promise<Buffer> {
  const text = latin1(await openActionJavaScript());
  const edited = text.replace('/S /JavaScript\n', '/S/J#61vaScript').replace('/JS (app.alert(1))', '/J#53(app.alert())');
  if (edited.length !== text.length || edited === text || edited.includes('/JavaScript')) throw new Error('crafting the hex-escaped PDF failed');
  return Buffer.from(edited, 'latin1');
}

/**
 * A JavaScript action and a launch action as indirect objects, which pdf-lib writes inside a
 * Flate-compressed object stream (`useObjectStreams: true`): no `/JavaScript` nor `/Launch` in the bytes.
 */
export async function actionInCompressedObjectStream(): Promise<Buffer> {
  const doc = await basePdf();
  const script = doc.context.register(doc.context.obj({ S: 'JavaScript', JS: PDFString.of('this.exportDataObject({cName:"a"})') }));
  const launch = doc.context.register(doc.context.obj({ S: 'Launch', F: PDFString.of('cmd.exe'), Next: script }));
  doc.catalog.set(PDFName.of('OpenAction'), launch);
  const bytes = Buffer.from(await doc.save({ useObjectStreams: true }));
  if (/\/JavaScript|\/Launch|\/JS\b/.test(latin1(bytes))) throw new Error('the actions were not compressed');
  return bytes;
}

/** Page-level automatic actions (/AA) inside a compressed object stream. */
export async function pageAdditionalActions(): Promise<Buffer> {
  const doc = await basePdf();
  const action = doc.context.register(doc.context.obj({ S: 'URI', URI: PDFString.of('https://attaquant.example/pixel') }));
  doc.getPage(0).node.set(PDFName.of('AA'), doc.context.obj({ O: action }));
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

/** An embedded file (attachment) in the document's /Names /EmbeddedFiles tree. */
export async function embeddedFile(): Promise<Buffer> {
  const doc = await basePdf();
  await doc.attach(Buffer.from('MZ not really an executable'), 'facture.exe', { mimeType: 'application/octet-stream', description: 'pièce jointe' });
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

/** A form (AcroForm) with a text field. */
export async function formPdf(): Promise<Buffer> {
  const doc = await basePdf();
  const form = doc.getForm();
  const field = form.createTextField('iban');
  field.setText('FR76');
  field.addToPage(doc.getPage(0), { x: 40, y: 700, width: 200, height: 24 });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** An encrypted PDF (a password to open it): it cannot be inspected. */
export async function encryptedPdf(): Promise<Buffer> {
  const doc = await basePdf();
  doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner', permissions: {} });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** PDF bytes that no parser reads (a header, then nonsense objects). */
export function brokenPdf(): Buffer {
  return Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nendobj\n2 0 obj\n<< /Kids [ 3 0 R \nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

/** An object stream of about 100 kB that inflates to 100 MB (a compression bomb for the parser). */
export function compressionBomb(): Buffer {
  const bomb = deflateSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 });
  const head =
    '%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    `3 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${bomb.length}>>stream\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), bomb, Buffer.from('\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1')]);
}

/** Every hostile PDF, by what it carries (the French reason names it). */
export const HOSTILE_PDFS: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
  ['an /OpenAction JavaScript dictionary', openActionJavaScript, /JavaScript/],
  ['a hex-escaped /J#61vaScript name in the raw bytes', hexEscapedJavaScript, /JavaScript/],
  ['JavaScript and /Launch actions inside a compressed object stream', actionInCompressedObjectStream, /Launch/],
  ['page automatic actions (/AA) in an object stream', pageAdditionalActions, /actions automatiques/],
  ['an embedded file', embeddedFile, /fichiers? joints?/],
  ['a form (/AcroForm)', formPdf, /formulaire/],
  ['an encrypted PDF', encryptedPdf, /chiffré/],
  ['a PDF no parser can read', brokenPdf, /illisible/],
  ['a compression bomb in an object stream', compressionBomb, /trop complexe/],
];

import { fileTypeFromBuffer } from 'file-type';

/** The only file types accepted for supporting documents. */
export const ALLOWED_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AllowedDocumentType = (typeof ALLOWED_DOCUMENT_TYPES)[number];

/** Bytes worth passing to detectAllowedType: the head of an upload is enough. */
export const DETECTION_HEAD_BYTES = 4100;

/** The usual extension of an allowed type (for download names). */
export const EXTENSION_OF: Record<AllowedDocumentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** Extra check of the first bytes, stricter than the detector for PDF (`%PDF-x.y`). */
const SIGNATURES: Record<AllowedDocumentType, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => /^%PDF-\d\.\d/.test(Buffer.from(b.subarray(0, 8)).toString('latin1')),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => Buffer.from(b.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

/**
 * The type of a file from its content (magic bytes, never its name nor the declared type), or
 * null when it is not one of the allowed types: an executable renamed .pdf, a zip, an empty
 * file, a polyglot whose first bytes are not those of an allowed type. Pass the whole file or
 * at least its first DETECTION_HEAD_BYTES bytes.
 */
export async function detectAllowedType(content: Uint8Array): Promise<AllowedDocumentType | null> {
  if (content.byteLength === 0) return null;
  let mime: string | undefined;
  try {
    mime = (await fileTypeFromBuffer(content))?.mime;
  } catch {
    return null; // a malformed file the detector cannot even parse
  }
  if (!mime || !(ALLOWED_DOCUMENT_TYPES as readonly string[]).includes(mime)) return null;
  const type = mime as AllowedDocumentType;
  return SIGNATURES[type](content) ? type : null;
}

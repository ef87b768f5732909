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
 * Active markup that a browser would run if it ever read the file as HTML, or a PDF reader's
 * scripts and launch actions. Only patterns long enough never to occur by chance in compressed
 * data (a chance below one in a million for a 10 MB file).
 */
const ACTIVE_CONTENT = /<script|<iframe|<object|<embed|<!doctype\s+html|<html[\s>]|javascript:|\bon(?:error|load)\s*=|\/JavaScript|\/Launch\b/i;

/**
 * A ZIP archive appended to the file (a JPEG+ZIP or PDF+ZIP polyglot): its end-of-central-
 * directory record ends the file, as archive readers look for it, its comment running exactly to
 * the last byte.
 */
function endsWithZip(b: Uint8Array): boolean {
  const from = Math.max(0, b.byteLength - 22 - 0xffff);
  for (let i = b.byteLength - 22; i >= from; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      const commentLength = b[i + 20]! | (b[i + 21]! << 8);
      if (i + 22 + commentLength === b.byteLength) return true;
    }
  }
  return false;
}

/** Whether a file of an allowed type also carries something else: scripts or markup, or an archive. */
export function isPolyglot(content: Uint8Array): boolean {
  return endsWithZip(content) || ACTIVE_CONTENT.test(Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1'));
}

/**
 * The type of a file from its content (magic bytes, never its name nor the declared type), or
 * null when it is not one of the allowed types: an executable renamed .pdf, a zip, an empty
 * file, a polyglot (first bytes of another type, or an allowed type's first bytes with markup,
 * scripts or an appended archive). Pass the whole file: the polyglot checks read all of it.
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
  if (!SIGNATURES[type](content)) return null;
  // a polyglot (a PDF header before HTML, a JPEG with a ZIP appended) is not accepted as what its first bytes say
  return isPolyglot(content) ? null : type;
}

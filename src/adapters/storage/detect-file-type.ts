import { fileTypeFromBuffer } from 'file-type';
import { bytesSource, type FileInspection, type FileSource } from '../../modules/demand/index';
import { inspectPdf } from './pdf-inspection';

/** The only file types accepted for supporting documents. */
export const ALLOWED_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AllowedDocumentType = (typeof ALLOWED_DOCUMENT_TYPES)[number];

/** Bytes worth passing to detectAllowedType: the head of an upload is enough. */
export const DETECTION_HEAD_BYTES = 4100;

/** Extra check of the first bytes, stricter than the detector for PDF (`%PDF-x.y`). */
const SIGNATURES: Record<AllowedDocumentType, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => /^%PDF-\d\.\d/.test(Buffer.from(b.subarray(0, 8)).toString('latin1')),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => Buffer.from(b.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

/**
 * Active markup that a browser would run if it ever read the file as HTML, or a PDF reader's
 * scripts and launch actions written plainly (a PDF's structure is also parsed: inspectPdf).
 * Only patterns long enough never to occur by chance in compressed data (a chance below one in a
 * million for a 10 MB file). Bounded (at most 80 characters a match), so that the file can be
 * scanned in chunks with an overlap of SCAN_OVERLAP characters, in linear time.
 */
const ACTIVE_CONTENT = /<script|<iframe|<object|<embed|<!doctype\s{1,64}html|<html[\s>]|javascript:|\bon(?:error|load)\s{0,64}=|\/JavaScript|\/Launch\b/i;
const SCAN_OVERLAP = 256;
/** The end of a file that may hold a ZIP archive's end-of-central-directory record (22 bytes and a comment of at most 65,535). */
const ZIP_TAIL_BYTES = 22 + 0xffff;

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

/**
 * Reads a file once, in chunks, looking for active markup (ACTIVE_CONTENT, over windows that
 * overlap by SCAN_OVERLAP characters) and keeping only its last ZIP_TAIL_BYTES for the archive
 * check; with `keep`, also returns the whole content (for a PDF's parse). Memory: one chunk and the
 * tail, or the file when kept.
 */
async function scan(file: FileSource, keep: boolean): Promise<{ polyglot: boolean; whole?: Buffer }> {
  let carry = '';
  let polyglot = false;
  let tail = Buffer.alloc(0);
  const kept: Buffer[] = [];
  for await (const chunk of file.read()) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const window = carry + bytes.toString('latin1');
    if (ACTIVE_CONTENT.test(window)) {
      if (!keep) return { polyglot: true };
      polyglot = true; // a kept file is read to its end all the same (a PDF is parsed for a precise reason)
    }
    carry = window.slice(-SCAN_OVERLAP);
    tail = tail.length + bytes.length <= ZIP_TAIL_BYTES ? Buffer.concat([tail, bytes]) : Buffer.concat([tail, bytes]).subarray(-ZIP_TAIL_BYTES);
    if (keep) kept.push(Buffer.from(bytes)); // a copy: a stream may reuse its buffers
  }
  if (endsWithZip(tail)) polyglot = true;
  return keep ? { polyglot, whole: Buffer.concat(kept) } : { polyglot };
}

/** At most this many PDFs are parsed at once in the process: a parse holds the file and its objects in memory. */
const PDF_PARSES_AT_ONCE = 1;
let pdfParses = 0;
const waitingForParse: (() => void)[] = [];
async function withPdfSlot<T>(work: () => Promise<T>): Promise<T> {
  if (pdfParses >= PDF_PARSES_AT_ONCE) await new Promise<void>((resolve) => waitingForParse.push(resolve));
  else pdfParses += 1;
  try {
    return await work();
  } finally {
    const next = waitingForParse.shift();
    if (next)
      next(); // the slot passes to the next one in line
    else pdfParses -= 1;
  }
}

/** The first `n` bytes of a file (fewer when it is shorter). */
async function headOf(file: FileSource, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of file.read()) {
    parts.push(Buffer.from(chunk));
    length += chunk.byteLength;
    if (length >= n) break;
  }
  return Buffer.concat(parts).subarray(0, n);
}

/**
 * Inspects an uploaded file, read in chunks (never whole, except a PDF during its parse, one PDF
 * at a time in the process): its type from its content (magic bytes, never its name nor the
 * declared type) must be PDF, JPEG or PNG; a polyglot (first bytes of another type, or an allowed
 * type's first bytes with markup, scripts or an appended archive) is refused; a PDF is parsed and
 * refused when it carries JavaScript, actions, embedded files or forms, or cannot be parsed
 * (inspectPdf), with a French reason naming what was found.
 */
export async function inspectUploadedFile(file: FileSource): Promise<FileInspection> {
  if (file.size === 0) return { accepted: false };
  const head = await headOf(file, DETECTION_HEAD_BYTES);
  let mime: string | undefined;
  try {
    mime = (await fileTypeFromBuffer(head))?.mime;
  } catch {
    return { accepted: false }; // a malformed file the detector cannot even parse
  }
  if (!mime || !(ALLOWED_DOCUMENT_TYPES as readonly string[]).includes(mime)) return { accepted: false };
  const type = mime as AllowedDocumentType;
  if (!SIGNATURES[type](head)) return { accepted: false };
  if (type !== 'application/pdf') {
    // a polyglot (a JPEG with a ZIP appended, markup in a comment) is not accepted as what its first bytes say
    return (await scan(file, false)).polyglot ? { accepted: false, reason: 'le fichier contient aussi du code ou une archive' } : { accepted: true, contentType: type };
  }
  return withPdfSlot(async () => {
    const { polyglot, whole } = await scan(file, true);
    const pdf = await inspectPdf(whole!);
    if (!pdf.ok) return { accepted: false, reason: pdf.reason };
    return polyglot ? { accepted: false, reason: 'le fichier contient aussi du code, du balisage ou une archive' } : { accepted: true, contentType: type };
  });
}

/** The accepted type of bytes in memory, or null (inspectUploadedFile without the reason). */
export async function detectAllowedType(content: Uint8Array): Promise<AllowedDocumentType | null> {
  const inspection = await inspectUploadedFile(bytesSource(content));
  return inspection.accepted ? inspection.contentType : null;
}

import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * A small valid one-page PDF (more than 100 bytes: the verification simulator rejects smaller files
 * as unreadable), for the tests that upload a supporting document.
 */
export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** Every file below `dir`, full paths, sorted (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** The names of the files of the document storage under a data directory (storage keys; temporary files included). */
export const documentFileNames = (dataDir: string): string[] => filesUnder(join(dataDir, 'documents')).map((f) => basename(f));

/**
 * A valid one-page PDF of about `bytes` bytes (its page's content stream is that much blank space),
 * for the tests that need large uploads the PDF inspection accepts.
 */
export function largePdf(bytes: number): Buffer {
  const content = ' '.repeat(bytes);
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n' +
      `4 0 obj<</Length ${content.length}>>stream\n${content}\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

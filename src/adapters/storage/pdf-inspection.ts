import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFParser, PDFRawStream, PDFRef, PDFStream, type PDFObject } from '@cantoo/pdf-lib';

/**
 * Active content in a PDF, found by parsing it with a PDF library (@cantoo/pdf-lib), never by
 * looking for byte patterns: the parser decodes names (`/J#61vaScript` is `/JavaScript`) and the
 * compressed object streams (objects inside `/Type /ObjStm`), so every indirect object of the
 * file, wherever and however it is written, is walked, with every direct dictionary, array and
 * stream dictionary inside it. The parser reads objects one after the other through the whole
 * file (not only those the cross-reference table names), so an object hidden from the table is
 * seen too.
 *
 * Refused (keys or name values anywhere): JavaScript (`/JS`, `/JavaScript`), launch actions
 * (`/Launch`), embedded files (`/EmbeddedFiles`, `/EmbeddedFile`, `/GoToE`), forms (`/AcroForm`,
 * `/XFA`), form submission and data import (`/SubmitForm`, `/ImportData`), rich media
 * (`/RichMedia`); `/OpenAction` when it is an action (a dictionary; a destination array only
 * opens a page), and `/AA` (automatic actions) when it holds any. A PDF the parser cannot read,
 * with an invalid object, encrypted, or whose object streams decode to more than 32 MB (a
 * compression bomb), is refused as well: what cannot be inspected is not accepted.
 */

/** Names that are refused wherever they appear (as a key or as a value), with what they are, in French. */
const FORBIDDEN: Record<string, string> = {
  JavaScript: 'du JavaScript (/JavaScript)',
  JS: 'du JavaScript (/JS)',
  Launch: 'une action qui lance un programme (/Launch)',
  EmbeddedFiles: 'des fichiers joints (/EmbeddedFiles)',
  EmbeddedFile: 'un fichier joint (/EmbeddedFile)',
  GoToE: 'un lien vers un fichier joint (/GoToE)',
  AcroForm: 'un formulaire (/AcroForm)',
  XFA: 'un formulaire XFA (/XFA)',
  SubmitForm: 'un envoi de formulaire (/SubmitForm)',
  ImportData: 'une importation de données (/ImportData)',
  RichMedia: 'un contenu multimédia actif (/RichMedia)',
};
const OPEN_ACTION = 'une action à l’ouverture (/OpenAction)';
const AUTOMATIC_ACTIONS = 'des actions automatiques (/AA)';

/** Parser options: objects parsed per event-loop turn (the parse yields between batches). */
const OBJECTS_PER_TICK = 2000;

export type PdfInspection = { ok: true } | { ok: false; reason: string };

/** Most bytes the object and cross-reference streams of one PDF may decode to (the parser inflates them in memory). */
const MAX_DECODED_STRUCTURE_BYTES = 32 * 1024 * 1024;
const DECODE_STEP = 1024 * 1024;

class TooComplexPdf extends Error {}

/**
 * The library's parser, except that an object stream or a cross-reference stream (which the
 * parser decodes in memory as it reads the file) is first decoded step by step up to what is
 * left of MAX_DECODED_STRUCTURE_BYTES: a compression bomb (10 MB inflating to gigabytes) is
 * refused before it is inflated whole.
 */
class BoundedPdfParser extends PDFParser {
  private decodedBytes = 0;
  /** set when a stream went over the budget (the parser turns the error into one of its own) */
  tooComplex = false;

  override parseObject(ref?: PDFRef): PDFObject {
    const object = super.parseObject(ref);
    if (object instanceof PDFRawStream) {
      const type = object.dict.lookup(PDFName.of('Type'));
      if (type === PDFName.of('ObjStm') || type === PDFName.of('XRef')) {
        try {
          this.decodedBytes += boundedDecodedSize(object, MAX_DECODED_STRUCTURE_BYTES - this.decodedBytes);
        } catch (error) {
          if (error instanceof TooComplexPdf) this.tooComplex = true;
          throw error;
        }
      }
    }
    return object;
  }
}

/** The decoded size of a stream, decoding at most `budget` + 1 MB of it; throws TooComplexPdf beyond `budget`. */
function boundedDecodedSize(stream: PDFRawStream, budget: number): number {
  const decoder = decodePDFRawStream(stream);
  let total = 0;
  for (;;) {
    const step = decoder.getBytes(DECODE_STEP).length;
    total += step;
    if (total > budget) throw new TooComplexPdf();
    if (step < DECODE_STEP) return total;
  }
}

/** Parses the PDF and looks for active content; the reason (French) names everything found. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  let context;
  const parser = new BoundedPdfParser(bytes, OBJECTS_PER_TICK, true);
  try {
    context = await parser.parseDocument();
  } catch (error) {
    if (error instanceof TooComplexPdf || parser.tooComplex) return { ok: false, reason: 'le PDF est trop complexe pour être vérifié (flux d’objets compressés démesurés)' };
    return { ok: false, reason: 'le PDF est illisible ou mal formé : il ne peut pas être vérifié' };
  }
  if (context.trailerInfo.Encrypt) return { ok: false, reason: 'le PDF est chiffré ou protégé par un mot de passe : déposez une version non protégée' };
  if (!(context.lookup(context.trailerInfo.Root) instanceof PDFDict)) return { ok: false, reason: 'le PDF n’a pas de catalogue : il ne peut pas être lu' };

  const found = new Set<string>();
  const resolve = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? context.lookup(o) : o);
  // iterative walk (no recursion: nesting depth is the file's choice)
  const stack: PDFObject[] = context.enumerateIndirectObjects().map(([, object]) => object);
  for (const extra of [context.trailerInfo.Root, context.trailerInfo.Info]) if (extra && !(extra instanceof PDFRef)) stack.push(extra);
  let visited = 0;
  while (stack.length > 0) {
    const object = stack.pop()!;
    if (++visited > 5_000_000) return { ok: false, reason: 'le PDF est trop complexe pour être vérifié' };
    if (object instanceof PDFName) {
      const label = FORBIDDEN[object.decodeText()];
      if (label) found.add(label);
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) stack.push(object.get(i));
    } else if (object instanceof PDFStream) {
      stack.push(object.dict);
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const name = key.decodeText();
        const label = FORBIDDEN[name];
        if (label) found.add(label);
        if (name === 'OpenAction' && resolve(value) instanceof PDFDict) found.add(OPEN_ACTION);
        if (name === 'AA') {
          const actions = resolve(value);
          if (!(actions instanceof PDFDict) || actions.entries().length > 0) found.add(AUTOMATIC_ACTIONS);
        }
        // references are walked as indirect objects of their own
        if (!(value instanceof PDFRef)) stack.push(value);
      }
    }
  }
  if (found.size === 0) return { ok: true };
  return { ok: false, reason: `le PDF contient ${[...found].sort().join(', ')}` };
}

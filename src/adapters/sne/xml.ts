import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XML plumbing shared by the interfaceNuu mapper and the SOAP layer, on fast-xml-parser:
 * strict well-formedness (the parser alone is lenient), no DTD (SOAP 1.2 forbids them and an
 * interfaceNuu file never needs one), prefixes removed (any prefix is accepted), values kept as
 * strings (codes and numbers with leading zeros), and an element reader that records what was
 * read so that the elements nobody read can be reported.
 */

export class XmlFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlFormatError';
  }
}

/** A parsed element: a string for text-only (or empty) elements, an object otherwise. */
export type RawXml = string | RawXmlObject;
export interface RawXmlObject {
  [key: string]: RawXml | RawXml[];
}

export const ATTRIBUTE_PREFIX = '@_';
export const TEXT_KEY = '#text';

const DOCTYPE = /<!DOCTYPE/i;

/** Parses an XML document; `arrayTags` are the element names that always come as lists. */
export function parseXmlDocument(xml: string, arrayTags: ReadonlySet<string> = new Set()): RawXmlObject {
  if (typeof xml !== 'string' || xml.trim() === '') throw new XmlFormatError('empty XML document');
  if (DOCTYPE.test(xml)) throw new XmlFormatError('XML documents with a DTD (<!DOCTYPE>) are refused');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new XmlFormatError(`malformed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    textNodeName: TEXT_KEY,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && arrayTags.has(name),
  });
  const parsed: unknown = parser.parse(xml);
  if (!parsed || typeof parsed !== 'object') throw new XmlFormatError('XML document without a root element');
  return parsed as RawXmlObject;
}

/**
 * The root element's local name and namespace URI (declared on the root, with or without a prefix).
 * A scan with indexOf past declarations, processing instructions and comments (linear: lazy
 * `[\s\S]*?` patterns over the whole document were quadratic on unterminated `<?` or `<!--`), then
 * anchored patterns on the root's start tag only.
 */
export function rootElementNamespace(xml: string): { localName: string; namespace: string | undefined } | undefined {
  let from = 0;
  for (;;) {
    const lt = xml.indexOf('<', from);
    if (lt < 0) return undefined;
    if (xml.startsWith('<?', lt) || xml.startsWith('<!--', lt)) {
      const close = xml.startsWith('<?', lt) ? '?>' : '-->';
      const end = xml.indexOf(close, lt + (close === '?>' ? 2 : 4));
      if (end < 0) return undefined;
      from = end + close.length;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) return undefined;
    const m = /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)(\s[^>]*)?\/?$/.exec(xml.slice(lt, gt));
    if (!m) {
      from = gt + 1; // not a start tag (e.g. <!DOCTYPE …>): past its end
      continue;
    }
    const prefix = m[1];
    const attributes = m[3] ?? '';
    const declaration = prefix
      ? new RegExp(`\\sxmlns:${escapeRegExp(prefix)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes)
      : /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    return { localName: m[2] ?? '', namespace: declaration ? (declaration[1] ?? declaration[2]) : undefined };
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds XML text from a fast-xml-parser object (attributes under `@_`); text and attributes are escaped. */
export function buildXml(tree: Record<string, unknown>, options: { pretty?: boolean } = {}): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    textNodeName: TEXT_KEY,
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    processEntities: true,
    format: options.pretty ?? false,
    indentBy: '    ',
  });
  return builder.build(tree);
}

/** Every element and attribute path of a parsed tree (`a/b/c`, `a/b/@code`), without list indexes. */
export function allPaths(raw: RawXml, path: string, into: Set<string> = new Set()): Set<string> {
  if (path) into.add(path);
  if (typeof raw !== 'object' || raw === null) return into;
  for (const [key, value] of Object.entries(raw)) {
    if (key === TEXT_KEY) continue;
    if (key.startsWith(ATTRIBUTE_PREFIX)) {
      into.add(`${path}/@${key.slice(ATTRIBUTE_PREFIX.length)}`);
      continue;
    }
    const childPath = path ? `${path}/${key}` : key;
    for (const item of Array.isArray(value) ? value : [value]) allPaths(item, childPath, into);
  }
  return into;
}

/**
 * Read access to a parsed element that records every element and attribute read, so that what
 * was present but never read can be listed afterwards.
 */
export class XmlElement {
  constructor(
    private readonly raw: RawXml,
    readonly path: string,
    private readonly read: Set<string>,
  ) {
    read.add(path);
  }

  static root(raw: RawXml, name: string, read: Set<string>): XmlElement {
    return new XmlElement(raw, name, read);
  }

  private object(): RawXmlObject | undefined {
    return typeof this.raw === 'object' && this.raw !== null ? this.raw : undefined;
  }

  /** The first child of that name, if any. */
  child(name: string): XmlElement | undefined {
    return this.children(name)[0];
  }

  /** Every child of that name, in document order. */
  children(name: string): XmlElement[] {
    const value = this.object()?.[name];
    if (value === undefined) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => new XmlElement(item, `${this.path}/${name}`, this.read));
  }

  /** The element's own text, trimmed; undefined when empty. */
  text(): string | undefined {
    const value = typeof this.raw === 'string' ? this.raw : this.object()?.[TEXT_KEY];
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  attr(name: string): string | undefined {
    const value = this.object()?.[`${ATTRIBUTE_PREFIX}${name}`];
    if (value === undefined) return undefined;
    this.read.add(`${this.path}/@${name}`);
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** The text of the first child of that name. */
  childText(name: string): string | undefined {
    return this.child(name)?.text();
  }

  /** The `code` attribute of the first child of that name (the SNE's way to give a coded value). */
  childCode(name: string): string | undefined {
    return this.child(name)?.attr('code');
  }

  has(name: string): boolean {
    return this.object()?.[name] !== undefined;
  }

  /** Marks this element and everything under it as read. */
  markAllRead(): void {
    for (const p of allPaths(this.raw, this.path)) this.read.add(p);
  }
}

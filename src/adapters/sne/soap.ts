import { buildXml, parseXmlDocument, rootElementNamespace, XmlElement, XmlFormatError, type RawXml } from './xml';

/**
 * SOAP 1.2 envelopes and faults for the SNE web service, shared by the client and the
 * simulator. SOAP 1.2 over HTTP: `Content-Type: application/soap+xml; charset=utf-8;
 * action="<namespace><operation>"`, faults with code `Sender` (the request is at fault: HTTP
 * 400) or `Receiver` (the service is: HTTP 500), and a subcode naming the business error.
 *
 * The operations and their elements (in the service namespace below):
 *
 * | operation | request | response |
 * |---|---|---|
 * | getNumUnique | `demande`: an interfaceNuu document as text (with numUnique to update a registered demand) | `numUnique`, `dateCreationDemande` |
 * | getDemandeLogement | `numUnique` | `demandeLogement`: the interfaceNuu document as text; `dalo` (boolean) |
 * | getDoublons | `demande`: interfaceNuu document as text | `doublon`* (`numUnique`, `dateCreationDemande`, `nom`, `prenom`, `dateNaissance`) |
 * | getDemandesRadieesDepuisLe | `date` (YYYY-MM-DD) | `numUnique`* |
 * | getNouveauxDaloDepuisLe | `date` (YYYY-MM-DD) | `numUnique`* |
 * | renouvelerDemande | `numUnique`, `dateRenouvellement` | `numUnique`, `dateRenouvellement` |
 * | radierDemande | `numUnique`, `motif` (`ATTRIBUTION`), `dateRadiation`, `logementAttribue` (`communeCode`, `typologie`, `financement`, `sirenBailleur`, `referenceOffre`) | `numUnique`, `dateRadiation` |
 *
 * `getDemandesRadieesDepuisLe` also answers, beside the numbers, one `radiation` per demand
 * (`numUnique`, `dateRadiation`, `motif`: ATTRIBUTION housed, NON_RENOUVELLEMENT not renewed,
 * RENONCIATION at the applicant's request, AUTRE) so that a platform closes it in the right state.
 *
 * The accredited service's WSDL is the reference in production: the namespace is a setting
 * of the client (SneRegistryConfig.namespace) for that reason.
 */

export const SOAP12_NAMESPACE = 'http://www.w3.org/2003/05/soap-envelope';
export const SOAP11_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_MEDIA_TYPE = 'application/soap+xml';
/** Namespace of the operation elements. */
export const SNE_SERVICE_NAMESPACE = 'http://ws.nuu.application.i2/';

export const SNE_OPERATIONS = [
  'getNumUnique',
  'getDemandeLogement',
  'getDoublons',
  'getDemandesRadieesDepuisLe',
  'getNouveauxDaloDepuisLe',
  'renouvelerDemande',
  'radierDemande',
] as const;
export type SneOperation = (typeof SNE_OPERATIONS)[number];

/** Why the registry struck a demand off (`motif` of radierDemande and of the struck-off feed). */
export const SNE_RADIATION_MOTIFS = ['ATTRIBUTION', 'NON_RENOUVELLEMENT', 'RENONCIATION', 'AUTRE'] as const;
export type SneRadiationMotif = (typeof SNE_RADIATION_MOTIFS)[number];

/** Fault subcodes of the SNE service (business errors: never retried). */
export const SNE_FAULTS = {
  /** the number is not known to the registry */
  unknownNumber: 'NumUniqueInconnu',
  /** the demand was struck off (radiée): it can be neither read nor updated */
  struckOff: 'DemandeRadiee',
  /** the demand sent is not a valid interfaceNuu 02.00 demand */
  invalidDemand: 'DemandeInvalide',
  /** the request itself is malformed (unknown operation, bad date, …) */
  invalidRequest: 'RequeteInvalide',
  /** the service is down for maintenance or overloaded (Receiver) */
  unavailable: 'ServiceIndisponible',
} as const;

export type SoapFaultCode = 'Sender' | 'Receiver' | 'VersionMismatch' | 'MustUnderstand' | 'DataEncodingUnknown';

export interface SoapFault {
  code: SoapFaultCode | string;
  /** local name of the first subcode (e.g. `NumUniqueInconnu`) */
  subcode?: string;
  reason: string;
}

export class SoapFormatError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SoapFormatError';
  }
}

export const soapAction = (operation: string, namespace = SNE_SERVICE_NAMESPACE): string => `${namespace}${operation}`;

export const soapContentType = (action: string): string => `${SOAP12_MEDIA_TYPE}; charset=utf-8; action="${action}"`;

/** The `action` parameter of a SOAP 1.2 Content-Type, if any. */
export function actionOfContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*action\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

export function isSoap12ContentType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === SOAP12_MEDIA_TYPE;
}

/** Element content: text, repeated elements, or nested elements (names are local, written in the service namespace). */
export type SoapContent = string | SoapContent[] | { [name: string]: SoapContent | undefined };

const SERVICE_PREFIX = 'sne';
const ENVELOPE_PREFIX = 'env';

function prefixed(content: SoapContent): unknown {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(prefixed);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(content)) {
    if (value === undefined) continue;
    out[`${SERVICE_PREFIX}:${name}`] = prefixed(value);
  }
  return out;
}

/** A SOAP 1.2 envelope whose body holds one element of the service namespace. */
export function buildSoapEnvelope(element: string, content: SoapContent, namespace = SNE_SERVICE_NAMESPACE): string {
  const tree = {
    [`${ENVELOPE_PREFIX}:Envelope`]: {
      [`@_xmlns:${ENVELOPE_PREFIX}`]: SOAP12_NAMESPACE,
      [`@_xmlns:${SERVICE_PREFIX}`]: namespace,
      [`${ENVELOPE_PREFIX}:Body`]: { [`${SERVICE_PREFIX}:${element}`]: prefixed(content) },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${buildXml(tree)}`;
}

export function buildSoapFault(fault: SoapFault, namespace = SNE_SERVICE_NAMESPACE): string {
  const code: Record<string, unknown> = { [`${ENVELOPE_PREFIX}:Value`]: `${ENVELOPE_PREFIX}:${fault.code}` };
  if (fault.subcode) {
    code[`${ENVELOPE_PREFIX}:Subcode`] = { [`${ENVELOPE_PREFIX}:Value`]: `${SERVICE_PREFIX}:${fault.subcode}` };
  }
  const tree = {
    [`${ENVELOPE_PREFIX}:Envelope`]: {
      [`@_xmlns:${ENVELOPE_PREFIX}`]: SOAP12_NAMESPACE,
      [`@_xmlns:${SERVICE_PREFIX}`]: namespace,
      [`${ENVELOPE_PREFIX}:Body`]: {
        [`${ENVELOPE_PREFIX}:Fault`]: {
          [`${ENVELOPE_PREFIX}:Code`]: code,
          [`${ENVELOPE_PREFIX}:Reason`]: {
            [`${ENVELOPE_PREFIX}:Text`]: { '@_xml:lang': 'fr', '#text': fault.reason },
          },
        },
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${buildXml(tree)}`;
}

/** A parsed envelope: the fault, or the body's element (its local name and a reader on it). */
export type SoapMessage = { kind: 'fault'; fault: SoapFault } | { kind: 'body'; name: string; element: XmlElement };

const localName = (qname: string | undefined): string | undefined => qname?.replace(/^[^:]*:/, '');

/** Parses a SOAP 1.2 envelope; throws SoapFormatError on anything else (including SOAP 1.1). */
export function parseSoapEnvelope(xml: string): SoapMessage {
  let tree;
  try {
    tree = parseXmlDocument(xml);
  } catch (e) {
    throw new SoapFormatError(e instanceof XmlFormatError ? e.message : 'unreadable XML', e);
  }
  const root = rootElementNamespace(xml);
  const envelope = tree.Envelope;
  if (!root || root.localName !== 'Envelope' || envelope === undefined || typeof envelope !== 'object' || Array.isArray(envelope)) {
    throw new SoapFormatError(`not a SOAP envelope (root element ${root?.localName ?? 'none'})`);
  }
  if (root.namespace !== SOAP12_NAMESPACE) {
    throw new SoapFormatError(
      root.namespace === SOAP11_NAMESPACE ? 'SOAP 1.1 envelope where SOAP 1.2 is expected' : `envelope namespace ${root.namespace ?? 'none'} is not SOAP 1.2`,
    );
  }
  const read = new Set<string>();
  const body = XmlElement.root(envelope, 'Envelope', read).child('Body');
  const bodyRaw = (envelope as Record<string, RawXml | RawXml[]>).Body;
  if (!body || bodyRaw === undefined || Array.isArray(bodyRaw) || typeof bodyRaw !== 'object') {
    throw new SoapFormatError('SOAP envelope without a Body element');
  }
  const names = Object.keys(bodyRaw).filter((k) => !k.startsWith('@_') && k !== '#text');
  const name = names[0];
  if (!name) throw new SoapFormatError('empty SOAP Body');
  const element = body.child(name) as XmlElement;
  if (name !== 'Fault') return { kind: 'body', name, element };
  const code = localName(element.child('Code')?.childText('Value'));
  if (!code) throw new SoapFormatError('SOAP Fault without Code/Value');
  const subcode = localName(element.child('Code')?.child('Subcode')?.childText('Value'));
  const reason = element.child('Reason')?.childText('Text') ?? '';
  return { kind: 'fault', fault: { code, ...(subcode && { subcode }), reason } };
}

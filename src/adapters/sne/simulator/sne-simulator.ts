import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { isIsoDate, type IsoDate } from '../../../shared/dates';
import type { DemandData } from '../../../modules/demand/index';
import type { RegistryDemand } from '../../../modules/demand/index';
import { InterfaceNuuError, parseInterfaceNuuDemand, toInterfaceNuuXml } from '../interface-nuu.mapper';
import { ILE_DE_FRANCE_TERRITORY, isRegistrationNumber, registryDate } from '../registration-number';
import {
  actionOfContentType,
  buildSoapEnvelope,
  buildSoapFault,
  isSoap12ContentType,
  parseSoapEnvelope,
  SNE_FAULTS,
  SNE_OPERATIONS,
  SNE_RADIATION_MOTIFS,
  type SneRadiationMotif,
  SNE_SERVICE_NAMESPACE,
  soapAction,
  SoapFormatError,
  type SneOperation,
  type SoapContent,
  type SoapFault,
} from '../soap';
import type { XmlElement } from '../xml';
import { SneSimulatorStore, type SneStoredDemand } from './sne-simulator.store';

/**
 * A stand-in for the SNE web service, shipped with the project: the real service is open only
 * to accredited registration counters. It speaks the same SOAP 1.2 operations and the
 * interfaceNuu 02.00 format (see ../soap.ts), keeps the demands it registers (in memory, or in
 * a JSON file), issues 18-character numbers (../registration-number.ts), answers faults for
 * unknown numbers, and can be made slow, failing or garbage-speaking to test the client:
 *
 *   POST /__control             {"mode": "normal"|"slow"|"failing"|"garbage", "delayMs": 3000}
 *   GET  /__control             the current mode and the number of demands held
 *   POST /__control/strike-off  {"number": "…", "date": "YYYY-MM-DD", "motif": "ATTRIBUTION"|…}   strikes a demand off
 *   POST /__control/dalo        {"number": "…", "date": "YYYY-MM-DD"}   marks a demand DALO
 *   POST /__control/seed        an interfaceNuu document (numUnique kept when present)
 *
 * Every other POST is a SOAP call, whatever the path. In 'slow' mode the answer comes after
 * the delay and the work is done even when the client has given up meanwhile, as a real
 * service would: a registration may exist although the client saw a timeout. 'failing'
 * answers 503 with a Receiver fault; 'garbage' answers, in turn, truncated XML, an HTML page
 * and a well-formed envelope holding the wrong element.
 *
 * It plays a regional shared file (Imhoweb, FCR, Habisoft) as well: started with a `name`, its
 * own counter code and data file, and optionally `credentials` it then requires (HTTP Basic, 401
 * otherwise), it is a second registry speaking the same exchange, whose numbers are its own.
 */

export type SneSimulatorMode = 'normal' | 'slow' | 'failing' | 'garbage';
export const SNE_SIMULATOR_MODES: readonly SneSimulatorMode[] = ['normal', 'slow', 'failing', 'garbage'];

export interface SneSimulatorOptions {
  /** 0 for an ephemeral port (default 0) */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** JSON file where demands are kept across restarts */
  dataFile?: string;
  /** 4-digit code of the registration counter written at the end of the numbers (default 0001) */
  counterCode?: string;
  /** territory of numbers whose applicant has no usable commune code (default 111, Île-de-France) */
  defaultTerritory?: string;
  /** the simulator's clock (registration dates) */
  now?: () => Date;
  namespace?: string;
  /** serve HTTPS; with `requireClientCert`, only clients holding a certificate signed by `caPath` get through */
  tls?: { certPath: string; keyPath: string; caPath?: string; requireClientCert?: boolean };
  /** default delay of the slow mode (3000 ms) */
  slowDelayMs?: number;
  /** the registry it plays, e.g. `SNE` (default) or a shared file's name, `Imhoweb` */
  name?: string;
  /** HTTP Basic credentials every SOAP call must carry (401 otherwise), as a shared file may ask */
  credentials?: { username: string; password: string };
}

export type SneSeed = string | RegistryDemand | { data: DemandData; number?: string; registrationDate?: IsoDate; dalo?: boolean };

export interface SneSimulator {
  url: string;
  /** the registry it plays (`SNE`, `Imhoweb`…) */
  name: string;
  port: number;
  readonly mode: SneSimulatorMode;
  setMode(mode: SneSimulatorMode, options?: { delayMs?: number }): void;
  /** Stores a demand as given (an interfaceNuu document or a demand); issues a number when it has none. */
  seed(demand: SneSeed): SneStoredDemand;
  store: SneSimulatorStore;
  /** SOAP calls answered in normal or slow mode, by operation (for tests) */
  readonly calls: Readonly<Record<string, number>>;
  /** SOAP requests received, whatever the mode (for tests) */
  readonly requests: number;
  /** SOAP requests refused for missing or wrong credentials (for tests) */
  readonly unauthorized: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startSneSimulator(options: SneSimulatorOptions = {}): Promise<SneSimulator> {
  const namespace = options.namespace ?? SNE_SERVICE_NAMESPACE;
  const now = options.now ?? (() => new Date());
  const store = new SneSimulatorStore({
    ...(options.dataFile && { dataFile: options.dataFile }),
    counterCode: options.counterCode ?? '0001',
    defaultTerritory: options.defaultTerritory ?? ILE_DE_FRANCE_TERRITORY,
  });
  let mode: SneSimulatorMode = 'normal';
  let delayMs = options.slowDelayMs ?? 3_000;
  let garbageTurn = 0;
  let requests = 0;
  let unauthorized = 0;
  const name = options.name ?? 'SNE';
  const expectedAuthorization = options.credentials ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}` : undefined;
  const calls: Record<string, number> = {};
  const timers = new Set<NodeJS.Timeout>();

  const setMode = (next: SneSimulatorMode, opts: { delayMs?: number } = {}) => {
    if (!SNE_SIMULATOR_MODES.includes(next)) throw new RangeError(`unknown simulator mode ${String(next)}`);
    mode = next;
    if (opts.delayMs !== undefined) {
      if (!Number.isFinite(opts.delayMs) || opts.delayMs < 0) throw new RangeError('delayMs must be a positive number');
      delayMs = opts.delayMs;
    }
  };

  const seed = (input: SneSeed): SneStoredDemand => {
    const demand = typeof input === 'string' ? parseInterfaceNuuDemand(input) : input;
    const dalo = typeof input === 'string' ? false : (input.dalo ?? false);
    if (demand.number === undefined) {
      const stored = store.register(demand.data, demand.registrationDate ?? registryDate(now()), now());
      return dalo ? (store.markDalo(stored.number, stored.registrationDate), store.get(stored.number) as SneStoredDemand) : stored;
    }
    if (!isRegistrationNumber(demand.number)) throw new RangeError(`not an 18-character number: ${demand.number}`);
    const on = demand.registrationDate ?? registryDate(now());
    return store.put({
      number: demand.number,
      registrationDate: on,
      data: demand.data,
      dalo,
      ...(dalo && { daloSince: on }),
      updatedAt: now().toISOString(),
    });
  };

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  // -- SOAP operations

  const fault = (status: number, f: SoapFault) => ({ status, body: buildSoapFault(f, namespace) });
  const ok = (operation: SneOperation, content: SoapContent) => ({ status: 200, body: buildSoapEnvelope(`${operation}Response`, content, namespace) });
  const senderFault = (subcode: string, reason: string) => fault(400, { code: 'Sender', subcode, reason });

  const readDemand = (el: XmlElement) => {
    const xml = el.childText('demande');
    if (!xml) return { error: senderFault(SNE_FAULTS.invalidDemand, 'élément demande absent') };
    try {
      return { demand: parseInterfaceNuuDemand(xml) };
    } catch (e) {
      if (e instanceof InterfaceNuuError) {
        return { error: senderFault(SNE_FAULTS.invalidDemand, e.issues.map((i) => `${i.path} : ${i.message}`).join(' ; ')) };
      }
      throw e;
    }
  };

  const readDate = (el: XmlElement): IsoDate | undefined => {
    const date = el.childText('date');
    return date && isIsoDate(date) ? date : undefined;
  };

  const operations: Record<SneOperation, (el: XmlElement) => { status: number; body: string }> = {
    getNumUnique: (el) => {
      const { demand, error } = readDemand(el);
      if (error) return error;
      if (demand.number !== undefined) {
        const existing = store.get(demand.number);
        if (!existing) return senderFault(SNE_FAULTS.unknownNumber, `numéro unique inconnu : ${demand.number}`);
        if (existing.struckOffOn) return senderFault(SNE_FAULTS.struckOff, `demande radiée le ${existing.struckOffOn}`);
        const updated = store.update(demand.number, demand.data, now()) as SneStoredDemand;
        return ok('getNumUnique', { numUnique: updated.number, dateCreationDemande: updated.registrationDate });
      }
      const stored = store.register(demand.data, registryDate(now()), now());
      return ok('getNumUnique', { numUnique: stored.number, dateCreationDemande: stored.registrationDate });
    },
    getDemandeLogement: (el) => {
      const number = el.childText('numUnique');
      if (!number) return senderFault(SNE_FAULTS.invalidRequest, 'élément numUnique absent');
      const stored = store.get(number);
      if (!stored) return senderFault(SNE_FAULTS.unknownNumber, `numéro unique inconnu : ${number}`);
      if (stored.struckOffOn) return senderFault(SNE_FAULTS.struckOff, `demande radiée le ${stored.struckOffOn}`);
      const xml = toInterfaceNuuXml({ data: stored.data, number: stored.number, registrationDate: stored.registrationDate }, { fileDate: now() });
      return ok('getDemandeLogement', { demandeLogement: xml, dalo: String(stored.dalo) });
    },
    getDoublons: (el) => {
      const { demand, error } = readDemand(el);
      if (error) return error;
      const key = identityKey(demand.data.applicant);
      const doublons = store
        .list()
        .filter((d) => !d.struckOffOn && d.number !== demand.number)
        .filter((d) => identityKey(d.data.applicant) === key || (d.data.coApplicant && identityKey(d.data.coApplicant) === key))
        .map((d) => ({
          numUnique: d.number,
          dateCreationDemande: d.registrationDate,
          nom: d.data.applicant.lastName,
          prenom: d.data.applicant.firstName,
          dateNaissance: d.data.applicant.birthDate,
        }));
      return ok('getDoublons', doublons.length ? { doublon: doublons } : '');
    },
    getDemandesRadieesDepuisLe: (el) => {
      const date = readDate(el);
      if (!date) return senderFault(SNE_FAULTS.invalidRequest, 'élément date absent ou invalide (AAAA-MM-JJ)');
      const radiations = store.radiationsSince(date);
      return ok(
        'getDemandesRadieesDepuisLe',
        radiations.length
          ? {
              numUnique: radiations.map((r) => r.number),
              radiation: radiations.map((r) => ({ numUnique: r.number, dateRadiation: r.on, motif: r.motif })),
            }
          : '',
      );
    },
    renouvelerDemande: (el) => {
      const number = el.childText('numUnique');
      const on = el.childText('dateRenouvellement');
      if (!number || !on || !isIsoDate(on)) return senderFault(SNE_FAULTS.invalidRequest, 'éléments numUnique et dateRenouvellement (AAAA-MM-JJ) attendus');
      const stored = store.get(number);
      if (!stored) return senderFault(SNE_FAULTS.unknownNumber, `numéro unique inconnu : ${number}`);
      if (stored.struckOffOn) return senderFault(SNE_FAULTS.struckOff, `demande radiée le ${stored.struckOffOn}`);
      store.renew(number, on, now());
      return ok('renouvelerDemande', { numUnique: number, dateRenouvellement: on });
    },
    radierDemande: (el) => {
      const number = el.childText('numUnique');
      const motif = el.childText('motif');
      const on = el.childText('dateRadiation');
      if (!number || !on || !isIsoDate(on) || !motif || !SNE_RADIATION_MOTIFS.includes(motif as SneRadiationMotif)) {
        return senderFault(SNE_FAULTS.invalidRequest, `éléments numUnique, motif (${SNE_RADIATION_MOTIFS.join(', ')}) et dateRadiation (AAAA-MM-JJ) attendus`);
      }
      const stored = store.get(number);
      if (!stored) return senderFault(SNE_FAULTS.unknownNumber, `numéro unique inconnu : ${number}`);
      if (stored.struckOffOn) {
        // the same radiation sent again (a retried job) is answered as the first time
        if (stored.struckOffMotif === motif) return ok('radierDemande', { numUnique: number, dateRadiation: stored.struckOffOn });
        return senderFault(SNE_FAULTS.struckOff, `demande radiée le ${stored.struckOffOn}`);
      }
      const home = el.child('logementAttribue');
      const text = (name: string) => home?.childText(name);
      const attributed = home
        ? {
            ...(text('communeCode') && { communeCode: text('communeCode') as string }),
            ...(text('typologie') && { typology: text('typologie') as string }),
            ...(text('financement') && { financing: text('financement') as string }),
            ...(text('sirenBailleur') && { landlordSiren: text('sirenBailleur') as string }),
            ...(text('referenceOffre') && { offerReference: text('referenceOffre') as string }),
          }
        : undefined;
      store.strikeOff(number, on, motif as SneRadiationMotif, attributed);
      return ok('radierDemande', { numUnique: number, dateRadiation: on });
    },
    getNouveauxDaloDepuisLe: (el) => {
      const date = readDate(el);
      if (!date) return senderFault(SNE_FAULTS.invalidRequest, 'élément date absent ou invalide (AAAA-MM-JJ)');
      const numbers = store.newDaloSince(date);
      return ok('getNouveauxDaloDepuisLe', numbers.length ? { numUnique: numbers } : '');
    },
  };

  const garbage = (): { status: number; body: string } => {
    garbageTurn += 1;
    switch (garbageTurn % 3) {
      case 1:
        return { status: 200, body: `<?xml version="1.0"?><env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><sne:getNum` };
      case 2:
        return { status: 200, body: '<html><body><h1>Maintenance</h1><p>Le service revient bientôt.</p></body></html>' };
      default:
        return { status: 200, body: buildSoapEnvelope('somethingElse', { valeur: '42' }, namespace) };
    }
  };

  const soap = async (req: IncomingMessage, body: string): Promise<{ status: number; body: string }> => {
    requests += 1;
    if (expectedAuthorization !== undefined && req.headers.authorization !== expectedAuthorization) {
      unauthorized += 1;
      return fault(401, { code: 'Sender', subcode: SNE_FAULTS.invalidRequest, reason: 'authentification requise' });
    }
    if (!isSoap12ContentType(req.headers['content-type'])) {
      return fault(415, { code: 'Sender', subcode: SNE_FAULTS.invalidRequest, reason: 'Content-Type application/soap+xml attendu (SOAP 1.2)' });
    }
    if (mode === 'failing') return fault(503, { code: 'Receiver', subcode: SNE_FAULTS.unavailable, reason: 'service momentanément indisponible' });
    if (mode === 'slow') await wait(delayMs);
    if (mode === 'garbage') return garbage();
    let message;
    try {
      message = parseSoapEnvelope(body);
    } catch (e) {
      if (e instanceof SoapFormatError) return senderFault(SNE_FAULTS.invalidRequest, e.message);
      throw e;
    }
    if (message.kind === 'fault') return senderFault(SNE_FAULTS.invalidRequest, 'une requête ne peut pas être une Fault');
    const operation = SNE_OPERATIONS.find((op) => op === message.name);
    if (!operation) return senderFault(SNE_FAULTS.invalidRequest, `opération inconnue : ${message.name}`);
    const action = actionOfContentType(req.headers['content-type']);
    if (action !== undefined && action !== soapAction(operation, namespace)) {
      return senderFault(SNE_FAULTS.invalidRequest, `action ${action} ne correspond pas à l'opération ${operation}`);
    }
    calls[operation] = (calls[operation] ?? 0) + 1;
    return operations[operation](message.element);
  };

  // -- control

  const control = (req: IncomingMessage, path: string, body: string): { status: number; body: unknown } => {
    const state = () => ({ name, mode, delayMs, demands: store.size });
    if (path === '/__control' && req.method === 'GET') return { status: 200, body: state() };
    if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
    if (path === '/__control/seed') {
      const stored = seed(body);
      return { status: 201, body: { number: stored.number, registrationDate: stored.registrationDate } };
    }
    const json = parseJson(body);
    if (path === '/__control') {
      const next = json.mode ?? mode;
      if (typeof next !== 'string' || !SNE_SIMULATOR_MODES.includes(next as SneSimulatorMode)) {
        throw new HttpError(400, `mode must be one of ${SNE_SIMULATOR_MODES.join(', ')}`);
      }
      if (json.delayMs !== undefined && (typeof json.delayMs !== 'number' || json.delayMs < 0)) throw new HttpError(400, 'delayMs must be a positive number');
      setMode(next as SneSimulatorMode, json.delayMs === undefined ? {} : { delayMs: json.delayMs as number });
      return { status: 200, body: state() };
    }
    if (path === '/__control/strike-off' || path === '/__control/dalo') {
      const number = json.number;
      const date = json.date ?? registryDate(now());
      if (typeof number !== 'string' || typeof date !== 'string' || !isIsoDate(date)) throw new HttpError(400, 'number and date YYYY-MM-DD expected');
      const motif = json.motif ?? 'AUTRE';
      if (typeof motif !== 'string' || !SNE_RADIATION_MOTIFS.includes(motif as SneRadiationMotif))
        throw new HttpError(400, `motif must be one of ${SNE_RADIATION_MOTIFS.join(', ')}`);
      const done = path === '/__control/dalo' ? store.markDalo(number, date) : store.strikeOff(number, date, motif as SneRadiationMotif);
      if (!done) throw new HttpError(404, 'unknown number');
      return { status: 200, body: { number, date } };
    }
    throw new HttpError(404, 'unknown control endpoint');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://simulator').pathname;
    try {
      const body = await readBody(req);
      if (path === '/__control' || path.startsWith('/__control/')) {
        const r = control(req, path, body);
        return send(res, r.status, 'application/json; charset=utf-8', JSON.stringify(r.body));
      }
      if (req.method === 'GET') {
        return send(res, 200, 'text/plain; charset=utf-8', `${name} simulator (SOAP 1.2, interfaceNuu 02.00). Operations: ${SNE_OPERATIONS.join(', ')}. Mode: ${mode}.\n`);
      }
      if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
      const r = await soap(req, body);
      if (res.destroyed || req.socket.destroyed) return undefined; // the client gave up (slow mode)
      return send(res, r.status, 'application/soap+xml; charset=utf-8', r.body);
    } catch (e) {
      if (e instanceof HttpError) return send(res, e.status, 'application/json; charset=utf-8', JSON.stringify({ error: e.message }));
      if (e instanceof InterfaceNuuError || e instanceof RangeError) {
        return send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ error: e.message }));
      }
      return send(res, 500, 'application/soap+xml; charset=utf-8', buildSoapFault({ code: 'Receiver', reason: 'erreur interne du simulateur' }, namespace));
    }
  };

  let server: Server;
  if (options.tls) {
    const { certPath, keyPath, caPath, requireClientCert } = options.tls;
    server = createHttpsServer(
      {
        cert: readFileSync(certPath),
        key: readFileSync(keyPath),
        ...(caPath && { ca: readFileSync(caPath) }),
        requestCert: requireClientCert ?? false,
        rejectUnauthorized: requireClientCert ?? false,
      },
      (req, res) => {
        handle(req, res).catch(() => res.destroy());
      },
    );
  } else {
    server = createHttpServer((req, res) => {
      handle(req, res).catch(() => res.destroy());
    });
  }
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost}:${port}/`,
    port,
    name,
    get mode() {
      return mode;
    },
    setMode,
    seed,
    store,
    calls,
    get requests() {
      return requests;
    },
    get unauthorized() {
      return unauthorized;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function identityKey(p: { lastName: string; firstName: string; birthDate: string }): string {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/[\s'-]+/g, ' ')
      .trim()
      .toUpperCase();
  return `${norm(p.lastName)}|${norm(p.firstName)}|${p.birthDate}`;
}

function parseJson(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  try {
    const value: unknown = JSON.parse(body);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // falls through to the error below
  }
  throw new HttpError(400, 'a JSON object is expected');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

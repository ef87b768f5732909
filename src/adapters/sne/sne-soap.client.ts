import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { DomainError, type FieldError } from '../../shared/errors';
import { addDays, isIsoDate, type IsoDate } from '../../shared/dates';
import type { DemandData } from '../../modules/demand/index';
import {
  demandError,
  type DemandRegistry,
  type HousedHome,
  type RegisterHint,
  type RegistryDemand,
  type RegistryRadiation,
  type RegistryRadiationReason,
} from '../../modules/demand/index';
import { InterfaceNuuError, interfaceNuuLosses, parseRegistryDemand, toInterfaceNuuXml } from './interface-nuu.mapper';
import { isRegistrationNumber, normalizeRegistrationNumber, registryDate } from './registration-number';
import {
  buildSoapEnvelope,
  parseSoapEnvelope,
  SNE_FAULTS,
  SNE_SERVICE_NAMESPACE,
  type SneRadiationMotif,
  soapAction,
  soapContentType,
  SoapFormatError,
  type SneOperation,
  type SoapContent,
  type SoapFault,
  type SoapMessage,
} from './soap';
import type { XmlElement } from './xml';
import { retryDelayMs } from '../../shared/retry-delay';

/**
 * The SNE (national registry of social-housing demands) through its SOAP 1.2 web service,
 * over TLS with the counter's client certificate in production, or the project's simulator.
 *
 * Every call has a deadline (`timeoutMs`) and is retried a bounded number of times with
 * exponential backoff and jitter on network errors, timeouts, 5xx answers, Receiver faults and
 * unreadable answers. Sender faults are business answers and never retried (an unknown number
 * is `null` from fetch). When the retries are spent, a DomainError `unavailable` /
 * `REGISTRY.UNAVAILABLE` tells the use case to queue the work and try later.
 *
 * `getNumUnique` creates a number each time it runs: it is re-sent only when the previous try
 * surely did not reach the service (connection refused, 503). After an ambiguous failure (a
 * timeout once the request was sent, a reset connection, a 500), the next try first asks
 * `getDoublons` whether a demand of the same person was registered since the first try, and
 * returns that number instead of creating a second one. The caller says so too when an earlier
 * run (a job retried after a timeout or a crash) may have registered the demand
 * (`mayAlreadyBeRegisteredSince`): the first try then starts with that question.
 */

export interface SneTlsConfig {
  /** PEM client certificate of the registration counter (required by the SNE; with keyPath) */
  certPath?: string;
  /** PEM private key of that certificate */
  keyPath?: string;
  /** PEM certificate authorities trusted for the service (the system's when absent) */
  caPath?: string;
  passphrase?: string;
}

export interface SneRegistryConfig {
  /** URL of the SOAP endpoint (the simulator's URL in development and tests) */
  endpoint: string;
  /** deadline of one try, connection, answer and body included */
  timeoutMs: number;
  /** tries after the first one (2 → at most 3 tries) */
  retries: number;
  /** first backoff delay, doubled at each try, with jitter (default 200 ms) */
  retryBaseDelayMs?: number;
  /** longest backoff delay (default 5 s) */
  retryMaxDelayMs?: number;
  tls?: SneTlsConfig;
  /** namespace of the operation elements (default SNE_SERVICE_NAMESPACE) */
  namespace?: string;
  /** answers larger than this are refused (default 5 MB) */
  maxResponseBytes?: number;
  /** id of the registry in the port (default `sne`; a regional shared file's own, e.g. `imhoweb`) */
  registryId?: string;
  /**
   * how the person's messages name the registry, in French, with its article (default
   * `le registre national (SNE)`; a shared file: `le fichier partagé Imhoweb`)
   */
  label?: string;
  /** HTTP Basic credentials, for a shared file that asks for them (sent on every call, never logged) */
  credentials?: { username: string; password: string | { reveal(): string } };
}

/** What the client logs through: pino's Logger fits. Numbers and codes only, never personal values. */
export interface SneLogger {
  info(obj: Record<string, unknown>, msg?: string): void;
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
}

const silentLogger: SneLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** A possible duplicate the registry reports for a demand. */
export interface SneDuplicate {
  number: string;
  registrationDate: IsoDate;
  lastName?: string;
  firstName?: string;
  birthDate?: IsoDate;
}

/**
 * The client's own errors (no module's: what the SNE's interface refuses before or instead of an
 * answer); the registry's answers the use cases read (unavailable, unknown number, struck off) are
 * the demand module's (`demandError.registry…`).
 */
const SNE_ERRORS = {
  DEMAND_INCOMPLETE: 'REGISTRY.DEMAND_INCOMPLETE',
  DEMAND_REJECTED: 'REGISTRY.DEMAND_REJECTED',
  INVALID_DATE: 'REGISTRY.INVALID_DATE',
  INVALID_NUMBER: 'REGISTRY.INVALID_NUMBER',
} as const;
const sneError = {
  /** the demand lacks what the SNE's format requires (fields: the paths at fault) */
  demandIncomplete: (fields: FieldError[]) =>
    new DomainError('invalid', SNE_ERRORS.DEMAND_INCOMPLETE, 'La demande ne peut pas être enregistrée : des informations obligatoires manquent.', { fields }),
  /** `subject`: the registry's label starting a sentence; `reason`: the registry's own words */
  demandRejected: (subject: string, reason: string) => new DomainError('invalid', SNE_ERRORS.DEMAND_REJECTED, `${subject} refuse la demande : ${reason}`),
  invalidDate: (date: string) => new DomainError('invalid', SNE_ERRORS.INVALID_DATE, `Date invalide (attendu AAAA-MM-JJ) : ${date}`),
  invalidNumber: () =>
    new DomainError('invalid', SNE_ERRORS.INVALID_NUMBER, 'Un numéro unique compte 18 caractères (chiffres et lettres).', {
      fields: [{ field: 'number', message: '18 chiffres ou lettres majuscules' }],
    }),
};

/** How a failed try may be repeated: `safe` the service did not act; `ambiguous` it may have; `never` repeating will not help. */
type RetryClass = 'safe' | 'ambiguous' | 'never';

class TryFailure extends Error {
  constructor(
    readonly retry: RetryClass,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TryFailure';
  }
}

/** The answer is not what the operation returns (wrong element, missing value…): treated as garbage. */
class UnexpectedAnswer extends Error {}

const SAFE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

export class SneRegistry implements DemandRegistry {
  readonly id: string;
  /** `le registre national (SNE)`, `le fichier partagé Imhoweb` */
  private readonly label: string;
  private readonly authorization: string | undefined;
  private readonly dispatcher: Agent;
  private readonly namespace: string;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxResponseBytes: number;

  constructor(
    private readonly config: SneRegistryConfig,
    private readonly logger: SneLogger = silentLogger,
    private readonly clock: { now(): Date } = { now: () => new Date() },
  ) {
    if (!/^https?:\/\//.test(config.endpoint)) throw new Error(`SNE endpoint must be an http(s) URL: ${config.endpoint}`);
    this.id = config.registryId ?? 'sne';
    this.label = config.label ?? 'le registre national (SNE)';
    const credentials = config.credentials;
    if (credentials) {
      const password = typeof credentials.password === 'string' ? credentials.password : credentials.password.reveal();
      this.authorization = `Basic ${Buffer.from(`${credentials.username}:${password}`).toString('base64')}`;
    }
    this.namespace = config.namespace ?? SNE_SERVICE_NAMESPACE;
    this.maxAttempts = 1 + Math.max(0, Math.trunc(config.retries));
    this.baseDelayMs = config.retryBaseDelayMs ?? 200;
    this.maxDelayMs = config.retryMaxDelayMs ?? 5_000;
    this.maxResponseBytes = config.maxResponseBytes ?? 5 * 1024 * 1024;
    const tls = config.tls;
    if (tls && (tls.certPath === undefined) !== (tls.keyPath === undefined)) {
      throw new Error('SNE client certificate: certPath and keyPath go together');
    }
    this.dispatcher = new Agent({
      headersTimeout: config.timeoutMs,
      bodyTimeout: config.timeoutMs,
      keepAliveTimeout: 10_000,
      connect: {
        timeout: config.timeoutMs,
        ...(tls && {
          ...(tls.certPath && { cert: readFileSync(tls.certPath) }),
          ...(tls.keyPath && { key: readFileSync(tls.keyPath) }),
          ...(tls.caPath && { ca: readFileSync(tls.caPath) }),
          ...(tls.passphrase && { passphrase: tls.passphrase }),
          rejectUnauthorized: true,
        }),
      },
    });
  }

  /** Closes the connections kept alive. */
  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  async register(data: DemandData, hint: RegisterHint = {}): Promise<{ number: string; registrationDate: IsoDate }> {
    const existing = hint.existingNumber === undefined ? undefined : this.checkedNumber(hint.existingNumber);
    let xml: string;
    try {
      xml = toInterfaceNuuXml(existing ? { data, number: existing } : { data });
    } catch (e) {
      if (e instanceof InterfaceNuuError) {
        throw sneError.demandIncomplete(e.issues.map((i) => ({ field: i.path, message: i.message })));
      }
      throw e;
    }
    const losses = interfaceNuuLosses(data);
    if (losses.length) this.logger.info({ registry: this.id, operation: 'getNumUnique', notSent: losses }, 'demand fields the SNE format does not carry');
    const since = existing ? undefined : hint.mayAlreadyBeRegisteredSince;
    const today = this.today();
    const startedOn = since !== undefined && isIsoDate(since) && since < today ? since : today;
    const result = await this.call(
      'getNumUnique',
      { demande: xml },
      (message) => {
        if (message.kind === 'fault') {
          if (message.fault.subcode === SNE_FAULTS.invalidDemand) {
            throw sneError.demandRejected(this.subject(), message.fault.reason);
          }
          if (existing && message.fault.subcode === SNE_FAULTS.unknownNumber) {
            throw demandError.registryUnknownNumber(this.label, existing);
          }
          if (existing && message.fault.subcode === SNE_FAULTS.struckOff) {
            throw demandError.registryStruckOff(this.label, existing);
          }
          throw this.unexpectedFault('getNumUnique', message.fault);
        }
        const el = this.responseOf(message, 'getNumUnique');
        const number = el.childText('numUnique');
        const registrationDate = el.childText('dateCreationDemande');
        if (!number || !isRegistrationNumber(number)) throw new UnexpectedAnswer('numUnique missing or not 18 characters');
        if (!registrationDate || !isIsoDate(registrationDate)) throw new UnexpectedAnswer('dateCreationDemande missing or not a date');
        if (existing && number !== existing) throw new UnexpectedAnswer('the registry answered another number than the one updated');
        return { number, registrationDate };
      },
      existing ? { idempotent: true } : { idempotent: false, reconcile: () => this.findOwnRegistration(data, xml, startedOn), reconcileFirst: since !== undefined },
    );
    this.logger.info({ registry: this.id, operation: 'getNumUnique', number: result.number, updated: existing !== undefined }, 'demand registered');
    return result;
  }

  async fetch(number: string): Promise<RegistryDemand | null> {
    const wanted = this.checkedNumber(number);
    return this.call(
      'getDemandeLogement',
      { numUnique: wanted },
      (message) => {
        if (message.kind === 'fault') {
          if (message.fault.subcode === SNE_FAULTS.unknownNumber || message.fault.subcode === SNE_FAULTS.struckOff) {
            this.logger.info({ registry: this.id, number: wanted, fault: message.fault.subcode }, 'demand not held by the registry');
            return null;
          }
          throw this.unexpectedFault('getDemandeLogement', message.fault);
        }
        const el = this.responseOf(message, 'getDemandeLogement');
        const xml = el.childText('demandeLogement');
        if (!xml) throw new UnexpectedAnswer('demandeLogement missing');
        let demand: RegistryDemand;
        try {
          demand = parseRegistryDemand(xml, this.id);
        } catch (e) {
          if (e instanceof InterfaceNuuError) throw new UnexpectedAnswer(`unreadable demand: ${e.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
          throw e;
        }
        if (demand.number !== wanted) throw new UnexpectedAnswer('the registry answered another demand than the one asked');
        const dalo = el.childText('dalo');
        if (dalo === 'true' || dalo === '1') demand.dalo = true;
        else if (dalo === 'false' || dalo === '0') demand.dalo = false;
        return demand;
      },
      { idempotent: true },
    );
  }

  struckOffSince(date: IsoDate): Promise<string[]> {
    return this.numbersSince('getDemandesRadieesDepuisLe', date);
  }

  newDaloSince(date: IsoDate): Promise<string[]> {
    return this.numbersSince('getNouveauxDaloDepuisLe', date);
  }

  /** The struck-off feed with each radiation's date and motif (numbers alone, motif `other`, from a service that does not give them). */
  async radiationsSince(date: IsoDate): Promise<RegistryRadiation[]> {
    if (!isIsoDate(date)) throw sneError.invalidDate(date);
    return this.call(
      'getDemandesRadieesDepuisLe',
      { date },
      (message) => {
        if (message.kind === 'fault') throw this.unexpectedFault('getDemandesRadieesDepuisLe', message.fault);
        const el = this.responseOf(message, 'getDemandesRadieesDepuisLe');
        const detailed = el.children('radiation').map((r) => {
          const number = r.childText('numUnique') ?? '';
          const on = r.childText('dateRadiation');
          if (!isRegistrationNumber(number)) throw new UnexpectedAnswer('radiation without an 18-character numUnique');
          return { number, ...(on !== undefined && isIsoDate(on) && { on }), reason: reasonOfMotif(r.childText('motif')) };
        });
        const numbers = el.children('numUnique').map((n) => n.text() ?? '');
        if (numbers.some((n) => !isRegistrationNumber(n))) throw new UnexpectedAnswer('numbers are not 18 characters');
        const known = new Set(detailed.map((d) => d.number));
        return [...detailed, ...numbers.filter((n) => !known.has(n)).map((number) => ({ number, reason: 'other' as const }))];
      },
      { idempotent: true },
    );
  }

  async renew(number: string, on: IsoDate): Promise<void> {
    const wanted = this.checkedNumber(number);
    await this.call(
      'renouvelerDemande',
      { numUnique: wanted, dateRenouvellement: on },
      (message) => {
        if (message.kind === 'fault') throw this.businessFault('renouvelerDemande', wanted, message.fault);
        const el = this.responseOf(message, 'renouvelerDemande');
        if (el.childText('numUnique') !== wanted) throw new UnexpectedAnswer('the registry answered another number than the one renewed');
      },
      { idempotent: true },
    );
    this.logger.info({ registry: this.id, operation: 'renouvelerDemande', number: wanted }, 'renewal sent');
  }

  async reportHoused(number: string, input: { on: IsoDate; home: HousedHome }): Promise<void> {
    const wanted = this.checkedNumber(number);
    const h = input.home;
    const home = {
      ...(h.communeCode && { communeCode: h.communeCode }),
      ...(h.typology && { typologie: h.typology }),
      ...(h.financing && { financement: h.financing }),
      ...(h.landlordSiren && { sirenBailleur: h.landlordSiren }),
      ...(h.offerReference && { referenceOffre: h.offerReference }),
    };
    await this.call(
      'radierDemande',
      { numUnique: wanted, motif: 'ATTRIBUTION' satisfies SneRadiationMotif, dateRadiation: input.on, ...(Object.keys(home).length && { logementAttribue: home }) },
      (message) => {
        if (message.kind === 'fault') throw this.businessFault('radierDemande', wanted, message.fault);
        const el = this.responseOf(message, 'radierDemande');
        if (el.childText('numUnique') !== wanted) throw new UnexpectedAnswer('the registry answered another number than the one struck off');
      },
      { idempotent: true },
    );
    this.logger.info({ registry: this.id, operation: 'radierDemande', number: wanted }, 'radiation pour attribution sent');
  }

  /** Demands the registry holds that may be the same household's (getDoublons). */
  async findDuplicates(data: DemandData): Promise<SneDuplicate[]> {
    const xml = toInterfaceNuuXml({ data });
    return this.call('getDoublons', { demande: xml }, (message) => this.readDuplicates(message), { idempotent: true });
  }

  // ------------------------------------------------------------------------------------------

  private async numbersSince(operation: 'getDemandesRadieesDepuisLe' | 'getNouveauxDaloDepuisLe', date: IsoDate): Promise<string[]> {
    if (!isIsoDate(date)) throw sneError.invalidDate(date);
    return this.call(
      operation,
      { date },
      (message) => {
        if (message.kind === 'fault') throw this.unexpectedFault(operation, message.fault);
        const el = this.responseOf(message, operation);
        const numbers = el.children('numUnique').map((n) => n.text() ?? '');
        const bad = numbers.filter((n) => !isRegistrationNumber(n));
        if (bad.length) throw new UnexpectedAnswer(`${bad.length} numbers are not 18 characters`);
        return numbers;
      },
      { idempotent: true },
    );
  }

  private readDuplicates(message: SoapMessage): SneDuplicate[] {
    if (message.kind === 'fault') throw this.unexpectedFault('getDoublons', message.fault);
    const el = this.responseOf(message, 'getDoublons');
    return el.children('doublon').map((d) => {
      const number = d.childText('numUnique');
      const registrationDate = d.childText('dateCreationDemande');
      if (!number || !isRegistrationNumber(number) || !registrationDate || !isIsoDate(registrationDate)) {
        throw new UnexpectedAnswer('doublon without a valid numUnique and dateCreationDemande');
      }
      const lastName = d.childText('nom');
      const firstName = d.childText('prenom');
      const birthDate = d.childText('dateNaissance');
      return {
        number,
        registrationDate,
        ...(lastName !== undefined && { lastName }),
        ...(firstName !== undefined && { firstName }),
        ...(birthDate !== undefined && { birthDate }),
      };
    });
  }

  /**
   * After an ambiguous failure of getNumUnique: the demand of this person registered since the
   * first try, if the registry has one (one try of getDoublons, no retry of its own).
   */
  private async findOwnRegistration(data: DemandData, xml: string, startedOn: IsoDate): Promise<{ number: string; registrationDate: IsoDate } | undefined> {
    const message = await this.exchange('getDoublons', { demande: xml });
    let duplicates: SneDuplicate[];
    try {
      duplicates = this.readDuplicates(message);
    } catch (e) {
      if (e instanceof UnexpectedAnswer) throw new TryFailure('ambiguous', `getDoublons: ${e.message}`);
      throw e;
    }
    const same = (a: string | undefined, b: string) => a !== undefined && normalizeName(a) === normalizeName(b);
    const since = addDays(startedOn, -1); // the registry's calendar day may differ from ours around midnight
    const mine = duplicates
      .filter((d) => same(d.lastName, data.applicant.lastName) && same(d.firstName, data.applicant.firstName) && d.birthDate === data.applicant.birthDate)
      .filter((d) => d.registrationDate >= since)
      .sort((a, b) => (a.registrationDate < b.registrationDate ? 1 : -1))[0];
    if (mine) {
      this.logger.warn({ registry: this.id, operation: 'getNumUnique', number: mine.number }, 'registration found after an ambiguous failure: not registered twice');
      return { number: mine.number, registrationDate: mine.registrationDate };
    }
    return undefined;
  }

  private checkedNumber(number: string): string {
    const normalized = normalizeRegistrationNumber(number);
    if (!isRegistrationNumber(normalized)) {
      throw sneError.invalidNumber();
    }
    return normalized;
  }

  private responseOf(message: SoapMessage & { kind: 'body' }, operation: SneOperation): XmlElement {
    if (message.name !== `${operation}Response`) throw new UnexpectedAnswer(`expected ${operation}Response, got ${message.name}`);
    return message.element;
  }

  /** The business faults of an operation on a registered number: unknown, struck off; any other is unexpected. */
  private businessFault(operation: SneOperation, number: string, fault: SoapFault): DomainError {
    if (fault.subcode === SNE_FAULTS.unknownNumber) return demandError.registryUnknownNumber(this.label, number);
    if (fault.subcode === SNE_FAULTS.struckOff) return demandError.registryStruckOff(this.label, number);
    return this.unexpectedFault(operation, fault);
  }

  /** A Sender fault the client does not expect: the request and the service disagree; retrying will not help. */
  private unexpectedFault(operation: SneOperation, fault: SoapFault): DomainError {
    this.logger.error({ registry: this.id, operation, fault: fault.code, subcode: fault.subcode, reason: fault.reason }, 'SNE fault');
    return demandError.registryRefused(this.label, operation, fault.subcode ?? fault.code, { registry: this.id, operation, fault: fault.subcode ?? fault.code });
  }

  /** `Le fichier partagé Imhoweb`: the label starting a sentence */
  private subject(): string {
    return this.label.charAt(0).toUpperCase() + this.label.slice(1);
  }

  private today(): IsoDate {
    return registryDate(this.clock.now());
  }

  /**
   * One operation with its retries. `handle` turns the answer into the result or throws: a
   * DomainError (a business answer, returned to the caller as is) or UnexpectedAnswer (garbage).
   */
  private async call<T>(
    operation: SneOperation,
    content: SoapContent,
    handle: (message: SoapMessage) => T,
    options: { idempotent: boolean; reconcile?: () => Promise<T | undefined>; reconcileFirst?: boolean },
  ): Promise<T> {
    let lastFailure: TryFailure | undefined;
    // a previous run may have reached the service (hint of the caller): look before acting
    let ambiguousBefore = options.reconcileFirst === true;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      if (attempt > 1) await sleep(this.backoff(attempt - 1));
      const started = Date.now();
      try {
        if (ambiguousBefore && options.reconcile) {
          const found = await options.reconcile();
          if (found !== undefined) return found;
        }
        const message = await this.exchange(operation, content);
        try {
          return handle(message);
        } catch (e) {
          if (e instanceof UnexpectedAnswer) throw new TryFailure('ambiguous', `unexpected answer: ${e.message}`);
          throw e;
        }
      } catch (e) {
        if (!(e instanceof TryFailure)) throw e;
        lastFailure = e;
        if (e.retry === 'ambiguous') ambiguousBefore = true;
        const mayRetry = e.retry === 'safe' || (e.retry === 'ambiguous' && (options.idempotent || options.reconcile !== undefined));
        const last = attempt === this.maxAttempts || !mayRetry;
        this.logger.warn(
          { registry: this.id, operation, attempt, of: this.maxAttempts, status: e.status, reason: e.message, ms: Date.now() - started, willRetry: !last },
          'SNE call failed',
        );
        if (last) break;
      }
    }
    this.logger.error({ registry: this.id, operation, reason: lastFailure?.message }, 'SNE unavailable');
    // the person reads a plain French sentence; the technical reason is in the log above and in `cause`
    throw demandError.registryUnavailable(this.label, { registry: this.id, operation }, lastFailure);
  }

  private backoff(retry: number): number {
    return retryDelayMs(retry, { baseMs: this.baseDelayMs, maxMs: this.maxDelayMs, jitter: 'upperHalf' });
  }

  /** One HTTP exchange: the parsed SOAP message, a fault included, or a TryFailure saying whether to retry. */
  private async exchange(operation: SneOperation, content: SoapContent): Promise<SoapMessage> {
    const action = soapAction(operation, this.namespace);
    const body = buildSoapEnvelope(operation, content, this.namespace);
    let status: number;
    let text: string;
    try {
      const response = await request(this.config.endpoint, {
        method: 'POST',
        dispatcher: this.dispatcher,
        signal: AbortSignal.timeout(this.config.timeoutMs),
        headers: { 'content-type': soapContentType(action), accept: 'application/soap+xml', ...(this.authorization && { authorization: this.authorization }) },
        body,
      });
      status = response.statusCode;
      text = await readLimited(response.body, this.maxResponseBytes);
    } catch (e) {
      throw classifyNetworkError(e);
    }
    let message: SoapMessage;
    try {
      message = parseSoapEnvelope(text);
    } catch (e) {
      if (!(e instanceof SoapFormatError)) throw e;
      if (status === 503 || status === 429) throw new TryFailure('safe', `HTTP ${status}`, status);
      if (status >= 500) throw new TryFailure('ambiguous', `HTTP ${status}`, status);
      if (status >= 400) throw new TryFailure('never', `HTTP ${status}`, status);
      throw new TryFailure('ambiguous', `unreadable answer (HTTP ${status}): ${e.message}`, status);
    }
    if (message.kind === 'fault') {
      if (message.fault.code === 'Receiver') {
        throw new TryFailure(status === 503 ? 'safe' : 'ambiguous', `SOAP Receiver fault ${message.fault.subcode ?? ''}: ${message.fault.reason}`.trim(), status);
      }
      return message;
    }
    if (status < 200 || status >= 300) throw new TryFailure(status >= 500 ? 'ambiguous' : 'never', `HTTP ${status} with a SOAP body`, status);
    return message;
  }
}

async function readLimited(body: AsyncIterable<Buffer | Uint8Array> & { destroy?: () => unknown }, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > max) {
      body.destroy?.();
      throw new TryFailure('ambiguous', `answer larger than ${max} bytes`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function classifyNetworkError(e: unknown): TryFailure {
  if (e instanceof TryFailure) return e;
  const err = e as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code;
  const said = [err.message, err.cause?.message]
    .filter((m): m is string => typeof m === 'string' && m !== '')
    .join(': ')
    .slice(0, 200);
  const detail = said ? ` (${said})` : '';
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || (code && TIMEOUT_CODES.has(code))) {
    return new TryFailure('ambiguous', `timeout ${code ?? err.name}${detail}`);
  }
  if (code && SAFE_NETWORK_CODES.has(code)) return new TryFailure('safe', `network error ${code}${detail}`);
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return new TryFailure('never', `TLS error ${code}${detail}`);
  return new TryFailure('ambiguous', `network error ${code ?? err.name ?? 'unknown'}${detail}`);
}

function reasonOfMotif(motif: string | undefined): RegistryRadiationReason {
  switch (motif) {
    case 'ATTRIBUTION':
      return 'attribution';
    case 'NON_RENOUVELLEMENT':
      return 'not_renewed';
    case 'RENONCIATION':
      return 'renounced';
    default:
      return 'other';
  }
}

function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[\s'-]+/g, ' ')
    .trim()
    .toUpperCase();
}

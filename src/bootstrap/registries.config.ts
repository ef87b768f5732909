import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { z } from 'zod';
import { isDepartementCode } from '../shared/commune';

/**
 * The regional shared files (Imhoweb, FCR, Habisoft…) a platform is connected to, and the
 * départements each serves; every other département uses the SNE (issue 20 item 5, decision 0010).
 *
 * Given as JSON, either in a file (`REGISTRIES_FILE`, the usual way: it can be mounted as a
 * secret) or inline (`REGISTRIES`), validated at start-up:
 *
 * ```json
 * { "sharedFiles": [
 *   { "id": "imhoweb", "name": "Imhoweb", "endpoint": "https://imhoweb.example/ws/interfaceNuu",
 *     "departements": ["22", "29", "35", "56"],
 *     "username": "guichet-0350", "passwordEnv": "IMHOWEB_PASSWORD",
 *     "clientCert": "/run/secrets/imhoweb.crt", "clientKey": "/run/secrets/imhoweb.key" } ] }
 * ```
 *
 * Credentials (HTTP Basic user and password, TLS client certificate) are never logged: the
 * password is held in a `SecretValue` that prints as `[secret]` (JSON, util.inspect, strings),
 * and the problems reported at start name the setting, never its value.
 */

/** A credential kept out of logs and error messages: only `reveal()` gives the value. */
export class SecretValue {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return '[secret]';
  }
  toString(): string {
    return '[secret]';
  }
  [inspect.custom](): string {
    return '[secret]';
  }
}

export interface SharedFileConfig {
  /** the registry's id in the platform (`imhoweb`), kept on the demands it holds */
  id: string;
  /** its name as people read it (`Imhoweb`) */
  name: string;
  /** URL of its interfaceNuu SOAP endpoint */
  endpoint: string;
  /** the départements it serves (INSEE codes) */
  departements: string[];
  timeoutMs: number;
  retries: number;
  /** HTTP Basic credentials, when the shared file asks for them */
  credentials?: { username: string; password: SecretValue };
  /** TLS client certificate and trusted authorities (file paths) */
  tls?: { certPath?: string; keyPath?: string; caPath?: string };
}

export interface RegistriesConfig {
  sharedFiles: SharedFileConfig[];
}

const ID = /^[a-z][a-z0-9-]{1,29}$/;
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,99}$/;
const path = z.string().min(1).max(1000);

const SharedFileSchema = z.strictObject({
  id: z.string().max(30).regex(ID, 'lower-case letters, digits and dashes, 2 to 30, starting with a letter'),
  name: z.string().trim().min(1).max(60),
  endpoint: z.url({ protocol: /^https?$/ }).max(2000),
  departements: z.array(z.string().max(3)).min(1).max(120),
  timeoutMs: z.int().min(100).max(120_000).optional(),
  retries: z.int().min(0).max(10).optional(),
  username: z.string().min(1).max(200).optional(),
  password: z.string().min(1).max(500).optional(),
  passwordEnv: z.string().max(100).regex(ENV_NAME, 'the name of an environment variable').optional(),
  clientCert: path.optional(),
  clientKey: path.optional(),
  ca: path.optional(),
});

const RegistriesSchema = z.strictObject({ sharedFiles: z.array(SharedFileSchema).max(20) });

/**
 * Reads and checks the shared files' settings. Returns them, or the problems as sentences naming
 * the setting at fault (never a credential's value).
 */
export function parseRegistriesConfig(
  raw: { file?: string | undefined; inline?: string | undefined },
  defaults: { timeoutMs: number; retries: number },
  env: NodeJS.ProcessEnv,
): RegistriesConfig | { problems: string[] } {
  if (raw.file && raw.inline) return { problems: ['REGISTRIES, REGISTRIES_FILE: set one of them, not both'] };
  const source = raw.file ? 'REGISTRIES_FILE' : 'REGISTRIES';
  let text = raw.inline;
  if (raw.file) {
    try {
      text = readFileSync(raw.file, 'utf8');
    } catch (e) {
      return { problems: [`REGISTRIES_FILE: cannot read ${raw.file} (${(e as { code?: string }).code ?? 'error'})`] };
    }
  }
  if (text === undefined || text.trim() === '') return { sharedFiles: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problems: [`${source}: not valid JSON`] };
  }
  const parsed = RegistriesSchema.safeParse(json);
  if (!parsed.success) {
    // zod's messages name the path and the rule, never the value
    return { problems: parsed.error.issues.map((i) => `${source}: ${['', ...i.path].join('.').slice(1) || '(root)'}: ${i.message}`) };
  }
  const problems: string[] = [];
  const servedBy = new Map<string, string>();
  const ids = new Set<string>();
  const sharedFiles: SharedFileConfig[] = [];
  parsed.data.sharedFiles.forEach((f, index) => {
    const at = `${source}: sharedFiles.${index} (${f.id})`;
    if (f.id === 'sne') problems.push(`${at}: the id sne is the national registry's (SNE_ENDPOINT)`);
    if (ids.has(f.id)) problems.push(`${at}: the id is used twice`);
    ids.add(f.id);
    for (const d of f.departements) {
      if (!isDepartementCode(d)) problems.push(`${at}: ${d} is not a département code (01–95, 2A, 2B, 971–978, 984–989)`);
      else if (servedBy.has(d)) problems.push(`${at}: département ${d} is served by ${servedBy.get(d)} already`);
      else servedBy.set(d, f.id);
    }
    if (f.password !== undefined && f.passwordEnv !== undefined) problems.push(`${at}: password or passwordEnv, not both`);
    const password = f.passwordEnv !== undefined ? env[f.passwordEnv] : f.password;
    if (f.passwordEnv !== undefined && !password) problems.push(`${at}: passwordEnv names ${f.passwordEnv}, which is not set`);
    const hasPassword = f.password !== undefined || f.passwordEnv !== undefined;
    if ((f.username !== undefined) !== hasPassword) problems.push(`${at}: username and password go together`);
    if ((f.clientCert === undefined) !== (f.clientKey === undefined)) problems.push(`${at}: clientCert and clientKey go together`);
    const tls = {
      ...(f.clientCert !== undefined && { certPath: f.clientCert }),
      ...(f.clientKey !== undefined && { keyPath: f.clientKey }),
      ...(f.ca !== undefined && { caPath: f.ca }),
    };
    sharedFiles.push({
      id: f.id,
      name: f.name,
      endpoint: f.endpoint,
      departements: [...new Set(f.departements)],
      timeoutMs: f.timeoutMs ?? defaults.timeoutMs,
      retries: f.retries ?? defaults.retries,
      ...(f.username !== undefined && password ? { credentials: { username: f.username, password: new SecretValue(password) } } : {}),
      ...(Object.keys(tls).length ? { tls } : {}),
    });
  });
  return problems.length ? { problems } : { sharedFiles };
}

import { setTimeout as sleep } from 'node:timers/promises';
import { retryDelayMs } from '../../shared/retry-delay';
import { demandError, type DocumentToVerify, type VerificationProvider, type VerificationVerdict } from '../../modules/demand/index';
import { parseVerdict } from './verdict-payload';

export interface HttpVerificationProviderConfig {
  /** e.g. https://verification.example.com (no trailing /v1) */
  baseUrl: string;
  apiKey: string;
  /** per attempt, including reading the answer (default 10 000 ms) */
  timeoutMs?: number;
  /** attempts after the first one, on network errors, timeouts, 408/429/5xx and nonsense answers (default 2) */
  retries?: number;
  /** first wait before a retry, doubled each time, with jitter (default 250 ms, capped at 5 s) */
  retryDelayMs?: number;
  /** where the provider should send its verdict (webhook); when absent it uses its own setting */
  callbackUrl?: string;
  logger?: { warn(details: object, message: string): void };
}

/**
 * The provider's HTTP API, as this adapter speaks it:
 *
 *   POST {baseUrl}/v1/documents            Authorization: Bearer <apiKey>, Idempotency-Key: <documentId>
 *        { documentId, documentType, contentType, fileName, contentBase64, callbackUrl? }
 *     → 201 or 202 { providerRef, status: "pending" }  (200 with the same providerRef on a repeat)
 *   GET  {baseUrl}/v1/documents/{providerRef}
 *     → 200 { providerRef, documentId, status: "pending" | "verified" | "rejected", reason?, decidedAt? }
 *     → 404 unknown reference
 *
 * Every failure to get a sensible answer ends, after the bounded retries, in DomainError
 * unavailable VERIFICATION.UNAVAILABLE (details: attempts, lastProblem, retryable: false when
 * the provider refused the request itself, e.g. 400 or 401, and retrying later will not help).
 */
export class HttpVerificationProvider implements VerificationProvider {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;

  constructor(private readonly config: HttpVerificationProviderConfig) {
    this.baseUrl = withoutTrailingSlashes(new URL(config.baseUrl).toString());
    this.timeoutMs = config.timeoutMs ?? 10_000;
    this.retries = Math.max(0, Math.trunc(config.retries ?? 2));
    this.retryDelayMs = config.retryDelayMs ?? 250;
  }

  async submit(doc: DocumentToVerify): Promise<{ providerRef: string }> {
    const body = JSON.stringify({
      documentId: doc.documentId,
      documentType: doc.documentType,
      contentType: doc.contentType,
      fileName: doc.fileName,
      contentBase64: Buffer.from(doc.content.buffer, doc.content.byteOffset, doc.content.byteLength).toString('base64'),
      ...(this.config.callbackUrl ? { callbackUrl: this.config.callbackUrl } : {}),
    });
    return this.call('submit', `${this.baseUrl}/v1/documents`, { method: 'POST', body, idempotencyKey: doc.documentId }, (json) => {
      const ref = (json as { providerRef?: unknown } | null)?.providerRef;
      return typeof ref === 'string' && ref.trim() !== '' && ref.length <= 200 ? { providerRef: ref } : undefined;
    });
  }

  async poll(providerRef: string): Promise<VerificationVerdict | null> {
    const url = `${this.baseUrl}/v1/documents/${encodeURIComponent(providerRef)}`;
    return this.call('poll', url, { method: 'GET', providerRef }, (json) => {
      if (typeof json !== 'object' || json === null) return undefined;
      const answer = json as Record<string, unknown>;
      if (answer.status === 'pending') return { value: null };
      if (answer.status !== 'verified' && answer.status !== 'rejected') return undefined;
      const verdict = parseVerdict({ ...answer, providerRef: answer.providerRef ?? providerRef, outcome: answer.status });
      return verdict && verdict.providerRef === providerRef ? { value: verdict } : undefined;
    }).then((r) => r.value);
  }

  /**
   * One logical call, with retries. `read` turns the JSON of a 2xx answer into the result, or
   * undefined when the answer does not make sense (treated like an outage).
   */
  private async call<T>(
    operation: string,
    url: string,
    request: { method: 'GET' | 'POST'; body?: string; idempotencyKey?: string; providerRef?: string },
    read: (json: unknown) => T | undefined,
  ): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.config.apiKey}`, accept: 'application/json' };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (request.idempotencyKey) headers['idempotency-key'] = request.idempotencyKey;

    let lastProblem = '';
    const attempts = this.retries + 1;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (attempt > 1) await sleep(this.backoff(attempt - 1));
      let status: number;
      let text: string;
      try {
        const response = await fetch(url, {
          method: request.method,
          headers,
          ...(request.body === undefined ? {} : { body: request.body }),
          signal: AbortSignal.timeout(this.timeoutMs),
          redirect: 'error',
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        lastProblem = describeFetchError(error, this.timeoutMs);
        this.warn(operation, attempt, attempts, lastProblem);
        continue;
      }
      if (request.providerRef !== undefined && status === 404) {
        throw demandError.verificationUnknownAtProvider(request.providerRef);
      }
      if (status === 408 || status === 429 || status >= 500) {
        lastProblem = `HTTP ${status}`;
        this.warn(operation, attempt, attempts, lastProblem);
        continue;
      }
      if (status < 200 || status >= 300) {
        // the provider refuses the request itself (bad key, bad document…): retrying will not help
        throw unavailableError(operation, attempt, `HTTP ${status}`, false);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        lastProblem = 'answer is not JSON';
        this.warn(operation, attempt, attempts, lastProblem);
        continue;
      }
      const result = read(json);
      if (result === undefined) {
        lastProblem = 'answer lacks the expected fields';
        this.warn(operation, attempt, attempts, lastProblem);
        continue;
      }
      return result;
    }
    throw unavailableError(operation, attempts, lastProblem, true);
  }

  private backoff(retry: number): number {
    return retryDelayMs(retry, { baseMs: this.retryDelayMs, maxMs: 5_000, jitter: 'upperHalf' });
  }

  private warn(operation: string, attempt: number, attempts: number, problem: string): void {
    this.config.logger?.warn({ operation, attempt, attempts, problem }, 'verification provider call failed');
  }
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timeout after ${timeoutMs} ms`;
  return `network error: ${e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error)}`;
}

function unavailableError(operation: string, attempts: number, lastProblem: string, retryable: boolean) {
  return demandError.verificationUnavailable({ operation, attempts, lastProblem, retryable });
}

/** `https://x/v1/` → `https://x/v1` (a loop: the pattern `/\/+$/` is quadratic on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

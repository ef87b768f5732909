import { stdSerializers } from 'pino';

/**
 * A failed query's parameters are people's data and secrets (tokens, hashes): the error keeps
 * the SQL text and the database's own error code and names (table, column, constraint), never
 * the values. Drizzle puts the parameters in `params` and in the message ("Failed query: …
 * params: …"); PostgreSQL puts values in the `detail` of a constraint error ("Failing row
 * contains (…)", "Key (email)=(…)") and in the message of a data exception (class 22: `value
 * "3000000000" is out of range`, `invalid input syntax for type integer: "…"`). Causes are
 * cleaned the same way, in the message and in the stack. String searches only (no pattern that
 * could run long on a long value).
 */
export function errorWithoutQueryParameters(input: unknown): unknown {
  // pino-http hands its serialisers an error already serialised by pino's own, the original in `raw`
  const raw = (input as { raw?: unknown } | null)?.raw;
  const err = input instanceof Error ? input : raw instanceof Error ? raw : input;
  const serialized = stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object' || !(err instanceof Error)) return serialized;
  const copy: Record<string, unknown> = { ...serialized };
  for (const key of VALUE_BEARING_FIELDS) if (key in copy) copy[key] = '[redacted]';
  const chain = causeChain(err);
  copy.message = chain.map(cleanMessage).join(': ');
  copy.stack = chain.map((e) => cleanStack(e)).join('\ncaused by: ');
  return copy;
}

/** Fields of a driver error (pg, PGlite, drizzle) that carry parameters or a row's values. */
const VALUE_BEARING_FIELDS = ['params', 'parameters', 'detail', 'where', 'internalQuery'] as const;

function causeChain(err: Error): Error[] {
  const chain: Error[] = [];
  for (let e: unknown = err; e instanceof Error && chain.length < 8 && !chain.includes(e); e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

/** A data exception (SQLSTATE class 22) quotes the value it refused. */
const quotesValues = (e: Error): boolean => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.length === 5 && code.startsWith('22');
};

function cleanMessage(e: Error): string {
  let message = String(e.message ?? '');
  const at = message.indexOf('\nparams: ');
  if (at >= 0) message = `${message.slice(0, at)}\nparams: [redacted]`;
  return quotesValues(e) ? withoutQuotedValues(message) : message;
}

/** `value "3000000000" is out of range` → `value "[redacted]" is out of range`. */
function withoutQuotedValues(text: string): string {
  const parts = text.split('"');
  return parts.map((part, i) => (i % 2 === 1 && i < parts.length - 1 ? '[redacted]' : part)).join('"');
}

function cleanStack(e: Error): string {
  const stack = typeof e.stack === 'string' ? e.stack : '';
  const message = String(e.message ?? '');
  // the stack opens with the message: replace it as a whole, then the frames follow
  const at = message ? stack.indexOf(message) : -1;
  if (at >= 0) return stack.slice(0, at) + cleanMessage(e) + stack.slice(at + message.length);
  const frames = stack.indexOf('\n    at ');
  return `${e.name}: ${cleanMessage(e)}${frames >= 0 ? stack.slice(frames) : ''}`;
}

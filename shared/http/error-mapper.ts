import { $ZodError } from '../zod.js';
import { AppError, RETRY_AFTER_SECONDS, ServiceUnavailableError, type ErrorDetail } from '../errors.js';

export interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] };
}

export interface MappedError {
  status: number;
  body: ErrorBody;
  /** True when the cause is ours (500): logged as an error, never shown. */
  internal: boolean;
  headers?: Record<string, string>;
}

/** Network failures and timeouts of the SDK clients or of the function itself (middy's early timeout). */
const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'NetworkingError',
  'AbortError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'SlowDown',
]);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** True when the error says a dependency is unreachable, slow or overloaded, not that the request is wrong. */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };
  if (e.name && UNAVAILABLE_NAMES.has(e.name)) return true;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return e.cause !== undefined && e.cause !== error && isUnavailable(e.cause);
}

/** Zod issues → `details` with dotted field paths (docs/rules.md §9). */
export function zodDetails(error: $ZodError, prefix?: string): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
    return { path: path || '(root)', message: issue.message, code: issue.code };
  });
}

const isHttpError = (e: unknown): e is { statusCode: number; message: string; expose?: boolean } =>
  typeof e === 'object' && e !== null && typeof (e as { statusCode?: unknown }).statusCode === 'number';

/**
 * The one place errors become HTTP responses (docs/architecture.md). Typed AppErrors keep their status and code;
 * middy's own client errors (415 from the JSON body parser) keep their status; everything else is a 500
 * whose body says nothing about internals.
 */
export function mapError(error: unknown): MappedError {
  if (error instanceof ServiceUnavailableError || (!(error instanceof AppError) && isUnavailable(error))) {
    const seconds = error instanceof ServiceUnavailableError ? error.retryAfterSeconds : RETRY_AFTER_SECONDS;
    return {
      status: 503,
      body: {
        error:
          error instanceof ServiceUnavailableError
            ? { code: error.code, message: error.message, details: error.details }
            : {
                code: 'unavailable',
                message: 'A service the API depends on did not answer in time; retry shortly.',
                details: [],
              },
      },
      // Logged as an error (someone should look), but the caller gets the retryable 503.
      internal: true,
      headers: { 'retry-after': String(seconds) },
    };
  }
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, details: error.details } },
      internal: false,
      ...(error.retryAfterSeconds !== undefined ? { headers: { 'retry-after': String(error.retryAfterSeconds) } } : {}),
    };
  }
  if (error instanceof $ZodError) {
    return {
      status: 400,
      body: { error: { code: 'validation-error', message: 'The request is not valid.', details: zodDetails(error) } },
      internal: false,
    };
  }
  // The guard answers a wrong Content-Type itself (a typed AppError above); the JSON parser's 415 that
  // reaches here is therefore a body that is not valid JSON. Decided by status, never by message text.
  if (isHttpError(error) && error.statusCode === 415) {
    return {
      status: 415,
      body: { error: { code: 'unsupported-media-type', message: 'The request body is not valid JSON.', details: [] } },
      internal: false,
    };
  }
  return {
    status: 500,
    body: {
      error: { code: 'internal-error', message: 'An internal error occurred. The error has been logged.', details: [] },
    },
    internal: true,
  };
}

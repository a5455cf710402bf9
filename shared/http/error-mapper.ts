import { ZodError } from 'zod';
import { AppError, type ErrorDetail } from '../errors.js';

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

/** Zod issues → `details` with dotted field paths (docs/rules.md §9). */
export function zodDetails(error: ZodError, prefix?: string): ErrorDetail[] {
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
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, details: error.details } },
      internal: false,
      ...(error.retryAfterSeconds !== undefined ? { headers: { 'retry-after': String(error.retryAfterSeconds) } } : {}),
    };
  }
  if (error instanceof ZodError) {
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

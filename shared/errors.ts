/**
 * Typed errors the domain and the adapters throw. They are mapped to HTTP in exactly one place
 * (shared/http/error-mapper.ts); nothing maps by message text (docs/architecture.md).
 */
export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
}

export class AppError extends Error {
  /** Sent as Retry-After (seconds) with 429 and 503 answers. */
  retryAfterSeconds?: number;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: bad input. `details` lists each bad field with its path. */
export class ValidationError extends AppError {
  constructor(message: string, details: ErrorDetail[] = [], code = 'validation-error') {
    super(400, code, message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Missing or invalid credentials.') {
    super(401, 'unauthorized', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'The caller may not do this.') {
    super(403, 'forbidden', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, code = 'not-found') {
    super(404, code, message);
  }
}

/** 409: the request conflicts with stored state or with a rule (`code` names the rule). */
export class ConflictError extends AppError {
  constructor(code: string, message: string, details: ErrorDetail[] = []) {
    super(409, code, message, details);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, 'payload-too-large', `The request body is larger than ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = 'The request body must be JSON (Content-Type: application/json).') {
    super(415, 'unsupported-media-type', message);
  }
}

/**
 * 503: a dependency (the table, the bucket) did not answer in time or is down. The request may be retried
 * after `retryAfterSeconds` (sent as Retry-After). Nothing half-done is left, as every write is one request or
 * one transaction, except where the answer says what was stored (a roster load: `roster-load-incomplete`).
 */
export class ServiceUnavailableError extends AppError {
  constructor(
    message = 'A service the API depends on did not answer in time; retry shortly.',
    retryAfterSeconds = RETRY_AFTER_SECONDS,
    code = 'unavailable',
    details: ErrorDetail[] = [],
  ) {
    super(503, code, message, details);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** What a 503 tells the caller to wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

export class TooManyRequestsError extends AppError {
  constructor(message = 'Too many concurrent updates; retry shortly.', retryAfterSeconds = 1) {
    super(429, 'too-many-requests', message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

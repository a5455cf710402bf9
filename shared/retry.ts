import { TooManyRequestsError } from './errors.js';

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  capMs: number;
}

/** The default: enough tries for a busy person-year or case, each wait drawn from a capped, doubling window. */
export const DEFAULT_RETRY: RetryOptions = { attempts: 80, baseMs: 5, capMs: 250 };

/** Signals a lost optimistic-locking race: read again and retry. */
export class RetryableConflict extends Error {
  constructor() {
    super('optimistic lock lost');
    this.name = 'RetryableConflict';
  }
}

/**
 * Runs `attempt` until it succeeds, retrying lost races (RetryableConflict) with full-jitter exponential
 * backoff. After `attempts` tries the caller gets 429 and may retry later; nothing was written.
 */
export async function retryOnConflict<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryOptions = DEFAULT_RETRY,
): Promise<T> {
  for (let n = 0; ; n += 1) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof RetryableConflict) || n + 1 >= options.attempts) {
        if (error instanceof RetryableConflict) throw new TooManyRequestsError();
        throw error;
      }
      const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(n, 10));
      await new Promise((r) => setTimeout(r, Math.random() * ceiling));
    }
  }
}

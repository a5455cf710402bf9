import {
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { TooManyRequestsError } from '../errors.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * A cancelled transaction with the reason code of each item, in order ('None' for items that were fine):
 * `ConditionalCheckFailed` tells which condition broke, `TransactionConflict` that another transaction
 * touched an item at the same moment.
 */
export class TransactionCancelledError extends Error {
  constructor(
    readonly reasons: string[],
    readonly items: (Record<string, unknown> | undefined)[],
  ) {
    super(`transaction cancelled: ${reasons.join(', ')}`);
    this.name = 'TransactionCancelledError';
  }

  failed(index: number): boolean {
    return this.reasons[index] === 'ConditionalCheckFailed';
  }

  get conflict(): boolean {
    return this.reasons.includes('TransactionConflict');
  }
}

/** TransactWriteItems that turns cancellation into a typed error carrying the per-item reasons. */
export async function transactWrite(client: DynamoDBDocumentClient, items: TransactItem[]): Promise<void> {
  try {
    await client.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const e = error as { name?: string; CancellationReasons?: { Code?: string; Item?: Record<string, unknown> }[] };
    if (e.name === 'TransactionCanceledException') {
      const reasons = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
      throw new TransactionCancelledError(
        reasons,
        (e.CancellationReasons ?? []).map((r) => r.Item),
      );
    }
    if (e.name === 'TransactionConflictException')
      throw new TransactionCancelledError(
        items.map(() => 'TransactionConflict'),
        [],
      );
    throw error;
  }
}

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  capMs: number;
}

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
  options: RetryOptions = { attempts: 80, baseMs: 5, capMs: 250 },
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

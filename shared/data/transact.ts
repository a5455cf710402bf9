import {
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';

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

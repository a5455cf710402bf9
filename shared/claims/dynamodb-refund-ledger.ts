import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RefundLedger } from './ports.js';

/**
 * The refund ledger in the main table: RECON#<year> / PERSON#<id> holds what was already refunded. A run
 * pays only the difference between what is due now and what was refunded before, with a condition on the
 * old amount, so two runs (even concurrent ones) never pay the same yuan twice.
 */
export class DynamoDbRefundLedger implements RefundLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async pay(year: number, personId: string, due: number, runAt: string): Promise<number> {
    const key = { pk: `RECON#${year}`, sk: `PERSON#${personId}` };
    for (;;) {
      const current = (
        await this.client.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }))
      ).Item;
      const refunded = (current?.refunded as number | undefined) ?? 0;
      if (due <= refunded) return 0;
      try {
        if (current) {
          await this.client.send(
            new UpdateCommand({
              TableName: this.table,
              Key: key,
              UpdateExpression: 'SET refunded = :n, lastRunAt = :at',
              ConditionExpression: 'refunded = :old',
              ExpressionAttributeValues: { ':n': due, ':old': refunded, ':at': runAt },
            }),
          );
        } else {
          await this.client.send(
            new PutCommand({
              TableName: this.table,
              Item: { ...key, entity: 'reconciliation-refund', refunded: due, lastRunAt: runAt },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
        }
        return due - refunded;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    }
  }
}

import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbAuditTrail } from '../audit/dynamodb-audit-trail.js';
import { personYearChain } from '../audit/chains.js';
import { personRef } from '../audit/hash.js';
import { SYSTEM_ACTOR, type Actor } from '../audit/types.js';
import { queryItems } from '../data/query.js';
import { TransactionCancelledError } from '../data/transact.js';
import { RefundAccountMovedError, type RefundAccount, type RefundAccountFigures, type RefundLedger } from './ports.js';

const PREFIX = 'PERSON#';

function toAccount(item: Record<string, unknown>): RefundAccount {
  const { pk: _pk, sk: _sk, entity: _entity, version, ...figures } = item;
  // Accounts written before versions existed read as version 0.
  return { ...(figures as unknown as RefundAccountFigures), version: (version as number | undefined) ?? 0 };
}

/**
 * The refund ledger in the main table: RECON#<year> / PERSON#<id> holds one person's account for the
 * year. A save is a Put conditioned on the version read (or on the item's absence), so a run that lost a
 * race to another run reads again instead of recording a payment twice.
 */
export class DynamoDbRefundLedger implements RefundLedger {
  private readonly audit: DynamoDbAuditTrail;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.audit = new DynamoDbAuditTrail(client, table);
  }

  async getAccount(year: number, personId: string): Promise<RefundAccount | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: `RECON#${year}`, sk: `${PREFIX}${personId}` },
        ConsistentRead: true,
      }),
    );
    return Item ? toAccount(Item) : undefined;
  }

  async *accountsOf(year: number): AsyncGenerator<{ personId: string; account: RefundAccount }> {
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': `RECON#${year}`, ':p': PREFIX },
      ConsistentRead: true,
    }))
      yield { personId: String(item.sk).slice(PREFIX.length), account: toAccount(item) };
  }

  async saveAccount(
    year: number,
    personId: string,
    figures: RefundAccountFigures,
    expectedVersion: number | undefined,
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<void> {
    const condition =
      expectedVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : expectedVersion === 0
          ? {
              ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#v) OR #v = :v)',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':v': 0 },
            }
          : {
              ConditionExpression: '#v = :v',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':v': expectedVersion },
            };
    const item = {
      pk: `RECON#${year}`,
      sk: `${PREFIX}${personId}`,
      entity: 'reconciliation-refund',
      ...figures,
      version: (expectedVersion ?? 0) + 1,
    };
    // The reconciliation line joins the person-year's chain, with the claims it was computed from.
    try {
      await this.audit.transact([{ Put: { TableName: this.table, Item: item, ...condition } }], {
        chain: personYearChain(personId, year),
        entity: 'refund-account',
        entityId: `${personRef(personId)}/${year}`,
        action: 'reconciliation.line',
        actor,
        at: figures.lastRunAt ?? new Date().toISOString(),
        items: [item],
        summary: { refunded: figures.refunded, recoverable: figures.recoverable },
      });
    } catch (error) {
      // The account moved, or the chain stayed busy past the trail's retries: read again either way.
      if (error instanceof TransactionCancelledError) throw new RefundAccountMovedError();
      throw error;
    }
  }
}

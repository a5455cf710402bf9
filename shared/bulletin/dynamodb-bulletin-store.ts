import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { transactWrite, TransactionCancelledError } from '../data/transact.js';
import type { IsoDate } from '../dates.js';
import {
  BulletinClosedError,
  BulletinMovedError,
  type BulletinState,
  type BulletinStore,
  type RevisionRef,
  type Submission,
} from './ports.js';

/**
 * Bulletin items in the main table (docs/data-model.md):
 *   BULLETIN#<asOf> / STATE            closedAt, revisions (the published ones, in order), draft
 *       gsi1: BULLETINS / <asOf>       (the list of cut-offs)
 *   BULLETIN#<asOf> / SUB#<township>   a township's current submission with its earlier versions
 * One Query on BULLETIN#<asOf> reads the state and every submission.
 */
const pk = (asOf: IsoDate) => `BULLETIN#${asOf}`;
const STATE = 'STATE';
const subKey = (township: string) => `SUB#${township}`;

export class DynamoDbBulletinStore implements BulletinStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async state(asOf: IsoDate): Promise<BulletinState | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk: pk(asOf), sk: STATE }, ConsistentRead: true }),
    );
    return out.Item ? stateOf(out.Item) : undefined;
  }

  async submissions(asOf: IsoDate): Promise<Submission[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sub)',
          ExpressionAttributeValues: { ':pk': pk(asOf), ':sub': 'SUB#' },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.map((i) => i.submission as Submission);
  }

  async submission(asOf: IsoDate, township: string): Promise<Submission | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk: pk(asOf), sk: subKey(township) }, ConsistentRead: true }),
    );
    return out.Item?.submission as Submission | undefined;
  }

  /** One transaction: the cut-off is still open, and the stored submission is the one replaced. */
  async submit(next: Submission, expectedVersion: number): Promise<void> {
    try {
      await transactWrite(this.client, [
        {
          ConditionCheck: {
            TableName: this.table,
            Key: { pk: pk(next.asOf), sk: STATE },
            ConditionExpression: 'attribute_not_exists(closedAt)',
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: {
              pk: pk(next.asOf),
              sk: subKey(next.township),
              entity: 'bulletin-submission',
              version: next.version,
              submission: next,
            },
            ...(expectedVersion === 0
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelledError) {
        if (error.failed(0)) throw new BulletinClosedError();
        if (error.failed(1) || error.conflict) throw new BulletinMovedError();
      }
      throw error;
    }
  }

  async close(asOf: IsoDate, at: string): Promise<BulletinState> {
    const out = await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: pk(asOf), sk: STATE },
        UpdateExpression:
          'SET closedAt = if_not_exists(closedAt, :at), revisions = if_not_exists(revisions, :none), asOf = :d, entity = :e, gsi1pk = :g, gsi1sk = :d',
        ExpressionAttributeValues: { ':at': at, ':none': [], ':d': asOf, ':e': 'bulletin-state', ':g': 'BULLETINS' },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return stateOf(out.Attributes ?? {});
  }

  async addRevision(asOf: IsoDate, ref: RevisionRef, expectedCount: number): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: pk(asOf), sk: STATE },
          UpdateExpression: 'SET revisions = list_append(revisions, :r)',
          ConditionExpression: 'size(revisions) = :n',
          ExpressionAttributeValues: { ':r': [ref], ':n': expectedCount },
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new BulletinMovedError();
      throw error;
    }
  }

  async setDraft(asOf: IsoDate, draft: { prefix: string; builtAt: string }): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: pk(asOf), sk: STATE },
        UpdateExpression:
          'SET draft = :draft, revisions = if_not_exists(revisions, :none), asOf = :d, entity = :e, gsi1pk = :g, gsi1sk = :d',
        ExpressionAttributeValues: {
          ':draft': draft,
          ':none': [],
          ':d': asOf,
          ':e': 'bulletin-state',
          ':g': 'BULLETINS',
        },
      }),
    );
  }

  async list(): Promise<BulletinState[]> {
    const out: BulletinState[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :g',
          ExpressionAttributeValues: { ':g': 'BULLETINS' },
          ScanIndexForward: false,
          ExclusiveStartKey: start,
        }),
      );
      out.push(...(page.Items ?? []).map(stateOf));
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }
}

function stateOf(item: Record<string, unknown>): BulletinState {
  return {
    asOf: item.asOf as string,
    ...(item.closedAt ? { closedAt: item.closedAt as string } : {}),
    revisions: (item.revisions as RevisionRef[] | undefined) ?? [],
    ...(item.draft ? { draft: item.draft as BulletinState['draft'] & object } : {}),
  };
}

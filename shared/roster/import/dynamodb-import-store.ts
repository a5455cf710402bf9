import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryItems } from '../../data/query.js';
import type { LoadingRole } from '../ownership.js';
import type { ColumnMapping } from './fields.js';
import { StaleRunError, type ImportCounts, type ImportJob, type ImportStatus } from './ports.js';

/**
 * Roster import items in the main table (docs/data-model.md):
 *   ROSTERIMPORT#<importId> / JOB     the import: file, mapping, status, counts, progress, checkpoint;
 *       gsi1: ROSTERIMPORTS#<office> / <createdAt>#<importId>   (an office's imports, newest last)
 *   ROSTERMAP#<office> / MAPPING      the office's remembered column mapping
 */
const jobKey = (importId: string) => ({ pk: `ROSTERIMPORT#${importId}`, sk: 'JOB' });
const mappingKey = (office: LoadingRole) => ({ pk: `ROSTERMAP#${office}`, sk: 'MAPPING' });

const STRIP = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'entity']);
const toJob = (item: Record<string, unknown>): ImportJob =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !STRIP.has(k))) as unknown as ImportJob;

export class DynamoDbImportStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async create(job: ImportJob): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          ...jobKey(job.importId),
          entity: 'roster-import',
          ...job,
          gsi1pk: `ROSTERIMPORTS#${job.office}`,
          gsi1sk: `${job.createdAt}#${job.importId}`,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(importId: string): Promise<ImportJob | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: jobKey(importId), ConsistentRead: true }),
    );
    return out.Item ? toJob(out.Item) : undefined;
  }

  async list(office: LoadingRole, limit = 20): Promise<ImportJob[]> {
    const jobs: ImportJob[] = [];
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': `ROSTERIMPORTS#${office}` },
      ScanIndexForward: false,
      Limit: limit,
    })) {
      jobs.push(toJob(item));
      if (jobs.length >= limit) break;
    }
    return jobs;
  }

  /**
   * Sets fields of the job; with `run`, only while the job is still on that run (a newer dry run or load
   * request makes an older worker's writes stale); with `from`, only when the status is one of them.
   */
  async update(
    importId: string,
    fields: Partial<ImportJob>,
    when: { run?: number; from?: readonly ImportStatus[] } = {},
  ): Promise<ImportJob> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        names[`#${k}`] = k;
        values[`:${k}`] = v;
        return `#${k} = :${k}`;
      });
    const conditions = ['attribute_exists(pk)'];
    if (when.run !== undefined) {
      names['#run'] = 'run';
      values[':expectedRun'] = when.run;
      conditions.push('#run = :expectedRun');
    }
    if (when.from) {
      names['#status'] = 'status';
      const list = when.from.map((s, i) => {
        values[`:from${i}`] = s;
        return `:from${i}`;
      });
      conditions.push(`#status IN (${list.join(', ')})`);
    }
    try {
      const out = await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: jobKey(importId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toJob(out.Attributes ?? {});
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new StaleRunError(importId);
      throw error;
    }
  }

  /**
   * Records one loaded chunk: the checkpoint moves from `from` to `through` and the chunk's counts are
   * added, in one conditional write — a chunk retried after a crash is counted once.
   */
  async checkpoint(importId: string, run: number, from: number, through: number, counts: ImportCounts, at: string) {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: jobKey(importId),
          UpdateExpression:
            'SET loadedThrough = :through, #processed = :through, updatedAt = :at, loaded.#new = loaded.#new + :n, loaded.changed = loaded.changed + :c, loaded.unchanged = loaded.unchanged + :u, loaded.rejected = loaded.rejected + :r',
          ConditionExpression: '#run = :run AND loadedThrough = :from AND #status = :loading',
          ExpressionAttributeNames: { '#run': 'run', '#status': 'status', '#new': 'new', '#processed': 'processed' },
          ExpressionAttributeValues: {
            ':through': through,
            ':from': from,
            ':run': run,
            ':loading': 'loading',
            ':at': at,
            ':n': counts.new,
            ':c': counts.changed,
            ':u': counts.unchanged,
            ':r': counts.rejected,
          },
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new StaleRunError(importId);
      throw error;
    }
  }

  async getMapping(office: LoadingRole): Promise<ColumnMapping> {
    const out = await this.client.send(new GetCommand({ TableName: this.table, Key: mappingKey(office) }));
    return (out.Item?.mapping as ColumnMapping | undefined) ?? {};
  }

  async putMapping(office: LoadingRole, mapping: ColumnMapping, by: string, at: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...mappingKey(office), entity: 'roster-import-mapping', mapping, changedBy: by, changedAt: at },
      }),
    );
  }
}

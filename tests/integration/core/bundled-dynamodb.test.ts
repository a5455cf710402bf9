import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { bundleProbe } from '../../support/bundled-probe.js';

/**
 * The platform's DynamoDB document client as a function bundle carries it: built with the stack's esbuild options
 * and plugins (infra/lib/bundling.ts, build-function.mjs: the DynamoDB schemas it uses, no event-stream codec, the
 * client's package.json cut to its version), then run in a fresh `node` against DynamoDB Local. Every kind of
 * request the stores send goes through the bundled client, and the two errors they act on are read back as the
 * stores expect them: a failed condition, and a cancelled transaction with its reasons.
 */
const PROBE = `
  import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
  import { ddb, tableNameFromEnv } from './shared/data/clients.ts';
  export async function run(pk) {
    const db = ddb();
    const TableName = tableNameFromEnv();
    const out = {};
    for (let i = 0; i < 5; i += 1)
      await db.send(new PutCommand({ TableName, Item: { pk, sk: 'ITEM#' + i, n: i, name: '扎兰屯' + i, fen: 123456789012 + i, tags: new Set(['a', 'b']), nested: { list: [1, 'x', null] } } }));
    const got = (await db.send(new GetCommand({ TableName, Key: { pk, sk: 'ITEM#3' }, ConsistentRead: true }))).Item;
    out.got = { ...got, tags: [...got.tags].sort() };
    const pages = [];
    let ExclusiveStartKey;
    do {
      const page = await db.send(new QueryCommand({ TableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, Limit: 2, ExclusiveStartKey }));
      pages.push(page.Items.map((i) => i.n));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    out.pages = pages;
    out.updated = (await db.send(new UpdateCommand({ TableName, Key: { pk, sk: 'ITEM#0' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 10 }, ReturnValues: 'UPDATED_NEW' }))).Attributes;
    try {
      await db.send(new PutCommand({ TableName, Item: { pk, sk: 'ITEM#1' }, ConditionExpression: 'attribute_not_exists(pk)' }));
      out.condition = 'stored';
    } catch (e) {
      out.condition = e.name;
    }
    try {
      await db.send(new TransactWriteCommand({ TransactItems: [
        { Put: { TableName, Item: { pk, sk: 'ITEM#9', n: 9 } } },
        { Update: { TableName, Key: { pk, sk: 'ITEM#2' }, UpdateExpression: 'SET n = :n', ConditionExpression: 'n = :was', ExpressionAttributeValues: { ':n': 20, ':was': 99 } } },
      ] }));
      out.transaction = 'committed';
    } catch (e) {
      out.transaction = { name: e.name, reasons: e.CancellationReasons.map((r) => r.Code) };
    }
    const batch = await db.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: [{ pk, sk: 'ITEM#4' }, { pk, sk: 'ITEM#9' }] } } }));
    out.batch = batch.Responses[TableName].map((i) => i.sk);
    await db.send(new DeleteCommand({ TableName, Key: { pk, sk: 'ITEM#4' } }));
    out.afterDelete = (await db.send(new GetCommand({ TableName, Key: { pk, sk: 'ITEM#4' }, ConsistentRead: true }))).Item ?? null;
    return out;
  }`;

describe('the DynamoDB document client, bundled as a function carries it', () => {
  it('puts, gets, pages a query, updates, batch-gets and deletes, and reads back a failed condition and a cancelled transaction', async () => {
    const probe = await bundleProbe('bundled-dynamodb', PROBE);
    // The bundle was built with the plugins: no event-stream codec, no whole package.json.
    expect(probe.inputs).toContain('zlt-left-out:event-streams-left-out');
    expect(probe.inputs.some((i) => i.includes('submodules/event-streams/'))).toBe(false);
    expect(probe.code).not.toContain('"devDependencies"');

    const pk = `BUNDLED#${randomUUID()}`;
    const run = probe.run(pk, {
      AWS_REGION: 'cn-north-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamodbEndpoint'),
      TABLE_NAME: inject('tableName'),
    });
    probe.dispose();
    expect(run.status, run.stderr).toBe(0);
    const out = run.out as Record<string, unknown>;
    expect(out.got).toEqual({
      pk,
      sk: 'ITEM#3',
      n: 3,
      name: '扎兰屯3',
      fen: 123456789015,
      tags: ['a', 'b'],
      nested: { list: [1, 'x', null] },
    });
    expect(out.pages).toEqual([[0, 1], [2, 3], [4]]);
    expect(out.updated).toEqual({ n: 10 });
    expect(out.condition).toBe('ConditionalCheckFailedException');
    expect(out.transaction).toEqual({
      name: 'TransactionCanceledException',
      reasons: ['None', 'ConditionalCheckFailed'],
    });
    expect(out.batch).toEqual(['ITEM#4']);
    expect(out.afterDelete).toBeNull();
  });
});

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway, type Gateway } from '../../../infra/local/gateway.js';
import { createLocalAuth } from '../../../infra/local/local-auth.js';
import { ddb } from '../../../shared/data/clients.js';
import { ROUTES } from '../../../shared/platform/routes/index.js';
import { tally } from '../../support/attack-tally.js';
import { dynamo, personRow, tableName } from '../../support/api.js';

/**
 * A roster load (PUT /v1/roster/persons) whose table writes fail partway. The gateway and the handler run in
 * this process, against the shared DynamoDB Local; the fault is injected into the handler's own SDK client
 * (a write that times out, as a frozen table does), because making chosen rows of one request fail for real
 * would mean stopping the DynamoDB Local every other test file is using. Everything else is real: the rows
 * that were written are read back from DynamoDB Local.
 */
let gateway: Gateway;
let token: string;
const failing = new Set<string>();
/** Every table command in order, with the person ids it names: when each group started, when the fault hit. */
const commands: { name: string; input: string; failed: boolean }[] = [];

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: tableName(),
    AWS_ENDPOINT_URL_DYNAMODB: inject('dynamodbEndpoint'),
    AWS_REGION: 'cn-north-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    // As the local stack does: DynamoDB Local on a shared machine may be slow, and only the injected
    // fault may fail a write here (a real write that timed out could still land and blur the comparison).
    SDK_CONNECTION_TIMEOUT_MS: '10000',
    SDK_REQUEST_TIMEOUT_MS: '20000',
    LOCAL_FUNCTION_TIMEOUT_MS: '120000',
  });
  // The fault: the transaction that writes a person in `failing` (with its group of up to 98 rows and their
  // audit record) times out before it reaches the table.
  ddb().middlewareStack.add(
    (next, context) => async (args) => {
      const input = JSON.stringify((args as { input?: unknown }).input ?? {});
      const fail =
        context.commandName?.startsWith('TransactWrite') === true && [...failing].some((id) => input.includes(id));
      commands.push({ name: context.commandName ?? '', input, failed: fail });
      if (fail) {
        throw Object.assign(new Error('Connection timed out after 2000 ms'), { name: 'TimeoutError' });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectRosterWriteFault' },
  );
  const auth = await createLocalAuth();
  gateway = await startGateway({ routes: ROUTES, auth, port: 0 });
  token = await auth.issue({ role: 'poverty-office', sub: 'load-fault-test' });
});
afterAll(() => gateway?.close());

const put = async (persons: unknown[]) => {
  const r = await fetch(`${gateway.url}/v1/roster/persons`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ persons }),
  });
  return { status: r.status, headers: r.headers, body: JSON.parse(await r.text()) };
};

const stored = async (personId: string) =>
  (await dynamo().send(new GetCommand({ TableName: tableName(), Key: { pk: `PERSON#${personId}`, sk: 'PROFILE' } })))
    .Item;

describe('a roster load that fails midway (issue 11, failure paths)', () => {
  it('answers 503 naming the rows not stored (the failed transaction’s group); the others are stored; the same request again finishes it', async () => {
    // 200 rows: transactions of 98 + 98 + 4 rows (each with its audit record and chain head).
    const rows = Array.from({ length: 200 }, () => personRow());
    const bad = personRow({ personId: '159998199001011234' }); // wrong check character: rejected, not "not stored"
    failing.add(rows[100]!.personId as string); // in the second group: rows 98..195
    const first = await put([...rows, bad]);
    tally('faults: roster load fails midway', 1);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('5');
    expect(first.body.error.code).toBe('roster-load-incomplete');
    expect(first.body.error.message).toMatch(/^102 of 200 valid rows were stored/);
    expect(first.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      Array.from({ length: 98 }, (_, i) => `persons.${98 + i}`),
    );
    for (const [i, row] of rows.entries()) {
      const item = await stored(row.personId as string);
      if (i >= 98 && i < 196) expect(item, `row ${i}`).toBeUndefined();
      else expect(item, `row ${i}`).toMatchObject({ name: row.name, householdId: row.householdId });
    }

    failing.clear();
    const again = await put([...rows, bad]);
    expect(again.status).toBe(200);
    expect(again.body.accepted).toBe(200);
    expect(again.body.rejected.map((r: { index: number }) => r.index)).toEqual([200]);
    for (const row of rows) expect(await stored(row.personId as string)).toMatchObject({ name: row.name });
  });

  it('stops writing after the first failure, and the report matches the table exactly', async () => {
    // 980 rows: 10 groups of 98, 4 transactions in flight. The first group fails; the groups already started
    // finish, none is started after it. Which groups had started by then depends on timing (a lane whose
    // group finished before the first group's write failed takes the next one), so the test reads the order
    // of the table commands rather than assuming it.
    const rows = Array.from({ length: 980 }, () => personRow());
    failing.add(rows[0]!.personId as string);
    commands.length = 0;
    const r = await put(rows);
    failing.clear();
    tally('faults: roster load fails midway', 1);
    expect(r.status).toBe(503);
    const notStored = new Set(r.body.error.details.map((d: { path: string }) => Number(d.path.split('.')[1])));
    expect(notStored.has(0)).toBe(true);
    const failedAt = commands.findIndex((c) => c.failed);
    expect(failedAt).toBeGreaterThanOrEqual(0);
    // The load reads every row's profile once to diff it, then each group reads its rows again (consistently)
    // when it starts: the second command naming a group's first row is when that group started.
    const startedAt = Array.from({ length: 10 }, (_, g) => {
      const naming = commands.flatMap((c, at) => (c.input.includes(rows[g * 98]!.personId as string) ? [at] : []));
      return naming[1] ?? -1;
    });
    expect(startedAt[0]).toBeGreaterThanOrEqual(0);
    for (const [g, at] of startedAt.entries()) {
      // No group started after the failure; a group never started is wholly reported as not stored.
      expect(at, `group ${g} started after the failure`).toBeLessThan(failedAt);
      if (at === -1) for (let i = g * 98; i < (g + 1) * 98; i += 1) expect(notStored.has(i), `row ${i}`).toBe(true);
    }
    const inTable = await Promise.all(rows.map(async (row) => (await stored(row.personId as string)) !== undefined));
    for (const [i, present] of inTable.entries()) expect(present, `row ${i}`).toBe(!notStored.has(i));
    expect(r.body.error.message).toMatch(new RegExp(`^${980 - notStored.size} of 980 valid rows were stored`));
  });
});

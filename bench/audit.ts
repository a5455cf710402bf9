import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { createTables } from '../infra/local/provision.js';
import { personYearChain } from '../shared/audit/chains.js';
import { DynamoDbAuditTrail } from '../shared/audit/dynamodb-audit-trail.js';
import { MAIN_TABLE } from '../shared/data/tables.js';
import type { TransactItem } from '../shared/data/transact.js';
import { syntheticLedger } from '../tests/support/synthetic-ledger.js';

/**
 * `npm run bench:audit` — what the audit trail costs a ledger write (docs/audit.md). WRITES (default 400)
 * claim settlements, each the claim item and the person-year as the claim store writes them, run into a
 * fresh DynamoDB Local twice, alternating: once as the plain two-item transaction, once with the audit
 * record and the chain head appended (and the consistent read of the head before it). Each transaction asks
 * for ReturnConsumedCapacity INDEXES, so the figures include the index writes; the head read's RCU is
 * counted apart. Latency is wall time per write, one writer at a time.
 *
 * Prints a table and `RESULT audit_extra_wcu_per_write <n> wcu`, `RESULT audit_extra_latency_ms <n> ms`.
 * DynamoDB Local reports capacity with DynamoDB's formulas (transactional writes: 2 WCU per KB per item);
 * its latency is this machine's, not the service's: read the latency as a ratio, not in absolute terms.
 */
const WRITES = Number(process.env.WRITES ?? 400);

interface Sample {
  wcu: number;
  rcu: number;
  ms: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  try {
    const raw = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    });
    const table = 'zlt-bench-main';
    await createTables(raw, [{ name: table, def: MAIN_TABLE }]);
    const doc = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
    const trail = new DynamoDbAuditTrail(doc, table);
    const ledger = syntheticLedger({ claims: WRITES * 2, claimsPerPerson: 1, seed: 16 });

    const ledgerItems = (c: (typeof ledger.claims)[number], tag: string) => {
      const claim = {
        pk: `CLAIM#${c.hospitalId}#${c.claimId}${tag}`,
        sk: 'CLAIM',
        entity: 'claim',
        ...c,
        yearVersion: 1,
        gsi1pk: `CLAIMS#${c.settledAt.slice(0, 7)}`,
        gsi1sk: `${c.hospitalId}#${c.claimId}${tag}`,
        gsi2pk: `PCLAIMS#${c.personId}${tag}`,
        gsi2sk: `${c.settledAt.slice(0, 7)}#${c.hospitalId}#${c.claimId}`,
      };
      const year = {
        pk: `PERSON#${c.personId}${tag}`,
        sk: `YEAR#${2019}`,
        entity: 'person-year',
        personId: c.personId,
        year: 2019,
        version: 1,
        state: { personId: c.personId, year: 2019, settled: c.settlement },
        gsi1pk: `PYEARS#${2019}`,
        gsi1sk: c.personId,
      };
      const puts: TransactItem[] = [claim, year].map((Item) => ({
        Put: { TableName: table, Item, ConditionExpression: 'attribute_not_exists(pk)' },
      }));
      return { claim, year, puts };
    };

    const plain = async (c: (typeof ledger.claims)[number]): Promise<Sample> => {
      const { puts } = ledgerItems(c, '#plain');
      const t = performance.now();
      const out = await doc.send(new TransactWriteCommand({ TransactItems: puts, ReturnConsumedCapacity: 'INDEXES' }));
      const ms = performance.now() - t;
      return { wcu: (out.ConsumedCapacity ?? []).reduce((s, x) => s + (x.CapacityUnits ?? 0), 0), rcu: 0, ms };
    };

    const audited = async (c: (typeof ledger.claims)[number]): Promise<Sample> => {
      const { claim, year, puts } = ledgerItems(c, '#audited');
      const chain = personYearChain(`${c.personId}#audited`, 2019);
      const t = performance.now();
      // The head read, as DynamoDbAuditTrail.transact makes it, with its capacity.
      const head = await doc.send(
        new GetCommand({
          TableName: table,
          Key: { pk: `AUDIT#${chain}`, sk: 'HEAD' },
          ConsistentRead: true,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      const { items } = trail.appendItems(
        {
          chain,
          entity: 'claim',
          entityId: `${c.hospitalId}/${c.claimId}`,
          action: 'claim.settled',
          actor: { sub: 'his-bench', role: 'hospital', hospitalId: c.hospitalId },
          at: c.settledAt,
          items: [claim, year],
        },
        head.Item ? { chain, seq: head.Item.seq, hash: head.Item.hash, at: head.Item.at } : undefined,
      );
      const out = await doc.send(
        new TransactWriteCommand({ TransactItems: [...puts, ...items], ReturnConsumedCapacity: 'INDEXES' }),
      );
      const ms = performance.now() - t;
      return {
        wcu: (out.ConsumedCapacity ?? []).reduce((s, x) => s + (x.CapacityUnits ?? 0), 0),
        rcu: head.ConsumedCapacity?.CapacityUnits ?? 0,
        ms,
      };
    };

    // Warm up both paths, then alternate so the machine's drift falls on both alike.
    for (const c of ledger.claims.slice(WRITES, WRITES + 20)) {
      await plain(c);
      await audited(c);
    }
    const a: Sample[] = [];
    const b: Sample[] = [];
    for (const c of ledger.claims.slice(0, WRITES)) {
      a.push(await plain(c));
      b.push(await audited(c));
    }
    const row = (name: string, s: Sample[]) =>
      `${name.padEnd(22)} ${mean(s.map((x) => x.wcu))
        .toFixed(2)
        .padStart(8)} ${mean(s.map((x) => x.rcu))
        .toFixed(2)
        .padStart(8)} ${median(s.map((x) => x.ms))
        .toFixed(2)
        .padStart(10)} ${p95(s.map((x) => x.ms))
        .toFixed(2)
        .padStart(10)}`;
    console.log(`\nAudit trail cost per claim settlement (${WRITES} writes each, DynamoDB Local)\n`);
    console.log(
      `${'write'.padEnd(22)} ${'WCU'.padStart(8)} ${'RCU'.padStart(8)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)}`,
    );
    console.log(row('claim + year', a));
    console.log(row('+ audit record + head', b));
    const extraWcu = mean(b.map((x) => x.wcu)) - mean(a.map((x) => x.wcu));
    const extraMs = median(b.map((x) => x.ms)) - median(a.map((x) => x.ms));
    console.log(
      `\nextra per write: ${extraWcu.toFixed(2)} WCU, ${mean(b.map((x) => x.rcu)).toFixed(2)} RCU (head read), ${extraMs.toFixed(2)} ms median (${((median(b.map((x) => x.ms)) / median(a.map((x) => x.ms)) - 1) * 100).toFixed(0)}%)\n`,
    );
    console.log(`RESULT audit_extra_wcu_per_write ${extraWcu.toFixed(2)} wcu`);
    console.log(`RESULT audit_extra_rcu_per_write ${mean(b.map((x) => x.rcu)).toFixed(2)} rcu`);
    console.log(`RESULT audit_extra_latency_ms ${extraMs.toFixed(2)} ms`);
  } finally {
    await dynamo.stop();
  }
}

await main();
